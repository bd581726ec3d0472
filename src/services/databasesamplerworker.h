// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/metrics/rollup.h"
#include "core/metrics/statssample.h"
#include "db/dbendpoint.h"

#include <QObject>

#include <memory>
#include <optional>

class QTimer;

namespace supadesk {

class DatabaseStatsReader;
class HistoryBatchWriter;
struct StatsRates;

// The thread-side half of DatabaseSampler: owns the reader (and so its QSqlDatabase) and the timer, and
// hands every sample to the history writer it shares with the other samplers of the same file.
class DatabaseSamplerWorker : public QObject
{
    Q_OBJECT
public:
    explicit DatabaseSamplerWorker(QObject *parent = nullptr);
    ~DatabaseSamplerWorker() override;

    // Takes effect with the next sample: pruning runs then, whatever the time since the last.
    void setRetention(const RetentionPolicy &policy);
    void setActivityWanted(bool wanted);

public slots:
    // An empty historyKey keeps no history; otherwise samples are stored under that key in the
    // history file in historyDirectory.
    void start(const supadesk::DbEndpoint &endpoint, int intervalMs, const QString &historyDirectory,
               const QString &historyKey);
    void setInterval(int intervalMs);
    void stop();

signals:
    void sampled(const supadesk::StatsSample &sample, const supadesk::StatsRates &rates);
    void failed(const QString &message);
    // The history could not be written, or was found damaged and started afresh.
    void historyNotice(const QString &message);

private:
    void sampleOnce();
    void store(const StatsSample &sample, const std::optional<StatsRates> &rates);

    QTimer *m_timer = nullptr;
    std::unique_ptr<DatabaseStatsReader> m_reader;
    // Shared with every other database sampler writing the same file.
    std::shared_ptr<HistoryBatchWriter> m_history;
    RetentionPolicy m_retention;
    QString m_historyKey;
    std::optional<StatsSample> m_previous;
    bool m_activityWanted = true;
};

} // namespace supadesk
