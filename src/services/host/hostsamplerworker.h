// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/host/diskforecast.h"
#include "core/host/hostsample.h"
#include "core/metrics/rollup.h"
#include "services/samplehistorywriter.h"
#include "ssh/sshconnectoptions.h"

#include <QHash>
#include <QObject>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>

class QTimer;

namespace supadesk {

class SshSession;

// The thread-side half of HostSampler: runs the batch on an SSH session of its own (opened with the stack
// connection's settings, kept open, opened again after a failure), turns the batch's output into a reading
// (parse, rates since the previous one), stores it in the history beside the database's figures, and
// forecasts each mount's days until full from its kept series (re-read from the history every five minutes,
// since the trend of a disk is a matter of days; without a history, from the readings of this session).
class HostSamplerWorker : public QObject
{
    Q_OBJECT
public:
    explicit HostSamplerWorker(QObject *parent = nullptr);

    static constexpr qint64 ForecastEveryMs = 5 * 60 * 1000;
    static constexpr qint64 ForecastWindowMs = 7LL * 24 * 60 * 60 * 1000;

    void setRetention(const RetentionPolicy &policy);
    // From the worker's thread: opens the history and starts reading every `intervalMs`.
    void start(const SshConnectOptions &options, const QString &command, int intervalMs,
               const QString &historyDirectory, const QString &historyKey);
    // Thread-safe: makes a command or a connect in progress fail at once (stop() follows).
    void abortNow();

public slots:
    void setInterval(int intervalMs);
    void sampleOnce();
    void ingest(const QByteArray &output, qint64 tMs, qint64 roundTripUs);
    void close();

signals:
    void sampled(const supadesk::HostReading &reading);
    void failed(const QString &message);
    void historyNotice(const QString &message);

private:
    std::optional<double> forecast(const MountUsage &mount, qint64 nowMs);

    QTimer *m_timer = nullptr;
    SshConnectOptions m_options;
    QString m_command;
    std::mutex m_sessionMutex; // guards m_session for abortNow()
    std::shared_ptr<SshSession> m_session;
    std::atomic_bool m_cancel{false};
    SampleHistoryWriter m_history;
    QString m_key;
    std::optional<HostSample> m_previous;
    QHash<QString, QList<DiskForecast::Point>> m_sessionSeries;
    QHash<QString, std::optional<double>> m_lastForecast;
    QHash<QString, qint64> m_lastForecastMs;
};

} // namespace supadesk
