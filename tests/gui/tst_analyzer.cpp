// SPDX-License-Identifier: GPL-3.0-or-later
// The Query analyzer's editor against the harness's real PostgreSQL: statement under the cursor,
// results arriving in batches as the user scrolls, errors, and cancelling a long statement.
#include "db/queryrunner.h"
#include "gui/analyzer/analyzerworkspace.h"
#include "gui/analyzer/sqleditor.h"
#include "harness/testenv.h"
#include "services/translationloader.h"

#include "gui/analyzer/indexadvicepanel.h"
#include "gui/analyzer/plancomparepanel.h"
#include "gui/analyzer/plancomparisonmodel.h"
#include "gui/analyzer/plangraphview.h"
#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace supadesk;

class TestAnalyzer : public QObject
{
    Q_OBJECT

    std::optional<DbEndpoint> m_endpoint;
    std::unique_ptr<AnalyzerWorkspace> m_workspace;

    QLabel *status() { return m_workspace->findChild<QLabel *>(QStringLiteral("status")); }
    QTableView *table() { return m_workspace->findChild<QTableView *>(QStringLiteral("results")); }

    void runText(const QString &sql, int cursorPosition = 0)
    {
        m_workspace->editor()->setPlainText(sql);
        QTextCursor cursor = m_workspace->editor()->textCursor();
        cursor.setPosition(cursorPosition);
        m_workspace->editor()->setTextCursor(cursor);
        m_workspace->editor()->setFocus();
        QTest::keyClick(m_workspace->editor(), Qt::Key_Return, Qt::ControlModifier);
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "PostgreSQL 15 (apt-get install postgresql-15)");
        TranslationLoader::instance().apply(QStringLiteral("en"));
        m_workspace = std::make_unique<AnalyzerWorkspace>([this](const Stack &) { return m_endpoint; });
        m_workspace->resize(900, 600);
        m_workspace->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_workspace.get()));
    }

    void saysToConnectFirst()
    {
        Stack s;
        s.name = QStringLiteral("prod");
        m_workspace->setStack(s);
        QVERIFY(!m_workspace->findChild<QAction *>(QStringLiteral("runStatement"))->isEnabled());
        QVERIFY2(status()->text().contains(QLatin1String("Connect")), qPrintable(status()->text()));

        DbEndpoint endpoint;
        endpoint.host = testenv::value("SUPADESK_TEST_PG_HOST");
        endpoint.port = testenv::value("SUPADESK_TEST_PG_PORT").toInt();
        m_endpoint = endpoint;
        m_workspace->connectionChanged();
        QVERIFY(m_workspace->findChild<QAction *>(QStringLiteral("runStatement"))->isEnabled());
    }

    void runsTheStatementUnderTheCursorAndLoadsRowsOnScroll()
    {
        const QString sql =
            QStringLiteral("select 'first';\nselect n, md5(n::text) from generate_series(1, 1800) n;\n");
        runText(sql, int(sql.indexOf(QLatin1String("generate_series"))));
        QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->runner()->isRunning(), 20000);
        QCOMPARE(table()->model()->columnCount(), 2);
        QCOMPARE(table()->model()->rowCount(), QueryRunner::BatchSize);
        QVERIFY2(status()->text().contains(QLatin1String("ms")), qPrintable(status()->text()));

        // Scrolling to the end asks for the next batches until all rows are there.
        QTRY_VERIFY_WITH_TIMEOUT(
            [this] {
                table()->scrollToBottom();
                return table()->model()->rowCount() == 1800;
            }(),
            20000);
        QCOMPARE(table()->model()->index(1799, 0).data().toInt(), 1800);
        if (const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR"); !dir.isEmpty())
            m_workspace->grab().save(dir + QStringLiteral("/analyzer-en.png"));
    }

    void showsServerErrors()
    {
        runText(QStringLiteral("select * from no_such_table"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->runner()->isRunning(), 20000);
        QVERIFY2(status()->text().contains(QLatin1String("no_such_table")), qPrintable(status()->text()));
    }

    void cancelsALongStatementOnTheServer()
    {
        runText(QStringLiteral("select pg_sleep(60)"));
        QTRY_VERIFY(m_workspace->runner()->isRunning());
        QTest::qWait(300); // let the statement reach the server
        auto *cancel = m_workspace->findChild<QAction *>(QStringLiteral("cancelStatement"));
        QVERIFY(cancel->isEnabled());
        cancel->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->runner()->isRunning(), 15000);
        QVERIFY2(status()->text().contains(QLatin1String("cancel")), qPrintable(status()->text()));
    }

    void explainAnalyzeDrawsThePlanWithFindings()
    {
        m_workspace->editor()->setPlainText(QStringLiteral(
            "select g % 10 as k, count(*) from generate_series(1, 200000) g group by 1 order by 2 desc"));
        m_workspace->findChild<QAction *>(QStringLiteral("explainAnalyze"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->runner()->isRunning(), 30000);
        QVERIFY2(status()->text().contains(QLatin1String("ms in total")), qPrintable(status()->text()));
        QCOMPARE(m_workspace->findChild<QTabWidget *>(QStringLiteral("output"))->currentIndex(), 1);
        QVERIFY(m_workspace->planGraph()->scene()->items().size() > 3);
        QVERIFY(m_workspace->planGraph()->selectedNode() > 0); // the hottest node is selected
        if (const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR"); !dir.isEmpty())
            m_workspace->grab().save(dir + QStringLiteral("/plan-workspace-en.png"));
    }

    void explainAnalyzeOfDmlAsksAndRollsBack()
    {
        runText(QStringLiteral("create table if not exists analyzer_dml (x int)"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->runner()->isRunning(), 20000);
        m_workspace->editor()->setPlainText(
            QStringLiteral("insert into analyzer_dml select generate_series(1, 100)"));
        QString seen;
        QTimer::singleShot(50, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            seen = box->objectName();
            box->findChild<QAbstractButton *>(QStringLiteral("runAndRollBack"))->click();
        });
        m_workspace->findChild<QAction *>(QStringLiteral("explainAnalyze"))->trigger();
        QCOMPARE(seen, QStringLiteral("ConfirmExplainAnalyze"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->runner()->isRunning(), 20000);
        QVERIFY2(status()->text().contains(QLatin1String("rolled back")), qPrintable(status()->text()));
        runText(QStringLiteral("select count(*) from analyzer_dml"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->runner()->isRunning(), 20000);
        QCOMPARE(table()->model()->index(0, 0).data().toInt(), 0);
    }

    void comparesTwoRunsOfTheSameQuery()
    {
        // The same sort with a tiny work_mem (it spills) and with enough memory: every node matches and
        // the comparison says how the total changed.
        const QString sort = QStringLiteral("select g from generate_series(1, 100000) g order by g desc");
        runText(QStringLiteral("set work_mem = '64kB'"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->runner()->isRunning(), 20000);
        m_workspace->editor()->setPlainText(sort);
        m_workspace->findChild<QAction *>(QStringLiteral("explainAnalyze"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->runner()->isRunning(), 30000);
        const PlanAnalysis spilled = *m_workspace->currentPlan();
        runText(QStringLiteral("set work_mem = '64MB'"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->runner()->isRunning(), 20000);
        m_workspace->editor()->setPlainText(sort);
        m_workspace->findChild<QAction *>(QStringLiteral("explainAnalyze"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->runner()->isRunning(), 30000);
        const PlanAnalysis inMemory = *m_workspace->currentPlan();
        QCOMPARE(spilled.plan().root().sortSpaceType(), QStringLiteral("Disk"));
        QCOMPARE(inMemory.plan().root().sortSpaceType(), QStringLiteral("Memory"));
        QCOMPARE(spilled.plan().queryText(), sort);

        m_workspace->findChild<QAction *>(QStringLiteral("comparePlans"))->trigger();
        const PlanComparison &c = m_workspace->comparePanel()->model()->comparison();
        QCOMPARE(c.nodes.size(), qsizetype(inMemory.plan().size()));
        QCOMPARE(c.matchedCount(), int(c.nodes.size()));
        QCOMPARE(c.beforeTotalMs, spilled.totalMs());
        QCOMPARE(c.afterTotalMs, inMemory.totalMs());
        QCOMPARE(c.nodes.first().beforeExclusiveMs, spilled.metrics(1).exclusiveMs);
        QCOMPARE(c.nodes.first().afterExclusiveMs, inMemory.metrics(1).exclusiveMs);
        auto *summary = m_workspace->comparePanel()->findChild<QLabel *>(QStringLiteral("compareSummary"));
        QVERIFY2(summary->text().contains(QLatin1String("Change:")), qPrintable(summary->text()));
        if (const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR"); !dir.isEmpty())
            m_workspace->grab().save(dir + QStringLiteral("/plan-compare-runs-en.png"));
    }

    void triesHypotheticalIndexesForAFilteredScan()
    {
        runText(QStringLiteral("create table if not exists analyzer_hypo as select g as id, g % 1000 as a, "
                               "g % 997 as b from generate_series(1, 50000) g"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->runner()->isRunning(), 20000);
        runText(QStringLiteral("analyze analyzer_hypo"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->runner()->isRunning(), 20000);
        m_workspace->editor()->setPlainText(
            QStringLiteral("select * from analyzer_hypo where a = 7 and b = 7"));
        m_workspace->findChild<QAction *>(QStringLiteral("explain"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->runner()->isRunning(), 20000);

        auto *tabs = m_workspace->findChild<QTabWidget *>(QStringLiteral("output"));
        tabs->setCurrentWidget(m_workspace->indexAdvice());
        auto *tryIndexes = m_workspace->indexAdvice()->findChild<QPushButton *>(QStringLiteral("tryIndexes"));
        QVERIFY(tryIndexes->isEnabled());
        // Creating hypopg in the database is asked first (unless an earlier run created it).
        QString asked;
        auto answer = [&asked] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                asked = box->objectName();
                box->findChild<QAbstractButton *>(QStringLiteral("createHypopg"))->click();
            }
        };
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, answer);
        timer.start(100);
        QTest::mouseClick(tryIndexes, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->indexAdvice()->isRunning() &&
                                     m_workspace->indexAdvice()->table()->rowCount() == 1,
                                 20000);
        timer.stop();
        QVERIFY(asked.isEmpty() || asked == QLatin1String("ConfirmCreateHypopg"));
        QTableWidget *table = m_workspace->indexAdvice()->table();
        QCOMPARE(table->item(0, 0)->text(),
                 QStringLiteral("CREATE INDEX ON \"analyzer_hypo\" (\"a\", \"b\")"));
        QVERIFY2(table->item(0, 4)->text().endsWith(QLatin1String("%")),
                 qPrintable(table->item(0, 4)->text()));
        const double without = QLocale().toDouble(table->item(0, 2)->text());
        const double with = QLocale().toDouble(table->item(0, 3)->text());
        QVERIFY2(with < without, qPrintable(QStringLiteral("%1 -> %2").arg(without).arg(with)));
        if (const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR"); !dir.isEmpty())
            m_workspace->grab().save(dir + QStringLiteral("/index-advice-en.png"));
    }

    void georgianScreenshot()
    {
        QVERIFY(TranslationLoader::instance().apply(QStringLiteral("ka")));
        QTRY_VERIFY(m_workspace->findChild<QAction *>(QStringLiteral("runStatement"))->text() !=
                    QLatin1String("Run"));
        if (const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR"); !dir.isEmpty())
            m_workspace->grab().save(dir + QStringLiteral("/analyzer-ka.png"));
        m_workspace->findChild<QTabWidget *>(QStringLiteral("output"))->setCurrentIndex(1);
        QTest::qWait(50);
        if (const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR"); !dir.isEmpty())
            m_workspace->grab().save(dir + QStringLiteral("/plan-workspace-ka.png"));
        m_workspace->findChild<QAction *>(QStringLiteral("comparePlans"))->trigger();
        QTest::qWait(50);
        if (const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR"); !dir.isEmpty())
            m_workspace->grab().save(dir + QStringLiteral("/plan-compare-runs-ka.png"));
        m_workspace->findChild<QTabWidget *>(QStringLiteral("output"))
            ->setCurrentWidget(m_workspace->indexAdvice());
        QTest::qWait(50);
        if (const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR"); !dir.isEmpty())
            m_workspace->grab().save(dir + QStringLiteral("/index-advice-ka.png"));
        TranslationLoader::instance().apply(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestAnalyzer)
#include "tst_analyzer.moc"
