// SPDX-License-Identifier: GPL-3.0-or-later
#include "restartdecision.h"

#include "pgtuner.h"
#include "tuningcomparison.h"

namespace supadesk {

RestartDecision RestartDecision::of(const PgSettings &proposed, const QHash<QString, QString> &current)
{
    RestartDecision decision;
    decision.currentKnown = !current.isEmpty();
    if (!decision.currentKnown) {
        for (const PgSetting &s : proposed)
            if (s.needsRestart)
                decision.settings << s.name;
        return decision;
    }
    for (const SettingChange &c : TuningComparison::compare(proposed, current))
        if (c.changes && c.proposed.needsRestart)
            decision.settings << c.proposed.name;
    return decision;
}

RestartDecision RestartDecision::forHost(const HostProfile &host, const QHash<QString, QString> &current)
{
    const Result<PgSettings> settings = PgTuner::tune(host);
    if (!settings.ok()) {
        RestartDecision none;
        none.currentKnown = !current.isEmpty();
        return none;
    }
    return of(settings.value(), current);
}

} // namespace supadesk
