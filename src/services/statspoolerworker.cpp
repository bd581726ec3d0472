#include "statspoolerworker.h"

#include "core/metrics/poolerseries.h"
#include "db/historystore.h"
#include "db/pgbounceradmin.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimer>

namespace supadesk {

namespace {

// As for the database samples: pruning deletes across the whole file, so not on every reading.
constexpr qint64 PruneEveryMs = 10 * 60 * 1000;

} // namespace

StatsPoolerWorker::StatsPoolerWorker(QObject *parent) : QObject(parent) {}

StatsPoolerWorker::~StatsPoolerWorker() = default;

void StatsPoolerWorker::setRetention(const RetentionPolicy &policy)
{
    m_retention = policy;
    m_lastPruneMs = 0; // a shorter retention takes effect with the next reading
}

void StatsPoolerWorker::start(const DbEndpoint &endpoint, int intervalMs, const QString &historyDirectory,
                              const QString &historyKey)
{
    stop();
    PostgresDsn dsn;
    dsn.host = endpoint.host;
    dsn.port = endpoint.port;
    dsn.user = endpoint.user;
    dsn.password = endpoint.password;
    m_admin = std::make_unique<PgBouncerAdmin>(dsn);
    m_historyKey = historyKey;
    m_historyFailed = false;
    if (!historyKey.isEmpty() && !historyDirectory.isEmpty()) {
        m_history = std::make_unique<HistoryStore>(historyDirectory);
        const Status opened = m_history->open();
        if (!opened.ok()) {
            emit historyNotice(opened.error().message);
            m_history.reset();
        }
    }
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &StatsPoolerWorker::sampleOnce);
    }
    m_timer->start(intervalMs);
    sampleOnce();
}

void StatsPoolerWorker::setInterval(int intervalMs)
{
    if (m_timer)
        m_timer->setInterval(intervalMs);
}

void StatsPoolerWorker::stop()
{
    if (m_timer)
        m_timer->stop();
    m_admin.reset();
    m_history.reset();
    m_previousStats.reset();
}

void StatsPoolerWorker::sampleOnce()
{
    if (!m_admin)
        return;
    QElapsedTimer clock;
    clock.start();
    const Result<AdminTable> pools = m_admin->show(QStringLiteral("POOLS"));
    if (!pools.ok()) {
        m_previousStats.reset();
        return emit failed(PoolerProblem::classify(pools.error().code, pools.error().message));
    }
    const Result<AdminTable> stats = m_admin->show(QStringLiteral("STATS"));
    if (!stats.ok()) {
        m_previousStats.reset();
        return emit failed(PoolerProblem::classify(stats.error().code, stats.error().message));
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    PoolerSample sample;
    sample.roundTripUs = clock.nsecsElapsed() / 1000;
    sample.pools = PgBouncerFigures::summarize(PgBouncerFigures::pools(pools.value()));
    const QList<PgBouncerDatabaseStats> current = PgBouncerFigures::stats(stats.value());
    if (m_previousStats)
        sample.rates =
            PgBouncerFigures::rates(*m_previousStats, current, double(now - m_previousMs) / 1000.0);
    m_previousStats = current;
    m_previousMs = now;
    store(sample);
    emit sampled(sample);
}

void StatsPoolerWorker::store(const PoolerSample &sample)
{
    if (!m_history)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const Status stored =
        m_history->append(m_historyKey, now, PoolerSeries::values(sample.pools, sample.rates));
    if (!stored.ok()) {
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
