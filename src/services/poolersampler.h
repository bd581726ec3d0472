// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/metrics/poolerproblem.h"
#include "core/metrics/poolersample.h"
#include "core/metrics/rollup.h"
#include "db/dbendpoint.h"
#include "poolermetricsendpoint.h"

#include <QObject>

class QThread;

namespace supadesk {

class PoolerSamplerWorker;

// Reads a stack's pooler (PgBouncer's admin console, through the tunnel's pooler forward) every few
// seconds on a thread of its own, next to the stack's DatabaseSampler, and stores each reading in the
// same history under the same key.
class PoolerSampler : public QObject
{
    Q_OBJECT
public:
    explicit PoolerSampler(QObject *parent = nullptr);
    ~PoolerSampler() override;

    // `metrics` is where to read Supavisor's figures should the pooler turn out to be Supavisor.
    void start(const DbEndpoint &endpoint, int intervalMs, const QString &historyDirectory = QString(),
               const QString &historyKey = QString(), const PoolerMetricsEndpoint &metrics = {});
    void setInterval(int intervalMs);
    void setRetention(const RetentionPolicy &policy);

signals:
    void sampled(const supadesk::PoolerSample &sample);
    void failed(const supadesk::PoolerProblem &problem);
    void historyNotice(const QString &message);

private:
    QThread *m_thread;
    PoolerSamplerWorker *m_worker;
};

} // namespace supadesk
