// SPDX-License-Identifier: GPL-3.0-or-later
// EXPLAIN through QPSQL on the harness's PostgreSQL 15: plans of real query shapes, analysed, with
// exclusive times adding up, the misestimates and findings a reader should get, and DML that
// EXPLAIN ANALYZE ran but rolled back. Set SUPADESK_WRITE_GOLDEN_PLANS=1 to refresh
// tests/data/plans/golden/ from this server.
#include "core/plan/plananalyzer.h"
#include "core/plan/statementclassifier.h"
#include "db/explainrunner.h"
#include "db/singlestatementquery.h"
#include "harness/testenv.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace supadesk;

class TestExplainRunner : public QObject
{
    Q_OBJECT

    static constexpr const char *connectionName = "explainrunner";
    static constexpr const char *cancelName = "explainrunner-cancel";

    static QSqlDatabase open(const QString &name)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(testenv::value("SUPADESK_TEST_PG_HOST"));
        db.setPort(testenv::value("SUPADESK_TEST_PG_PORT").toInt());
        db.setUserName(testenv::value("SUPADESK_TEST_PG_USER"));
        db.setDatabaseName(QStringLiteral("postgres"));
        db.open();
        return db;
    }

    QSqlDatabase db() const { return QSqlDatabase::database(QLatin1String(connectionName)); }

    bool exec(const QString &sql)
    {
        QSqlQuery q(db());
        if (!q.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }

    double scalar(const QString &sql)
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toDouble();
    }

    PlanAnalysis explain(const QString &name, const QString &sql, ExplainOptions options = {})
    {
        ExplainRunner runner(db());
        const Result<ExplainOutcome> outcome = runner.run(sql, options);
        if (!outcome.ok()) {
            qWarning("%s", qPrintable(outcome.error().message));
            return {};
        }
        writeGolden(name, outcome.value().json);
        return PlanAnalyzer::analyze(outcome.value().plan);
    }

    static void writeGolden(const QString &name, const QByteArray &json)
    {
        if (qEnvironmentVariableIntValue("SUPADESK_WRITE_GOLDEN_PLANS") != 1)
            return;
        QDir().mkpath(QStringLiteral(SUPADESK_TEST_DATA_DIR "/plans/golden"));
        QFile file(QStringLiteral(SUPADESK_TEST_DATA_DIR "/plans/golden/pg15_%1.json").arg(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(json);
    }

    static int firstOf(const PlanAnalysis &a, const QString &nodeType)
    {
        for (const PlanNode &n : a.plan().nodes())
            if (n.nodeType() == nodeType)
                return n.id;
        return 0;
    }

    static bool hasFinding(const PlanAnalysis &a, const QString &code, int nodeId = 0)
    {
        for (const PlanFinding &f : a.findings())
            if (f.code == code && (nodeId == 0 || f.nodeId == nodeId))
                return true;
        return false;
    }

    static void verifyExclusiveSum(const PlanAnalysis &a)
    {
        QVERIFY(!a.plan().isEmpty());
        QVERIFY(a.hasTiming());
        double sum = 0;
        for (const NodeMetrics &m : a.allMetrics()) {
            QVERIFY(m.exclusiveMs >= 0);
            sum += m.exclusiveMs;
        }
        QVERIFY2(qAbs(sum - a.totalMs()) <= std::max(0.01 * a.totalMs(), 0.01),
                 qPrintable(QStringLiteral("sum %1, total %2").arg(sum).arg(a.totalMs())));
        // The plan tree's time is inside what the server reports as execution time.
        QVERIFY(a.plan().executionTimeMs() >= a.metrics(1).inclusiveMs * 0.99);
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "PostgreSQL 15 (apt-get install postgresql-15)");
        QVERIFY2(open(QLatin1String(connectionName)).isOpen(), qPrintable(db().lastError().text()));
        QVERIFY(exec(QStringLiteral("DROP SCHEMA IF EXISTS explain_test CASCADE")));
        QVERIFY(exec(QStringLiteral("CREATE SCHEMA explain_test")));
        QVERIFY(exec(QStringLiteral("SET search_path = explain_test")));
        QVERIFY(exec(
            QStringLiteral("CREATE TABLE customers (id int PRIMARY KEY, region text NOT NULL, name text)")));
        QVERIFY(exec(QStringLiteral("INSERT INTO customers SELECT g, 'r' || (g % 20), 'customer ' || g "
                                    "FROM generate_series(1, 5000) g")));
        QVERIFY(
            exec(QStringLiteral("CREATE TABLE orders (id int PRIMARY KEY, customer_id int NOT NULL, "
                                "amount numeric NOT NULL, status text NOT NULL, a int, b int, note text)")));
        // 1 % of orders are 'rare'; a and b are equal, which the planner cannot know.
        QVERIFY(exec(QStringLiteral("INSERT INTO orders SELECT g, 1 + (g * 7919) % 5000, (g % 1000) / 10.0, "
                                    "CASE WHEN g % 100 = 0 THEN 'rare' ELSE 'common' END, g % 100, g % 100, "
                                    "repeat('x', 40) FROM generate_series(1, 200000) g")));
        QVERIFY(exec(QStringLiteral("CREATE INDEX orders_customer ON orders (customer_id)")));
        QVERIFY(exec(QStringLiteral("VACUUM ANALYZE customers")));
        QVERIFY(exec(QStringLiteral("VACUUM ANALYZE orders")));
    }

    void cleanupTestCase()
    {
        exec(QStringLiteral("DROP SCHEMA IF EXISTS explain_test CASCADE"));
        QSqlDatabase::removeDatabase(QLatin1String(connectionName));
        QSqlDatabase::removeDatabase(QLatin1String(cancelName));
    }

    void init()
    {
        QVERIFY(exec(QStringLiteral("RESET ALL")));
        QVERIFY(exec(QStringLiteral("SET search_path = explain_test")));
        QVERIFY(exec(QStringLiteral("SET jit = off")));
    }

    void join()
    {
        const PlanAnalysis a =
            explain(QStringLiteral("join"),
                    QStringLiteral("SELECT c.region, sum(o.amount) FROM orders o JOIN customers c "
                                   "ON c.id = o.customer_id GROUP BY c.region;"));
        verifyExclusiveSum(a);
        const int hashJoin = firstOf(a, QStringLiteral("Hash Join"));
        QVERIFY(hashJoin > 0);
        QCOMPARE(a.metrics(firstOf(a, QStringLiteral("Seq Scan"))).actualRowsTotal, 200000.0);
        QVERIFY(a.metrics(1).misestimateFactor < 10);
        QVERIFY(a.plan().root().buffers.sharedHit + a.plan().root().buffers.sharedRead > 0);
    }

    void cte()
    {
        const PlanAnalysis a = explain(
            QStringLiteral("cte"),
            QStringLiteral(
                "WITH per_customer AS MATERIALIZED (SELECT customer_id, sum(amount) AS total FROM orders "
                "GROUP BY customer_id) SELECT a.customer_id FROM per_customer a JOIN per_customer b "
                "ON b.customer_id = a.customer_id + 1 WHERE a.total > b.total"));
        verifyExclusiveSum(a);
        int cte = 0;
        int scans = 0;
        for (const PlanNode &n : a.plan().nodes()) {
            if (n.subplanName() == QLatin1String("CTE per_customer"))
                cte = n.id;
            scans += n.nodeType() == QLatin1String("CTE Scan") ? 1 : 0;
        }
        QVERIFY(cte > 0);
        QCOMPARE(scans, 2);
        // The aggregate's time is counted once: in the CTE, not again in the scans reading it.
        double scansExclusive = 0;
        for (const PlanNode &n : a.plan().nodes())
            if (n.nodeType() == QLatin1String("CTE Scan"))
                scansExclusive += a.metrics(n.id).exclusiveMs;
        QVERIFY(scansExclusive < a.metrics(cte).inclusiveMs);
    }

    void subPlanAndInitPlan()
    {
        PlanAnalysis a = explain(
            QStringLiteral("subplan"),
            QStringLiteral("SELECT c.id, (SELECT max(o.amount) FROM orders o WHERE o.customer_id = c.id) "
                           "FROM customers c WHERE c.id <= 300"));
        verifyExclusiveSum(a);
        int subplan = 0;
        for (const PlanNode &n : a.plan().nodes())
            if (n.isSubPlan())
                subplan = n.id;
        QVERIFY(subplan > 0);
        QCOMPARE(a.plan().node(subplan).actualLoops, 300.0);

        a = explain(
            QStringLiteral("initplan"),
            QStringLiteral("SELECT count(*) FROM orders WHERE amount > (SELECT avg(amount) FROM orders)"));
        verifyExclusiveSum(a);
        int initPlan = 0;
        for (const PlanNode &n : a.plan().nodes())
            if (n.isInitPlan())
                initPlan = n.id;
        QVERIFY(initPlan > 0);
        QCOMPARE(a.plan().node(initPlan).actualLoops, 1.0);
    }

    void parallel()
    {
        QVERIFY(exec(QStringLiteral("SET parallel_setup_cost = 0")));
        QVERIFY(exec(QStringLiteral("SET parallel_tuple_cost = 0")));
        QVERIFY(exec(QStringLiteral("SET min_parallel_table_scan_size = 0")));
        QVERIFY(exec(QStringLiteral("SET max_parallel_workers_per_gather = 2")));
        const PlanAnalysis a =
            explain(QStringLiteral("parallel"),
                    QStringLiteral("SELECT status, count(*) FROM orders WHERE amount > 10 GROUP BY status"));
        verifyExclusiveSum(a);
        int gather = 0;
        for (const PlanNode &n : a.plan().nodes())
            if (n.nodeType().startsWith(QLatin1String("Gather")))
                gather = n.id;
        QVERIFY(gather > 0);
        const PlanNode &g = a.plan().node(gather);
        QCOMPARE(g.workersPlanned, 2);
        QVERIFY(g.workersLaunched >= 0);
        const int scan = firstOf(a, QStringLiteral("Seq Scan"));
        QVERIFY(a.plan().node(scan).parallelAware);
        QCOMPARE(a.metrics(scan).processes, g.workersLaunched + 1);
        // Every row of the table was read by one of the processes.
        // (EXPLAIN rounds the rows a filter removed to whole rows per process.)
        QVERIFY(qAbs(a.metrics(scan).actualRowsTotal + a.metrics(scan).rowsRemovedByFilterTotal - 200000.0) <=
                a.metrics(scan).processes);
        QCOMPARE(hasFinding(a, QStringLiteral("workers-not-launched")), g.workersLaunched < 2);
    }

    void sortAndHashSpillWithTinyWorkMem()
    {
        QVERIFY(exec(QStringLiteral("SET work_mem = '64kB'")));
        PlanAnalysis a = explain(QStringLiteral("sort_spill"),
                                 QStringLiteral("SELECT * FROM orders ORDER BY note, amount"));
        verifyExclusiveSum(a);
        const int sort = firstOf(a, QStringLiteral("Sort"));
        QCOMPARE(a.plan().node(sort).sortSpaceType(), QStringLiteral("Disk"));
        QVERIFY(hasFinding(a, QStringLiteral("sort-spill"), sort));
        QVERIFY(a.plan().node(sort).buffers.tempWritten > 0);

        QVERIFY(exec(QStringLiteral("SET enable_mergejoin = off")));
        QVERIFY(exec(QStringLiteral("SET enable_nestloop = off")));
        a = explain(QStringLiteral("hash_spill"),
                    QStringLiteral("SELECT count(*) FROM orders o JOIN orders p ON p.id = o.id"));
        verifyExclusiveSum(a);
        const int hash = firstOf(a, QStringLiteral("Hash"));
        QVERIFY(a.plan().node(hash).hashBatches > 1);
        QVERIFY(hasFinding(a, QStringLiteral("hash-spill"), hash));
    }

    void bitmapScans()
    {
        QVERIFY(exec(QStringLiteral("SET enable_seqscan = off")));
        QVERIFY(exec(QStringLiteral("SET enable_indexscan = off")));
        PlanAnalysis a =
            explain(QStringLiteral("bitmap"),
                    QStringLiteral("SELECT count(*) FROM orders WHERE customer_id BETWEEN 100 AND 140"));
        verifyExclusiveSum(a);
        int heap = firstOf(a, QStringLiteral("Bitmap Heap Scan"));
        QVERIFY(heap > 0);
        QVERIFY(firstOf(a, QStringLiteral("Bitmap Index Scan")) > heap);
        QVERIFY(a.plan().node(heap).exactHeapBlocks > 0);
        QVERIFY(!hasFinding(a, QStringLiteral("bitmap-lossy")));

        // A bitmap over most of the table does not fit in 64 kB and goes lossy.
        QVERIFY(exec(QStringLiteral("SET work_mem = '64kB'")));
        a = explain(QStringLiteral("bitmap_lossy"),
                    QStringLiteral("SELECT count(*) FROM orders WHERE customer_id BETWEEN 1 AND 4000"));
        verifyExclusiveSum(a);
        heap = firstOf(a, QStringLiteral("Bitmap Heap Scan"));
        QVERIFY(a.plan().node(heap).lossyHeapBlocks > 0);
        QVERIFY(hasFinding(a, QStringLiteral("bitmap-lossy"), heap));
    }

    void misestimateAndSelectiveScan()
    {
        // a = b in every row, but the planner multiplies the two selectivities: 100 times too few rows.
        QVERIFY(exec(QStringLiteral("SET max_parallel_workers_per_gather = 0")));
        PlanAnalysis a = explain(QStringLiteral("misestimate"),
                                 QStringLiteral("SELECT id FROM orders WHERE a = 7 AND b = 7"));
        verifyExclusiveSum(a);
        const int scan = firstOf(a, QStringLiteral("Seq Scan"));
        QCOMPARE(a.metrics(scan).actualRowsTotal, 2000.0);
        QVERIFY(a.metrics(scan).misestimateFactor >= 50);
        QCOMPARE(a.metrics(scan).estimate, NodeMetrics::Estimate::Under);
        QVERIFY(hasFinding(a, QStringLiteral("misestimate"), scan));
        // 99 % of the rows were read to be thrown away.
        QVERIFY(hasFinding(a, QStringLiteral("seqscan-selective"), scan));
    }

    void dmlWithReturningIsRolledBack_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<double>("rows");
        QTest::newRow("update") << "UPDATE orders SET amount = amount + 1000 WHERE id <= 100 RETURNING id"
                                << "Update" << 100.0;
        QTest::newRow("delete") << "DELETE FROM orders WHERE id > 199950 RETURNING id;"
                                << "Delete" << 50.0;
        QTest::newRow("insert")
            << "INSERT INTO orders SELECT id + 1000000, customer_id, amount, status, a, b, note "
               "FROM orders WHERE id <= 10 RETURNING id"
            << "Insert" << 10.0;
        QTest::newRow("cte")
            << "WITH gone AS (DELETE FROM orders WHERE id <= 5 RETURNING *) SELECT count(*) FROM gone"
            << "Delete" << 5.0;
    }

    void dmlWithReturningIsRolledBack()
    {
        QFETCH(QString, sql);
        QFETCH(QString, operation);
        QFETCH(double, rows);
        QVERIFY(StatementClassifier::modifiesData(sql));
        const double countBefore = scalar(QStringLiteral("SELECT count(*) FROM orders"));
        const double sumBefore = scalar(QStringLiteral("SELECT sum(amount) FROM orders"));

        ExplainRunner runner(db());
        const Result<ExplainOutcome> outcome = runner.run(sql);
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
        QVERIFY(outcome.value().rolledBack);
        writeGolden(QStringLiteral("dml_%1").arg(QString::fromLatin1(QTest::currentDataTag())),
                    outcome.value().json);
        const PlanAnalysis a = PlanAnalyzer::analyze(outcome.value().plan);
        verifyExclusiveSum(a);
        const int modify = firstOf(a, QStringLiteral("ModifyTable"));
        QVERIFY(modify > 0);
        QCOMPARE(a.plan().node(modify).operation(), operation);
        QCOMPARE(a.plan().node(modify).actualRows, rows);

        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM orders")), countBefore);
        QCOMPARE(scalar(QStringLiteral("SELECT sum(amount) FROM orders")), sumBefore);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM orders WHERE id > 1000000")), 0.0);
        // The connection is usable again, outside any transaction.
        QCOMPARE(scalar(QStringLiteral("SELECT 1")), 1.0);
    }

    void explainWithoutAnalyzeDoesNotRun()
    {
        ExplainOptions options;
        options.analyze = false;
        options.buffers = false;
        ExplainRunner runner(db());
        const Result<ExplainOutcome> outcome = runner.run(QStringLiteral("DELETE FROM orders"), options);
        QVERIFY(outcome.ok());
        QVERIFY(!outcome.value().rolledBack);
        QVERIFY(!outcome.value().plan.hasActuals());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM orders")), 200000.0);
        const PlanAnalysis a = PlanAnalyzer::analyze(outcome.value().plan);
        QVERIFY(!a.hasTiming());
        QCOMPARE(a.hottestNodes(1).size(), 1);
    }

    void verboseAndSettingsOptions()
    {
        ExplainOptions options;
        options.verbose = true;
        options.settings = true;
        options.wal = true;
        QVERIFY(exec(QStringLiteral("SET work_mem = '8MB'")));
        const QString statement = ExplainRunner::explainStatement(QStringLiteral("SELECT 1;"), options);
        QCOMPARE(statement,
                 QStringLiteral("EXPLAIN (ANALYZE, BUFFERS, VERBOSE, SETTINGS, WAL, FORMAT JSON) SELECT 1"));
        ExplainRunner runner(db());
        const Result<ExplainOutcome> outcome =
            runner.run(QStringLiteral("SELECT id FROM customers WHERE id < 10"), options);
        QVERIFY(outcome.ok());
        QVERIFY(outcome.value().plan.root().properties.contains(QLatin1String("Output")));
        QCOMPARE(outcome.value()
                     .plan.topLevel()
                     .value(QLatin1String("Settings"))
                     .toObject()
                     .value(QLatin1String("work_mem"))
                     .toString(),
                 QStringLiteral("8MB"));
    }

    void errorsComeFromTheServer()
    {
        ExplainRunner runner(db());
        Result<ExplainOutcome> outcome = runner.run(QStringLiteral("SELEC 1"));
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, QStringLiteral("explain.failed"));
        QVERIFY2(outcome.error().message.contains(QLatin1String("syntax error")),
                 qPrintable(outcome.error().message));
        outcome = runner.run(QStringLiteral("  ;  "));
        QCOMPARE(outcome.error().code, QStringLiteral("explain.empty"));
        QCOMPARE(scalar(QStringLiteral("SELECT 1")), 1.0);
    }

    // The QPSQL driver sends text with PQexec, which runs every statement in it: EXPLAIN of
    // "SELECT 1; CREATE TABLE pwn()" must not create the table, nor may a COMMIT between them end
    // the transaction ANALYZE runs in.
    void severalStatementsAreRefused_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("analyze");
        QTest::newRow("plain") << "SELECT 1; CREATE TABLE pwn()" << false;
        QTest::newRow("analyze") << "SELECT 1; CREATE TABLE pwn()" << true;
        QTest::newRow("commit between") << "SELECT 1; COMMIT; CREATE TABLE pwn()" << false;
        QTest::newRow("analyze, commit between") << "SELECT 1; COMMIT; CREATE TABLE pwn()" << true;
        QTest::newRow("escape string hides nothing") << "SELECT E'it\\'s'; CREATE TABLE pwn()" << true;
    }

    void severalStatementsAreRefused()
    {
        QFETCH(QString, sql);
        QFETCH(bool, analyze);
        ExplainOptions options;
        options.analyze = analyze;
        ExplainRunner runner(db());
        const Result<ExplainOutcome> outcome = runner.run(sql, options);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, QStringLiteral("explain.several"));
        QVERIFY2(outcome.error().message.contains(QLatin1String("one statement")),
                 qPrintable(outcome.error().message));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM pg_class WHERE relname = 'pwn'")), 0.0);
        // The connection is usable again, outside any transaction.
        // (Outside a transaction every statement starts its own, so now() is this statement's time.)
        QCOMPARE(scalar(QStringLiteral("SELECT (now() = statement_timestamp())::int")), 1.0);
        QCOMPARE(scalar(QStringLiteral("SELECT 1")), 1.0);
        exec(QStringLiteral("DROP TABLE IF EXISTS pwn"));
    }

    // The second guard: whatever a lexer makes of the text, the server takes one statement only.
    void theServerRefusesSeveralStatements()
    {
        const Result<QByteArray> several =
            SingleStatementQuery::firstValue(db(), QStringLiteral("SELECT 1; CREATE TABLE pwn()"));
        QVERIFY(!several.ok());
        QVERIFY2(several.error().message.contains(QLatin1String("multiple commands")),
                 qPrintable(several.error().message));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM pg_class WHERE relname = 'pwn'")), 0.0);
        const Result<QByteArray> one =
            SingleStatementQuery::firstValue(db(), QStringLiteral("SELECT 'ქ' || 1"));
        QVERIFY(one.ok());
        QCOMPARE(QString::fromUtf8(one.value()), QStringLiteral("ქ1"));
    }

    // A trailing semicolon or comment is still one statement.
    void oneStatementWithTrailingSemicolonAndComment()
    {
        ExplainOptions options;
        options.analyze = false;
        ExplainRunner runner(db());
        const Result<ExplainOutcome> outcome =
            runner.run(QStringLiteral("SELECT id FROM customers WHERE id < 10; -- the first ones"), options);
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
        QVERIFY(!outcome.value().plan.isEmpty());
    }

    void cancelFromASecondConnection()
    {
        ExplainRunner runner(db());
        const Result<int> pid = runner.backendPid();
        QVERIFY(pid.ok());
        QSqlDatabase other = open(QLatin1String(cancelName));
        QVERIFY(other.isOpen());
        // Nothing runs on the first connection now, but the server accepts the request for a live backend.
        QVERIFY(ExplainRunner::cancel(other, pid.value()).ok());
        QVERIFY(!ExplainRunner::cancel(other, 999999).ok());
    }
};

QTEST_GUILESS_MAIN(TestExplainRunner)
#include "tst_explainrunner.moc"
