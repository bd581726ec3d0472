// SPDX-License-Identifier: GPL-3.0-or-later
// How the plan drawing stays fast without drawing less at normal zoom: the lines to the children are
// one item that reaches every child's card exactly once, a fan-out's bar is never laid twice, the
// zoomed-out overview takes over from the cards and hands back, and cards zoomed to half size and
// less drop their detail lines but keep their title.
#include "core/plan/plananalyzer.h"
#include "core/plan/planparser.h"
#include "gui/analyzer/planedgesitem.h"
#include "gui/analyzer/plangraphview.h"
#include "gui/analyzer/plannodeitem.h"
#include "gui/analyzer/planoverviewitem.h"

#include <QFile>
#include <QGraphicsScene>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollBar>
#include <QtTest>

#include <algorithm>

using namespace supadesk;

namespace {

PlanAnalysis analyzedSample(const QString &name)
{
    QFile file(QStringLiteral(SUPADESK_TEST_DATA_DIR "/plans/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing %s", qPrintable(name));
    return PlanAnalyzer::analyze(PlanParser::parse(file.readAll()).value());
}

template <typename T> T *only(QGraphicsScene *scene)
{
    T *found = nullptr;
    for (QGraphicsItem *item : scene->items())
        if (auto *t = dynamic_cast<T *>(item)) {
            if (found)
                return nullptr;
            found = t;
        }
    return found;
}

// The lines that end at the top middle of `card`.
int linesInto(const QList<QLineF> &lines, const QRectF &card)
{
    const QPointF top(card.center().x(), card.top());
    return int(std::count_if(lines.cbegin(), lines.cend(), [&](const QLineF &l) { return l.p2() == top; }));
}

// Pixels darker than the card in a part of the view: its texts.
int inkIn(const QImage &image, const QRect &area)
{
    int ink = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            ink += qGray(image.pixel(x, y)) < 235 ? 1 : 0;
    return ink;
}

} // namespace

class TestPlanGraphDrawing : public QObject
{
    Q_OBJECT

private slots:
    void everyChildIsReachedOnce()
    {
        const PlanAnalysis a = analyzedSample(QStringLiteral("pev2_very_large_verbose_72nodes.json"));
        PlanGraphView view;
        view.setAnalysis(a);
        auto *edges = only<PlanEdgesItem>(view.scene());
        QVERIFY(edges);
        const QList<QLineF> lines = edges->segments();
        int parents = 0;
        for (const PlanNode &n : a.plan().nodes()) {
            parents += n.childIds.isEmpty() ? 0 : 1;
            const QRectF card = view.itemFor(n.id)->boundingRect().adjusted(3, 3, -3, -3);
            QCOMPARE(linesInto(lines, card), n.parentId > 0 ? 1 : 0);
        }
        QCOMPARE(edges->edgeCount(), parents + a.plan().size() - 1);

        // Along each branching height the pieces of the bar follow each other without overlapping.
        QHash<double, QList<QLineF>> bars;
        for (const QLineF &l : lines)
            if (l.y1() == l.y2() && l.x1() != l.x2())
                bars[l.y1()].append(
                    QLineF(std::min(l.x1(), l.x2()), l.y1(), std::max(l.x1(), l.x2()), l.y1()));
        QVERIFY(!bars.isEmpty());
        for (QList<QLineF> &pieces : bars) {
            std::sort(pieces.begin(), pieces.end(),
                      [](const QLineF &x, const QLineF &y) { return x.x1() < y.x1(); });
            for (qsizetype i = 1; i < pieces.size(); ++i)
                QVERIFY(pieces.at(i).x1() >= pieces.at(i - 1).x2());
        }
    }

    void collapsedSubtreesHaveNoLines()
    {
        const PlanAnalysis a = analyzedSample(QStringLiteral("pev2_very_large_verbose_72nodes.json"));
        PlanGraphView view;
        view.setAnalysis(a);
        const int before = int(only<PlanEdgesItem>(view.scene())->edgeCount());
        view.setCollapsed(1, true);
        QCOMPARE(only<PlanEdgesItem>(view.scene())->edgeCount(), 0);
        view.setCollapsed(1, false);
        QCOMPARE(int(only<PlanEdgesItem>(view.scene())->edgeCount()), before);
    }

    void overviewTakesOverWhenZoomedOut()
    {
        const PlanAnalysis a = analyzedSample(QStringLiteral("pev2_very_large_verbose_72nodes.json"));
        PlanGraphView view;
        view.resize(900, 600);
        view.setAnalysis(a);
        auto *overview = only<PlanOverviewItem>(view.scene());
        auto *edges = only<PlanEdgesItem>(view.scene());
        QVERIFY(overview && edges);
        view.setZoom(0.1);
        QVERIFY(overview->isVisible());
        QVERIFY(!edges->isVisible());
        QVERIFY(!view.itemFor(1)->isVisible());
        view.setZoom(1);
        QVERIFY(!overview->isVisible());
        QVERIFY(edges->isVisible());
        QVERIFY(view.itemFor(1)->isVisible());
    }

    void halfSizeCardsKeepTheirTitle()
    {
        const PlanAnalysis a = analyzedSample(QStringLiteral("pev2_simple_join.json"));
        PlanGraphView view;
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setAnalysis(a);
        QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        // Title lines (the top fifth of the card) and detail lines (the middle) at 100 % and at 40 %.
        auto ink = [&](double zoom) {
            view.setZoom(zoom);
            view.centerOn(view.itemFor(1));
            image.fill(Qt::white);
            view.viewport()->render(&image);
            const QRect card = view.mapFromScene(view.itemFor(1)->boundingRect()).boundingRect();
            const int h = card.height();
            const QRect title(card.left() + 6, card.top() + 4, card.width() - 12, h / 5);
            const QRect details(card.left() + 6, card.top() + h / 5 + 4, card.width() - 12, h * 2 / 5);
            return std::pair(inkIn(image, title), inkIn(image, details));
        };
        const auto [fullTitle, fullDetails] = ink(1.0);
        QVERIFY(fullTitle > 0);
        QVERIFY(fullDetails > 0);
        const auto [smallTitle, smallDetails] = ink(0.4);
        QVERIFY(smallTitle > 0);
        QCOMPARE(smallDetails, 0);
    }

    // A plan of thousands of nodes gets items only for the cards in and near the viewport; a node far
    // off-screen is still selected, shown and found, and panning away does not pile up cards.
    void largePlanHasCardsOnlyNearTheViewport()
    {
        const PlanAnalysis a = analyzedSample(QStringLiteral("pev2_very_large_verbose_72nodes.json"));
        // 72 nodes side by side 40 times over: a wide plan, most of it outside a 900×600 view.
        QJsonArray members;
        const QJsonObject root = QJsonDocument::fromJson(a.plan().toJson()).array().first().toObject();
        for (int i = 0; i < 40; ++i)
            members.append(root.value(QLatin1String("Plan")));
        QJsonObject top = root;
        top.insert(QStringLiteral("Plan"),
                   QJsonObject{{QStringLiteral("Node Type"), QStringLiteral("Append")},
                               {QStringLiteral("Plans"), members}});
        const PlanAnalysis wide =
            PlanAnalyzer::analyze(PlanParser::parse(QJsonDocument(QJsonArray{top}).toJson()).value());
        const int size = wide.plan().size();
        QVERIFY(size > 2800);
        PlanGraphView view;
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setAnalysis(wide);
        auto countCards = [&] {
            int cards = 0;
            for (QGraphicsItem *item : view.scene()->items())
                cards += dynamic_cast<PlanNodeItem *>(item) ? 1 : 0;
            return cards;
        };
        QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        view.setZoom(1);
        view.centerOn(view.itemFor(1));
        view.viewport()->render(&image);
        QVERIFY2(countCards() < 200, qPrintable(QString::number(countCards())));
        // The last node, far to the right: selected, scrolled into view, its card drawn.
        view.selectNode(size);
        PlanNodeItem *last = view.itemFor(size);
        QVERIFY(last);
        QVERIFY(last->isSelected());
        QCOMPARE(view.selectedNode(), size);
        QVERIFY(
            view.mapToScene(view.viewport()->rect()).boundingRect().intersects(last->sceneBoundingRect()));
        view.viewport()->render(&image);
        // A card next to it in view is an item, and a click on it selects it.
        const QPoint centre = view.mapFromScene(last->sceneBoundingRect().center());
        QCOMPARE(dynamic_cast<PlanNodeItem *>(view.itemAt(centre)), last);
        // Panning across the whole plan and back keeps the number of cards bounded.
        for (int x = 0; x < 60; ++x)
            view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->maximum() * x / 59);
        view.viewport()->render(&image);
        QVERIFY2(countCards() <= 1600, qPrintable(QString::number(countCards())));
        QCOMPARE(view.cardItemCount(), countCards());
        QVERIFY(view.itemFor(size)->isSelected());
    }
};

QTEST_MAIN(TestPlanGraphDrawing)
#include "tst_plangraphdrawing.moc"
