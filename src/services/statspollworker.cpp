#include "statspollworker.h"

#include "core/metrics/ratecalculator.h"
#include "db/statssampler.h"
#include "statspoller.h"

#include <QTimer>

namespace supadesk {

StatsPollWorker::StatsPollWorker(QObject *parent) : QObject(parent) {}

StatsPollWorker::~StatsPollWorker() = default;

void StatsPollWorker::start(const DbEndpoint &endpoint, int intervalMs)
{
    stop();
    PostgresDsn dsn;
    dsn.host = endpoint.host;
    dsn.port = endpoint.port;
    dsn.user = endpoint.user;
    dsn.password = endpoint.password;
    dsn.database = endpoint.database;
    m_sampler = std::make_unique<StatsSampler>(dsn);
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
    const StatsRates rates = m_previous ? RateCalculator::between(*m_previous, sample.value()) : StatsRates{};
    m_previous = sample.value();
    emit sampled(sample.value(), rates);
}

} // namespace supadesk
