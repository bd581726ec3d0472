// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hostprofile.h"
#include "pgsetting.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace supadesk {

// Which of the tuner's settings take effect only after PostgreSQL restarts. When the server's current
// values are known, only the settings that change count: a restart is needed exactly when one of them
// waits for it. When they are not known (no connection yet), every restart-only setting is listed, as
// those that would need it if they change.
struct RestartDecision
{
    QStringList settings; // names, in the tuner's order
    bool currentKnown = false;

    // A restart is needed (currentKnown) or may be (otherwise).
    bool needed() const { return !settings.isEmpty(); }

    static RestartDecision of(const PgSettings &proposed, const QHash<QString, QString> &current);
    // The tuner's settings for `host`; none when the host cannot be tuned.
    static RestartDecision forHost(const HostProfile &host, const QHash<QString, QString> &current);
};

} // namespace supadesk
