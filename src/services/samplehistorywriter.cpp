// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplehistorywriter.h"

#include "db/historystore.h"

namespace supadesk {

namespace {

// Pruning deletes across the whole file, so not on every reading.
constexpr qint64 PruneEveryMs = 10 * 60 * 1000;

} // namespace

SampleHistoryWriter::SampleHistoryWriter() = default;

SampleHistoryWriter::~SampleHistoryWriter() = default;

QStringList SampleHistoryWriter::open(const QString &directory, const QString &key)
{
    close();
    if (key.isEmpty() || directory.isEmpty())
        return {};
    m_key = key;
    m_store = std::make_unique<HistoryStore>(directory);
    const Status opened = m_store->open();
    if (!opened.ok()) {
        m_store.reset();
        return {opened.error().message};
    }
    if (!m_store->recoveryMessage().isEmpty())
        return {m_store->recoveryMessage()};
    return {};
}

void SampleHistoryWriter::close()
{
    m_store.reset();
    m_failed = false;
}

void SampleHistoryWriter::setRetention(const RetentionPolicy &policy)
{
    m_retention = policy;
    m_lastPruneMs = 0;
}

QString SampleHistoryWriter::append(qint64 nowMs, const QList<QPair<QString, double>> &values)
{
    if (!m_store)
        return QString();
    const Status stored = m_store->append(m_key, nowMs, values);
    if (!stored.ok()) {
        const bool told = m_failed;
        m_failed = true;
        return told ? QString() : stored.error().message;
    }
    m_failed = false;
    if (nowMs - m_lastPruneMs < PruneEveryMs)
        return QString();
    m_lastPruneMs = nowMs;
    const Result<qint64> pruned = m_store->prune(nowMs, m_retention);
    return pruned.ok() ? QString() : pruned.error().message;
}

} // namespace supadesk
