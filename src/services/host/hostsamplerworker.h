// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/host/hostsample.h"
#include "core/metrics/rollup.h"
#include "hostreadingrecorder.h"
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
// connection's settings, kept open, opened again after a failure) and hands its output to a
// HostReadingRecorder (reading, history, days until full).
class HostSamplerWorker : public QObject
{
    Q_OBJECT
public:
    explicit HostSamplerWorker(QObject *parent = nullptr);

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
    QTimer *m_timer = nullptr;
    SshConnectOptions m_options;
    QString m_command;
    std::mutex m_sessionMutex; // guards m_session for abortNow()
    std::shared_ptr<SshSession> m_session;
    std::atomic_bool m_cancel{false};
    HostReadingRecorder m_recorder;
};

} // namespace supadesk
