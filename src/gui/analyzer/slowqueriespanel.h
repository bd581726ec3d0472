// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/dbendpoint.h"
#include "db/statstatementsreader.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QToolBar;

namespace supadesk {

class MessageWidget;
class StatementStatsModel;

// The statements that cost the database most, from pg_stat_statements: sortable by every figure,
// filtered by text, reset after a confirmation. Reading and resetting run off the GUI thread on a
// connection of their own. Activating a row (double-click, Enter) hands the statement to the analyzer.
class SlowQueriesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SlowQueriesPanel(QWidget *parent = nullptr);

    void setEndpoint(const std::optional<DbEndpoint> &endpoint);
    bool isLoading() const { return m_loading; }
    bool hasLoaded() const { return m_loaded; }
    int serverVersion() const { return m_serverVersion; }
    StatementStatsModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

public slots:
    void refresh();
    // Asks first: the statistics of every statement are gone afterwards, for every user of the server.
    void resetStatistics();
    // Offered when the server preloads pg_stat_statements but the database lacks the extension.
    void createExtension();

signals:
    void statementActivated(const supadesk::StatementStats &statement, int serverVersion);
    // The server does not preload pg_stat_statements: the Setup wizard's tuning page adds it.
    void setupRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    void showSnapshot(const Result<StatStatementsSnapshot> &result);
    // Runs a change to the server's statistics off the GUI thread, then reads them again; a failure is
    // shown in place of the table.
    void runThenRefresh(Status (*change)(const DbEndpoint &));

    std::optional<DbEndpoint> m_endpoint;
    StatementStatsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QToolBar *m_toolbar;
    QAction *m_refresh;
    QAction *m_reset;
    QAction *m_create;
    QAction *m_openSetup;
    QLineEdit *m_filter;
    QTableView *m_table;
    MessageWidget *m_message;
    bool m_loading = false;
    bool m_loaded = false;
    int m_serverVersion = 0;
    std::optional<Error> m_error;
    quint64 m_generation = 0; // answers for an endpoint that is no longer shown are dropped
};

} // namespace supadesk
