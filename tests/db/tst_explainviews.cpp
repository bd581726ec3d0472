// SPDX-License-Identifier: GPL-3.0-or-later
// The plan widgets the Query analyzer mounts: the graph of cards and the per-node table, driven
// the way a user does (select the hottest node, walk with the keys, collapse, zoom), with
// screenshots in English and Georgian for review (written to $SUPADESK_SCREENSHOT_DIR or the
// temporary directory).
#include "core/locale/displayformat.h"
#include "core/plan/plananalyzer.h"
#include "core/plan/planparser.h"
#include "gui/analyzer/plangraphview.h"
#include "gui/analyzer/plannodeitem.h"
#include "gui/analyzer/plantreemodel.h"
#include "gui/analyzer/plantreeview.h"
#include "gui/styles/statepalette.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGraphicsScene>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTranslator>
#include <QtTest>

using namespace supadesk;

namespace {

PlanAnalysis analyzedSample(const QString &name)
{
    QFile file(QStringLiteral(SUPADESK_TEST_DATA_DIR "/plans/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing %s", qPrintable(name));
    const Result<Plan> plan = PlanParser::parse(file.readAll());
    if (!plan.ok())
        qFatal("%s", qPrintable(plan.error().message));
    return PlanAnalyzer::analyze(plan.value());
}

// A plan of about `count` nodes: an Append over hash joins of two scans.
PlanAnalysis largePlan(int count)
{
    QJsonArray members;
    auto scan = [](int i) {
        return QJsonObject{{QStringLiteral("Node Type"), QStringLiteral("Seq Scan")},
                           {QStringLiteral("Relation Name"), QStringLiteral("t%1").arg(i % 50)},
                           {QStringLiteral("Actual Total Time"), 0.5 + i % 7},
                           {QStringLiteral("Actual Rows"), 100},
                           {QStringLiteral("Actual Loops"), 1},
                           {QStringLiteral("Plan Rows"), 100},
                           {QStringLiteral("Total Cost"), 10}};
    };
    for (int i = 0; members.size() * 4 < count; ++i) {
        QJsonObject hash{{QStringLiteral("Node Type"), QStringLiteral("Hash")},
                         {QStringLiteral("Actual Total Time"), 9.0},
                         {QStringLiteral("Actual Rows"), 100},
                         {QStringLiteral("Actual Loops"), 1},
                         {QStringLiteral("Plan Rows"), 100},
                         {QStringLiteral("Total Cost"), 10},
                         {QStringLiteral("Plans"), QJsonArray{scan(i + 1)}}};
        members.append(QJsonObject{{QStringLiteral("Node Type"), QStringLiteral("Hash Join")},
                                   {QStringLiteral("Actual Total Time"), 20.0},
                                   {QStringLiteral("Actual Rows"), 100},
                                   {QStringLiteral("Actual Loops"), 1},
                                   {QStringLiteral("Plan Rows"), 100},
                                   {QStringLiteral("Total Cost"), 30},
                                   {QStringLiteral("Plans"), QJsonArray{scan(i), hash}}});
    }
    const QJsonObject root{{QStringLiteral("Node Type"), QStringLiteral("Append")},
                           {QStringLiteral("Actual Total Time"), 20.0 * members.size() + 1},
                           {QStringLiteral("Actual Rows"), 100},
                           {QStringLiteral("Actual Loops"), 1},
                           {QStringLiteral("Plan Rows"), 100},
                           {QStringLiteral("Total Cost"), 30},
                           {QStringLiteral("Plans"), members}};
    return PlanAnalyzer::analyze(
        PlanParser::parse(QJsonDocument(QJsonObject{{QStringLiteral("Plan"), root}}).toJson()).value());
}

QString screenshotDir()
{
    const QString dir = qEnvironmentVariableIsEmpty("SUPADESK_SCREENSHOT_DIR")
                            ? QDir::temp().filePath(QStringLiteral("supadesk-screenshots"))
                            : qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR");
    QDir().mkpath(dir);
    return dir;
}

} // namespace

class TestExplainViews : public QObject
{
    Q_OBJECT

private slots:
    void graphShowsOneCardPerNodeAndSelectsTheHottest()
    {
        const PlanAnalysis a = analyzedSample(QStringLiteral("pev2_buffers_unicode_frame.txt"));
        PlanGraphView view;
        view.resize(1200, 800);
        view.setAnalysis(a);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (const PlanNode &n : a.plan().nodes())
            QVERIFY(view.itemFor(n.id));

        QSignalSpy selected(&view, &PlanGraphView::nodeSelected);
        const int hottest = a.hottestNodes(1).first();
        view.selectNode(hottest);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.first().first().toInt(), hottest);
        QVERIFY(view.itemFor(hottest)->isSelected());
        // The hottest card is drawn in the hot colour, a cold one in the idle grey.
        const StatePalette colours = StatePalette::current();
        QCOMPARE(PlanNodeItem::heatColor(view.itemFor(hottest)->content().share, colours),
                 PlanNodeItem::heatColor(a.metrics(hottest).exclusivePercent / 100, colours));
        QVERIFY(PlanNodeItem::heatColor(0.5, colours).red() > PlanNodeItem::heatColor(0.5, colours).green());
        QCOMPARE(PlanNodeItem::heatColor(0.0, colours), colours.color(StatePalette::Role::IdleMark));
    }

    void keyboardNavigationAndCollapse()
    {
        const PlanAnalysis a = analyzedSample(QStringLiteral("pev2_buffers_unicode_frame.txt"));
        PlanGraphView view;
        view.setAnalysis(a);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.selectNode(1);
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(view.selectedNode(), a.plan().root().childIds.first());
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(view.selectedNode(), a.plan().root().childIds.at(1));
        QTest::keyClick(&view, Qt::Key_Up);
        QCOMPARE(view.selectedNode(), 1);

        // Collapse the Merge Left Join: its sub-tree disappears, its card stays.
        const int join = a.plan().root().childIds.last();
        view.selectNode(join);
        QTest::keyClick(&view, Qt::Key_Space);
        QVERIFY(view.isCollapsed(join));
        QVERIFY(view.itemFor(join));
        QVERIFY(view.itemFor(join)->content().collapsed);
        QVERIFY(!view.itemFor(a.plan().node(join).childIds.first()));
        // Selecting a hidden node (from the table, say) expands the way to it.
        view.selectNode(a.plan().size());
        QVERIFY(!view.isCollapsed(join));
        QVERIFY(view.itemFor(a.plan().size())->isSelected());
    }

    void zoomAndFit()
    {
        PlanGraphView view;
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setAnalysis(largePlan(2000));
        // A large plan is zoomed out only as far as its cards stay legible, then it scrolls: the
        // hottest node is in view.
        QVERIFY(view.zoom() < 1);
        QCOMPARE(view.zoom(), view.legibleZoom());
        QVERIFY(!view.mapToScene(view.viewport()->rect())
                     .boundingRect()
                     .contains(view.scene()->itemsBoundingRect()));
        QVERIFY(view.mapToScene(view.viewport()->rect())
                    .boundingRect()
                    .contains(view.itemFor(view.hottestNode())->sceneBoundingRect()));
        const double fitted = view.zoom();
        view.zoomIn();
        QVERIFY(view.zoom() > fitted);
        QTest::keyClick(&view, Qt::Key_Minus);
        QTest::keyClick(&view, Qt::Key_Minus);
        QVERIFY(view.zoom() < fitted);
        QTest::keyClick(&view, Qt::Key_F);
        QCOMPARE(view.zoom(), fitted);
    }

    void largePlanRepaint()
    {
        // Informational figure for the closing note: a repaint of a 10,000-node plan, fitted and at 1:1.
        PlanGraphView view;
        view.resize(1280, 800);
        const PlanAnalysis a = largePlan(10000);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QElapsedTimer timer;
        timer.start();
        view.setAnalysis(a);
        const qint64 build = timer.elapsed();
        QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        timer.restart();
        view.viewport()->render(&image);
        const qint64 fitted = timer.elapsed();
        view.setZoom(1);
        view.centerOn(view.itemFor(a.plan().size() / 2));
        timer.restart();
        view.viewport()->render(&image);
        const qint64 near = timer.elapsed();
        qInfo("10,000-node plan (%d nodes): scene built in %lld ms, repaint fitted %lld ms, at 1:1 %lld ms",
              a.plan().size(), build, fitted, near);
        // Cards are items only around the viewport; every node still has one when asked for.
        int cards = 0;
        for (QGraphicsItem *item : view.scene()->items())
            cards += dynamic_cast<PlanNodeItem *>(item) ? 1 : 0;
        QCOMPARE(cards, view.cardItemCount());
        QVERIFY(cards < a.plan().size() / 10);
        QVERIFY(view.itemFor(a.plan().size()));
    }

    void treeHasTheFiguresPerNode()
    {
        const PlanAnalysis a = analyzedSample(QStringLiteral("pev2_merge_many_options_wal_serialize.txt"));
        PlanTreeView tree;
        tree.setAnalysis(a);
        PlanTreeModel *model = tree.planModel();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->columnCount(), int(PlanTreeModel::ColumnCount));
        const int bitmap = [&] {
            for (const PlanNode &n : a.plan().nodes())
                if (n.nodeType() == QLatin1String("Bitmap Heap Scan"))
                    return n.id;
            return 0;
        }();
        const QModelIndex estimate = model->indexForNode(bitmap, PlanTreeModel::MisestimateColumn);
        // Written in the interface's locale (English here: grouped), like every figure in the tree.
        QCOMPARE(estimate.data().toString(), QStringLiteral("×") + DisplayFormat().number(qint64(1469)));
        QVERIFY(estimate.data().toString() == QStringLiteral("×1469") ||
                estimate.data().toString() == QStringLiteral("×1,469"));
        QCOMPARE(model->indexForNode(bitmap, PlanTreeModel::RemovedByFilterColumn)
                     .data(PlanTreeModel::SortRole)
                     .toDouble(),
                 10068.0);
        QCOMPARE(model->parent(model->indexForNode(bitmap)),
                 model->indexForNode(a.plan().node(bitmap).parentId));
        QVERIFY(
            model->indexForNode(bitmap).data(Qt::ToolTipRole).toString().contains(QLatin1String("1,469")));

        QSignalSpy selected(&tree, &PlanTreeView::nodeSelected);
        tree.selectNode(bitmap);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(tree.selectedNode(), bitmap);
    }

    void screenshotsInEnglishAndGeorgian()
    {
        const PlanAnalysis a = analyzedSample(QStringLiteral("pev2_buffers_unicode_frame.txt"));
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("ka")}) {
            QTranslator translator;
            if (language == QLatin1String("ka")) {
                QVERIFY(translator.load(QStringLiteral(":/i18n/supadesk_ka.qm")));
                QCoreApplication::installTranslator(&translator);
                QLocale::setDefault(QLocale(QLocale::Georgian, QLocale::Georgia));
            }
            QWidget window;
            window.resize(1400, 700);
            auto *graph = new PlanGraphView(&window);
            auto *tree = new PlanTreeView(&window);
            graph->setGeometry(0, 0, 700, 700);
            tree->setGeometry(700, 0, 700, 700);
            QObject::connect(graph, &PlanGraphView::nodeSelected, tree, &PlanTreeView::selectNode);
            graph->setAnalysis(a);
            tree->setAnalysis(a);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            graph->selectNode(a.hottestNodes(1).first());
            QCOMPARE(tree->selectedNode(), a.hottestNodes(1).first());
            const QString file = QDir(screenshotDir()).filePath(QStringLiteral("plan-%1.png").arg(language));
            QVERIFY(window.grab().save(file));
            QVERIFY(QFileInfo(file).size() > 0);
            QCoreApplication::removeTranslator(&translator);
            QLocale::setDefault(QLocale::c());
        }
    }
};

QTEST_MAIN(TestExplainViews)
#include "tst_explainviews.moc"
