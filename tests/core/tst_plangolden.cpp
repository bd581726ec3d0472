// SPDX-License-Identifier: GPL-3.0-or-later
// Plans PostgreSQL 15 produced in the harness (tests/data/plans/golden, refreshed by
// db_tst_explainrunner with SUPADESK_WRITE_GOLDEN_PLANS=1): each query shape is analysed the way a
// reader needs, and the exclusive times add up to the total.
#include "core/plan/plananalyzer.h"
#include "core/plan/planparser.h"

#include <QFile>
#include <QtTest>

using namespace supadesk;

namespace {

PlanAnalysis golden(const QString &name)
{
    QFile file(QStringLiteral(SUPADESK_TEST_DATA_DIR "/plans/golden/pg15_%1.json").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing golden plan %s", qPrintable(name));
    const Result<Plan> plan = PlanParser::parse(file.readAll());
    if (!plan.ok())
        qFatal("%s", qPrintable(plan.error().message));
    return PlanAnalyzer::analyze(plan.value());
}

int firstOf(const PlanAnalysis &a, const QString &nodeType)
{
    for (const PlanNode &n : a.plan().nodes())
        if (n.nodeType() == nodeType)
            return n.id;
    return 0;
}

QStringList findingCodes(const PlanAnalysis &a)
{
    QStringList codes;
    for (const PlanFinding &f : a.findings())
        codes << QStringLiteral("%1@%2").arg(f.code, a.plan().node(f.nodeId).nodeType());
    codes.sort();
    return codes;
}

} // namespace

class TestPlanGolden : public QObject
{
    Q_OBJECT

private slots:
    void exclusiveTimesAndFindings_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("nodeType");
        QTest::addColumn<QStringList>("findings");
        QTest::newRow("join") << "join"
                              << "Hash Join" << QStringList{};
        QTest::newRow("cte") << "cte"
                             << "CTE Scan" << QStringList{QStringLiteral("misestimate@Merge Join")};
        QTest::newRow("subplan") << "subplan"
                                 << "Bitmap Heap Scan" << QStringList{};
        QTest::newRow("initplan") << "initplan"
                                  << "Gather" << QStringList{};
        QTest::newRow("parallel") << "parallel"
                                  << "Gather Merge" << QStringList{};
        QTest::newRow("sort spill") << "sort_spill"
                                    << "Sort" << QStringList{QStringLiteral("sort-spill@Sort")};
        QTest::newRow("hash spill") << "hash_spill"
                                    << "Hash" << QStringList{QStringLiteral("hash-spill@Hash")};
        QTest::newRow("bitmap") << "bitmap"
                                << "Bitmap Heap Scan" << QStringList{};
        QTest::newRow("bitmap lossy")
            << "bitmap_lossy"
            << "Bitmap Heap Scan" << QStringList{QStringLiteral("bitmap-lossy@Bitmap Heap Scan")};
        QTest::newRow("misestimate") << "misestimate"
                                     << "Seq Scan"
                                     << QStringList{QStringLiteral("misestimate@Seq Scan"),
                                                    QStringLiteral("seqscan-selective@Seq Scan")};
        QTest::newRow("update returning") << "dml_update"
                                          << "ModifyTable" << QStringList{};
        QTest::newRow("delete returning") << "dml_delete"
                                          << "ModifyTable" << QStringList{};
        QTest::newRow("insert returning") << "dml_insert"
                                          << "ModifyTable" << QStringList{};
        QTest::newRow("delete in cte") << "dml_cte"
                                       << "ModifyTable" << QStringList{};
    }

    void exclusiveTimesAndFindings()
    {
        QFETCH(QString, name);
        QFETCH(QString, nodeType);
        QFETCH(QStringList, findings);
        const PlanAnalysis a = golden(name);
        QVERIFY(firstOf(a, nodeType) > 0);
        double sum = 0;
        for (const NodeMetrics &m : a.allMetrics())
            sum += m.exclusiveMs;
        QVERIFY2(qAbs(sum - a.totalMs()) <= std::max(0.01 * a.totalMs(), 0.002),
                 qPrintable(QStringLiteral("sum %1, total %2").arg(sum).arg(a.totalMs())));
        QCOMPARE(a.totalMs(), a.metrics(1).inclusiveMs);
        QVERIFY(a.plan().executionTimeMs() >= a.totalMs());
        QCOMPARE(findingCodes(a), findings);
    }

    void initPlanTimeIsTakenFromTheGatherThatEvaluatesIt()
    {
        const PlanAnalysis a = golden(QStringLiteral("initplan"));
        const int gather = firstOf(a, QStringLiteral("Gather"));
        int initPlan = 0;
        for (const PlanNode &n : a.plan().nodes())
            if (n.isInitPlan())
                initPlan = n.id;
        QCOMPARE(a.plan().node(initPlan).parentId, 1);
        const double child = a.metrics(a.plan().node(gather).childIds.first()).inclusiveMs;
        QVERIFY(qAbs(a.metrics(gather).exclusiveMs -
                     (a.metrics(gather).inclusiveMs - child - a.metrics(initPlan).inclusiveMs)) < 1e-9);
        QVERIFY(a.metrics(1).exclusiveMs < 0.1);
    }

    void parallelNodesAreSharedByLeaderAndWorkers()
    {
        const PlanAnalysis a = golden(QStringLiteral("parallel"));
        const PlanNode &gather = a.plan().node(firstOf(a, QStringLiteral("Gather Merge")));
        const int scan = firstOf(a, QStringLiteral("Seq Scan"));
        QCOMPARE(a.metrics(scan).processes, gather.workersLaunched + 1);
        QCOMPARE(a.metrics(scan).inclusiveMs, a.plan().node(scan).actualTotalMs);
    }

    void cteIsCountedOnce()
    {
        const PlanAnalysis a = golden(QStringLiteral("cte"));
        int cte = 0;
        double scans = 0;
        for (const PlanNode &n : a.plan().nodes()) {
            if (n.isCte())
                cte = n.id;
            if (n.nodeType() == QLatin1String("CTE Scan"))
                scans += a.metrics(n.id).inclusiveMs - a.metrics(n.id).exclusiveMs;
        }
        // What the scans gave up is exactly the CTE's time.
        QVERIFY(qAbs(scans - a.metrics(cte).inclusiveMs) < 1e-9);
    }

    void subPlanLoops()
    {
        const PlanAnalysis a = golden(QStringLiteral("subplan"));
        for (const PlanNode &n : a.plan().nodes()) {
            if (!n.isSubPlan())
                continue;
            QCOMPARE(n.actualLoops, 300.0);
            QVERIFY(qFuzzyCompare(a.metrics(n.id).inclusiveMs, n.actualTotalMs * 300));
            return;
        }
        QFAIL("no SubPlan");
    }

    void dmlRowsAndOperations_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<double>("rows");
        QTest::newRow("update") << "dml_update"
                                << "Update" << 100.0;
        QTest::newRow("delete") << "dml_delete"
                                << "Delete" << 50.0;
        QTest::newRow("insert") << "dml_insert"
                                << "Insert" << 10.0;
        QTest::newRow("cte") << "dml_cte"
                             << "Delete" << 5.0;
    }

    void dmlRowsAndOperations()
    {
        QFETCH(QString, name);
        QFETCH(QString, operation);
        QFETCH(double, rows);
        const PlanAnalysis a = golden(name);
        const PlanNode &modify = a.plan().node(firstOf(a, QStringLiteral("ModifyTable")));
        QCOMPARE(modify.displayType(), operation);
        QCOMPARE(modify.actualRows, rows);
        QCOMPARE(modify.relationName(), QStringLiteral("orders"));
    }
};

QTEST_GUILESS_MAIN(TestPlanGolden)
#include "tst_plangolden.moc"
