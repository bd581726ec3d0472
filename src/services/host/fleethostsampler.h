// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/host/hostsample.h"
#include "core/metrics/rollup.h"
#include "core/stack.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QTimer;

namespace supadesk {

class HostReadingRecorder;
class StackConnection;

// The host of every connected stack for the fleet overview's tiles, slowly and cheaply: one timer for
// the fleet; at each tick one HostSampleParser::stateCommand() per stack, run on the stack's existing
// SSH session (StackConnection::exec), not on a session and a thread of its own as the Host tab's
// sampler does. The batch without `docker stats` answers in tens of milliseconds, so the pause it gives
// the stack's forwards once a minute goes unnoticed. A stack whose previous batch has not answered is
// skipped at that tick. Readings are stored in the history under the stack's key (HostReadingRecorder),
// like the Host tab's. The stack the Host tab samples at the dashboard's interval is not sampled twice:
// its readings are handed over with adopt().
class FleetHostSampler : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultIntervalMs = 60 * 1000;

    struct Target
    {
        Stack stack;
        StackConnection *connection = nullptr; // nullptr: not connected, nothing to read
    };

    explicit FleetHostSampler(QObject *parent = nullptr);
    ~FleetHostSampler() override;

    // Takes effect for stacks watched later (and for every stack with a new directory).
    void setHistory(const QString &directory, const RetentionPolicy &retention);
    void setInterval(int intervalMs);
    int interval() const;
    // Samples exactly the connected stacks among these (the first reading at once); forgets the others.
    void watch(const QList<Target> &targets);
    // The stack (by key) whose host another sampler reads; empty: none.
    void setSampledElsewhere(const QString &key);
    // Directories searched for docker before the login's PATH (as HostSampler::setPathFirst).
    void setPathFirst(const QStringList &directories) { m_pathFirst = directories; }
    // A reading of that other sampler (already in the history).
    void adopt(const QString &key, const HostReading &reading);
    void sampleNow();

    std::optional<HostReading> lastReading(const QString &key) const;
    // Why the last batch of a stack failed; empty when it did not.
    QString problem(const QString &key) const;
    // Batches run so far (tests, figures).
    int batchesRun() const { return m_batches; }

signals:
    void sampled(const QString &key);
    void failed(const QString &key, const QString &message);
    void historyNotice(const QString &message);

private:
    struct Entry
    {
        Stack stack;
        QPointer<StackConnection> connection;
        std::shared_ptr<HostReadingRecorder> recorder;
        std::optional<HostReading> reading;
        QString problem;
        bool busy = false;
        quint64 generation = 0; // an answer for an older watch() is dropped
    };

    void sample(const QString &key);

    QTimer *m_timer;
    QHash<QString, Entry> m_entries;
    QString m_elsewhere;
    QStringList m_pathFirst;
    QString m_historyDirectory;
    RetentionPolicy m_retention;
    quint64 m_generation = 0;
    int m_batches = 0;
};

} // namespace supadesk
