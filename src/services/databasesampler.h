// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/metrics/rollup.h"
#include "core/metrics/statsrates.h"
#include "core/metrics/statssample.h"
#include "db/dbendpoint.h"

#include <QObject>

class QThread;

namespace supadesk {

class DatabaseSamplerWorker;

// Samples one database every few seconds on a thread of its own (its own connection, one statement
// per sample) and reports each sample with the rates since the previous one.
class DatabaseSampler : public QObject
{
    Q_OBJECT
public:
    explicit DatabaseSampler(QObject *parent = nullptr);
    ~DatabaseSampler() override;

    // With a non-empty historyKey every sample is also stored in the history file in
    // historyDirectory (see HistoryStore), under that key.
    void start(const DbEndpoint &endpoint, int intervalMs, const QString &historyDirectory = QString(),
               const QString &historyKey = QString());
    void setInterval(int intervalMs);
    // How long the history keeps each resolution; pruning runs with the next sample.
    void setRetention(const RetentionPolicy &policy);
    // Whether samples list the sessions (StatsSample::activity); on until told otherwise.
    void setActivityWanted(bool wanted);
    void stop();
    bool isRunning() const { return m_running; }

signals:
    void sampled(const supadesk::StatsSample &sample, const supadesk::StatsRates &rates);
    void failed(const QString &message);
    void historyNotice(const QString &message);

private:
    QThread *m_thread;
    DatabaseSamplerWorker *m_worker;
    bool m_running = false;
};

} // namespace supadesk
