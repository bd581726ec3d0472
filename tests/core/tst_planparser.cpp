// SPDX-License-Identifier: GPL-3.0-or-later
// EXPLAIN output as people bring it to the analyzer: JSON from PostgreSQL or a visualiser, and text
// pasted from psql, pgAdmin or DBeaver. Every real sample in tests/data/plans must read.
#include "core/plan/planjsonparser.h"
#include "core/plan/planparser.h"
#include "core/plan/plantextparser.h"

#include <QFile>
#include <QJsonArray>
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

Plan parsed(const QString &name)
{
    const Result<Plan> plan = PlanParser::parse(sample(name));
    if (!plan.ok())
        qFatal("%s: %s", qPrintable(name), qPrintable(plan.error().message));
    return plan.value();
}

const PlanNode *findNode(const Plan &plan, const QString &displayType, int occurrence = 0)
{
    for (const PlanNode &n : plan.nodes())
        if (n.displayType() == displayType && occurrence-- == 0)
            return &n;
    return nullptr;
}

} // namespace

class TestPlanParser : public QObject
{
    Q_OBJECT

private slots:
    void everySampleReads_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("nodes");
        QTest::addColumn<Plan::Source>("source");
        // Node counts as SOURCES.md lists them, except the parallel JIT sample: it has 24 node lines
        // (SOURCES.md's 46 counts its worker lines too).
        const QList<std::tuple<const char *, int, Plan::Source>> samples{
            {"pev2_simple_join.json", 5, Plan::Source::Json},
            {"pev2_three_joins_missing_index.json", 9, Plan::Source::Json},
            {"pev2_aggregate_four_joins.json", 19, Plan::Source::Json},
            {"pev2_many_ctes_initplans.json", 49, Plan::Source::Json},
            {"pev2_very_large_verbose_72nodes.json", 72, Plan::Source::Json},
            {"pev2_parallel_verbose_workers.json", 4, Plan::Source::Json},
            {"pev_original_limit_nested_loops.json", 11, Plan::Source::Json},
            {"pgflame_nine_ctes.json", 45, Plan::Source::Json},
            {"pev2_simple_join.txt", 5, Plan::Source::Text},
            {"pev2_merge_many_options_wal_serialize.txt", 18, Plan::Source::Text},
            {"pev2_delete_triggers_psql.txt", 7, Plan::Source::Text},
            {"pev2_parallel_jit_verbose.txt", 24, Plan::Source::Text},
            {"pev2_recursive_cte_sort_disk.txt", 42, Plan::Source::Text},
            {"pev2_subplan_pgadmin_quoted.txt", 12, Plan::Source::Text},
            {"pev2_buffers_unicode_frame.txt", 11, Plan::Source::Text},
            {"pev2_dbeaver_export.txt", 2, Plan::Source::Text},
        };
        for (const auto &[file, nodes, source] : samples)
            QTest::newRow(file) << QString::fromLatin1(file) << nodes << source;
    }

    void everySampleReads()
    {
        QFETCH(QString, file);
        QFETCH(int, nodes);
        QFETCH(Plan::Source, source);
        const Result<Plan> plan = PlanParser::parse(sample(file));
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message));
        QCOMPARE(plan.value().size(), nodes);
        QCOMPARE(plan.value().source(), source);
        // Ids are pre-order and every child points back at its parent.
        for (const PlanNode &n : plan.value().nodes()) {
            QCOMPARE(plan.value().node(n.id).id, n.id);
            QVERIFY(!n.nodeType().isEmpty());
            for (int c : n.childIds) {
                QCOMPARE(plan.value().node(c).parentId, n.id);
                QVERIFY(c > n.id);
            }
        }
    }

    void textAndJsonOfTheSameQueryAgree()
    {
        const Plan json = parsed(QStringLiteral("pev2_simple_join.json"));
        const Plan text = parsed(QStringLiteral("pev2_simple_join.txt"));
        QCOMPARE(text.size(), json.size());
        for (int id = 1; id <= json.size(); ++id) {
            const PlanNode &j = json.node(id);
            const PlanNode &t = text.node(id);
            QCOMPARE(t.nodeType(), j.nodeType());
            QCOMPARE(t.displayType(), j.displayType());
            QCOMPARE(t.joinType(), j.joinType());
            QCOMPARE(t.relationName(), j.relationName());
            QCOMPARE(t.schema(), j.schema());
            QCOMPARE(t.alias(), j.alias());
            QCOMPARE(t.indexName(), j.indexName());
            QCOMPARE(t.totalCost, j.totalCost);
            QCOMPARE(t.planRows, j.planRows);
            QCOMPARE(t.actualLoops, j.actualLoops);
            QCOMPARE(t.actualRows, j.actualRows);
            QCOMPARE(t.parentId, j.parentId);
            QCOMPARE(t.parentRelationship(), j.parentRelationship());
            QCOMPARE(t.buffers.sharedHit, j.buffers.sharedHit);
        }
    }

    void unicodeFrameKeepsBuffersWalSortsAndJit()
    {
        const Plan plan = parsed(QStringLiteral("pev2_buffers_unicode_frame.txt"));
        const PlanNode &root = plan.root();
        QCOMPARE(root.displayType(), QStringLiteral("Merge"));
        QCOMPARE(root.relationName(), QStringLiteral("t1"));
        QCOMPARE(root.buffers.sharedHit, 5002762);
        QCOMPARE(root.buffers.localWritten, 67441);
        QCOMPARE(root.buffers.tempWritten, 150446);
        QCOMPARE(root.properties.value(QLatin1String("WAL Bytes")).toDouble(), 200763653.0);
        QCOMPARE(root.properties.value(QLatin1String("Tuples")).toString(),
                 QStringLiteral("deleted=2499999"));
        const PlanNode *cte = findNode(plan, QStringLiteral("Update"));
        QVERIFY(cte);
        QCOMPARE(cte->subplanName(), QStringLiteral("CTE t2bb"));
        QCOMPARE(cte->parentRelationship(), QStringLiteral("InitPlan"));
        QCOMPARE(cte->parentId, 1);
        const PlanNode *sort = findNode(plan, QStringLiteral("Sort"));
        QCOMPARE(sort->sortMethod(), QStringLiteral("external merge"));
        QCOMPARE(sort->sortSpaceType(), QStringLiteral("Disk"));
        QCOMPARE(sort->sortSpaceUsedKb, 141936.0);
        const PlanNode *join = findNode(plan, QStringLiteral("Merge Left Join"));
        QVERIFY(join);
        QCOMPARE(join->parentId, 1);
        QCOMPARE(join->parentRelationship(), QStringLiteral("Outer"));
        QCOMPARE(plan.executionTimeMs(), 16365.829);
        QCOMPARE(plan.planningTimeMs(), 0.237);
        QCOMPARE(plan.jitFunctions(), 20);
        QCOMPARE(plan.jitTotalMs(), 245.045);
        QCOMPARE(plan.topLevel()
                     .value(QLatin1String("Planning"))
                     .toObject()
                     .value(QLatin1String("Shared Read Blocks"))
                     .toDouble(),
                 7.0);
    }

    void psqlFrameWithTriggers()
    {
        const Plan plan = parsed(QStringLiteral("pev2_delete_triggers_psql.txt"));
        QCOMPARE(plan.root().operation(), QStringLiteral("Delete"));
        QCOMPARE(plan.executionTimeMs(), 381072.164);
        QCOMPARE(plan.planningTimeMs(), 2.482);
        const QList<PlanTrigger> triggers = plan.triggers();
        QCOMPARE(triggers.size(), 7);
        QCOMPARE(triggers.at(2).constraint, QStringLiteral("attachemessageref"));
        QCOMPARE(triggers.at(2).timeMs, 158945.774);
        QCOMPARE(triggers.at(2).calls, 5000.0);
        const PlanNode *ios = findNode(plan, QStringLiteral("Index Only Scan"));
        QVERIFY(ios);
        QCOMPARE(ios->heapFetches, 609.0);
        QCOMPARE(ios->indexName(), QStringLiteral("emailmessages_pkey"));
        QCOMPARE(ios->alias(), QStringLiteral("emailmessages_1"));
        const PlanNode *subquery = findNode(plan, QStringLiteral("Subquery Scan"));
        QCOMPARE(subquery->alias(), QStringLiteral("\"ANY_subquery\""));
        const PlanNode *agg = findNode(plan, QStringLiteral("HashAggregate"));
        QCOMPARE(agg->nodeType(), QStringLiteral("Aggregate"));
        QCOMPARE(agg->strategy(), QStringLiteral("Hashed"));
    }

    void mergeWithManyOptions()
    {
        const Plan plan = parsed(QStringLiteral("pev2_merge_many_options_wal_serialize.txt"));
        QCOMPARE(plan.root().ioReadMs, 22.960 + 17.017);
        const PlanNode *initPlan3 = nullptr;
        const PlanNode *initPlan2 = nullptr;
        for (const PlanNode &n : plan.nodes()) {
            if (n.subplanName() == QLatin1String("InitPlan 3"))
                initPlan3 = &n;
            if (n.subplanName() == QLatin1String("InitPlan 2"))
                initPlan2 = &n;
        }
        QVERIFY(initPlan3 && initPlan2);
        QCOMPARE(initPlan3->nodeType(), QStringLiteral("Result"));
        QCOMPARE(initPlan2->parentId, initPlan3->id);
        QCOMPARE(plan.node(initPlan3->parentId).operation(), QStringLiteral("Update"));
        const PlanNode *bitmap = findNode(plan, QStringLiteral("Bitmap Heap Scan"));
        QCOMPARE(bitmap->exactHeapBlocks, 3181.0);
        QCOMPARE(bitmap->rowsRemovedByFilter, 10068.0);
        const PlanNode *never = findNode(plan, QStringLiteral("Seq Scan"), 1);
        QVERIFY(never->neverExecuted());
        QCOMPARE(plan.triggers().size(), 2);
        QCOMPARE(plan.triggers().first().relation, QStringLiteral("tb"));
        QCOMPARE(plan.topLevel()
                     .value(QLatin1String("Settings"))
                     .toObject()
                     .value(QLatin1String("work_mem"))
                     .toString(),
                 QStringLiteral("3MB"));
        QCOMPARE(plan.jitTotalMs(), 149.572);
        QCOMPARE(plan.executionTimeMs(), 18733.542);
        // The partitions an Update writes to are printed without a key; they are kept.
        const PlanNode &update = plan.node(initPlan3->parentId);
        QCOMPARE(update.properties.value(QLatin1String("Extra Lines")).toArray().size(), 2);
    }

    // Lines without a key are kept in order, all 100,000 of them (a ModifyTable over as many
    // partitions). Their speed is measured by bench_plan's parseTextKeylessLines, not here.
    void manyKeylessLinesAreKeptInOrder()
    {
        constexpr int count = 100000;
        QString text = QStringLiteral("Update on t  (cost=0.00..35.50 rows=0 width=0)\n");
        text.reserve(count * 24);
        for (int i = 0; i < count; ++i)
            text += QStringLiteral("  Update on t_p%1\n").arg(i);
        text += QStringLiteral("  ->  Seq Scan on t  (cost=0.00..35.50 rows=2550 width=10)\n"
                               "        Filter: (a > 1)\n"
                               "        rows not counted\n");
        const Result<Plan> plan = PlanTextParser::parse(text);
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message));
        const QJsonArray extra =
            plan.value().node(1).properties.value(QLatin1String("Extra Lines")).toArray();
        QCOMPARE(extra.size(), count);
        QCOMPARE(extra.first().toString(), QStringLiteral("Update on t_p0"));
        QCOMPARE(extra.last().toString(), QStringLiteral("Update on t_p%1").arg(count - 1));
        QCOMPARE(plan.value().node(2).properties.value(QLatin1String("Extra Lines")).toArray(),
                 QJsonArray{QStringLiteral("rows not counted")});
    }

    // Key-less lines inside a block (Planning:) stay in that block.
    void keylessLineInsideABlock()
    {
        const Result<Plan> plan = PlanTextParser::parse(QStringLiteral(
            "Seq Scan on t  (cost=0.00..35.50 rows=2550 width=10) (actual time=0.01..0.02 rows=3 loops=1)\n"
            "Planning:\n"
            "  Buffers: shared hit=3\n"
            "  wrapped by the client\n"
            "Execution Time: 0.050 ms\n"));
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message));
        const QJsonObject planning = plan.value().topLevel().value(QLatin1String("Planning")).toObject();
        QCOMPARE(planning.value(QLatin1String("Extra Lines")).toArray(),
                 QJsonArray{QStringLiteral("wrapped by the client")});
        QCOMPARE(planning.value(QLatin1String("Shared Hit Blocks")).toDouble(), 3.0);
    }

    void parallelWorkersAndJitPerWorker()
    {
        const Plan plan = parsed(QStringLiteral("pev2_parallel_jit_verbose.txt"));
        const PlanNode *gather = findNode(plan, QStringLiteral("Gather"));
        QVERIFY(gather);
        QCOMPARE(gather->workersPlanned, 2);
        QCOMPARE(gather->workersLaunched, 2);
        const PlanNode *join = findNode(plan, QStringLiteral("Parallel Hash Join"));
        QVERIFY(join);
        QCOMPARE(join->actualLoops, 3.0);
        const QJsonArray workers = join->properties.value(QLatin1String("Workers")).toArray();
        QCOMPARE(workers.size(), 2);
        QCOMPARE(workers.at(1).toObject().value(QLatin1String("Worker Number")).toDouble(), 1.0);
        QCOMPARE(workers.at(1).toObject().value(QLatin1String("Actual Total Time")).toDouble(), 1591.998);
        QCOMPARE(workers.at(0)
                     .toObject()
                     .value(QLatin1String("JIT"))
                     .toObject()
                     .value(QLatin1String("Functions"))
                     .toDouble(),
                 49.0);
        QCOMPARE(workers.at(0).toObject().value(QLatin1String("Shared Hit Blocks")).toDouble(), 41.0);
        QCOMPARE(plan.jitFunctions(), 157);
        int never = 0;
        for (const PlanNode &n : plan.nodes())
            never += n.neverExecuted() ? 1 : 0;
        QCOMPARE(never, 9);
    }

    void quotedPgAdminExportWithSubPlans()
    {
        const Plan plan = parsed(QStringLiteral("pev2_subplan_pgadmin_quoted.txt"));
        QCOMPARE(plan.root().nodeType(), QStringLiteral("Limit"));
        QStringList subplans;
        for (const PlanNode &n : plan.nodes())
            if (n.isSubPlan())
                subplans << n.subplanName();
        QCOMPARE(subplans, (QStringList{QStringLiteral("SubPlan 1"), QStringLiteral("SubPlan 2")}));
        const PlanNode *seq = findNode(plan, QStringLiteral("Seq Scan"));
        QCOMPARE(seq->properties.value(QLatin1String("Filter")).toString(),
                 QStringLiteral("(is_active AND ((template_challenge)::text = 'top_turnover'::text))"));
        QCOMPARE(plan.executionTimeMs(), 2.9);
    }

    void recursiveCteWrappedPsqlHeader()
    {
        const Plan plan = parsed(QStringLiteral("pev2_recursive_cte_sort_disk.txt"));
        QCOMPARE(plan.root().nodeType(), QStringLiteral("Subquery Scan"));
        QCOMPARE(plan.root().alias(), QStringLiteral("location_state_templates"));
        const PlanNode *nestedLevel = nullptr;
        for (const PlanNode &n : plan.nodes())
            if (n.subplanName() == QLatin1String("CTE nested_level"))
                nestedLevel = &n;
        QVERIFY(nestedLevel);
        QCOMPARE(plan.node(nestedLevel->parentId).nodeType(), QStringLiteral("Append"));
        const PlanNode *work = findNode(plan, QStringLiteral("WorkTable Scan"));
        QCOMPARE(work->cteName(), QStringLiteral("nested_templates"));
    }

    void dbeaverGrid()
    {
        const Plan plan = parsed(QStringLiteral("pev2_dbeaver_export.txt"));
        QCOMPARE(plan.root().displayType(), QStringLiteral("Delete"));
        QCOMPARE(plan.node(2).nodeType(), QStringLiteral("Seq Scan"));
        QCOMPARE(plan.node(2).properties.value(QLatin1String("Output")).toString(), QStringLiteral("ctid"));
        QCOMPARE(plan.executionTimeMs(), 4024.335);
    }

    void bareJsonObjectAndPsqlFramedJson()
    {
        const Plan bare = parsed(QStringLiteral("pev2_very_large_verbose_72nodes.json"));
        QCOMPARE(bare.executionTimeMs(), -1.0);
        QCOMPARE(bare.root().nodeType(), QStringLiteral("Hash Join"));
        QCOMPARE(bare.root().joinType(), QStringLiteral("Left"));

        // The same JSON as psql prints it in its frame, with "+" continuation marks.
        const QByteArray json = sample(QStringLiteral("pev2_parallel_verbose_workers.json"));
        QString framed = QStringLiteral("                QUERY PLAN\n-------------------------------\n");
        for (const QString &line : QString::fromUtf8(json).split(QLatin1Char('\n')))
            framed += QStringLiteral(" %1 +\n").arg(line);
        framed += QStringLiteral("(1 row)\n");
        const Result<Plan> plan = PlanParser::parse(framed.toUtf8());
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message));
        QCOMPARE(plan.value().size(), 4);
        QCOMPARE(plan.value().node(2).workersLaunched, 2);
    }

    void jsonRoundTripKeepsEveryProperty()
    {
        for (const char *file :
             {"pev2_many_ctes_initplans.json", "pev2_merge_many_options_wal_serialize.txt"}) {
            const Plan plan = parsed(QString::fromLatin1(file));
            const Result<Plan> again = PlanJsonParser::parse(plan.toJson());
            QVERIFY(again.ok());
            QCOMPARE(again.value().size(), plan.size());
            for (int id = 1; id <= plan.size(); ++id)
                QCOMPARE(again.value().node(id).properties.toObject(), plan.node(id).properties.toObject());
            QCOMPARE(again.value().topLevel(), plan.topLevel());
        }
    }

    // JSON saved with sorted keys (as QJsonDocument writes it) has keys after "Plans": the one-pass
    // reader takes it all the same, with the node's keys from both sides of its children (one of them
    // spelt with an escape). Nested values
    // stay compact JSON text (what only that reader stores) and read back as the reference reader's.
    void onePassReaderTakesKeysAfterPlans()
    {
        const QByteArray json =
            "[{\"Plan\": {\"Node Type\": \"Limit\", \"Output\": [\"a\", \"b\"], \"Plans\": [\n"
            "  {\"Node Type\": \"Seq Scan\", \"Relation Name\": \"t\", \"Output\": [ \"a\",  \"b\" ],\n"
            "   \"Total Cost\": 3}],\n"
            "  \"Plan R\\u006fws\": 10, \"Sort Key\": [\"a \\\"x\\\"\", {\"k\": [1, 2.5, null, true]}]},\n"
            " \"Planning Time\": 0.1}]";
        const Result<Plan> plan = PlanJsonParser::parse(json);
        const Result<Plan> reference = PlanJsonParser::parseWithDocument(json);
        QVERIFY(plan.ok() && reference.ok());
        QCOMPARE(plan.value().size(), 2);
        QCOMPARE(plan.value().node(1).childIds, QList<int>{2});
        QCOMPARE(plan.value().node(1).planRows, 10.0);
        QCOMPARE(plan.value().node(2).relationName(), QStringLiteral("t"));
        for (int id = 1; id <= 2; ++id)
            QCOMPARE(plan.value().node(id).properties.toObject(),
                     reference.value().node(id).properties.toObject());
        QCOMPARE(plan.value().topLevel(), reference.value().topLevel());
        const PlanProperties &root = plan.value().node(1).properties;
        bool compact = false;
        for (qsizetype i = 0; i < root.size(); ++i)
            if (root.keyAt(i) == QLatin1String("Sort Key"))
                compact = root.entry(i).type == quint32(PlanProperties::Type::JsonText);
        QVERIFY2(compact, "read by the reference reader, not in one pass");
        QCOMPARE(root.value(QLatin1String("Sort Key")).toArray().at(0).toString(), QStringLiteral("a \"x\""));
    }

    void malformedInputGivesAClearError_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray("  \n ") << "plan.empty"
                               << "empty";
        QTest::newRow("broken json") << QByteArray("[\n  {\"Plan\": {\"Node Type\": \"Seq Scan\",,}}\n]")
                                     << "plan.json"
                                     << "line 2, column";
        QTest::newRow("json without plan") << QByteArray("{\"foo\": 1}") << "plan.json"
                                           << "\"Plan\"";
        QTest::newRow("json node without type") << QByteArray("{\"Plan\": {\"Plans\": []}}") << "plan.json"
                                                << "Node Type";
        QTest::newRow("json child not an object")
            << QByteArray("{\"Plan\": {\"Node Type\": \"Limit\", \"Plans\": [3]}}") << "plan.json"
            << "Plans[0]";
        QTest::newRow("json wrong type")
            << QByteArray("{\"Plan\": {\"Node Type\": \"Limit\", \"Plans\": [{\"Node Type\": \"Seq Scan\", "
                          "\"Actual Rows\": [1]}]}}")
            << "plan.json"
            << "Actual Rows";
        QTest::newRow("prose") << QByteArray("hello world\nthis is not a plan") << "plan.text"
                               << "Line 1";
        QTest::newRow("bad cost") << QByteArray("Limit  (cost=1.0..x rows=1 width=4)\n") << "plan.text"
                                  << "Line 1";
        QTest::newRow("bad actual")
            << QByteArray("Limit  (cost=0.00..1.00 rows=1 width=4)\n  ->  Seq Scan on t  (cost=0.00..1.00 "
                          "rows=1 width=4) (actual time=zz rows=1 loops=1)\n")
            << "plan.text"
            << "Line 2";
        QTest::newRow("orphan child")
            << QByteArray("   Limit  (cost=0.00..1.00 rows=1 width=4)\nPlanning Time: 1 ms\n ->  Seq Scan on "
                          "t  (cost=0.00..1.00 rows=1 width=4)\n")
            << "plan.text"
            << "Line 3";
        QTest::newRow("bad number")
            << QByteArray("Seq Scan on t  (cost=0.00..1.00 rows=1 width=4)\n  Rows Removed by Filter: many\n")
            << "plan.text"
            << "Line 2";
        QTest::newRow("bad buffers")
            << QByteArray("Seq Scan on t  (cost=0.00..1.00 rows=1 width=4)\n  Buffers: shared hit=lots\n")
            << "plan.text"
            << "Line 2";
    }

    void malformedInputGivesAClearError()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const Result<Plan> plan = PlanParser::parse(input);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().code, code);
        QVERIFY2(plan.error().message.contains(message), qPrintable(plan.error().message));
    }

    void costsOffPlanWithoutFigures()
    {
        const Result<Plan> plan = PlanParser::parse("Hash Join\n  Hash Cond: (a.id = b.id)\n  ->  Seq Scan "
                                                    "on a\n  ->  Hash\n        ->  Seq Scan on b\n");
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message));
        QCOMPARE(plan.value().size(), 4);
        QCOMPARE(plan.value().node(4).parentId, 3);
        QVERIFY(!plan.value().hasActuals());
    }

    void queryTextTravelsWithThePlan()
    {
        // auto_explain prints the statement before the plan, over several lines; PEV2 reads it there.
        const Result<Plan> text = PlanParser::parse(
            "Query Text: SELECT count(*)\n"
            "              FROM pg_class\n"
            "              WHERE relkind = 'r'\n"
            "Aggregate  (cost=16.79..16.80 rows=1 width=8) (actual time=0.62..0.63 rows=1 loops=1)\n"
            "  ->  Seq Scan on pg_class  (cost=0.00..15.12 rows=41 width=0) (actual time=0.01..0.30 rows=41 "
            "loops=1)\n"
            "        Filter: (relkind = 'r'::\"char\")\n");
        QVERIFY2(text.ok(), text.ok() ? "" : qPrintable(text.error().message));
        QCOMPARE(text.value().size(), 2);
        QCOMPARE(text.value().queryText(),
                 QStringLiteral("SELECT count(*)\nFROM pg_class\nWHERE relkind = 'r'"));

        // Saved as JSON with the statement, read back with it; an empty statement is not written.
        Plan plan = text.value();
        const Result<Plan> again = PlanParser::parse(plan.toJson());
        QVERIFY(again.ok());
        QCOMPARE(again.value().queryText(), plan.queryText());
        QCOMPARE(again.value().node(2).properties.toObject(), plan.node(2).properties.toObject());
        plan.setQueryText(QStringLiteral("  "));
        QVERIFY(!plan.toJson().contains("Query Text"));
    }
};

QTEST_GUILESS_MAIN(TestPlanParser)
#include "tst_planparser.moc"
