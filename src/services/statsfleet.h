#pragma once

#include "core/metrics/fleetstatus.h"
#include "core/metrics/statsrates.h"
#include "core/metrics/statssample.h"
#include "core/stack.h"
#include "db/dbendpoint.h"

#include <QHash>
#include <QObject>

#include <optional>

namespace supadesk {

class StatsPoller;

// One statistics poller per connected stack, each on its own thread, all storing into the local
// history: the dashboard of the selected stack and the fleet overview read the same samples, so no
// stack is sampled twice. Stacks are known by their history key (the stack id, or the name of a
// stack that has none yet).
class StatsFleet : public QObject
{
    Q_OBJECT
public:
    struct Target
    {
        Stack stack;
        std::optional<DbEndpoint> endpoint; // empty: not connected, nothing to sample
    };

    explicit StatsFleet(QObject *parent = nullptr);
    ~StatsFleet() override;

    static QString keyOf(const Stack &stack) { return stack.id.isEmpty() ? stack.name : stack.id; }

    // Where the history file lives; empty keeps no history. Takes effect for pollers started later.
    void setHistoryDirectory(const QString &directory) { m_historyDirectory = directory; }
    QString historyDirectory() const { return m_historyDirectory; }
    void setInterval(int intervalMs);
    int interval() const { return m_intervalMs; }

    // Samples exactly the connected stacks among these; stops and forgets the others.
    void watch(const QList<Target> &targets);
    QStringList keys() const { return m_order; }

    std::optional<StatsSample> lastSample(const QString &key) const;
    // The fleet overview's figures for every watched stack, in the order they were given.
    QList<FleetStatus> statuses() const;

signals:
    void sampled(const QString &key, const supadesk::StatsSample &sample, const supadesk::StatsRates &rates);
    void failed(const QString &key, const QString &message);
    void historyNotice(const QString &message);

private:
    struct Entry
    {
        Stack stack;
        std::optional<DbEndpoint> endpoint;
        StatsPoller *poller = nullptr;
        std::optional<StatsSample> sample;
        std::optional<StatsRates> rates;
        qint64 lastSuccessMs = 0;
        QString error;
    };

    QHash<QString, Entry> m_entries;
    QStringList m_order;
    QString m_historyDirectory;
    int m_intervalMs = 2000;
};

} // namespace supadesk
