// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/stack.h"
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

class ConnectionManager;
class SecretStore;
class StackTreeModel;
class UptimeMonitor;
class UptimeStore;
class Workspace;

// The main window: the stack list on the left, the selected stack's workspaces as tabs on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(StackRepository repository, Preferences preferences, SecretStore *secrets,
               ConnectionManager *connections = nullptr, QWidget *parent = nullptr);
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
    void onConnectionState(const QString &stackId, int state, const QString &reason);
    void onHostKeyRejected(const QString &stackId, const QString &errorCode, const HostKeyCheck &check);
    void onSecretNeeded(const QString &stackId, const QString &errorCode);
    void startUptimeMonitor();
    void openSetupTuning();

    StackRepository m_repository;
    Preferences m_preferences;
    SecretStore *m_secrets;
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
    QList<Workspace *> m_workspaces;
    // Declared in this order so the monitor (and its probers) go before the store they write to.
    std::unique_ptr<UptimeStore> m_uptimeStore;
    std::unique_ptr<UptimeMonitor> m_uptimeMonitor;
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
};

} // namespace supadesk
