// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "proberesult.h"

#include <QList>
#include <QString>

namespace supadesk {

enum class ComponentState { Up, Down, Gap };

struct StateInterval
{
    TimeRange range;
    ComponentState state = ComponentState::Up;
    QString reason; // of the first failure, for Down

    bool operator==(const StateInterval &) const = default;
};

struct UptimeSettings
{
    int failureThreshold = 2;        // a component is down after this many consecutive failures
    qint64 probeIntervalMs = 60'000; // how often probes run
    qint64 maxProbeGapMs = 150'000;  // further apart than this, the time between is a gap
};

// The states of one component over time, built from its probe results. Sources are merged: results
// from the server's probe and from the app are one stream in time order, so an "ok" from either
// breaks a run of failures. A run of at least `failureThreshold` failures is downtime from its first
// failure until the next success; shorter runs are blips and count as up. Where no probe ran for
// longer than `maxProbeGapMs`, the timeline has a gap (the server and its probe were down, or the
// probe was not installed yet); before the first probe there is no timeline at all.
class ComponentTimeline
{
public:
    static QList<StateInterval> build(ProbeResults probes, const UptimeSettings &settings);
};

} // namespace supadesk
