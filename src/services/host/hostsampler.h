// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/host/hostsample.h"
#include "core/metrics/rollup.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QThread;
class QTimer;

namespace supadesk {

class HostSamplerWorker;
class StackConnection;

// Reads a stack's host and containers over the stack's SSH session: one remote command
// (HostSampleParser::command) per interval, never two at once (a slow server skips a beat rather than
// queueing). The output is parsed, rated and stored in the history on a thread of its own (the
// worker), under the stack's key beside the database's figures.
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
    bool isRunning() const { return m_connection != nullptr; }
    // Reads at once (the timer goes on as it was).
    void sampleNow();

signals:
    void sampled(const supadesk::HostReading &reading);
    // The command could not run (not connected, the session failed): the "host.sample" error's text.
    void failed(const QString &message);
    void historyNotice(const QString &message);

private:
    QPointer<StackConnection> m_connection;
    QString m_command;
    QStringList m_pathFirst;
    QTimer *m_timer;
    QThread *m_thread;
    HostSamplerWorker *m_worker;
    bool m_inFlight = false;
    quint64 m_generation = 0; // answers of an earlier start() are dropped
    QElapsedTimer m_clock;
};

} // namespace supadesk
