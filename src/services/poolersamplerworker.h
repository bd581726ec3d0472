// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/metrics/pgbouncerfigures.h"
#include "core/metrics/poolerproblem.h"
#include "core/metrics/poolersample.h"
#include "core/metrics/rollup.h"
#include "core/metrics/supavisorfigures.h"
#include "db/dbendpoint.h"
#include "poolermetricsendpoint.h"
#include "samplehistorywriter.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>
#include <optional>

#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace supadesk {

class PgBouncerAdmin;

// The thread-side half of PoolerSampler: owns the PgBouncer admin console connection (libpq,
// blocking), the history store it writes every reading to, and the timer. Two commands per reading
// (SHOW POOLS, SHOW STATS): the console has no way to ask for both at once.
//
// A pooler that answers like Supavisor ("Tenant or user not found") is read from its metrics endpoint
// instead, when the stack has one: one HTTP GET of /metrics per reading through the tunnel, with a
// bearer token signed with the stack's JWT secret that expires a minute later. The request is
// asynchronous on this thread; a reading still in flight when the next is due is not doubled.
class PoolerSamplerWorker : public QObject
{
    Q_OBJECT
public:
    explicit PoolerSamplerWorker(QObject *parent = nullptr);
    ~PoolerSamplerWorker() override;

    void setRetention(const RetentionPolicy &policy);

public slots:
    void start(const supadesk::DbEndpoint &endpoint, const supadesk::PoolerMetricsEndpoint &metrics,
               int intervalMs, const QString &historyDirectory, const QString &historyKey);
    void setInterval(int intervalMs);
    void stop();

signals:
    void sampled(const supadesk::PoolerSample &sample);
    void failed(const supadesk::PoolerProblem &problem);
    void historyNotice(const QString &message);

private:
    void sampleOnce();
    void sampleSupavisor();
    void readSupavisor(QNetworkReply *reply);
    void fail(PoolerProblem problem);
    void store(const PoolerSample &sample);

    QTimer *m_timer = nullptr;
    std::unique_ptr<PgBouncerAdmin> m_admin;
    SampleHistoryWriter m_history;
    std::optional<QList<PgBouncerDatabaseStats>> m_previousStats;
    qint64 m_previousMs = 0;

    PoolerMetricsEndpoint m_metrics;
    bool m_supavisor = false; // the pooler answered like Supavisor: read its metrics from now on
    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_requestClock;
    std::optional<SupavisorCounters> m_previousCounters;
};

} // namespace supadesk
