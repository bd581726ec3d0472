// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/host/hostsample.h"
#include "core/metrics/rollup.h"
#include "hostdiskforecaster.h"
#include "services/samplehistorywriter.h"

#include <optional>

namespace supadesk {

// What every host sampler does with a batch's output: parse it, rate it against the previous reading,
// store it in the history under the stack's key beside the database's figures, and forecast each
// mount's days until full. One per sampled stack; belongs to its sampler's thread.
class HostReadingRecorder
{
public:
    // An empty directory or key keeps no history; the result is what to tell the user.
    QStringList open(const QString &historyDirectory, const QString &key);
    void close();
    void setRetention(const RetentionPolicy &policy) { m_history.setRetention(policy); }
    // `notice`: a history failure to tell the user (empty when the reading was stored or it was told).
    HostReading record(const QByteArray &output, qint64 tMs, qint64 roundTripUs, QString *notice);

private:
    SampleHistoryWriter m_history;
    HostDiskForecaster m_forecaster;
    QString m_key;
    std::optional<HostSample> m_previous;
};

} // namespace supadesk
