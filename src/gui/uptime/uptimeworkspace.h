// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/uptime/uptimeprobeinstallplan.h"
#include "gui/common/workspace.h"
#include "uptimeoverview.h"

#include <QPointer>
#include <QTimeZone>

#include <functional>

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolButton;
class QTreeWidget;

namespace supadesk {

class AlertConfigStore;
class ConnectionManager;
class SecretStore;
class FigureCard;
class MessageWidget;
class FleetTableModel;
class IncidentTableModel;
class UptimeChartWidget;
class UptimeMonitor;
class UptimeSource;
class UptimeStore;

// The Uptime tab: for the selected stack, availability over the last 24 h to 90 d and the chosen
// month, the month day by day against the SLA target, its incidents, response times per component,
// the error budget left and the maintenance windows; or, for the whole fleet, one row per stack,
// worst first. "Export report…" writes the month's PDF and CSV for managers.
class UptimeWorkspace : public Workspace
{
    Q_OBJECT
public:
    // The stacks come from the main window's list; the data from the app's uptime history `store`
    // (which must outlive the workspace), pulled from the servers over `connections` (may be null:
    // nothing is pulled).
    UptimeWorkspace(std::function<StackList()> stacks, UptimeStore *store, ConnectionManager *connections,
                    QWidget *parent = nullptr);
    // Data from `source`, which must outlive the workspace (tests, other front ends).
    explicit UptimeWorkspace(UptimeSource *source, QWidget *parent = nullptr);

    QString title() const override;
    void setStack(const std::optional<Stack> &stack) override;
    void connectionChanged() override;

    // The app's own probes: the workspace says when a stack's gateway components are not probed
    // and why. May be null.
    void setMonitor(UptimeMonitor *monitor);
    // Where the stacks' alert rules and channels are kept, and their secrets: with a store, "Alerts…"
    // opens the form and installing the probe installs the alerter with them. Both must outlive
    // the workspace; null: no alerts form.
    void setAlerts(AlertConfigStore *store, SecretStore *secrets);

    // Days and months are those of this zone (the computer's by default).
    void setTimeZone(const QTimeZone &zone);
    // What "now" is; tests pin it.
    void setClock(std::function<qint64()> clock);
    void setMonth(int year, int month);
    void setFleetView(bool fleet);
    void refresh();

    const std::optional<UptimeOverview> &overview() const { return m_overview; }
    const FleetTableModel *fleet() const { return m_fleetModel; }
    QString statusText() const;
    // Why the app does not probe the selected stack's gateway itself; empty when it does.
    QString probeNoteText() const;

    // Writes the report for `stackIds` and the month as PDF at `pdfPath` and CSV next to it.
    Status exportReport(const QString &pdfPath, const QStringList &stackIds, int year, int month,
                        const QString &language);

public slots:
    void showExportDialog();
    void addMaintenance();
    void removeMaintenance();
    void pullNow();
    void installProbe();
    void removeProbe();
    void editAlerts();

public:
    // The rows of the Alerts tab as shown (tests).
    QStringList alertHistoryRows() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslateUi();
    void showOverview();
    void showFleet();
    void showProbeNote();
    void setStatus(const QString &text, bool error = false);
    void commitTarget();
    void commitProbeSettings();
    void runProbeDialog(bool install);
    // The alerts the server's alerter is to use for the stack: none (nullopt) when they have nowhere to go.
    std::optional<Result<UptimeProbeAlerts>> alertsForServer(const Stack &stack,
                                                             const UptimeProbeSettings &settings);
    // Changed alert settings or maintenance windows in force on the server without installing again
    // (when the stack is connected and its alerts have channels); the outcome in the status line.
    void pushAlertSettings(const Stack &stack);
    qint64 now() const;

    UptimeSource *m_source;
    QPointer<UptimeMonitor> m_monitor;
    std::optional<Stack> m_stack;
    std::optional<UptimeOverview> m_overview;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    std::function<qint64()> m_clock;
    int m_year = 0;
    int m_month = 0;
    bool m_fleetView = false;
    bool m_busy = false;

    QComboBox *m_scope = nullptr;
    QComboBox *m_monthBox = nullptr;
    QLabel *m_scopeLabel = nullptr;
    QLabel *m_monthLabel = nullptr;
    QLabel *m_targetLabel = nullptr;
    QDoubleSpinBox *m_target = nullptr;
    // "Probe every [N] s", "Down after [N] failures": the stack's UptimeStackSettings.
    QLabel *m_intervalLabel = nullptr;
    QSpinBox *m_interval = nullptr;
    QLabel *m_intervalUnit = nullptr;
    QLabel *m_failuresLabel = nullptr;
    QSpinBox *m_failures = nullptr;
    QLabel *m_failuresUnit = nullptr;
    QAction *m_pull = nullptr;
    QAction *m_install = nullptr;
    QAction *m_uninstall = nullptr;
    QAction *m_export = nullptr;
    QAction *m_alerts = nullptr;
    QToolButton *m_alertsButton = nullptr;
    AlertConfigStore *m_alertConfig = nullptr;
    SecretStore *m_secrets = nullptr;
    QToolButton *m_pullButton = nullptr;
    QToolButton *m_installButton = nullptr;
    QToolButton *m_exportButton = nullptr;
    MessageWidget *m_status = nullptr;
    QLabel *m_probeNote = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_stackPage = nullptr;
    QWidget *m_fleetPage = nullptr;
    QList<FigureCard *> m_cards; // 24 h, 7 d, 30 d, 90 d, month, budget
    QLabel *m_dayChartTitle = nullptr;
    UptimeChartWidget *m_dayChart = nullptr;
    QTabWidget *m_details = nullptr;
    IncidentTableModel *m_incidentModel = nullptr;
    QTableView *m_incidents = nullptr;
    UptimeChartWidget *m_latencyChart = nullptr;
    QTreeWidget *m_maintenance = nullptr;
    // What the server's alerter sent: one row per alert (fired, resolved, how long, who was told).
    QTreeWidget *m_alertHistory = nullptr;
    QPushButton *m_addMaintenance = nullptr;
    QPushButton *m_removeMaintenance = nullptr;
    QLabel *m_maintenanceNote = nullptr;
    FleetTableModel *m_fleetModel = nullptr;
    QTableView *m_fleetTable = nullptr;
};

} // namespace supadesk
