// SPDX-License-Identifier: GPL-3.0-or-later
#include "statspollworker.h"

#include "core/metrics/ratecalculator.h"
#include "core/metrics/statsseries.h"
#include "db/statssampler.h"
#include "statspoller.h"

#include <QDateTime>
#include <QTimer>

namespace supadesk {

StatsPollWorker::StatsPollWorker(QObject *parent) : QObject(parent) {}

StatsPollWorker::~StatsPollWorker() = default;

void StatsPollWorker::setRetention(const RetentionPolicy &policy)
{
    m_history.setRetention(policy);
}

void StatsPollWorker::start(const DbEndpoint &endpoint, int intervalMs, const QString &historyDirectory,
                            const QString &historyKey)
{
    stop();
    PostgresDsn dsn;
    dsn.host = endpoint.host;
    dsn.port = endpoint.port;
    dsn.user = endpoint.user;
    dsn.password = endpoint.password;
    dsn.database = endpoint.database;
    m_sampler = std::make_unique<StatsSampler>(dsn);
    for (const QString &notice : m_history.open(historyDirectory, historyKey))
        emit historyNotice(notice);
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &StatsPollWorker::sampleOnce);
    }
    m_timer->start(intervalMs);
    sampleOnce();
}

void StatsPollWorker::setInterval(int intervalMs)
{
    if (m_timer)
        m_timer->setInterval(intervalMs);
}

void StatsPollWorker::stop()
{
    if (m_timer)
        m_timer->stop();
    m_sampler.reset();
    m_history.close();
    m_previous.reset();
}

void StatsPollWorker::sampleOnce()
{
    if (!m_sampler)
        return;
    if (!m_sampler->isOpen()) {
        const Status opened = m_sampler->open();
        if (!opened.ok())
            return emit failed(opened.error().message);
    }
    const Result<StatsSample> sample = m_sampler->sample();
    if (!sample.ok())
        return emit failed(sample.error().message);
    std::optional<StatsRates> rates;
    if (m_previous)
        rates = RateCalculator::between(*m_previous, sample.value());
    m_previous = sample.value();
    store(sample.value(), rates);
    emit sampled(sample.value(), rates.value_or(StatsRates{}));
}

void StatsPollWorker::store(const StatsSample &sample, const std::optional<StatsRates> &rates)
{
    // The local clock, not the server's: charts put samples of several stacks on one time axis.
    const QString notice =
        m_history.append(QDateTime::currentMSecsSinceEpoch(), StatsSeries::values(sample, rates));
    if (!notice.isEmpty())
        emit historyNotice(notice);
}

} // namespace supadesk
