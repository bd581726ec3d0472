// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/uptime/proberesult.h"
#include "db/uptimestore.h"

#include <QObject>
#include <QThread>

namespace supadesk {

class UptimeProbeWriterWorker;

// Stores the app's probe rounds off the GUI thread: one thread of its own, which opens its own
// UptimeStore (its own QSqlDatabase connection) on the history file, so that a slow or busy disk
// delays the history, never the window. write() returns at once; written() or failed() follows on
// the caller's thread, in the order the rounds were handed in. Each round is one transaction of the
// store (WAL), so a process killed mid-write loses that round at most.
class UptimeProbeWriter : public QObject
{
    Q_OBJECT
public:
    // `directory` and `settings` as for UptimeStore (the same file the workspace reads).
    explicit UptimeProbeWriter(QString directory, UptimeSettings settings = {}, QObject *parent = nullptr);
    // Finishes the rounds handed in, then stops the thread.
    ~UptimeProbeWriter() override;

    void write(const QString &stackId, const ProbeResults &probes);
    // Raw probes older than this many days are deleted after a stored round, at most once a day
    // and before written() for that round (UptimeStore::pruneRawProbes); 0 keeps everything.
    void setRawRetentionDays(int days);

    // Rounds handed in and not yet stored.
    int pending() const { return m_pending; }

signals:
    void written(const QString &stackId, int newProbes);
    // A round could not be stored; `stackId` is empty when pruning failed.
    void failed(const QString &stackId, const QString &message);

private:
    QThread m_thread;
    UptimeProbeWriterWorker *m_worker;
    int m_pending = 0;
};

// The writer's half on its thread (internal).
class UptimeProbeWriterWorker : public QObject
{
    Q_OBJECT
public:
    UptimeProbeWriterWorker(QString directory, UptimeSettings settings);
    ~UptimeProbeWriterWorker() override;

public slots:
    void write(const QString &stackId, const supadesk::ProbeResults &probes);
    void setRetentionDays(int days) { m_retentionDays = days; }

signals:
    void written(const QString &stackId, int newProbes);
    void failed(const QString &stackId, const QString &message);
    void pruneFailed(const QString &message);

private:
    Status ensureOpen();
    QString m_directory;
    UptimeSettings m_settings;
    std::unique_ptr<UptimeStore> m_store;
    int m_retentionDays = 0;
    qint64 m_lastPruneMs = 0;
};

} // namespace supadesk
