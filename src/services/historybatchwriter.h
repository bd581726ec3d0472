// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/metrics/rollup.h"

#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>

class QThread;

namespace supadesk {

class HistoryBatchWorker;

// The one writer of a history file for every database sampler of the process, on a thread of its
// own. A fleet of fifty samplers each writing its own transaction through its own SQLite connection
// spent most of its time in SQLite: each commit invalidated the other forty-nine connections' page
// caches, so every sample read its pages back from the file. Here one connection keeps a cache large
// enough for every series' newest pages, and the readings that arrive within BatchMs of the first go
// into one transaction. The tables are keyed (series, t), so a tick of fifty stacks touches a page
// per series and table: a batch of five ticks writes each such page once instead of five times.
// A crash loses at most those seconds of history; whoever stops a sampler flushes first. Pruning
// runs once for the file, every ten minutes.
// A failure is told once, through whichever sampler appends next, until a write succeeds again.
class HistoryBatchWriter
{
public:
    static constexpr int BatchMs = 10000;
    // The writer's page cache: the newest pages of 50 stacks' series, with room to spare.
    static constexpr int CacheKiB = 48 * 1024;

    // The writer of the history file in `directory`, shared by everyone who asks for the same one
    // while anyone still holds it. Opens the file on first use.
    static std::shared_ptr<HistoryBatchWriter> of(const QString &directory);
    // Flushes the writer of `directory` if there is one; never opens the file.
    static void flushIfOpen(const QString &directory);
    ~HistoryBatchWriter();
    HistoryBatchWriter(const HistoryBatchWriter &) = delete;
    HistoryBatchWriter &operator=(const HistoryBatchWriter &) = delete;

    // What opening the file had to tell (it could not be opened, or a damaged one was set aside).
    QStringList openNotices() const { return m_openNotices; }
    // A shorter retention takes effect with the next write.
    void setRetention(const RetentionPolicy &policy);
    // Queues one reading of one stack. Returns a failure not yet told, to tell now.
    QString append(const QString &key, qint64 tMs, const QList<QPair<QString, double>> &values);
    // Writes what is queued and returns once it is in the file.
    void flush();

private:
    explicit HistoryBatchWriter(const QString &directory);
    void report(const QString &notice);

    QThread *m_thread = nullptr;
    HistoryBatchWorker *m_worker = nullptr;
    QStringList m_openNotices;
    QMutex m_noticeMutex;
    QString m_untold;
    bool m_failing = false;

    friend class HistoryBatchWorker;
};

} // namespace supadesk
