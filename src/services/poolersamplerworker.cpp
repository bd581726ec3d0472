// SPDX-License-Identifier: GPL-3.0-or-later
#include "poolersamplerworker.h"

#include "core/metrics/poolerseries.h"
#include "core/setup/jwt.h"
#include "db/pgbounceradmin.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

namespace supadesk {

namespace {

// Supavisor's scrape is small (a few kB for one tenant); a slow answer is a sign of trouble, and a
// reading must not outlive the next one by much.
constexpr int MetricsTimeoutMs = 5000;
// The token only has to outlive the request; a short life makes a leaked one worthless soon.
constexpr qint64 TokenLifetimeSeconds = 60;

} // namespace

PoolerSamplerWorker::PoolerSamplerWorker(QObject *parent) : QObject(parent) {}

PoolerSamplerWorker::~PoolerSamplerWorker() = default;

void PoolerSamplerWorker::setRetention(const RetentionPolicy &policy)
{
    m_history.setRetention(policy);
}

void PoolerSamplerWorker::start(const DbEndpoint &endpoint, const PoolerMetricsEndpoint &metrics,
                                int intervalMs, const QString &historyDirectory, const QString &historyKey)
{
    stop();
    m_metrics = metrics;
    m_supavisor = false;
    PostgresDsn dsn;
    dsn.host = endpoint.host;
    dsn.port = endpoint.port;
    dsn.user = endpoint.user;
    dsn.password = endpoint.password;
    m_admin = std::make_unique<PgBouncerAdmin>(dsn);
    for (const QString &notice : m_history.open(historyDirectory, historyKey))
        emit historyNotice(notice);
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &PoolerSamplerWorker::sampleOnce);
    }
    m_timer->start(intervalMs);
    sampleOnce();
}

void PoolerSamplerWorker::setInterval(int intervalMs)
{
    if (m_timer)
        m_timer->setInterval(intervalMs);
}

void PoolerSamplerWorker::stop()
{
    if (m_timer)
        m_timer->stop();
    m_admin.reset();
    m_history.close();
    m_previousStats.reset();
    m_previousCounters.reset();
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
}

void PoolerSamplerWorker::fail(PoolerProblem problem)
{
    m_previousStats.reset();
    m_previousCounters.reset();
    if (problem.kind == PoolerProblem::Kind::Supavisor && m_metrics.localPort != 0) {
        // No admin console, but a metrics endpoint: read that from now on (this stack's pooler does
        // not turn into PgBouncer while the dashboard watches it).
        m_supavisor = true;
        m_admin.reset();
        return sampleSupavisor();
    }
    problem.metricsPort = m_metrics.serverPort;
    emit failed(problem);
}

void PoolerSamplerWorker::sampleOnce()
{
    if (m_supavisor)
        return sampleSupavisor();
    if (!m_admin)
        return;
    QElapsedTimer clock;
    clock.start();
    const Result<AdminTable> pools = m_admin->show(QStringLiteral("POOLS"));
    if (!pools.ok())
        return fail(PoolerProblem::classify(pools.error().code, pools.error().message));
    const Result<AdminTable> stats = m_admin->show(QStringLiteral("STATS"));
    if (!stats.ok())
        return fail(PoolerProblem::classify(stats.error().code, stats.error().message));
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

void PoolerSamplerWorker::sampleSupavisor()
{
    if (m_reply)
        return; // the previous reading is still on its way
    PoolerProblem problem;
    problem.metricsPort = m_metrics.serverPort;
    if (m_metrics.secretPending)
        return; // no verdict before the keychain has answered; a new start() follows its answer
    if (m_metrics.jwtSecret.isEmpty()) {
        problem.kind = PoolerProblem::Kind::SupavisorNoSecret;
        return emit failed(problem);
    }
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        // The request goes to this machine's end of the tunnel: an http_proxy of the desktop must not
        // see it, nor the token it carries.
        m_network->setProxy(QNetworkProxy::NoProxy);
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString token = Jwt::signHs256({{QStringLiteral("role"), QStringLiteral("supadesk-dashboard")},
                                          {QStringLiteral("iat"), now},
                                          {QStringLiteral("exp"), now + TokenLifetimeSeconds}},
                                         m_metrics.jwtSecret);
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(m_metrics.localPort)));
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    request.setTransferTimeout(MetricsTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    m_reply = reply;
    m_requestClock.start();
    connect(reply, &QNetworkReply::finished, this, [this, reply] { readSupavisor(reply); });
}

void PoolerSamplerWorker::readSupavisor(QNetworkReply *reply)
{
    const qint64 roundTripUs = m_requestClock.nsecsElapsed() / 1000;
    reply->deleteLater();
    m_reply = nullptr;
    PoolerProblem problem;
    problem.metricsPort = m_metrics.serverPort;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 401 || status == 403) {
        problem.kind = PoolerProblem::Kind::SupavisorForbidden;
        m_previousCounters.reset();
        return emit failed(problem);
    }
    if (status == 0 || reply->error() != QNetworkReply::NoError) {
        problem.kind = status == 0 ? PoolerProblem::Kind::SupavisorUnreachable : PoolerProblem::Kind::Other;
        if (status != 0)
            problem.detail = QStringLiteral("HTTP %1").arg(status);
        else if (reply->error() == QNetworkReply::OperationCanceledError) // the transfer timeout
            problem.detail = QCoreApplication::translate("PoolerSamplerWorker", "no answer within %1 s")
                                 .arg(MetricsTimeoutMs / 1000);
        else
            problem.detail = reply->errorString();
        m_previousCounters.reset();
        return emit failed(problem);
    }
    const Result<PrometheusText> scrape = PrometheusText::parse(reply->readAll());
    const Result<SupavisorCounters> counters =
        scrape.ok() ? SupavisorFigures::counters(scrape.value()) : Result<SupavisorCounters>(scrape.error());
    if (!counters.ok()) {
        problem.kind = PoolerProblem::Kind::Other;
        problem.detail = counters.error().message;
        m_previousCounters.reset();
        return emit failed(problem);
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    PoolerSample sample =
        SupavisorFigures::sample(m_previousCounters, counters.value(), double(now - m_previousMs) / 1000.0);
    sample.roundTripUs = roundTripUs;
    m_previousCounters = counters.value();
    m_previousMs = now;
    store(sample);
    emit sampled(sample);
}

void PoolerSamplerWorker::store(const PoolerSample &sample)
{
    const QString notice =
        m_history.append(QDateTime::currentMSecsSinceEpoch(), PoolerSeries::values(sample));
    if (!notice.isEmpty())
        emit historyNotice(notice);
}

} // namespace supadesk
