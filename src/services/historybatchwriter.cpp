// SPDX-License-Identifier: GPL-3.0-or-later
#include "historybatchwriter.h"

#include "db/historystore.h"

#include <QHash>
#include <QMutexLocker>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <optional>
#include <utility>

namespace supadesk {

namespace {

// Pruning deletes across the whole file, so not on every write.
constexpr qint64 PruneEveryMs = 10 * 60 * 1000;

} // namespace

// Lives on the writer's thread: the store (and its QSqlDatabase) belongs there.
class HistoryBatchWorker : public QObject
{
public:
    HistoryBatchWorker(HistoryBatchWriter &owner, const QString &directory)
        : m_owner(owner), m_store(directory)
    {}

    QStringList open()
    {
        const Status opened = m_store.open();
        if (!opened.ok()) {
            m_open = false;
            return {opened.error().message};
        }
        m_open = true;
        m_store.setCacheKiB(HistoryBatchWriter::CacheKiB);
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { write(); });
        if (!m_store.recoveryMessage().isEmpty())
            return {m_store.recoveryMessage()};
        return {};
    }

    void setRetention(const RetentionPolicy &policy)
    {
        if (policy == m_retention)
            return;
        m_retention = policy;
        m_lastPruneMs = 0;
    }

    void queue(HistoryStore::Reading reading)
    {
        if (!m_open)
            return;
        m_pending.append(std::move(reading));
        // The first reading of a batch waits for the others of the same tick.
        if (!m_timer.isActive())
            m_timer.start(HistoryBatchWriter::BatchMs);
    }

    void write()
    {
        m_timer.stop();
        if (m_pending.isEmpty())
            return;
        const qint64 newest = m_pending.constLast().tMs;
        const Status stored = m_store.append(m_pending);
        m_pending.clear();
        if (!stored.ok())
            return m_owner.report(stored.error().message);
        m_owner.report(QString());
        if (newest - m_lastPruneMs < PruneEveryMs)
            return;
        m_lastPruneMs = newest;
        const Result<qint64> pruned = m_store.prune(newest, m_retention);
        if (!pruned.ok())
            m_owner.report(pruned.error().message);
    }

private:
    HistoryBatchWriter &m_owner;
    HistoryStore m_store;
    QTimer m_timer{this};
    QList<HistoryStore::Reading> m_pending;
    RetentionPolicy m_retention;
    qint64 m_lastPruneMs = 0;
    bool m_open = false;
};

namespace {

QMutex registryMutex;
QHash<QString, std::weak_ptr<HistoryBatchWriter>> &registry()
{
    static QHash<QString, std::weak_ptr<HistoryBatchWriter>> writers;
    return writers;
}

} // namespace

std::shared_ptr<HistoryBatchWriter> HistoryBatchWriter::of(const QString &directory)
{
    QMutexLocker lock(&registryMutex);
    if (std::shared_ptr<HistoryBatchWriter> known = registry().value(directory).lock())
        return known;
    std::shared_ptr<HistoryBatchWriter> writer(new HistoryBatchWriter(directory));
    registry().insert(directory, writer);
    return writer;
}

void HistoryBatchWriter::flushIfOpen(const QString &directory)
{
    std::shared_ptr<HistoryBatchWriter> writer;
    {
        QMutexLocker lock(&registryMutex);
        writer = registry().value(directory).lock();
    }
    if (writer)
        writer->flush();
}

HistoryBatchWriter::HistoryBatchWriter(const QString &directory)
    : m_thread(new QThread), m_worker(new HistoryBatchWorker(*this, directory))
{
    m_thread->setObjectName(QStringLiteral("HistoryWriter"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
    HistoryBatchWorker *worker = m_worker;
    QStringList notices;
    QMetaObject::invokeMethod(
        m_worker, [worker, &notices] { notices = worker->open(); }, Qt::BlockingQueuedConnection);
    m_openNotices = notices;
}

HistoryBatchWriter::~HistoryBatchWriter()
{
    // What is queued is written, then the store is closed on its own thread.
    HistoryBatchWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [worker] {
            worker->write();
            delete worker;
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void HistoryBatchWriter::setRetention(const RetentionPolicy &policy)
{
    HistoryBatchWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, policy] { worker->setRetention(policy); }, Qt::QueuedConnection);
}

QString HistoryBatchWriter::append(const QString &key, qint64 tMs,
                                   const QList<QPair<QString, double>> &values)
{
    HistoryBatchWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [worker, reading = HistoryStore::Reading{key, tMs, values}]() mutable {
            worker->queue(std::move(reading));
        },
        Qt::QueuedConnection);
    QMutexLocker lock(&m_noticeMutex);
    return std::exchange(m_untold, QString());
}

void HistoryBatchWriter::flush()
{
    HistoryBatchWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker] { worker->write(); }, Qt::BlockingQueuedConnection);
}

void HistoryBatchWriter::report(const QString &notice)
{
    QMutexLocker lock(&m_noticeMutex);
    if (notice.isEmpty()) {
        m_failing = false; // the next failure is told again
        return;
    }
    if (!m_failing)
        m_untold = notice;
    m_failing = true;
}

} // namespace supadesk
