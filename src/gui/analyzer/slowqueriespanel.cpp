// SPDX-License-Identifier: GPL-3.0-or-later
#include "slowqueriespanel.h"

#include "gui/common/messagewidget.h"
#include "statementstatsmodel.h"

#include <QAction>
#include <QEvent>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace supadesk {

SlowQueriesPanel::SlowQueriesPanel(QWidget *parent)
    : QWidget(parent), m_model(new StatementStatsModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("slowQueriesPanel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(StatementStatsModel::SortRole);
    m_proxy->setFilterKeyColumn(StatementStatsModel::QueryColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_toolbar = new QToolBar(this);
    m_refresh = m_toolbar->addAction(QString(), this, &SlowQueriesPanel::refresh);
    m_refresh->setObjectName(QStringLiteral("refreshSlowQueries"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_reset = m_toolbar->addAction(QString(), this, &SlowQueriesPanel::resetStatistics);
    m_reset->setObjectName(QStringLiteral("resetSlowQueries"));
    m_create = m_toolbar->addAction(QString(), this, &SlowQueriesPanel::createExtension);
    m_create->setObjectName(QStringLiteral("createStatStatements"));
    // Preloading a library is a server setting and a restart: that is the Setup workspace's job.
    m_openSetup = m_toolbar->addAction(QString(), this, &SlowQueriesPanel::setupRequested);
    m_openSetup->setObjectName(QStringLiteral("openSetupForStatStatements"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("slowQueryFilter"));
    m_filter->setClearButtonEnabled(true);
    m_toolbar->addSeparator();
    m_toolbar->addWidget(m_filter);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("slowQueries"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(StatementStatsModel::TotalColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(StatementStatsModel::QueryColumn, QHeaderView::Stretch);
    for (int c = StatementStatsModel::CallsColumn; c < StatementStatsModel::ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (source.isValid())
            emit statementActivated(m_model->statement(source.row()), m_serverVersion);
    });

    m_message = new MessageWidget(this);
    m_message->setObjectName(QStringLiteral("slowQueriesMessageFrame"));
    m_message->label()->setObjectName(QStringLiteral("slowQueriesMessage"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    retranslateUi();
}

void SlowQueriesPanel::retranslateUi()
{
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Read pg_stat_statements again (F5)"));
    m_reset->setText(tr("Reset…"));
    m_reset->setToolTip(tr("Forget the statistics of every statement (pg_stat_statements_reset)"));
    m_filter->setPlaceholderText(tr("Filter statements"));
    m_create->setText(tr("Create Extension…"));
    m_create->setToolTip(tr("CREATE EXTENSION pg_stat_statements in this database"));
    m_openSetup->setText(tr("Open Setup…"));
    m_openSetup->setToolTip(tr("Open the Setup workspace: its tuning page adds pg_stat_statements to "
                               "shared_preload_libraries (PostgreSQL needs a restart to load it)"));
    // The header sizes its sections to the titles it has seen: tell it they changed.
    emit m_model->headerDataChanged(Qt::Horizontal, 0, StatementStatsModel::ColumnCount - 1);
    updateState();
}

void SlowQueriesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SlowQueriesPanel::setEndpoint(const std::optional<DbEndpoint> &endpoint)
{
    if (endpoint == m_endpoint)
        return;
    m_endpoint = endpoint;
    ++m_generation;
    m_loading = false;
    m_loaded = false;
    m_error.reset();
    m_model->setStatements({});
    updateState();
}

void SlowQueriesPanel::updateState()
{
    m_refresh->setEnabled(m_endpoint.has_value() && !m_loading);
    m_reset->setEnabled(m_endpoint.has_value() && !m_loading && m_loaded);
    m_create->setVisible(m_endpoint && !m_loading && m_error &&
                         m_error->code == QLatin1String("statements.not-created"));
    const bool notPreloaded =
        m_endpoint && !m_loading && m_error && m_error->code == QLatin1String("statements.not-loaded");
    m_openSetup->setVisible(notPreloaded);
    QString text;
    if (!m_endpoint)
        text = tr("Connect the stack to see its slowest statements.");
    else if (m_loading)
        text = tr("Reading pg_stat_statements…");
    else if (notPreloaded)
        text = m_error->message + QLatin1Char('\n') +
               tr("Open Setup… leads to the Setup wizard, whose tuning page adds pg_stat_statements to "
                  "shared_preload_libraries; preloading takes effect only after PostgreSQL restarts.");
    else if (m_error)
        text = m_error->message;
    else if (m_loaded)
        text = tr("%n statement(s) by total time. Double-click one to open it in the editor and explain it.",
                  nullptr, m_model->rowCount());
    m_message->showMessage(text,
                           m_error && !m_loading ? MessageWidget::Type::Error : MessageWidget::Type::Plain);
}

void SlowQueriesPanel::refresh()
{
    if (!m_endpoint || m_loading)
        return;
    m_loading = true;
    updateState();
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<Result<StatStatementsSnapshot>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            showSnapshot(watcher->result());
    });
    const DbEndpoint endpoint = *m_endpoint;
    watcher->setFuture(QtConcurrent::run([endpoint] { return StatStatementsReader::read(endpoint); }));
}

void SlowQueriesPanel::showSnapshot(const Result<StatStatementsSnapshot> &result)
{
    m_loading = false;
    m_loaded = result.ok();
    if (result.ok()) {
        m_error.reset();
        m_serverVersion = result.value().serverVersion;
        m_model->setStatements(result.value().statements);
    } else {
        m_error = result.error();
        m_model->setStatements({});
    }
    updateState();
}

void SlowQueriesPanel::resetStatistics()
{
    if (!m_endpoint || m_loading)
        return;
    QMessageBox confirm(QMessageBox::Warning, tr("Reset statement statistics"),
                        tr("Reset the statistics of every statement on this server? Calls, times and "
                           "blocks start again from zero, for every tool that reads pg_stat_statements."),
                        QMessageBox::Cancel, this);
    confirm.setObjectName(QStringLiteral("ConfirmResetStatistics"));
    QPushButton *reset = confirm.addButton(tr("Reset Statistics"), QMessageBox::DestructiveRole);
    reset->setObjectName(QStringLiteral("resetStatistics"));
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != reset)
        return;
    runThenRefresh(&StatStatementsReader::reset);
}

void SlowQueriesPanel::createExtension()
{
    if (!m_endpoint || m_loading)
        return;
    QMessageBox confirm(QMessageBox::Question, tr("Create pg_stat_statements"),
                        tr("Create the pg_stat_statements extension in the database “%1”? It adds a view "
                           "of the statistics the server already collects.")
                            .arg(m_endpoint->database),
                        QMessageBox::Cancel, this);
    confirm.setObjectName(QStringLiteral("ConfirmCreateStatStatements"));
    QPushButton *create = confirm.addButton(tr("Create Extension"), QMessageBox::AcceptRole);
    create->setObjectName(QStringLiteral("createExtension"));
    confirm.exec();
    if (confirm.clickedButton() != create)
        return;
    runThenRefresh(&StatStatementsReader::createExtension);
}

void SlowQueriesPanel::runThenRefresh(Status (*change)(const DbEndpoint &))
{
    m_loading = true;
    updateState();
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_loading = false;
        if (const Status status = watcher->result(); !status.ok()) {
            m_error = status.error();
            return updateState();
        }
        refresh();
    });
    const DbEndpoint endpoint = *m_endpoint;
    watcher->setFuture(QtConcurrent::run([endpoint, change] { return change(endpoint); }));
}

} // namespace supadesk
