// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "proberesult.h"

#include <QHash>
#include <QString>

#include <optional>

namespace supadesk {

// The live state of each probed component, as the app-side prober sees it probe by probe: a
// component is down once `threshold` consecutive probes failed (the rule ComponentTimeline applies
// to history), and up again at the first success. It keeps the reason of the first failure of the
// run, which is what a person wants to read ("connection refused"), not the last echo of it.
class FailureStreak
{
public:
    explicit FailureStreak(int threshold = 2) : m_threshold(threshold < 1 ? 1 : threshold) {}

    struct Change
    {
        QString component;
        bool down = false;
        QString reason; // of the first failure of the run, when down
    };

    // Feeds one probe; returns the change it caused, if any.
    std::optional<Change> record(const ProbeResult &probe);

    bool isDown(const QString &component) const;
    QString reason(const QString &component) const;
    int consecutiveFailures(const QString &component) const;
    int threshold() const { return m_threshold; }
    // A changed threshold applies from the next probe; runs in progress keep their count.
    void setThreshold(int threshold) { m_threshold = threshold < 1 ? 1 : threshold; }

private:
    struct State
    {
        int failures = 0;
        bool down = false;
        QString firstReason;
    };
    QHash<QString, State> m_states;
    int m_threshold;
};

} // namespace supadesk
