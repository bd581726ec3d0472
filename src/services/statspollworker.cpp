#include "statspollworker.h"

#include "core/metrics/ratecalculator.h"
#include "core/metrics/statsseries.h"
#include "db/historystore.h"
#include "db/statssampler.h"
#include "statspoller.h"

#include <QDateTime>
#include <QTimer>

namespace supadesk {

namespace {

// Pruning deletes rows across the whole file; once every ten minutes keeps it off the sampling path.
constexpr qint64 PruneEveryMs = 10 * 60 * 1000;

} // namespace

StatsPollWorker::StatsPollWorker(QObject *parent) : QObject(parent) {}

StatsPollWorker::~StatsPollWorker() = default;

void StatsPollWorker::setRetention(const RetentionPolicy &policy)
{
    m_retention = policy;
    m_lastPruneMs = 0;
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
    m_historyKey = historyKey;
    m_historyFailed = false;
    if (!historyKey.isEmpty() && !historyDirectory.isEmpty()) {
        m_history = std::make_unique<HistoryStore>(historyDirectory);
        const Status opened = m_history->open();
        if (!opened.ok()) {
            emit historyNotice(opened.error().message);
            m_history.reset();
        } else if (!m_history->recoveryMessage().isEmpty()) {
            emit historyNotice(m_history->recoveryMessage());
        }
    }
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
    m_history.reset();
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
    if (!m_history)
        return;
    // The local clock, not the server's: charts put samples of several stacks on one time axis.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const Status stored = m_history->append(m_historyKey, now, StatsSeries::values(sample, rates));
    if (!stored.ok()) {
        // Say it once, not every two seconds; the next success clears the flag.
        if (!m_historyFailed)
            emit historyNotice(stored.error().message);
        m_historyFailed = true;
        return;
    }
    m_historyFailed = false;
    if (now - m_lastPruneMs >= PruneEveryMs) {
        m_lastPruneMs = now;
        const Result<qint64> pruned = m_history->prune(now, m_retention);
        if (!pruned.ok())
            emit historyNotice(pruned.error().message);
    }
}

} // namespace supadesk
