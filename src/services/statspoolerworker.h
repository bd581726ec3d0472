#pragma once

#include "core/metrics/pgbouncerfigures.h"
#include "core/metrics/poolerproblem.h"
#include "core/metrics/poolersample.h"
#include "core/metrics/rollup.h"
#include "db/dbendpoint.h"

#include <QObject>

#include <memory>
#include <optional>

class QTimer;

namespace supadesk {

class HistoryStore;
class PgBouncerAdmin;

// The thread-side half of StatsPoolerPoller: owns the PgBouncer admin console connection (libpq,
// blocking), the history store it writes every reading to, and the timer. Two commands per reading
// (SHOW POOLS, SHOW STATS): the console has no way to ask for both at once.
class StatsPoolerWorker : public QObject
{
    Q_OBJECT
public:
    explicit StatsPoolerWorker(QObject *parent = nullptr);
    ~StatsPoolerWorker() override;

    void setRetention(const RetentionPolicy &policy);

public slots:
    void start(const supadesk::DbEndpoint &endpoint, int intervalMs, const QString &historyDirectory,
               const QString &historyKey);
    void setInterval(int intervalMs);
    void stop();

signals:
    void sampled(const supadesk::PoolerSample &sample);
    void failed(const supadesk::PoolerProblem &problem);
    void historyNotice(const QString &message);

private:
    void sampleOnce();
    void store(const PoolerSample &sample);

    QTimer *m_timer = nullptr;
    std::unique_ptr<PgBouncerAdmin> m_admin;
    std::unique_ptr<HistoryStore> m_history;
    QString m_historyKey;
    RetentionPolicy m_retention;
    qint64 m_lastPruneMs = 0;
    bool m_historyFailed = false;
    std::optional<QList<PgBouncerDatabaseStats>> m_previousStats;
    qint64 m_previousMs = 0;
};

} // namespace supadesk
