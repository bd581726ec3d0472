// SPDX-License-Identifier: GPL-3.0-or-later
// The Query analyzer's slow queries against the harness's real PostgreSQL 15: the list from
// pg_stat_statements, sorting, filtering, reset after a confirmation, opening a parameterised
// statement (this server asks for its values) and a database without the extension. Screenshots in
// English and Georgian.
#include "db/statstatementsreader.h"
#include "gui/analyzer/analyzerworkspace.h"
#include "gui/analyzer/parametervaluesdialog.h"
#include "gui/analyzer/slowqueriespanel.h"
#include "gui/analyzer/sqleditor.h"
#include "gui/analyzer/statementstatsmodel.h"
#include "harness/testenv.h"
#include "services/translationloader.h"

#include <QAbstractButton>
#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QtTest>

using namespace supadesk;

namespace {

const QString kStatement = QStringLiteral("select v from slow_probe where id = $1");

} // namespace

class TestAnalyzerSlowQueries : public QObject
{
    Q_OBJECT

    std::optional<DbEndpoint> m_endpoint;
    std::unique_ptr<AnalyzerWorkspace> m_workspace;

    SlowQueriesPanel *panel() { return m_workspace->slowQueries(); }
    QTableView *table() { return panel()->findChild<QTableView *>(QStringLiteral("slowQueries")); }
    QLabel *message() { return panel()->findChild<QLabel *>(QStringLiteral("slowQueriesMessage")); }
    QTabWidget *tabs() { return m_workspace->findChild<QTabWidget *>(QStringLiteral("output")); }

    void exec(const QString &sql, const QString &database = QStringLiteral("postgres"))
    {
        const QString name = QStringLiteral("slow-test");
        {
            DbEndpoint e = *m_endpoint;
            e.database = database;
            QSqlDatabase db = e.addConnection(name, QString());
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(name);
    }

    int rowOf(const QString &query)
    {
        for (int row = 0; row < panel()->proxy()->rowCount(); ++row)
            if (panel()->proxy()->index(row, 0).data(Qt::ToolTipRole).toString() == query)
                return row;
        return -1;
    }

    void screenshot(const QString &name)
    {
        QTest::qWait(100); // layouts settle after a language change
        if (const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR"); !dir.isEmpty())
            m_workspace->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    // Answers the next modal dialog with `answer` once it is up.
    void whenDialog(std::function<void(QWidget *)> answer)
    {
        QTimer::singleShot(100, this, [answer] {
            if (QWidget *modal = QApplication::activeModalWidget())
                answer(modal);
        });
    }

    void refreshAndWait()
    {
        panel()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!panel()->isLoading(), 20000);
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "PostgreSQL 15 (apt-get install postgresql-15)");
        TranslationLoader::instance().apply(QStringLiteral("en"));
        DbEndpoint endpoint;
        endpoint.host = testenv::value("SUPADESK_TEST_PG_HOST");
        endpoint.port = testenv::value("SUPADESK_TEST_PG_PORT").toInt();
        endpoint.user = testenv::value("SUPADESK_TEST_PG_USER");
        m_endpoint = endpoint;
        exec(QStringLiteral("create table if not exists slow_probe (id int primary key, v text)"));
        exec(QStringLiteral("insert into slow_probe select g, md5(g::text) from generate_series(1, 5000) g "
                            "on conflict do nothing"));
        for (int i = 0; i < 8; ++i)
            exec(QStringLiteral("select v from slow_probe where id = %1").arg(i * 7));
        exec(QStringLiteral("select count(*) from slow_probe a, slow_probe b where a.id = b.id"));

        m_workspace = std::make_unique<AnalyzerWorkspace>([this](const Stack &) { return m_endpoint; });
        m_workspace->resize(1100, 650);
        m_workspace->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_workspace.get()));
        Stack s;
        s.name = QStringLiteral("prod");
        m_workspace->setStack(s);
    }

    void listsStatementsWhenTheTabOpens()
    {
        QVERIFY(!panel()->hasLoaded());
        tabs()->setCurrentWidget(panel());
        QTRY_VERIFY_WITH_TIMEOUT(panel()->hasLoaded(), 20000);
        QVERIFY(panel()->serverVersion() >= 150000);
        const int row = rowOf(kStatement);
        QVERIFY2(row >= 0, "the probe statement is not listed");
        auto cell = [&](int column) { return panel()->proxy()->index(row, column).data().toString(); };
        QCOMPARE(cell(StatementStatsModel::CallsColumn), QStringLiteral("8"));
        QVERIFY(cell(StatementStatsModel::CacheHitColumn).endsWith(QLatin1String("%")));
        QVERIFY2(message()->text().contains(QLatin1String("statement")), qPrintable(message()->text()));
        screenshot(QStringLiteral("slow-queries-en"));
    }

    void sortsByEveryFigure_data()
    {
        QTest::addColumn<int>("column");
        QTest::newRow("calls") << int(StatementStatsModel::CallsColumn);
        QTest::newRow("mean") << int(StatementStatsModel::MeanColumn);
        QTest::newRow("cache hit") << int(StatementStatsModel::CacheHitColumn);
    }

    void sortsByEveryFigure()
    {
        QFETCH(int, column);
        QHeaderView *header = table()->horizontalHeader();
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            header->setSortIndicator(column, order);
            QSortFilterProxyModel *proxy = panel()->proxy();
            QVERIFY(proxy->rowCount() > 2);
            for (int row = 1; row < proxy->rowCount(); ++row) {
                const double a = proxy->index(row - 1, column).data(StatementStatsModel::SortRole).toDouble();
                const double b = proxy->index(row, column).data(StatementStatsModel::SortRole).toDouble();
                QVERIFY(order == Qt::AscendingOrder ? a <= b : a >= b);
            }
        }
        header->setSortIndicator(StatementStatsModel::TotalColumn, Qt::DescendingOrder);
    }

    void filtersByText()
    {
        auto *filter = panel()->findChild<QLineEdit *>(QStringLiteral("slowQueryFilter"));
        QTest::keyClicks(filter, QStringLiteral("SLOW_PROBE A"));
        QCOMPARE(panel()->proxy()->rowCount(), 1);
        QVERIFY(panel()->proxy()->index(0, 0).data().toString().contains(QLatin1String("slow_probe a")));
        filter->clear();
        QVERIFY(panel()->proxy()->rowCount() > 1);
    }

    void parameterisedStatementAsksForValuesAndExplains()
    {
        const int row = rowOf(kStatement);
        QVERIFY(row >= 0);
        QString seen;
        whenDialog([&seen](QWidget *modal) {
            seen = modal->objectName();
            auto *dialog = qobject_cast<ParameterValuesDialog *>(modal);
            if (!dialog) {
                modal->close();
                return;
            }
            if (const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR"); !dir.isEmpty())
                dialog->grab().save(dir + QStringLiteral("/parameter-values-en.png"));
            QTest::keyClicks(dialog->valueEdit(1), QStringLiteral("42"));
            dialog->accept();
        });
        const QModelIndex index = panel()->proxy()->index(row, 0);
        table()->scrollTo(index);
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, table()->visualRect(index).center());
        QTest::mouseDClick(table()->viewport(), Qt::LeftButton, {}, table()->visualRect(index).center());
        QCOMPARE(seen, QStringLiteral("ParameterValues"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->runner()->isRunning(), 20000);
        QCOMPARE(m_workspace->editor()->toPlainText(),
                 QStringLiteral("select v from slow_probe where id = '42'"));
        QCOMPARE(tabs()->currentIndex(), 1);
        QVERIFY(m_workspace->currentPlan().has_value());
        QCOMPARE(m_workspace->currentPlan()->plan().root().indexName(), QStringLiteral("slow_probe_pkey"));
        QVERIFY(!m_workspace->currentPlan()->plan().hasActuals()); // explained, never run
    }

    void cancellingTheValuesExplainsNothing()
    {
        tabs()->setCurrentWidget(panel());
        const int row = rowOf(kStatement);
        QVERIFY(row >= 0);
        m_workspace->editor()->setPlainText(QStringLiteral("select 'unchanged'"));
        whenDialog([](QWidget *modal) { qobject_cast<QDialog *>(modal)->reject(); });
        emit table()->activated(panel()->proxy()->index(row, 0));
        QCOMPARE(m_workspace->editor()->toPlainText(), QStringLiteral("select 'unchanged'"));
        QCOMPARE(tabs()->currentWidget(), panel());
    }

    void resetAsksFirst()
    {
        tabs()->setCurrentWidget(panel());
        refreshAndWait();
        QVERIFY(rowOf(kStatement) >= 0);
        auto *reset = panel()->findChild<QAction *>(QStringLiteral("resetSlowQueries"));
        QVERIFY(reset->isEnabled());

        QString seen;
        whenDialog([&seen](QWidget *modal) {
            seen = modal->objectName();
            if (const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR"); !dir.isEmpty())
                modal->grab().save(dir + QStringLiteral("/slow-queries-reset-en.png"));
            qobject_cast<QMessageBox *>(modal)->button(QMessageBox::Cancel)->click();
        });
        reset->trigger();
        QCOMPARE(seen, QStringLiteral("ConfirmResetStatistics"));
        QTRY_VERIFY_WITH_TIMEOUT(!panel()->isLoading(), 20000);
        refreshAndWait();
        QVERIFY(rowOf(kStatement) >= 0); // cancelled: nothing was reset

        whenDialog([](QWidget *modal) {
            modal->findChild<QAbstractButton *>(QStringLiteral("resetStatistics"))->click();
        });
        reset->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!panel()->isLoading() && panel()->hasLoaded(), 20000);
        QCOMPARE(rowOf(kStatement), -1);
    }

    void georgianScreenshot()
    {
        for (int i = 0; i < 3; ++i)
            exec(QStringLiteral("select v from slow_probe where id = %1").arg(i));
        refreshAndWait();
        QVERIFY(TranslationLoader::instance().apply(QStringLiteral("ka")));
        QTRY_VERIFY(m_workspace->findChild<QAction *>(QStringLiteral("runStatement"))->text() !=
                    QLatin1String("Run"));
        screenshot(QStringLiteral("slow-queries-ka"));
        ParameterValuesDialog dialog(kStatement, 1, m_workspace.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        if (const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog.grab().save(dir + QStringLiteral("/parameter-values-ka.png"));
        dialog.close();
        TranslationLoader::instance().apply(QStringLiteral("en"));
    }

    void missingExtensionSaysHowToEnableIt()
    {
        exec(QStringLiteral("drop database if exists slow_noext"));
        exec(QStringLiteral("create database slow_noext"));
        m_endpoint->database = QStringLiteral("slow_noext");
        m_workspace->connectionChanged();
        QTRY_VERIFY_WITH_TIMEOUT(!panel()->isLoading() && !message()->text().contains(QLatin1String("…")),
                                 20000);
        QVERIFY2(message()->text().contains(QLatin1String("CREATE EXTENSION pg_stat_statements")),
                 qPrintable(message()->text()));
        QCOMPARE(panel()->model()->rowCount(), 0);
        screenshot(QStringLiteral("slow-queries-missing-en"));

        // The library is preloaded, so the panel offers to create the extension, after asking.
        auto *create = panel()->findChild<QAction *>(QStringLiteral("createStatStatements"));
        QVERIFY(create->isVisible());
        QString seen;
        whenDialog([&seen](QWidget *modal) {
            seen = modal->objectName();
            modal->findChild<QAbstractButton *>(QStringLiteral("createExtension"))->click();
        });
        create->trigger();
        QCOMPARE(seen, QStringLiteral("ConfirmCreateStatStatements"));
        QTRY_VERIFY_WITH_TIMEOUT(panel()->hasLoaded(), 20000);
        QVERIFY(!create->isVisible());
        QVERIFY2(message()->text().contains(QLatin1String("statement")), qPrintable(message()->text()));
    }
    void serverWithoutThePreloadOffersSetup()
    {
        // A server that does not preload the library, as this database sees it: its own
        // current_setting() comes before pg_catalog's and answers an empty shared_preload_libraries.
        exec(QStringLiteral("drop database if exists slow_nopreload"));
        exec(QStringLiteral("create database slow_nopreload"));
        exec(QStringLiteral("create function public.current_setting(text) returns text language sql "
                            "as $$ select ''::text $$"),
             QStringLiteral("slow_nopreload"));
        exec(QStringLiteral("alter database slow_nopreload set search_path = public, pg_catalog"));
        m_endpoint->database = QStringLiteral("slow_nopreload");
        m_workspace->connectionChanged();
        tabs()->setCurrentWidget(panel());
        QTRY_VERIFY_WITH_TIMEOUT(
            !panel()->isLoading() && message()->text().contains(QLatin1String("restart")), 20000);
        QVERIFY2(message()->text().contains(QLatin1String("shared_preload_libraries")),
                 qPrintable(message()->text()));
        // Why Setup: preloading is a server setting that needs a restart.
        QVERIFY2(message()->text().contains(QLatin1String("Setup wizard")), qPrintable(message()->text()));
        QVERIFY(!panel()->findChild<QAction *>(QStringLiteral("createStatStatements"))->isVisible());
        auto *openSetup = panel()->findChild<QAction *>(QStringLiteral("openSetupForStatStatements"));
        QVERIFY(openSetup->isVisible());
        screenshot(QStringLiteral("slow-queries-no-preload-en"));

        // The button on the toolbar hands the user over to the Setup workspace.
        QSignalSpy setup(m_workspace.get(), &AnalyzerWorkspace::setupRequested);
        auto *toolbar = panel()->findChild<QToolBar *>();
        QVERIFY(toolbar);
        QWidget *button = toolbar->widgetForAction(openSetup);
        QVERIFY(button && button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(setup.count(), 1);

        QVERIFY(TranslationLoader::instance().apply(QStringLiteral("ka")));
        QTRY_VERIFY(m_workspace->findChild<QAction *>(QStringLiteral("runStatement"))->text() !=
                    QLatin1String("Run"));
        screenshot(QStringLiteral("slow-queries-no-preload-ka"));
        TranslationLoader::instance().apply(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestAnalyzerSlowQueries)
#include "tst_analyzerslowqueries.moc"
