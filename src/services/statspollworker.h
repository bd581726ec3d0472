#pragma once

#include "core/metrics/statssample.h"
#include "db/dbendpoint.h"

#include <QObject>

#include <memory>
#include <optional>

class QTimer;

namespace supadesk {

class StatsSampler;
struct StatsRates;

// The thread-side half of StatsPoller: owns the sampler (and so its QSqlDatabase) and the timer.
class StatsPollWorker : public QObject
{
    Q_OBJECT
public:
    explicit StatsPollWorker(QObject *parent = nullptr);
    ~StatsPollWorker() override;

public slots:
    void start(const supadesk::DbEndpoint &endpoint, int intervalMs);
    void setInterval(int intervalMs);
    void stop();

signals:
    void sampled(const supadesk::StatsSample &sample, const supadesk::StatsRates &rates);
    void failed(const QString &message);

private:
    void sampleOnce();

    QTimer *m_timer = nullptr;
    std::unique_ptr<StatsSampler> m_sampler;
    std::optional<StatsSample> m_previous;
};

} // namespace supadesk
