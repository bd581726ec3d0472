// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace supadesk {

// One probe of one component (e.g. "postgres", "rest", "auth") at one instant, from any source: the
// probe script on the server, or Supadesk itself while it is open.
struct ProbeResult
{
    qint64 tMs = 0; // milliseconds since the epoch, UTC
    QString component;
    bool ok = false;
    std::optional<int> latencyMs;
    QString reason; // why it failed; empty when ok
    QString source; // e.g. "server", "app"

    bool operator==(const ProbeResult &) const = default;
};

using ProbeResults = QList<ProbeResult>;

// A half-open time range [startMs, endMs) in milliseconds since the epoch.
struct TimeRange
{
    qint64 startMs = 0;
    qint64 endMs = 0;

    qint64 length() const { return endMs > startMs ? endMs - startMs : 0; }
    bool operator==(const TimeRange &) const = default;
};

} // namespace supadesk
