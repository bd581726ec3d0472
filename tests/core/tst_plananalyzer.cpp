// SPDX-License-Identifier: GPL-3.0-or-later
// Where the time of a plan went, node by node, and what a reader should look at: exclusive time
// across loops, parallel workers, CTEs, InitPlans and SubPlans; misestimates; findings; comparison.
#include "core/plan/plananalyzer.h"
#include "core/plan/plancomparator.h"
#include "core/plan/planparser.h"
#include "core/plan/planreport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace supadesk;

namespace {

QByteArray sample(const QString &name)
{
    QFile file(QStringLiteral(SUPADESK_TEST_DATA_DIR "/plans/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing sample %s", qPrintable(name));
    return file.readAll();
}

PlanAnalysis analyzed(const QByteArray &data)
{
    const Result<Plan> plan = PlanParser::parse(data);
    if (!plan.ok())
        qFatal("%s", qPrintable(plan.error().message));
    return PlanAnalyzer::analyze(plan.value());
}

PlanAnalysis analyzedSample(const QString &name)
{
    return analyzed(sample(name));
}

int idOf(const PlanAnalysis &a, const QString &displayType, int occurrence = 0)
{
    for (const PlanNode &n : a.plan().nodes())
        if (n.displayType() == displayType && occurrence-- == 0)
            return n.id;
    return 0;
}

double exclusiveSum(const PlanAnalysis &a)
{
    double sum = 0;
    for (const NodeMetrics &m : a.allMetrics())
        sum += m.exclusiveMs;
    return sum;
}

bool hasFinding(const PlanAnalysis &a, const QString &code, int nodeId)
{
    for (const PlanFinding &f : a.findings())
        if (f.code == code && f.nodeId == nodeId)
            return true;
    return false;
}

// A small JSON plan: nodes as (type, extra properties, children).
QByteArray jsonPlan(const QJsonObject &root, const QJsonObject &top = {})
{
    QJsonObject o = top;
    o.insert(QStringLiteral("Plan"), root);
    return QJsonDocument(QJsonArray{o}).toJson();
}

QJsonObject node(const QString &type, double totalMs, double rows, double loops, double planRows,
                 const QJsonArray &children = {}, const QJsonObject &extra = {})
{
    QJsonObject o = extra;
    o.insert(QStringLiteral("Node Type"), type);
    o.insert(QStringLiteral("Actual Startup Time"), 0.0);
    o.insert(QStringLiteral("Actual Total Time"), totalMs);
    o.insert(QStringLiteral("Actual Rows"), rows);
    o.insert(QStringLiteral("Actual Loops"), loops);
    o.insert(QStringLiteral("Plan Rows"), planRows);
    o.insert(QStringLiteral("Total Cost"), 100.0);
    if (!children.isEmpty())
        o.insert(QStringLiteral("Plans"), children);
    return o;
}

} // namespace

class TestPlanAnalyzer : public QObject
{
    Q_OBJECT

private slots:
    void exclusiveTimesAddUpToTheTotal_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f :
             {"pev2_simple_join.json", "pev2_three_joins_missing_index.json",
              "pev2_aggregate_four_joins.json", "pev2_many_ctes_initplans.json",
              "pev2_very_large_verbose_72nodes.json", "pev2_parallel_verbose_workers.json",
              "pev_original_limit_nested_loops.json", "pgflame_nine_ctes.json", "pev2_simple_join.txt",
              "pev2_merge_many_options_wal_serialize.txt", "pev2_delete_triggers_psql.txt",
              "pev2_parallel_jit_verbose.txt", "pev2_recursive_cte_sort_disk.txt",
              "pev2_subplan_pgadmin_quoted.txt", "pev2_buffers_unicode_frame.txt", "pev2_dbeaver_export.txt"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void exclusiveTimesAddUpToTheTotal()
    {
        QFETCH(QString, file);
        const PlanAnalysis a = analyzedSample(file);
        QVERIFY(a.hasTiming());
        const double root = a.metrics(1).inclusiveMs;
        QVERIFY(a.totalMs() >= root);
        // Within 1 % (PEV2's own tolerance), or a few microseconds for tiny plans.
        QVERIFY2(qAbs(exclusiveSum(a) - a.totalMs()) <= std::max(0.01 * a.totalMs(), 0.005),
                 qPrintable(QStringLiteral("sum %1, total %2").arg(exclusiveSum(a)).arg(a.totalMs())));
        double percent = 0;
        for (const NodeMetrics &m : a.allMetrics()) {
            QVERIFY(m.exclusiveMs >= 0);
            QVERIFY(m.exclusiveMs <= m.inclusiveMs + 1e-9);
            percent += m.exclusivePercent;
        }
        QVERIFY(qAbs(percent - 100) <= 1.0);
    }

    void recursiveCteMatchesTheRootTime()
    {
        // PEV2's own test for this plan: exclusive times add up to the root's 136,606.664 ms.
        const PlanAnalysis a = analyzedSample(QStringLiteral("pev2_recursive_cte_sort_disk.txt"));
        QCOMPARE(a.metrics(1).inclusiveMs, 136606.664);
        QVERIFY(qAbs(exclusiveSum(a) - 136606.664) <= 1366.0);
    }

    void parallelTimeIsSharedByTheProcesses()
    {
        const PlanAnalysis a = analyzedSample(QStringLiteral("pev2_parallel_verbose_workers.json"));
        // Gather 486.428 ms over a Partial Aggregate that ran 482.39 ms in each of 3 processes.
        QCOMPARE(a.metrics(3).processes, 3);
        QCOMPARE(a.metrics(1).processes, 1);
        QVERIFY(qFuzzyCompare(a.metrics(2).exclusiveMs, 486.428 - 482.39));
        QVERIFY(qFuzzyCompare(a.metrics(3).exclusiveMs, 482.39 - 344.447));
        QVERIFY(qFuzzyCompare(a.metrics(4).exclusiveMs, 344.447));
        QVERIFY(qFuzzyCompare(a.metrics(4).actualRowsTotal, 1962085.0 * 3));
        QVERIFY(hasFinding(a, QStringLiteral("workers-not-launched"), 2));
    }

    void loopsMultiplyPerLoopTimes()
    {
        const PlanAnalysis a = analyzedSample(QStringLiteral("pev2_delete_triggers_psql.txt"));
        const int index = idOf(a, QStringLiteral("Index Scan"));
        QVERIFY(qFuzzyCompare(a.metrics(index).inclusiveMs, 0.905 * 5000));
        const int loop = idOf(a, QStringLiteral("Nested Loop"));
        QVERIFY(qAbs(a.metrics(loop).exclusiveMs - (4576.019 - 23.891 - 4525.0)) < 1e-6);
    }

    void cteWorkIsTakenOutOfTheScansThatReadIt()
    {
        const PlanAnalysis a = analyzedSample(QStringLiteral("pev2_buffers_unicode_frame.txt"));
        const int scanT2bb = idOf(a, QStringLiteral("CTE Scan"), 0);
        const int scanT2b = idOf(a, QStringLiteral("CTE Scan"), 1);
        QCOMPARE(a.plan().node(scanT2bb).cteName(), QStringLiteral("t2bb"));
        QVERIFY(qAbs(a.metrics(scanT2bb).exclusiveMs - (3856.231 - 2939.572)) < 1e-6);
        QVERIFY(qAbs(a.metrics(scanT2b).exclusiveMs - (6356.641 - 5800.321)) < 1e-6);
        // The node the CTEs hang from keeps its own time only: 16254.984 minus the Merge Left Join.
        QVERIFY(qAbs(a.metrics(1).exclusiveMs - (16254.984 - 12903.243)) < 1e-6);
        QCOMPARE(a.totalMs(), 16254.984);
    }

    void subPlansRunInsideTheirParent()
    {
        const PlanAnalysis a = analyzedSample(QStringLiteral("pev2_subplan_pgadmin_quoted.txt"));
        const int outer = 2; // Nested Loop holding SubPlan 1 and 2
        QCOMPARE(a.plan().node(outer).childIds.size(), 4);
        const double children = 0.151 + 0.030 * 5 + 0.233 * 5 + 0.178 * 5;
        QVERIFY(qAbs(a.metrics(outer).exclusiveMs - (2.539 - children)) < 1e-6);
    }

    void initPlanTimeIsNotCountedTwice()
    {
        // Result with an InitPlan that took 4 ms and a scan taking 5 ms: the Result's own time is 1 ms.
        const QJsonObject init = node(QStringLiteral("Result"), 4, 1, 1, 1, {},
                                      {{QStringLiteral("Parent Relationship"), QStringLiteral("InitPlan")},
                                       {QStringLiteral("Subplan Name"), QStringLiteral("InitPlan 1")}});
        const QJsonObject scan = node(QStringLiteral("Seq Scan"), 5, 10, 1, 10, {},
                                      {{QStringLiteral("Parent Relationship"), QStringLiteral("Outer")}});
        const PlanAnalysis a =
            analyzed(jsonPlan(node(QStringLiteral("Result"), 10, 10, 1, 10, {init, scan})));
        QVERIFY(qFuzzyCompare(a.metrics(1).exclusiveMs, 1.0));
        QVERIFY(qFuzzyCompare(a.metrics(2).exclusiveMs, 4.0));
        QVERIFY(qFuzzyCompare(exclusiveSum(a), 10.0));
    }

    void cteReadByTwoScansIsSplitInPlanOrder()
    {
        const QJsonObject cte = node(QStringLiteral("Seq Scan"), 6, 100, 1, 100, {},
                                     {{QStringLiteral("Parent Relationship"), QStringLiteral("InitPlan")},
                                      {QStringLiteral("Subplan Name"), QStringLiteral("CTE c")}});
        auto scan = [](double ms) {
            return node(QStringLiteral("CTE Scan"), ms, 100, 1, 100, {},
                        {{QStringLiteral("CTE Name"), QStringLiteral("c")},
                         {QStringLiteral("Parent Relationship"), QStringLiteral("Outer")}});
        };
        const QJsonObject join = node(QStringLiteral("Hash Join"), 12, 100, 1, 100, {scan(4), scan(5)});
        const PlanAnalysis a =
            analyzed(jsonPlan(node(QStringLiteral("Limit"), 13, 100, 1, 100, {cte, join})));
        // Limit 1, CTE 6, join 3, first scan 4 - 4 = 0, second 5 - 2 = 3.
        QVERIFY(qFuzzyCompare(a.metrics(1).exclusiveMs, 1.0));
        QVERIFY(qFuzzyCompare(a.metrics(2).exclusiveMs, 6.0));
        QVERIFY(qFuzzyCompare(a.metrics(3).exclusiveMs, 3.0));
        QCOMPARE(a.metrics(4).exclusiveMs, 0.0);
        QVERIFY(qFuzzyCompare(a.metrics(5).exclusiveMs, 3.0));
        QVERIFY(qFuzzyCompare(a.totalMs(), 13.0));
    }

    void misestimateFactor_data()
    {
        QTest::addColumn<double>("actual");
        QTest::addColumn<double>("planned");
        QTest::addColumn<double>("factor");
        QTest::addColumn<QString>("text");
        QTest::newRow("under") << 1200.0 << 100.0 << 12.0 << "×12";
        QTest::newRow("over") << 50.0 << 5000.0 << 100.0 << "÷100";
        QTest::newRow("exact") << 7.0 << 7.0 << 1.0 << "×1";
        QTest::newRow("none found") << 0.0 << 300.0 << 300.0 << "÷300";
        QTest::newRow("small") << 3.0 << 2.0 << 1.5 << "×1.5";
    }

    void misestimateFactor()
    {
        QFETCH(double, actual);
        QFETCH(double, planned);
        QFETCH(double, factor);
        QFETCH(QString, text);
        const PlanAnalysis a = analyzed(jsonPlan(node(QStringLiteral("Seq Scan"), 1, actual, 1, planned)));
        QCOMPARE(a.metrics(1).misestimateFactor, factor);
        QCOMPARE(a.metrics(1).misestimateText(), text);
        QCOMPARE(hasFinding(a, QStringLiteral("misestimate"), 1), factor >= 10);
    }

    void misestimateIsReportedWhereItStarts()
    {
        const PlanAnalysis a = analyzedSample(QStringLiteral("pev2_merge_many_options_wal_serialize.txt"));
        const int bitmap = idOf(a, QStringLiteral("Bitmap Heap Scan"));
        const int sort = a.plan().node(bitmap).parentId;
        QVERIFY(hasFinding(a, QStringLiteral("misestimate"), bitmap));
        QVERIFY(!hasFinding(a, QStringLiteral("misestimate"), sort));
        // A scan that a Limit stopped early is not a misestimate.
        const PlanAnalysis limited = analyzedSample(QStringLiteral("pev2_delete_triggers_psql.txt"));
        QVERIFY(!hasFinding(limited, QStringLiteral("misestimate"),
                            idOf(limited, QStringLiteral("Index Only Scan"))));
        QVERIFY(!hasFinding(limited, QStringLiteral("misestimate"), 1)); // DELETE without RETURNING
    }

    void findingsOnRealPlans_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<int>("occurrence");
        QTest::newRow("external sort 1") << "pev2_buffers_unicode_frame.txt"
                                         << "sort-spill"
                                         << "Sort" << 0;
        QTest::newRow("external sort 3") << "pev2_buffers_unicode_frame.txt"
                                         << "sort-spill"
                                         << "Sort" << 2;
        QTest::newRow("heap fetches") << "pev2_delete_triggers_psql.txt"
                                      << "heap-fetches"
                                      << "Index Only Scan" << 0;
        QTest::newRow("workers") << "pev2_parallel_verbose_workers.json"
                                 << "workers-not-launched"
                                 << "Gather" << 0;
        QTest::newRow("jit") << "pev2_parallel_jit_verbose.txt"
                             << "jit-dominant"
                             << "Nested Loop" << 0;
        QTest::newRow("selective seq scan") << "pgflame_nine_ctes.json"
                                            << "seqscan-selective"
                                            << "Seq Scan" << 3;
        QTest::newRow("nested loop") << "pev_original_limit_nested_loops.json"
                                     << "nested-loop-outer"
                                     << "Nested Loop Left Join" << 0;
        QTest::newRow("cold cache") << "pev2_dbeaver_export.txt"
                                    << "cache-miss"
                                    << "Seq Scan" << 0;
        QTest::newRow("recursive sort") << "pev2_recursive_cte_sort_disk.txt"
                                        << "sort-spill"
                                        << "Sort" << 0;
    }

    void findingsOnRealPlans()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        QFETCH(QString, operation);
        QFETCH(int, occurrence);
        const PlanAnalysis a = analyzedSample(file);
        const int id = idOf(a, operation, occurrence);
        QVERIFY(id > 0);
        QVERIFY2(hasFinding(a, code, id), qPrintable(QStringLiteral("no %1 on #%2").arg(code).arg(id)));
        for (const PlanFinding &f : a.findings()) {
            QVERIFY(a.plan().contains(f.nodeId));
            QVERIFY(!f.message.isEmpty());
        }
    }

    void quietPlansHaveNoFindings()
    {
        QVERIFY(analyzedSample(QStringLiteral("pev2_simple_join.json")).findings().isEmpty());
        QVERIFY(analyzedSample(QStringLiteral("pev2_subplan_pgadmin_quoted.txt")).findings().isEmpty());
    }

    void spillsAndLossyBitmaps()
    {
        const QJsonObject hash =
            node(QStringLiteral("Hash"), 3, 1000, 1, 1000, {},
                 {{QStringLiteral("Hash Batches"), 8}, {QStringLiteral("Original Hash Batches"), 1}});
        const QJsonObject bitmap =
            node(QStringLiteral("Bitmap Heap Scan"), 2, 1000, 1, 1000, {},
                 {{QStringLiteral("Lossy Heap Blocks"), 120}, {QStringLiteral("Exact Heap Blocks"), 10}});
        const QJsonObject agg = node(QStringLiteral("Aggregate"), 9, 1000, 1, 1000, {},
                                     {{QStringLiteral("Strategy"), QStringLiteral("Hashed")},
                                      {QStringLiteral("HashAgg Batches"), 5},
                                      {QStringLiteral("Disk Usage"), 13616}});
        QJsonObject hashOverBitmap = hash;
        hashOverBitmap.insert(QStringLiteral("Plans"), QJsonArray{bitmap});
        const PlanAnalysis a =
            analyzed(jsonPlan(node(QStringLiteral("Hash Join"), 20, 1000, 1, 1000, {agg, hashOverBitmap})));
        QVERIFY(hasFinding(a, QStringLiteral("hashagg-spill"), 2));
        QVERIFY(hasFinding(a, QStringLiteral("hash-spill"), 3));
        QVERIFY(hasFinding(a, QStringLiteral("bitmap-lossy"), 4));
        QVERIFY(!hasFinding(a, QStringLiteral("hash-spill"), 1));
    }

    void planWithoutAnalyzeRanksByCost()
    {
        const Result<Plan> plan =
            PlanParser::parse("Hash Join  (cost=10.00..200.00 rows=10 width=4)\n"
                              "  ->  Seq Scan on big  (cost=0.00..150.00 rows=1000 width=4)\n"
                              "  ->  Hash  (cost=5.00..5.00 rows=10 width=4)\n"
                              "        ->  Seq Scan on small  (cost=0.00..5.00 rows=10 width=4)\n");
        QVERIFY(plan.ok());
        const PlanAnalysis a = PlanAnalyzer::analyze(plan.value());
        QVERIFY(!a.hasTiming());
        QCOMPARE(a.hottestNodes(1), QList<int>{2});
        QCOMPARE(a.metrics(1).exclusiveCost, 45.0);
        QCOMPARE(a.metrics(2).estimate, NodeMetrics::Estimate::Unknown);
        QVERIFY(a.findings().isEmpty());
    }

    void reportJsonIsStable()
    {
        const PlanAnalysis a = analyzedSample(QStringLiteral("pev2_parallel_verbose_workers.json"));
        const QJsonObject r = PlanReport::toJson(a);
        QCOMPARE(r.value(QLatin1String("nodeCount")).toInt(), 4);
        const QJsonObject gather = r.value(QLatin1String("nodes")).toArray().at(1).toObject();
        QCOMPARE(gather.value(QLatin1String("id")).toInt(), 2);
        QCOMPARE(gather.value(QLatin1String("nodeType")).toString(), QStringLiteral("Gather"));
        QCOMPARE(gather.value(QLatin1String("exclusiveMs")).toDouble(), 4.038);
        QCOMPARE(gather.value(QLatin1String("inclusiveMs")).toDouble(), 486.428);
        QCOMPARE(gather.value(QLatin1String("findings")).toArray().first().toString(),
                 QStringLiteral("workers-not-launched"));
        QCOMPARE(r.value(QLatin1String("executionMs")).toDouble(), 486.495);
    }

    void comparingTwoPlans()
    {
        const PlanAnalysis before = analyzedSample(QStringLiteral("pev2_simple_join.json"));
        const PlanAnalysis same = analyzedSample(QStringLiteral("pev2_simple_join.txt"));
        PlanComparison c = PlanComparator::compare(before, same);
        QCOMPARE(c.matchedCount(), 5);
        QCOMPARE(c.nodes.size(), 5);
        QCOMPARE(c.nodes.at(1).beforeId, 2);
        QCOMPARE(c.nodes.at(1).afterId, 2);

        // After an index was added the Seq Scan became an Index Scan: one node removed, one added.
        const QByteArray slow =
            jsonPlan(node(QStringLiteral("Limit"), 50, 10, 1, 10,
                          {node(QStringLiteral("Seq Scan"), 49, 10, 1, 10, {},
                                {{QStringLiteral("Relation Name"), QStringLiteral("t")}})}));
        const QByteArray fast =
            jsonPlan(node(QStringLiteral("Limit"), 2, 10, 1, 10,
                          {node(QStringLiteral("Index Scan"), 1.5, 10, 1, 10, {},
                                {{QStringLiteral("Relation Name"), QStringLiteral("t")},
                                 {QStringLiteral("Index Name"), QStringLiteral("t_idx")}})}));
        c = PlanComparator::compare(analyzed(slow), analyzed(fast));
        QCOMPARE(c.deltaMs(), -48.0);
        QCOMPARE(c.ratio(), 0.04);
        QCOMPARE(c.nodes.size(), 3);
        QCOMPARE(c.matchedCount(), 1);
        QVERIFY(qFuzzyCompare(c.nodes.at(0).deltaMs(), -0.5));
        QCOMPARE(c.nodes.at(1).afterId, 0);
        QCOMPARE(c.nodes.at(2).beforeId, 0);
        QCOMPARE(c.nodes.at(2).operation, QStringLiteral("Index Scan"));
    }
};

QTEST_GUILESS_MAIN(TestPlanAnalyzer)
#include "tst_plananalyzer.moc"
