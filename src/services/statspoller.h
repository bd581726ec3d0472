#pragma once

#include "core/metrics/statsrates.h"
#include "core/metrics/statssample.h"
#include "db/dbendpoint.h"

#include <QObject>

class QThread;

namespace supadesk {

class StatsPollWorker;

// Samples one database every few seconds on a thread of its own (its own connection, one statement
// per sample) and reports each sample with the rates since the previous one.
class StatsPoller : public QObject
{
    Q_OBJECT
public:
    explicit StatsPoller(QObject *parent = nullptr);
    ~StatsPoller() override;

    void start(const DbEndpoint &endpoint, int intervalMs);
    void setInterval(int intervalMs);
    void stop();
    bool isRunning() const { return m_running; }

signals:
    void sampled(const supadesk::StatsSample &sample, const supadesk::StatsRates &rates);
    void failed(const QString &message);

private:
    QThread *m_thread;
    StatsPollWorker *m_worker;
    bool m_running = false;
};

} // namespace supadesk

Q_DECLARE_METATYPE(supadesk::StatsSample)
Q_DECLARE_METATYPE(supadesk::StatsRates)
