// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "db/uptimestore.h"
#include "gui/alerts/alerttray.h"
#include "gui/analyzer/analyzerworkspace.h"
#include "gui/audit/auditworkspace.h"
#include "gui/audit/passwordrotationdialog.h"
#include "gui/backups/backupsworkspace.h"
#include "gui/common/aboutdialog.h"
#include "gui/common/preferencesdialog.h"
#include "gui/dashboard/dashboardworkspace.h"
#include "gui/dashboard/fleetoverview.h"
#include "gui/replication/addstandbydialog.h"
#include "gui/replication/failoverdialog.h"
#include "gui/setup/setupworkspace.h"
#include "gui/setup/tuningpage.h"
#include "gui/stacks/hostkeyprompt.h"
#include "gui/stacks/secretpromptdialog.h"
#include "gui/stacks/stackdialog.h"
#include "gui/stacks/stacktreemodel.h"
#include "gui/styles/apptheme.h"
#include "gui/uptime/uptimeworkspace.h"
#include "services/alerts/alertconfigstore.h"
#include "services/apppaths.h"
#include "services/audit/auditfixservice.h"
#include "services/backup/backuphealthwatch.h"
#include "services/connectionmanager.h"
#include "services/secretstore.h"
#include "services/translationloader.h"
#include "services/uptime/uptimemonitor.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace supadesk {

MainWindow::MainWindow(const Services &services, QWidget *parent)
    : QMainWindow(parent), m_repository(services.stacks), m_preferences(services.preferences),
      m_secrets(services.secrets), m_alertConfig(services.alertConfig), m_connections(services.connections)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/supadesk.svg")));

    auto *sidebar = new QWidget(this);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebarTitle = new QLabel(sidebar);
    m_addButton = new QPushButton(sidebar);
    m_addButton->setObjectName(QStringLiteral("addStackButton"));
    m_model = new StackTreeModel(this);
    m_tree = new QTreeView(sidebar);
    m_tree->setObjectName(QStringLiteral("stackTree"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *sidebarLayout = new QVBoxLayout(sidebar);
    sidebarLayout->setContentsMargins(6, 6, 0, 6);
    auto *sidebarTop = new QHBoxLayout;
    sidebarTop->addWidget(m_sidebarTitle, 1);
    sidebarTop->addWidget(m_addButton);
    sidebarLayout->addLayout(sidebarTop);
    sidebarLayout->addWidget(m_tree);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("workspaces"));
    m_tabs->setDocumentMode(true);
    auto resolver = [this](const Stack &stack) -> std::optional<DbEndpoint> {
        return m_connections ? m_connections->databaseEndpoint(stack) : std::nullopt;
    };
    auto stacks = [this] { return m_repository.stacks(); };
    m_setup = new SetupWorkspace(m_connections, m_secrets, resolver, m_tabs);
    m_analyzer = new AnalyzerWorkspace(resolver, m_tabs);
    m_dashboard = new DashboardWorkspace(resolver, &services.statsFleet, m_preferences, m_tabs);
    m_uptime = new UptimeWorkspace(stacks, &services.uptimeStore, m_connections, m_tabs);
    m_uptime->setAlerts(services.alertConfig, services.secrets);
    m_audit = new AuditWorkspace(stacks, m_connections, services.auditHistory, m_tabs);
    m_audit->setDrillHistory(services.drillHistory);
    m_backups = new BackupsWorkspace(m_connections, services.drillHistory, m_tabs);
    m_backups->setSecrets(services.secrets);
    m_workspaces = {m_setup, m_analyzer, m_dashboard, m_uptime, m_audit, m_backups};
    for (Workspace *workspace : std::as_const(m_workspaces))
        m_tabs->addTab(workspace, workspace->title());
    connectWorkspaces(services);

    m_emptyPage = new QWidget(this);
    m_emptyText = new QLabel(m_emptyPage);
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyAdd = new QPushButton(m_emptyPage);
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(m_emptyAdd, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();

    m_right = new QStackedWidget(this);
    m_right->addWidget(m_emptyPage);
    m_right->addWidget(m_tabs);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("splitter"));
    splitter->addWidget(sidebar);
    splitter->addWidget(m_right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 760});
    setCentralWidget(splitter);

    m_stackCount = new QLabel(this);
    m_stackCount->setObjectName(QStringLiteral("stackCount"));
    statusBar()->addPermanentWidget(m_stackCount);

    createActions();
    createMenus();
    connect(m_addButton, &QPushButton::clicked, this, &MainWindow::addStack);
    connect(m_emptyAdd, &QPushButton::clicked, this, &MainWindow::addStack);
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!index.data(StackTreeModel::IsGroupRole).toBool())
            editStack();
    });

    if (m_connections) {
        connect(m_connections, &ConnectionManager::stateChanged, this,
                [this](const QString &id, StackConnection::State state, const QString &reason) {
                    onConnectionState(id, int(state), reason);
                });
        connect(m_connections, &ConnectionManager::hostKeyRejected, this, &MainWindow::onHostKeyRejected);
        connect(m_connections, &ConnectionManager::secretNeeded, this, &MainWindow::onSecretNeeded);
    }

    if (services.alerts && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_alertTray = new AlertTray(services.alerts, this);
        connect(m_alertTray, &AlertTray::showWindowRequested, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
    }

    retranslateUi();
    if (!services.notice.isEmpty())
        statusBar()->showMessage(services.notice);
    refreshStacks(m_preferences.lastStackId());
    if (!restoreGeometry(m_preferences.windowGeometry()))
        resize(1100, 720);
    restoreState(m_preferences.windowState());
}

void MainWindow::createActions()
{
    auto make = [this](const char *name, QKeySequence shortcut, auto slot) {
        auto *action = new QAction(this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_import = make("importStacks", QKeySequence(Qt::CTRL | Qt::Key_I), &MainWindow::importStacks);
    m_export =
        make("exportStacks", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), &MainWindow::exportStacks);
    m_preferencesAction = make("preferences", QKeySequence::Preferences, &MainWindow::showPreferences);
    if (m_preferencesAction->shortcut().isEmpty())
        m_preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_quit = make("quit", QKeySequence::Quit, &MainWindow::close);
    m_add = make("addStack", QKeySequence::New, &MainWindow::addStack);
    m_edit = make("editStack", QKeySequence(Qt::CTRL | Qt::Key_E), &MainWindow::editStack);
    m_duplicate = make("duplicateStack", QKeySequence(Qt::CTRL | Qt::Key_D), &MainWindow::duplicateStack);
    m_remove = make("removeStack", QKeySequence::Delete, &MainWindow::removeStack);
    m_moveUp =
        make("moveStackUp", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up), [this] { moveStack(-1); });
    m_moveDown =
        make("moveStackDown", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down), [this] { moveStack(1); });
    for (int i = 0; i < m_workspaces.size(); ++i) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { m_tabs->setCurrentIndex(i); });
        m_workspaceActions.append(action);
    }
    m_about = make("about", QKeySequence(), &MainWindow::showAbout);
    m_connect = make("connectStack", QKeySequence(Qt::CTRL | Qt::Key_K), &MainWindow::connectStack);
    m_disconnect =
        make("disconnectStack", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), &MainWindow::disconnectStack);
    m_copyConnection = make("copyConnectionString", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                            &MainWindow::copyConnectionString);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_tree->addActions({m_connect, m_disconnect, m_copyConnection, separator, m_edit, m_duplicate, m_remove,
                        m_moveUp, m_moveDown});
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addActions({m_import, m_export});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_preferencesAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    m_stackMenu = menuBar()->addMenu(QString());
    m_stackMenu->addActions({m_connect, m_disconnect, m_copyConnection});
    m_stackMenu->addSeparator();
    m_stackMenu->addActions({m_add, m_edit, m_duplicate, m_remove});
    m_stackMenu->addSeparator();
    m_stackMenu->addActions({m_moveUp, m_moveDown});
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions(m_workspaceActions);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);
}

void MainWindow::retranslateUi()
{
    const QString profile = AppPaths::profile();
    setWindowTitle(profile == QLatin1String("default") ? tr("Supadesk")
                                                       : tr("Supadesk — profile “%1”").arg(profile));
    m_fileMenu->setTitle(tr("&File"));
    m_stackMenu->setTitle(tr("&Stack"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_import->setText(tr("&Import Stacks…"));
    m_export->setText(tr("&Export Stacks…"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_quit->setText(tr("&Quit"));
    m_add->setText(tr("&Add Stack…"));
    m_edit->setText(tr("&Edit Stack…"));
    m_duplicate->setText(tr("Du&plicate Stack"));
    m_remove->setText(tr("&Remove Stack…"));
    m_moveUp->setText(tr("Move &Up"));
    m_moveDown->setText(tr("Move &Down"));
    m_about->setText(tr("&About Supadesk"));
    m_connect->setText(tr("&Connect"));
    m_disconnect->setText(tr("D&isconnect"));
    m_copyConnection->setText(tr("Copy Database Connection &String"));
    m_copyConnection->setToolTip(tr("A postgresql:// address of the database through this stack's tunnel, "
                                    "for psql and other tools (without the password)."));
    for (int i = 0; i < m_workspaces.size(); ++i) {
        m_tabs->setTabText(i, m_workspaces.at(i)->title());
        m_workspaceActions.at(i)->setText(m_workspaces.at(i)->title());
    }
    m_sidebarTitle->setText(QStringLiteral("<b>%1</b>").arg(tr("Stacks")));
    m_addButton->setText(tr("Add"));
    m_addButton->setToolTip(tr("Add a stack (%1)").arg(m_add->shortcut().toString(QKeySequence::NativeText)));
    m_emptyText->setText(
        tr("<h2>No stacks yet</h2><p>A stack is one self-hosted Supabase server that Supadesk "
           "reaches over SSH.<br>Add your first one to set it up, analyse its queries and watch "
           "its uptime.</p>"));
    m_emptyAdd->setText(tr("Add your first stack…"));
    const QString selected = currentStack() ? currentStack()->id : QString();
    refreshStacks(selected); // group names such as "Ungrouped" and tooltips are translated too
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_fileMenu)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::refreshStacks(const QString &selectId)
{
    m_model->setStacks(m_repository.stacks());
    m_tree->expandAll();
    disconnect(m_tree->selectionModel(), nullptr, this, nullptr);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onSelectionChanged);
    QModelIndex index = m_model->indexOfStack(selectId);
    if (!index.isValid() && !m_repository.stacks().isEmpty())
        index = m_model->indexOfStack(m_repository.stacks().first().id);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
    m_right->setCurrentWidget(m_repository.stacks().isEmpty() ? m_emptyPage : static_cast<QWidget *>(m_tabs));
    m_stackCount->setText(tr("%n stack(s)", nullptr, int(m_repository.stacks().size())));
    onSelectionChanged();
}

std::optional<Stack> MainWindow::currentStack() const
{
    const QModelIndex index = m_tree->currentIndex();
    if (!index.isValid() || index.data(StackTreeModel::IsGroupRole).toBool())
        return std::nullopt;
    return m_repository.find(index.data(StackTreeModel::StackIdRole).toString());
}

void MainWindow::selectStack(const QString &id)
{
    const QModelIndex index = m_model->indexOfStack(id);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
}

void MainWindow::onSelectionChanged()
{
    const std::optional<Stack> stack = currentStack();
    for (Workspace *workspace : std::as_const(m_workspaces))
        workspace->setStack(stack);
    if (stack)
        m_preferences.setLastStackId(stack->id);
    updateActions();
}

void MainWindow::updateActions()
{
    const std::optional<Stack> stack = currentStack();
    const bool selected = stack.has_value();
    for (QAction *action : {m_edit, m_duplicate, m_remove, m_moveUp, m_moveDown})
        action->setEnabled(selected);
    const auto state =
        selected && m_connections ? m_connections->state(stack->id) : StackConnection::State::Disconnected;
    const bool idle =
        state == StackConnection::State::Disconnected || state == StackConnection::State::Failed;
    m_connect->setEnabled(selected && m_connections && idle);
    m_disconnect->setEnabled(selected && m_connections && !idle);
    m_copyConnection->setEnabled(selected && state == StackConnection::State::Connected);
    m_export->setEnabled(!m_repository.stacks().isEmpty());
}

void MainWindow::reportError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

void MainWindow::storeSecret(const Stack &stack, const QString &secret)
{
    if (!m_secrets || stack.authMethod == AuthMethod::Agent)
        return;
    const QString name =
        stack.authMethod == AuthMethod::Password ? SecretStore::SshPassword : SecretStore::KeyPassphrase;
    QPointer<MainWindow> self(this);
    m_secrets->write(stack.id, name, secret, [self](Status status) {
        if (self && !status.ok())
            self->reportError(
                tr("Secret not saved"),
                tr("The stack was saved, but its secret could not be stored in the keychain: %1")
                    .arg(status.error().message));
    });
}

static QStringList groupsOf(const StackList &stacks)
{
    QStringList groups;
    for (const Stack &s : stacks)
        if (!s.group.isEmpty() && !groups.contains(s.group))
            groups.append(s.group);
    return groups;
}

void MainWindow::addStack()
{
    StackDialog dialog(StackRepository::validator(), m_repository.stacks(), this);
    dialog.setGroups(groupsOf(m_repository.stacks()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Stack stack = dialog.stack();
    const Status added = m_repository.add(stack);
    if (!added.ok())
        return reportError(tr("Stack not added"), added.error().message);
    if (dialog.secretEdited() && !dialog.secret().isEmpty())
        storeSecret(stack, dialog.secret());
    refreshStacks(stack.id);
    statusBar()->showMessage(tr("Added stack “%1”.").arg(stack.name), 4000);
}

void MainWindow::editStack()
{
    const std::optional<Stack> current = currentStack();
    if (!current)
        return;
    StackDialog dialog(StackRepository::validator(), m_repository.stacks(), this);
    dialog.setGroups(groupsOf(m_repository.stacks()));
    dialog.setStack(*current);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Stack stack = dialog.stack();
    if (!saveStack(stack))
        return;
    if (dialog.secretEdited())
        storeSecret(stack, dialog.secret());
}

bool MainWindow::saveStack(const Stack &stack)
{
    const Status updated = m_repository.update(stack);
    if (!updated.ok()) {
        reportError(tr("Stack not saved"), updated.error().message);
        return false;
    }
    refreshStacks(stack.id);
    return true;
}

void MainWindow::duplicateStack()
{
    const std::optional<Stack> current = currentStack();
    if (!current)
        return;
    const Result<QString> copy = m_repository.duplicate(current->id);
    if (!copy.ok())
        return reportError(tr("Stack not duplicated"), copy.error().message);
    refreshStacks(copy.value());
}

void MainWindow::removeStack()
{
    const std::optional<Stack> current = currentStack();
    if (!current)
        return;
    QMessageBox confirm(
        QMessageBox::Question, tr("Remove stack"),
        tr("Remove the stack “%1” and the passwords Supadesk keeps for it in the keychain?\n\n"
           "Nothing on the server is changed.")
            .arg(current->name),
        QMessageBox::Cancel, this);
    QPushButton *removeButton = confirm.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != removeButton)
        return;
    const QString id = current->id;
    const QString name = current->name;
    auto removeFromList = [this, id, name] {
        const Status removed = m_repository.remove(id);
        if (!removed.ok())
            return reportError(tr("Stack not removed"), removed.error().message);
        if (m_alertConfig)
            m_alertConfig->forgetStack(id);
        if (m_connections)
            m_connections->forget(id);
        refreshStacks();
        statusBar()->showMessage(tr("Removed stack “%1”.").arg(name), 4000);
    };
    if (!m_secrets)
        return removeFromList();
    QPointer<MainWindow> self(this);
    // The stack's alert channels' secrets leave the keychain with its other secrets.
    const QStringList alertSecrets = m_alertConfig ? m_alertConfig->secretNames(id) : QStringList();
    m_secrets->removeAll(id, alertSecrets, [self, removeFromList](Status status) {
        if (!self)
            return;
        // Without any keychain there is nothing stored to remove.
        if (!status.ok() && status.error().code != QLatin1String("secret.nobackend"))
            return self->reportError(
                tr("Stack not removed"),
                tr("Its secrets could not be removed from the keychain, so the stack was "
                   "kept: %1")
                    .arg(status.error().message));
        removeFromList();
    });
}

void MainWindow::moveStack(int delta)
{
    const std::optional<Stack> current = currentStack();
    if (!current)
        return;
    const Status moved = m_repository.move(current->id, delta);
    if (!moved.ok())
        return reportError(tr("Stack not moved"), moved.error().message);
    refreshStacks(current->id);
}

void MainWindow::importStacks()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Import stacks"), QString(), tr("Stack definitions (*.json)"));
    if (file.isEmpty())
        return;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return reportError(tr("Import failed"), tr("Cannot read %1: %2").arg(file, in.errorString()));
    const Result<int> imported = m_repository.importJson(in.readAll());
    if (!imported.ok())
        return reportError(tr("Import failed"), imported.error().message);
    refreshStacks();
    statusBar()->showMessage(tr("Imported %n stack(s).", nullptr, imported.value()), 4000);
}

void MainWindow::exportStacks()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export stacks"), QStringLiteral("stacks.json"), tr("Stack definitions (*.json)"));
    if (file.isEmpty())
        return;
    QFile out(file);
    const QByteArray json = m_repository.exportJson();
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size())
        return reportError(tr("Export failed"), tr("Cannot write %1: %2").arg(file, out.errorString()));
    statusBar()->showMessage(
        tr("Exported %n stack(s) without secrets.", nullptr, int(m_repository.stacks().size())), 4000);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_preferences.language(), this, m_preferences.theme());
    connect(&dialog, &PreferencesDialog::languageChosen, this, &MainWindow::setLanguage);
    connect(&dialog, &PreferencesDialog::themeChosen, this,
            [this](Preferences::Theme theme) { AppTheme::choose(m_preferences, theme); });
    dialog.exec();
}

void MainWindow::setLanguage(const QString &language)
{
    m_preferences.setLanguage(language);
    TranslationLoader::instance().apply(m_preferences.effectiveLanguage());
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::connectStack()
{
    if (const std::optional<Stack> stack = currentStack(); stack && m_connections)
        m_connections->connectStack(*stack);
}

void MainWindow::disconnectStack()
{
    if (const std::optional<Stack> stack = currentStack(); stack && m_connections)
        m_connections->disconnectStack(stack->id);
}

void MainWindow::copyConnectionString()
{
    const std::optional<Stack> stack = currentStack();
    if (!stack || !m_connections)
        return;
    const QString url = m_connections->connectionString(*stack);
    if (url.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(url);
    statusBar()->showMessage(tr("Copied %1").arg(url), 4000);
}

void MainWindow::connectAutomatically()
{
    if (!m_connections)
        return;
    for (const Stack &stack : m_repository.stacks())
        if (stack.autoConnect)
            m_connections->connectStack(stack);
}

void MainWindow::onConnectionState(const QString &stackId, int state, const QString &reason)
{
    const auto s = StackConnection::State(state);
    const StackTreeModel::Status status = [s] {
        switch (s) {
        case StackConnection::State::Connecting:
            return StackTreeModel::Status::Connecting;
        case StackConnection::State::Connected:
            return StackTreeModel::Status::Connected;
        case StackConnection::State::Reconnecting:
            return StackTreeModel::Status::Reconnecting;
        case StackConnection::State::Failed:
            return StackTreeModel::Status::Failed;
        case StackConnection::State::Disconnected:
            break;
        }
        return StackTreeModel::Status::Disconnected;
    }();
    m_model->setStatus(stackId, status, reason);
    updateActions();
    if (const std::optional<Stack> current = currentStack(); current && current->id == stackId)
        for (Workspace *workspace : std::as_const(m_workspaces))
            workspace->connectionChanged();
    const std::optional<Stack> stack = m_repository.find(stackId);
    if (!stack)
        return;
    if (s == StackConnection::State::Connected) {
        const StackConnection *connection = m_connections->connection(stackId);
        statusBar()->showMessage(tr("“%1” connected: database on 127.0.0.1:%2, gateway on 127.0.0.1:%3")
                                     .arg(stack->name)
                                     .arg(connection->localPort(StackConnection::Database))
                                     .arg(connection->localPort(StackConnection::Gateway)),
                                 8000);
    } else if (s == StackConnection::State::Failed && !reason.isEmpty()) {
        statusBar()->showMessage(tr("“%1”: %2").arg(stack->name, reason), 10000);
    }
}

void MainWindow::onHostKeyRejected(const QString &stackId, const QString &errorCode,
                                   const HostKeyCheck &check)
{
    StackConnection *connection = m_connections ? m_connections->connection(stackId) : nullptr;
    const std::optional<Stack> stack = m_repository.find(stackId);
    if (!connection || !stack)
        return;
    if (errorCode == QLatin1String("ssh.hostkey.unknown") ||
        errorCode == QLatin1String("ssh.hostkey.othertype")) {
        if (HostKeyPrompt::askToTrust(this, connection, check))
            m_connections->connectStack(*stack);
    } else if (errorCode == QLatin1String("ssh.hostkey.changed")) {
        HostKeyPrompt::warnChanged(this, connection, check);
    }
}

void MainWindow::onSecretNeeded(const QString &stackId, const QString &errorCode)
{
    const std::optional<Stack> stack = m_repository.find(stackId);
    if (!stack || !m_connections)
        return;
    const bool password = stack->authMethod == AuthMethod::Password;
    const bool refused = errorCode == QLatin1String("ssh.auth.failed") ||
                         errorCode == QLatin1String("ssh.auth.key.badpassphrase");
    SecretPromptDialog dialog(
        password ? SecretPromptDialog::Kind::Password : SecretPromptDialog::Kind::Passphrase,
        password ? QStringLiteral("%1@%2").arg(stack->sshUser, stack->sshHost) : stack->keyFile, refused,
        this);
    if (dialog.exec() == QDialog::Accepted)
        m_connections->connectStackWith(*stack, dialog.secret(), dialog.remember());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_preferences.setWindow(saveGeometry(), saveState());
    event->accept();
}

MainWindow::~MainWindow() = default;

void MainWindow::openSetupTuning()
{
    m_tabs->setCurrentWidget(m_setup);
    for (int i = 0; i < m_setup->pageCount(); ++i)
        if (qobject_cast<TuningPage *>(m_setup->page(i)))
            m_setup->goTo(i);
}

void MainWindow::openSetupPage(const QString &stackId, const QString &page)
{
    if (!currentStack() || currentStack()->id != stackId)
        selectStack(stackId);
    m_tabs->setCurrentWidget(m_setup);
    m_setup->goToPage(page);
}

// What the workspaces say to each other and to the services, all in one place.
void MainWindow::connectWorkspaces(const Services &services)
{
    // The dashboard's fleet overview samples every connected stack; a tile opens its stack.
    m_dashboard->setFleetSource([this] { return m_repository.stacks(); });
    // The pooler's port and the "Reconnecting…" state come from the stack's connection.
    m_dashboard->setConnectionManager(m_connections);
    connect(m_dashboard, &DashboardWorkspace::stackActivated, this, &MainWindow::selectStack);
    connect(m_dashboard, &DashboardWorkspace::addStandbyRequested, this, &MainWindow::addStandby);
    connect(m_dashboard, &DashboardWorkspace::failoverRequested, this, &MainWindow::failOver);

    // "Open Setup…" from the analyzer's Slow queries tab: the tuning page preloads pg_stat_statements.
    connect(m_analyzer, &AnalyzerWorkspace::setupRequested, this, &MainWindow::openSetupTuning);
    // An audit check's fix that is a Setup page opens the wizard there, for the audited stack; a stack
    // opened from the fleet matrix is selected in the sidebar.
    connect(m_audit, &AuditWorkspace::setupPageRequested, this, &MainWindow::openSetupPage);
    connect(m_audit, &AuditWorkspace::stackActivated, this, &MainWindow::selectStack);
    // A failed or missing nightly backup is red on the stack's tile of the fleet overview too.
    connect(m_backups, &BackupsWorkspace::healthChanged, this,
            [this](const QString &stackId, bool red, const QString &text) {
                m_dashboard->fleetOverview()->setBackupProblem(stackId, red ? text : QString());
            });
    // …and without the Backups tab being visited: each connected stack's catalogue is read when it
    // connects and at the watch's slow interval; the tab's own reads count as fresh readings.
    auto *backupWatch = new BackupHealthWatch(this);
    backupWatch->setConnections(m_connections);
    connect(backupWatch, &BackupHealthWatch::healthRead, this,
            [this](const QString &stackId, bool red, const QString &text) {
                m_dashboard->fleetOverview()->setBackupProblem(stackId, red ? text : QString());
            });
    m_backups->setHealthWatch(backupWatch);
    // A confirmed SQL or command fix runs through the fix service; the workspace then audits that check
    // again.
    auto *fixes = new AuditFixService(this);
    connect(m_audit, &AuditWorkspace::fixConfirmed, fixes,
            [this, fixes](const QString &stackId, const AuditCheckResult &check) {
                if (const std::optional<StackReach> reach = reachOf(stackId))
                    fixes->apply(stackId, check, reach->connection, reach->database.value_or(DbEndpoint{}));
            });
    connect(fixes, &AuditFixService::finished, m_audit, &AuditWorkspace::fixFinished);
    connect(m_audit, &AuditWorkspace::rotationRequested, this, &MainWindow::rotateDatabasePassword);

    // The wizard's preflight offers the server's ports; confirmed, the stack is saved as the dialog saves it.
    connect(m_setup, &SetupWorkspace::stackEdited, this, &MainWindow::saveStack);

    // The JWT secret signs the dashboard's token for Supavisor's metrics.
    if (m_connections)
        connect(m_setup, &SetupWorkspace::secretsStored, m_connections, &ConnectionManager::reloadSecrets);
    // The wizard installs the server probe at the interval the Uptime workspace keeps for the stack.
    UptimeStore *uptimeStore = &services.uptimeStore;
    m_setup->plan()->setProbeIntervalSource([uptimeStore](const QString &stackId) {
        const Result<UptimeStackSettings> settings = uptimeStore->probeSettings(stackId);
        return settings.ok() ? settings.value().probeIntervalSeconds
                             : UptimeStackSettings().probeIntervalSeconds;
    });

    UptimeMonitor *monitor = services.uptimeMonitor;
    if (!monitor)
        return;
    // The workspace says when the app's own probes leave a stack's gateway out, and why.
    m_uptime->setMonitor(monitor);
    // A key the Setup wizard has just stored is used from the next probe round on.
    connect(m_setup, &SetupWorkspace::secretsStored, monitor, &UptimeMonitor::reloadSecrets);
}

std::optional<MainWindow::StackReach> MainWindow::reachOf(const QString &stackId) const
{
    const std::optional<Stack> stack = m_repository.find(stackId);
    if (!stack)
        return std::nullopt;
    StackReach reach{*stack, nullptr, std::nullopt};
    if (m_connections) {
        reach.connection = m_connections->connection(stackId);
        reach.database = m_connections->databaseEndpoint(*stack);
    }
    return reach;
}

void MainWindow::addStandby(const QString &stackId)
{
    const std::optional<StackReach> reach = reachOf(stackId);
    if (!reach)
        return;
    // A connected stack's settings carry its secrets; another is reached as its entry says (agent, key).
    QPointer<ConnectionManager> connections = m_connections;
    auto settings = [connections](const Stack &stack) {
        StackConnection *c = connections ? connections->connection(stack.id) : nullptr;
        return c ? c->settings() : StackConnection::settingsFor(stack);
    };
    auto *dialog =
        new AddStandbyDialog(reach->stack, m_repository.stacks(), settings,
                             reach->database ? reach->database->password : QString(), m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::failOver(const QString &stackId)
{
    const std::optional<StackReach> reach = reachOf(stackId);
    if (!reach)
        return;
    // The primary's session may be gone (that is why one fails over): its entry's settings will do.
    QPointer<ConnectionManager> connections = m_connections;
    auto settings = [connections](const Stack &stack) {
        StackConnection *c = connections ? connections->connection(stack.id) : nullptr;
        return c ? c->settings() : StackConnection::settingsFor(stack);
    };
    auto *dialog = new FailoverDialog(reach->stack, m_repository.stacks(), settings,
                                      reach->database ? reach->database->password : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FailoverDialog::stackRepointed, this, [this](const Stack &stack) { saveStack(stack); });
    dialog->open();
}

void MainWindow::rotateDatabasePassword(const QString &stackId)
{
    const std::optional<StackReach> reach = reachOf(stackId);
    if (!reach)
        return;
    const Stack *stack = &reach->stack;
    StackConnection *connection = reach->connection;
    const std::optional<DbEndpoint> &database = reach->database;
    if (!connection || connection->state() != StackConnection::State::Connected || !database) {
        statusBar()->showMessage(
            tr("Connect %1 first: the password rotation runs over its SSH session and database.")
                .arg(stack->name));
        return;
    }
    PasswordRotationTarget target;
    target.stackId = stackId;
    target.connection = connection;
    target.database = *database;
    target.installDir = stack->installDir;
    target.gatewayPort = connection->localPort(StackConnection::Gateway);
    // The pooler's login is checked too: a pooler still holding the old password rolls the rotation back.
    target.poolerPort = connection->localPort(StackConnection::Pooler);
    auto *dialog = new PasswordRotationDialog(stack->name, target, m_secrets, this);
    dialog->setObjectName(QStringLiteral("PasswordRotationDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PasswordRotationDialog::rotated, this, [this](const QString &id, bool succeeded) {
        if (!succeeded)
            return;
        // The connection's database password is the keychain's new one from now on; the audit checks again.
        if (m_connections)
            m_connections->reloadSecrets(id);
        m_audit->fixFinished(id, QStringLiteral("default-passwords"), true, QString());
    });
    dialog->open();
}

} // namespace supadesk
