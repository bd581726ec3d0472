// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace supadesk {

// One PostgreSQL setting the tuner recommends, written the way SHOW prints it, with the formula of the
// inputs that produced it and the reason a person can read.
struct PgSetting
{
    QString name;
    QString value;
    QString formula;
    QString reason;
    bool needsRestart = false;
    // A comma-separated list (shared_preload_libraries): ALTER SYSTEM needs one literal per item, or it
    // stores the whole list as one quoted name.
    bool isList = false;
    // For list settings (shared_preload_libraries) whose current value was not known: `value` must be
    // added to the server's list, not written over it.
    bool appendToList = false;
};

using PgSettings = QList<PgSetting>;

} // namespace supadesk
