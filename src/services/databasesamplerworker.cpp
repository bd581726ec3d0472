// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasesamplerworker.h"

#include "core/metrics/ratecalculator.h"
#include "core/metrics/statsseries.h"
#include "databasesampler.h"
#include "db/databasestatsreader.h"
#include "historybatchwriter.h"

#include <QDateTime>
#include <QTimer>

namespace supadesk {

DatabaseSamplerWorker::DatabaseSamplerWorker(QObject *parent) : QObject(parent) {}

DatabaseSamplerWorker::~DatabaseSamplerWorker() = default;

void DatabaseSamplerWorker::setRetention(const RetentionPolicy &policy)
{
    m_retention = policy;
    if (m_history)
        m_history->setRetention(policy);
}

void DatabaseSamplerWorker::setActivityWanted(bool wanted)
{
    m_activityWanted = wanted;
    if (m_reader)
        m_reader->setActivityWanted(wanted);
}

void DatabaseSamplerWorker::start(const DbEndpoint &endpoint, int intervalMs, const QString &historyDirectory,
                                  const QString &historyKey)
{
    stop();
    PostgresDsn dsn;
    dsn.host = endpoint.host;
    dsn.port = endpoint.port;
    dsn.user = endpoint.user;
    dsn.password = endpoint.password;
    dsn.database = endpoint.database;
    m_reader = std::make_unique<DatabaseStatsReader>(dsn);
    m_reader->setActivityWanted(m_activityWanted);
    m_historyKey = historyKey;
    if (!historyKey.isEmpty() && !historyDirectory.isEmpty()) {
        m_history = HistoryBatchWriter::of(historyDirectory);
        m_history->setRetention(m_retention);
        for (const QString &notice : m_history->openNotices())
            emit historyNotice(notice);
    }
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &DatabaseSamplerWorker::sampleOnce);
    }
    m_timer->start(intervalMs);
    sampleOnce();
}

void DatabaseSamplerWorker::setInterval(int intervalMs)
{
    if (m_timer)
        m_timer->setInterval(intervalMs);
}

void DatabaseSamplerWorker::stop()
{
    if (m_timer)
        m_timer->stop();
    m_reader.reset();
    if (m_history)
        m_history->flush(); // whoever stopped the sampler finds its samples in the file
    m_history.reset();
    m_previous.reset();
}

void DatabaseSamplerWorker::sampleOnce()
{
    if (!m_reader)
        return;
    if (!m_reader->isOpen()) {
        const Status opened = m_reader->open();
        if (!opened.ok())
            return emit failed(opened.error().message);
    }
    const Result<StatsSample> sample = m_reader->sample();
    if (!sample.ok())
        return emit failed(sample.error().message);
    std::optional<StatsRates> rates;
    if (m_previous)
        rates = RateCalculator::between(*m_previous, sample.value());
    m_previous = sample.value();
    store(sample.value(), rates);
    emit sampled(sample.value(), rates.value_or(StatsRates{}));
}

void DatabaseSamplerWorker::store(const StatsSample &sample, const std::optional<StatsRates> &rates)
{
    // The local clock, not the server's: charts put samples of several stacks on one time axis.
    if (!m_history)
        return;
    const QString notice = m_history->append(m_historyKey, QDateTime::currentMSecsSinceEpoch(),
                                             StatsSeries::values(sample, rates));
    if (!notice.isEmpty())
        emit historyNotice(notice);
}

} // namespace supadesk
