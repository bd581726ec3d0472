// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasesamplerworker.h"

#include "core/metrics/ratecalculator.h"
#include "core/metrics/statsseries.h"
#include "databasesampler.h"
#include "db/databasestatsreader.h"

#include <QDateTime>
#include <QTimer>

namespace supadesk {

DatabaseSamplerWorker::DatabaseSamplerWorker(QObject *parent) : QObject(parent) {}

DatabaseSamplerWorker::~DatabaseSamplerWorker() = default;

void DatabaseSamplerWorker::setRetention(const RetentionPolicy &policy)
{
    m_history.setRetention(policy);
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
    for (const QString &notice : m_history.open(historyDirectory, historyKey))
        emit historyNotice(notice);
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
    m_history.close();
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
    const QString notice =
        m_history.append(QDateTime::currentMSecsSinceEpoch(), StatsSeries::values(sample, rates));
    if (!notice.isEmpty())
        emit historyNotice(notice);
}

} // namespace supadesk
