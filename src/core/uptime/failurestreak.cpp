// SPDX-License-Identifier: GPL-3.0-or-later
#include "failurestreak.h"

namespace supadesk {

std::optional<FailureStreak::Change> FailureStreak::record(const ProbeResult &probe)
{
    State &s = m_states[probe.component];
    if (probe.ok) {
        s.failures = 0;
        s.firstReason.clear();
        if (!s.down)
            return std::nullopt;
        s.down = false;
        return Change{probe.component, false, QString()};
    }
    if (s.failures == 0)
        s.firstReason = probe.reason;
    ++s.failures;
    if (s.down || s.failures < m_threshold)
        return std::nullopt;
    s.down = true;
    return Change{probe.component, true, s.firstReason};
}

bool FailureStreak::isDown(const QString &component) const
{
    return m_states.value(component).down;
}

QString FailureStreak::reason(const QString &component) const
{
    const State s = m_states.value(component);
    return s.down ? s.firstReason : QString();
}

int FailureStreak::consecutiveFailures(const QString &component) const
{
    return m_states.value(component).failures;
}

} // namespace supadesk
