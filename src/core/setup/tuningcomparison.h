// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pgsetting.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace supadesk {

// One recommended setting next to what the server runs with now.
struct SettingChange
{
    PgSetting proposed;
    QString current; // as SHOW prints it; empty when the server did not report it
    bool changes = false;
};

// Compares the tuner's settings with the values a running server reports (SHOW / current_setting), so
// that the tuning page can show the current value, what would change and whether a restart is needed.
// Values are compared by meaning, not spelling: 1024MB equals 1GB, 0.90 equals 0.9, and a preload list
// that already holds the library needs no change.
class TuningComparison
{
public:
    static QList<SettingChange> compare(const PgSettings &proposed, const QHash<QString, QString> &current);
    static bool restartNeeded(const QList<SettingChange> &changes);
    static bool sameValue(const PgSetting &proposed, const QString &current);
    // A memory or time value in its base unit (kB or ms), a plain number as it is; none when `text` is
    // neither ("on", a list).
    static std::optional<double> baseUnitValue(const QString &text);
};

} // namespace supadesk
