// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/metrics/historyrange.h"
#include "core/metrics/poolerproblem.h"
#include "core/metrics/rollup.h"
#include "core/stack.h"
#include "db/dbendpoint.h"
#include "gui/common/databaseworkspace.h"
#include "services/poolermetricsendpoint.h"
#include "services/preferences.h"

#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QToolBar;

namespace supadesk {

class ActivityPanel;
class MessageWidget;
class ConnectionManager;
class FleetOverview;
class HistoryStore;
class HostPanel;
class LiveChart;
class StandbyTable;
class StatsFleet;
struct PoolerSample;
struct StatsRates;
struct StatsSample;

// The Dashboard tab: charts of the selected stack's database over its tunnel (live, or from the local
// history for the last hour to 30 days), its sessions with cancel/terminate and lock waits, and — when
// no stack is selected or the Fleet toggle is on — a tile per stack, worst first. Every connected stack
// is sampled on a thread of its own, one statement per sample, and every sample goes to the history.
class DashboardWorkspace : public DatabaseWorkspace
{
    Q_OBJECT
public:
    enum Chart {
        Transactions,
        CacheHit,
        Connections,
        Rows,
        WriteVolume,
        Replication,
        ReplicationDelay,
        Checkpoints,
        DatabaseSize,
        TransactionAge,
        Pooler,
        PoolerWait,
        ChartCount
    };

    // `fleet` samples the stacks and writes the history this workspace reads (its history
    // directory); it must outlive the workspace. The history retention is read from and saved to
    // `preferences`.
    DashboardWorkspace(EndpointResolver resolver, StatsFleet *fleet, Preferences preferences,
                       QWidget *parent = nullptr);
    ~DashboardWorkspace() override;

    QString title() const override;

    // The stacks the fleet overview shows and samples (the connected ones). Without it, only the
    // selected stack is sampled and there is no fleet overview.
    void setFleetSource(std::function<StackList()> stacks);
    // Where a stack's pooler can be reached through its tunnel (nothing: the pooler charts say so).
    void setPoolerResolver(EndpointResolver resolver);
    // Where Supavisor's metrics of a stack are read, should its pooler be Supavisor.
    using MetricsResolver = std::function<std::optional<PoolerMetricsEndpoint>(const Stack &)>;
    void setPoolerMetricsResolver(MetricsResolver resolver);
    // Whether a stack's tunnel is being re-established (its figures are then kept, with their age).
    void setReconnectingSource(std::function<bool(const Stack &)> reconnecting);
    // Both of the above from the connection manager's tunnels.
    void setConnectionManager(const ConnectionManager *connections);
    // Opens the History Retention dialog; applies and saves what the user accepts.
    void editRetention();

    void setRange(HistoryRange::Range range);
    HistoryRange::Range range() const { return m_rangeValue; }
    void showFleet(bool show);

    LiveChart *chart(Chart which) const { return m_charts.at(which); }
    LiveChart *transactionsChart() const { return chart(Transactions); }
    LiveChart *connectionsChart() const { return chart(Connections); }
    ActivityPanel *activityPanel() const { return m_activity; }
    StandbyTable *standbyTable() const { return m_standbys; }
    HostPanel *hostPanel() const { return m_host; }
    FleetOverview *fleetOverview() const { return m_fleetView; }
    StatsFleet *fleet() const { return m_fleet; }
    int samplesShown() const { return m_samples; }

signals:
    // The user opened a stack from the fleet overview.
    void stackActivated(const QString &stackId);
    // "Add Standby…" under the standby table, for the shown stack.
    void addStandbyRequested(const QString &stackId);
    void failoverRequested(const QString &stackId);

protected:
    void endpointUpdated(bool changed) override;
    void changeEvent(QEvent *event) override;
    // The charts page's resizes: the grid goes to one column where two would cut the legends.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Binding
    {
        QString metric;
        Chart chart;
        int series;
        double scale;
    };

    void buildCharts();
    void retranslateUi();
    void onSample(const QString &key, const StatsSample &sample, const StatsRates &rates);
    void onPoolerSample(const QString &key, const PoolerSample &sample);
    void updatePoolerNote();
    bool isReconnecting() const;
    void refreshTargets();
    void updatePage();
    void updateStatus();
    void updateNotes(const StatsSample &sample);
    void reloadCharts();
    void tick();
    QString currentKey() const;
    HistoryStore *reader();

    EndpointResolver m_resolver;
    std::function<StackList()> m_stacksSource;
    EndpointResolver m_poolerResolver;
    MetricsResolver m_poolerMetricsResolver;
    PoolerMetricsEndpoint poolerMetricsOf(const Stack &s) const;
    void titlePoolerCharts(bool supavisor);
    bool m_poolerIsSupavisor = false;
    std::function<bool(const Stack &)> m_reconnecting;
    Preferences m_preferences;
    StatsFleet *m_fleet;
    QToolBar *m_toolbar;
    QAction *m_pause;
    QAction *m_resetZoom;
    QAction *m_fleetAction;
    QAction *m_retentionAction;
    QLabel *m_intervalLabel;
    QSpinBox *m_interval;
    QLabel *m_rangeLabel;
    QComboBox *m_range;
    MessageWidget *m_status;
    QStackedWidget *m_pages;
    FleetOverview *m_fleetView;
    QWidget *m_stackPage;
    QTabWidget *m_tabs;
    ActivityPanel *m_activity;
    StandbyTable *m_standbys;
    HostPanel *m_host;
    const ConnectionManager *m_connections = nullptr;
    // The host tab reads the selected stack over its SSH session while it is connected.
    void updateHostTarget();
    QWidget *m_chartsPage = nullptr;
    int m_chartColumns = 0;
    void layOutCharts(int columns);
    QLabel *m_summary;
    QTimer *m_tick;
    QList<LiveChart *> m_charts;
    QList<Binding> m_bindings;
    int m_maxConnectionsLine = 0;
    int m_cacheTargetLine = 0;
    HistoryRange::Range m_rangeValue = HistoryRange::Range::Live;
    std::unique_ptr<HistoryStore> m_reader;
    QString m_shownKey;
    qint64 m_lastReloadMs = 0;
    int m_samples = 0;
    QString m_error;
    QString m_historyNotice;
    qint64 m_lastRoundTripUs = 0;
};

} // namespace supadesk
