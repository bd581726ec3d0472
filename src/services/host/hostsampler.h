// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/host/hostsample.h"
#include "core/metrics/rollup.h"

#include <QObject>

class QThread;

namespace supadesk {

class HostSamplerWorker;
class StackConnection;

// Reads a stack's host and containers with the stack connection's SSH settings: one remote command
// (HostSampleParser::command) per interval, never two at once (a slow server skips a beat rather than
// queueing). The command runs on an SSH session of the sampler's own, on a thread of its own (the
// worker), not on the stack connection's: a command there pauses every forward (the database's, the
// pooler's) while it runs. The worker parses, rates and stores the output in the history under the
// stack's key beside the database's figures.
class HostSampler : public QObject
{
    Q_OBJECT
public:
    explicit HostSampler(QObject *parent = nullptr);
    ~HostSampler() override;

    void start(StackConnection *connection, const QString &installDir, int intervalMs,
               const QString &historyDirectory = QString(), const QString &historyKey = QString());
    void setInterval(int intervalMs);
    // Directories searched for docker before the login's PATH; takes effect with the next start().
    void setPathFirst(const QStringList &directories) { m_pathFirst = directories; }
    void setRetention(const RetentionPolicy &policy);
    void stop();
    bool isRunning() const { return m_running; }
    // Reads at once (the timer goes on as it was).
    void sampleNow();

signals:
    void sampled(const supadesk::HostReading &reading);
    // The command could not run (the login or the session failed).
    void failed(const QString &message);
    void historyNotice(const QString &message);

private:
    bool m_running = false;
    QStringList m_pathFirst;
    QThread *m_thread;
    HostSamplerWorker *m_worker;
};

} // namespace supadesk
