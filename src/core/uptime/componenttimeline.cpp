// SPDX-License-Identifier: GPL-3.0-or-later
#include "componenttimeline.h"

#include <algorithm>

namespace supadesk {

namespace {

void appendMerged(QList<StateInterval> &out, const StateInterval &next)
{
    if (next.range.length() <= 0)
        return;
    if (!out.isEmpty()) {
        StateInterval &last = out.last();
        if (last.state == next.state && last.range.endMs == next.range.startMs) {
            last.range.endMs = next.range.endMs;
            return;
        }
    }
    out.append(next);
}

} // namespace

QList<StateInterval> ComponentTimeline::build(ProbeResults probes, const UptimeSettings &settings)
{
    QList<StateInterval> out;
    if (probes.isEmpty())
        return out;
    // Time order; at the same instant a success comes first, so two sources disagreeing at one
    // moment never start a run of failures on their own.
    std::stable_sort(probes.begin(), probes.end(), [](const ProbeResult &a, const ProbeResult &b) {
        return a.tMs != b.tMs ? a.tMs < b.tMs : (a.ok && !b.ok);
    });

    // Mark every probe that belongs to a run of failures long enough to be downtime.
    const qsizetype n = probes.size();
    QList<bool> down(n, false);
    QList<QString> reasons(n);
    const int threshold = std::max(1, settings.failureThreshold);
    for (qsizetype i = 0; i < n;) {
        if (probes.at(i).ok) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < n && !probes.at(j).ok)
            ++j;
        if (j - i >= threshold)
            for (qsizetype k = i; k < j; ++k) {
                down[k] = true;
                reasons[k] = probes.at(i).reason;
            }
        i = j;
    }

    // Each probe's state holds until the next probe, unless the next one is too far away.
    for (qsizetype i = 0; i < n; ++i) {
        const qint64 t = probes.at(i).tMs;
        const bool last = i + 1 == n;
        const qint64 next = last ? t + settings.probeIntervalMs : probes.at(i + 1).tMs;
        const ComponentState state = down.at(i) ? ComponentState::Down : ComponentState::Up;
        if (!last && next - t > settings.maxProbeGapMs) {
            const qint64 coveredUntil = t + settings.probeIntervalMs;
            appendMerged(out, {{t, coveredUntil}, state, reasons.at(i)});
            appendMerged(out, {{coveredUntil, next}, ComponentState::Gap, QString()});
        } else {
            appendMerged(out, {{t, next}, state, reasons.at(i)});
        }
    }
    return out;
}

} // namespace supadesk
