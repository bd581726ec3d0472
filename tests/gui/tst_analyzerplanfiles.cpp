// SPDX-License-Identifier: GPL-3.0-or-later
// The Query analyzer without a database: plans opened from files (JSON and text), the selected node's
// details (every property and its raw JSON), findings that select their node, saving a plan as PEV2
// reads it, and malformed files that change nothing. Screenshots in English and Georgian.
#include "core/plan/planparser.h"
#include "gui/analyzer/analyzerworkspace.h"
#include "gui/analyzer/nodedetailspanel.h"
#include "gui/analyzer/plancomparepanel.h"
#include "gui/analyzer/plancomparisonmodel.h"
#include "gui/analyzer/plangraphview.h"
#include "gui/analyzer/plantreeview.h"
#include "gui/analyzer/sqleditor.h"
#include "services/translationloader.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace supadesk;

namespace {

QString sample(const QString &name)
{
    return QStringLiteral(SUPADESK_TEST_DATA_DIR "/plans/") + name;
}

QTreeWidgetItem *group(QTreeWidget *tree, const QString &title)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(0) == title)
            return tree->topLevelItem(i);
    return nullptr;
}

} // namespace

class TestAnalyzerPlanFiles : public QObject
{
    Q_OBJECT

    std::unique_ptr<AnalyzerWorkspace> m_workspace;
    QTemporaryDir m_dir;

    QLabel *status() { return m_workspace->findChild<QLabel *>(QStringLiteral("status")); }

    void screenshot(const QString &name)
    {
        QTest::qWait(100); // layouts settle after a language change
        if (const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR"); !dir.isEmpty())
            m_workspace->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TranslationLoader::instance().apply(QStringLiteral("en"));
        m_workspace = std::make_unique<AnalyzerWorkspace>([](const Stack &) { return std::nullopt; });
        m_workspace->resize(1100, 700);
        m_workspace->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_workspace.get()));
        QVERIFY(!m_workspace->findChild<QAction *>(QStringLiteral("savePlan"))->isEnabled());
    }

    void selectedNodeShowsEveryPropertyAndItsJson()
    {
        const Status opened =
            m_workspace->openPlanFile(sample(QStringLiteral("golden/pg15_sort_spill.json")));
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        QVERIFY(m_workspace->currentPlan().has_value());
        QVERIFY(m_workspace->findChild<QAction *>(QStringLiteral("savePlan"))->isEnabled());
        QVERIFY2(status()->text().contains(QLatin1String("pg15_sort_spill.json")),
                 qPrintable(status()->text()));

        // The hottest node is selected and the panel shows it.
        const PlanAnalysis &analysis = *m_workspace->currentPlan();
        const int hottest = analysis.hottestNodes(1).first();
        NodeDetailsPanel *details = m_workspace->nodeDetails();
        QCOMPARE(m_workspace->planGraph()->selectedNode(), hottest);
        QCOMPARE(details->shownNode(), hottest);
        const PlanNode &node = analysis.plan().node(hottest);
        QTreeWidgetItem *explain = group(details->properties(), QStringLiteral("EXPLAIN properties"));
        QVERIFY(explain);
        QCOMPARE(explain->childCount(), int(node.properties.size()));
        QStringList keys;
        for (int i = 0; i < explain->childCount(); ++i)
            keys << explain->child(i)->text(0);
        QCOMPARE(keys, node.properties.keys());
        QVERIFY(group(details->properties(), QStringLiteral("Analysis")));
        const QJsonDocument json = QJsonDocument::fromJson(details->json()->toPlainText().toUtf8());
        QCOMPARE(json.object(), node.properties.toObject());
        screenshot(QStringLiteral("plan-details-en"));
    }

    void findingsSelectTheirNodeEverywhere()
    {
        QListWidget *findings = m_workspace->findings();
        QVERIFY(findings->count() > 0);
        const PlanAnalysis &analysis = *m_workspace->currentPlan();
        for (int row = 0; row < findings->count(); ++row) {
            const PlanFinding &finding = analysis.findings().at(row);
            QVERIFY(findings->item(row)->text().contains(
                QStringLiteral("Node %1 (%2)")
                    .arg(finding.nodeId)
                    .arg(analysis.plan().node(finding.nodeId).displayType())));
            QTest::mouseClick(findings->viewport(), Qt::LeftButton, {},
                              findings->visualItemRect(findings->item(row)).center());
            QCOMPARE(m_workspace->planGraph()->selectedNode(), finding.nodeId);
            QCOMPARE(m_workspace->planTree()->selectedNode(), finding.nodeId);
            QCOMPARE(m_workspace->nodeDetails()->shownNode(), finding.nodeId);
            QTreeWidgetItem *listed =
                group(m_workspace->nodeDetails()->properties(), QStringLiteral("Findings"));
            QVERIFY(listed);
            bool found = false;
            for (int i = 0; i < listed->childCount(); ++i)
                found = found || listed->child(i)->text(1) == finding.message;
            QVERIFY(found);
        }
    }

    void treeSelectionShowsTheNodeToo()
    {
        auto *treeDetails = m_workspace->findChild<NodeDetailsPanel *>(QStringLiteral("treeNodeDetails"));
        QVERIFY(treeDetails);
        m_workspace->findChild<QTabWidget *>(QStringLiteral("output"))->setCurrentIndex(2);
        m_workspace->planTree()->selectNode(1);
        QCOMPARE(treeDetails->shownNode(), 1);
        QCOMPARE(m_workspace->planGraph()->selectedNode(), 1);
        QVERIFY(treeDetails->findChild<QLabel *>(QStringLiteral("nodeTitle"))
                    ->text()
                    .startsWith(QLatin1String("Node 1:")));
        screenshot(QStringLiteral("plan-table-details-en"));
        m_workspace->findChild<QTabWidget *>(QStringLiteral("output"))->setCurrentIndex(1);
    }

    void savesJsonThatPev2Reads()
    {
        const QString query = QStringLiteral("select * from t order by 1");
        m_workspace->editor()->setPlainText(query);
        const PlanAnalysis before = *m_workspace->currentPlan();
        const QString path = m_dir.filePath(QStringLiteral("saved.json"));
        QVERIFY(m_workspace->savePlanFile(path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
        // PEV2 reads EXPLAIN's own shape: a list holding one object with "Plan" and the timings.
        QVERIFY(doc.isArray());
        QCOMPARE(doc.array().size(), 1);
        const QJsonObject top = doc.array().first().toObject();
        QVERIFY(top.value(QLatin1String("Plan")).isObject());
        QCOMPARE(top.value(QLatin1String("Execution Time")).toDouble(), before.plan().executionTimeMs());
        QCOMPARE(top.value(QLatin1String("Planning Time")).toDouble(), before.plan().planningTimeMs());
        QCOMPARE(top.value(QLatin1String("Plan")).toObject().value(QLatin1String("Node Type")).toString(),
                 before.plan().root().nodeType());

        // Reopened, it is the same plan.
        const Result<Plan> again = PlanParser::parse(QJsonDocument(doc).toJson());
        QVERIFY(again.ok());
        QCOMPARE(again.value().size(), before.plan().size());
        for (const PlanNode &n : before.plan().nodes())
            QCOMPARE(again.value().node(n.id).properties.toObject(), n.properties.toObject());
    }

    void explainedStatementTravelsWithThePlan()
    {
        // A text plan as auto_explain prints it, with its statement: opening it puts the statement in
        // the editor as one edit that Ctrl+Z takes back.
        const QString path = m_dir.filePath(QStringLiteral("auto_explain.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Query Text: SELECT count(*)\n"
                   "              FROM pg_class\n"
                   "Aggregate  (cost=16.79..16.80 rows=1 width=8) (actual time=0.62..0.63 rows=1 loops=1)\n"
                   "  ->  Seq Scan on pg_class  (cost=0.00..15.12 rows=412 width=0) (actual time=0.01..0.30 "
                   "rows=412 loops=1)\n"
                   "Planning Time: 0.100 ms\n"
                   "Execution Time: 0.700 ms\n");
        file.close();
        m_workspace->editor()->setPlainText(QStringLiteral("select 'mine'"));
        QVERIFY(m_workspace->openPlanFile(path).ok());
        QCOMPARE(m_workspace->currentPlan()->plan().size(), 2);
        QCOMPARE(m_workspace->editor()->toPlainText(), QStringLiteral("SELECT count(*)\nFROM pg_class"));
        QVERIFY2(status()->text().contains(QLatin1String("Ctrl+Z")), qPrintable(status()->text()));
        m_workspace->editor()->undo();
        QCOMPARE(m_workspace->editor()->toPlainText(), QStringLiteral("select 'mine'"));

        const QString saved = m_dir.filePath(QStringLiteral("with-query.json"));
        QVERIFY(m_workspace->savePlanFile(saved).ok());
        QFile in(saved);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QJsonObject top = QJsonDocument::fromJson(in.readAll()).array().first().toObject();
        QCOMPARE(top.value(QLatin1String("Query Text")).toString(),
                 QStringLiteral("SELECT count(*)\nFROM pg_class"));
    }

    void malformedFilesChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("broken JSON")
            << QByteArray("[{\"Plan\": {\"Node Type\": \"Seq Scan\",\n  \"Total Cost\": }}]")
            << QStringLiteral("line 2");
        QTest::newRow("JSON without a plan") << QByteArray("{\"rows\": 3}") << QStringLiteral("\"Plan\"");
        QTest::newRow("node without a type")
            << QByteArray("[{\"Plan\": {\"Plans\": []}}]") << QStringLiteral("Node Type");
        QTest::newRow("empty file") << QByteArray("  \n") << QStringLiteral("empty");
    }

    void malformedFilesChangeNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QVERIFY(m_workspace->openPlanFile(sample(QStringLiteral("pev2_simple_join.json"))).ok());
        const QByteArray shown = m_workspace->currentPlan()->plan().toJson();
        m_workspace->editor()->setPlainText(QStringLiteral("select 'keep me'"));
        const int selected = m_workspace->planGraph()->selectedNode();

        const QString path = m_dir.filePath(QStringLiteral("bad.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        const Status status = m_workspace->openPlanFile(path);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().message.contains(QLatin1String("bad.json")),
                 qPrintable(status.error().message));
        QVERIFY2(status.error().message.contains(expected), qPrintable(status.error().message));
        QCOMPARE(m_workspace->currentPlan()->plan().toJson(), shown);
        QCOMPARE(m_workspace->editor()->toPlainText(), QStringLiteral("select 'keep me'"));
        QCOMPARE(m_workspace->planGraph()->selectedNode(), selected);

        QVERIFY(!m_workspace->openPlanFile(m_dir.filePath(QStringLiteral("missing.json"))).ok());
    }

    void comparesTheLastTwoPlans()
    {
        // The same query as JSON and as text: every node has its counterpart.
        QVERIFY(m_workspace->openPlanFile(sample(QStringLiteral("pev2_simple_join.json"))).ok());
        QVERIFY(m_workspace->openPlanFile(sample(QStringLiteral("pev2_simple_join.txt"))).ok());
        auto *compare = m_workspace->findChild<QAction *>(QStringLiteral("comparePlans"));
        QVERIFY(compare->isEnabled());
        compare->trigger();
        auto *tabs = m_workspace->findChild<QTabWidget *>(QStringLiteral("output"));
        QCOMPARE(tabs->currentWidget(), m_workspace->comparePanel());
        PlanComparisonModel *model = m_workspace->comparePanel()->model();
        const PlanComparison &same = model->comparison();
        QCOMPARE(same.nodes.size(), qsizetype(m_workspace->currentPlan()->plan().size()));
        QCOMPARE(same.matchedCount(), int(same.nodes.size()));
        QCOMPARE(same.afterTotalMs, m_workspace->currentPlan()->totalMs());
        auto *before = m_workspace->comparePanel()->findChild<QComboBox *>(QStringLiteral("compareBefore"));
        auto *after = m_workspace->comparePanel()->findChild<QComboBox *>(QStringLiteral("compareAfter"));
        QVERIFY(before->currentText().contains(QLatin1String("pev2_simple_join.json")));
        QVERIFY(after->currentText().contains(QLatin1String("pev2_simple_join.txt")));
        auto *summary = m_workspace->comparePanel()->findChild<QLabel *>(QStringLiteral("compareSummary"));
        QVERIFY2(summary->text().contains(QLatin1String("Before:")), qPrintable(summary->text()));

        // A different plan: nodes without a counterpart are listed as only before or only after.
        QVERIFY(m_workspace->openPlanFile(sample(QStringLiteral("golden/pg15_sort_spill.json"))).ok());
        compare->trigger();
        const PlanComparison &other = model->comparison();
        QVERIFY(other.matchedCount() < other.nodes.size());
        double deltas = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            deltas += other.nodes.at(row).deltaMs();
        // Every node of both plans is in the table, so the deltas add up to the change of the total.
        QVERIFY(qAbs(deltas - other.deltaMs()) < 0.01);
        const int onlyAfter = int(std::count_if(other.nodes.begin(), other.nodes.end(),
                                                [](const NodeDelta &d) { return d.beforeId == 0; }));
        QVERIFY(onlyAfter > 0);
        // The user may pick any two plans of the session.
        before->setCurrentIndex(before->findText(QStringLiteral("pev2_simple_join.json"), Qt::MatchContains));
        QCOMPARE(model->comparison().matchedCount(), 0);
        after->setCurrentIndex(after->findText(QStringLiteral("pev2_simple_join.txt"), Qt::MatchContains));
        QCOMPARE(model->comparison().matchedCount(), int(model->comparison().nodes.size()));
        before->setCurrentIndex(before->findText(QStringLiteral("pg15_sort_spill.json"), Qt::MatchContains));
        screenshot(QStringLiteral("plan-compare-en"));
    }

    void georgianScreenshots()
    {
        QVERIFY(m_workspace->openPlanFile(sample(QStringLiteral("golden/pg15_sort_spill.json"))).ok());
        QVERIFY(TranslationLoader::instance().apply(QStringLiteral("ka")));
        QTRY_VERIFY(m_workspace->findChild<QAction *>(QStringLiteral("runStatement"))->text() !=
                    QLatin1String("Run"));
        screenshot(QStringLiteral("plan-details-ka"));
        m_workspace->findChild<QTabWidget *>(QStringLiteral("output"))->setCurrentIndex(2);
        screenshot(QStringLiteral("plan-table-details-ka"));
        m_workspace->findChild<QAction *>(QStringLiteral("comparePlans"))->trigger();
        screenshot(QStringLiteral("plan-compare-ka"));
        TranslationLoader::instance().apply(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestAnalyzerPlanFiles)
#include "tst_analyzerplanfiles.moc"
