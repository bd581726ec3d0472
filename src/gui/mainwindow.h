// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/stack.h"
#include "db/dbendpoint.h"
#include "services/preferences.h"
#include "services/stackrepository.h"
#include "ssh/hostkeyverifier.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeView;

namespace supadesk {

class AlertCenter;
class AlertConfigStore;
class AlertTray;
class AnalyzerWorkspace;
class AuditHistoryStore;
class DrillHistoryStore;
class AuditWorkspace;
class BackupsWorkspace;
class ConnectionManager;
class DashboardWorkspace;
class SecretStore;
class StackConnection;
class SetupWorkspace;
class StackTreeModel;
class StatsFleet;
class UptimeMonitor;
class UptimeStore;
class UptimeWorkspace;
class Workspace;

// The main window: the stack list on the left, the selected stack's workspaces as tabs on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // What the window and its workspaces work with; all of it is owned elsewhere (AppServices in
    // src/app) and outlives the window.
    struct Services
    {
        StackRepository &stacks;
        Preferences &preferences;
        SecretStore *secrets = nullptr;
        ConnectionManager *connections = nullptr; // null: no stack is connected
        UptimeStore &uptimeStore;
        UptimeMonitor *uptimeMonitor = nullptr; // null: the app does not probe (notice says why)
        StatsFleet &statsFleet;
        AuditHistoryStore *auditHistory = nullptr; // null: audit runs are shown but not kept
        DrillHistoryStore *drillHistory = nullptr; // null: restore-tested sees no drill
        QString notice;                            // shown in the status bar when the window opens
        AlertCenter *alerts = nullptr;             // null: no tray icon
        AlertConfigStore *alertConfig = nullptr;   // null: the alerts form is not offered
    };

    explicit MainWindow(const Services &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    std::optional<Stack> currentStack() const;
    void selectStack(const QString &id);
    const StackRepository &repository() const { return m_repository; }
    QTabWidget *workspaceTabs() const { return m_tabs; }

public slots:
    void addStack();
    void editStack();
    void duplicateStack();
    void removeStack();
    void moveStack(int delta);
    void importStacks();
    void exportStacks();
    void showPreferences();
    void showAbout();
    void setLanguage(const QString &language);
    void connectStack();
    void disconnectStack();
    void copyConnectionString();
    void connectAutomatically();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslateUi();
    void refreshStacks(const QString &selectId = QString());
    void updateActions();
    void onSelectionChanged();
    void reportError(const QString &title, const QString &message);
    void storeSecret(const Stack &stack, const QString &secret);
    // Saves a changed stack (the stack dialog, the Setup wizard) and shows it; false when not saved.
    bool saveStack(const Stack &stack);
    void onConnectionState(const QString &stackId, int state, const QString &reason);
    void onHostKeyRejected(const QString &stackId, const QString &errorCode, const HostKeyCheck &check);
    void onSecretNeeded(const QString &stackId, const QString &errorCode);
    void connectWorkspaces(const Services &services);
    void openSetupTuning();
    void openSetupPage(const QString &stackId, const QString &page);
    // The audit's fix for the example database password: the live rotation, in its own dialog.
    void rotateDatabasePassword(const QString &stackId);
    void addStandby(const QString &stackId);
    void failOver(const QString &stackId);
    // A stack with its SSH session and database endpoint, as far as they exist; empty for an unknown id.
    struct StackReach
    {
        Stack stack;
        StackConnection *connection = nullptr;
        std::optional<DbEndpoint> database;
    };
    std::optional<StackReach> reachOf(const QString &stackId) const;

    StackRepository &m_repository;
    Preferences &m_preferences;
    SecretStore *m_secrets;
    AlertConfigStore *m_alertConfig = nullptr;
    ConnectionManager *m_connections;
    StackTreeModel *m_model;
    QTreeView *m_tree;
    QLabel *m_sidebarTitle;
    QPushButton *m_addButton;
    QStackedWidget *m_right;
    QWidget *m_emptyPage;
    QLabel *m_emptyText;
    QPushButton *m_emptyAdd;
    QTabWidget *m_tabs;
    SetupWorkspace *m_setup;
    AnalyzerWorkspace *m_analyzer;
    DashboardWorkspace *m_dashboard;
    UptimeWorkspace *m_uptime;
    AuditWorkspace *m_audit;
    BackupsWorkspace *m_backups;
    QList<Workspace *> m_workspaces;
    QLabel *m_stackCount;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_stackMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QList<QAction *> m_workspaceActions;
    QAction *m_about = nullptr;
    QAction *m_connect = nullptr;
    QAction *m_disconnect = nullptr;
    QAction *m_copyConnection = nullptr;
    AlertTray *m_alertTray = nullptr; // the fleet's alerts in the system tray, where there is one
};

} // namespace supadesk
