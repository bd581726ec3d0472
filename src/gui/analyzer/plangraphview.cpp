// SPDX-License-Identifier: GPL-3.0-or-later
#include "plangraphview.h"

#include "core/locale/displayformat.h"

#include "core/plan/planlayout.h"
#include "planedgesitem.h"
#include "plannodeitem.h"
#include "planoverviewitem.h"

#include <QFontInfo>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <memory>

namespace supadesk {

namespace {

constexpr double minZoom = 0.001;
constexpr double maxZoom = 4.0;
constexpr double zoomStep = 1.25;
// Below this zoom a card is too small to read: the view paints the overview instead.
constexpr double overviewZoom = 0.35;
// Cards draw their detail lines (time, rows) from this zoom on (see PlanNodeItem).
constexpr double detailZoom = 0.5;
// The smallest title, in pixels on screen, that can still be read.
constexpr double legiblePixels = 8;

QString rowsText(const PlanNode &n, const NodeMetrics &m)
{
    const DisplayFormat format;
    if (!n.hasActuals)
        return PlanGraphView::tr("%1 rows planned").arg(format.number(n.planRows, 0));
    if (n.neverExecuted())
        return PlanGraphView::tr("never executed");
    QString text = PlanGraphView::tr("%1 rows").arg(format.number(m.actualRowsTotal, 0));
    if (m.misestimateFactor >= 2)
        text += QStringLiteral("  ") + m.misestimateText();
    if (n.actualLoops > 1)
        text += QStringLiteral("  ") + PlanGraphView::tr("%1 loops").arg(format.number(n.actualLoops, 0));
    return text;
}

QString timeText(const PlanNode &n, const NodeMetrics &m)
{
    const DisplayFormat format;
    if (!n.hasTiming)
        return PlanGraphView::tr("cost %1").arg(format.number(m.exclusiveCost, 2));
    return QStringLiteral("%1 · %2").arg(format.milliseconds(m.exclusiveMs),
                                         format.percent(m.exclusivePercent));
}

} // namespace

PlanGraphView::PlanGraphView(QWidget *parent) : QGraphicsView(parent)
{
    auto *scene = new QGraphicsScene(this);
    setScene(scene);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    setRenderHint(QPainter::Antialiasing);
    // Cards restore nothing they change and stay inside their bounds: skip Qt's per-item bookkeeping.
    setOptimizationFlags(QGraphicsView::DontSavePainterState | QGraphicsView::DontAdjustForAntialiasing);
    setFocusPolicy(Qt::StrongFocus);
    connect(scene, &QGraphicsScene::selectionChanged, this, &PlanGraphView::onSceneSelectionChanged);
}

PlanGraphView::~PlanGraphView()
{
    // The scene is our child and deselects its items while it is destroyed, after this object is gone.
    scene()->disconnect(this);
}

void PlanGraphView::setAnalysis(const PlanAnalysis &analysis)
{
    m_analysis = analysis;
    m_collapsed.clear();
    m_selected = 0;
    rebuild();
    fitToView();
}

void PlanGraphView::rebuild()
{
    if (!scene())
        return;
    m_rebuilding = true;
    scene()->clear();
    m_items.clear();
    m_edges = nullptr;
    m_overview = nullptr;
    m_showingOverview = false;
    m_rects.clear();
    m_bounds = QRectF();
    m_withFindings.clear();
    const Plan &plan = m_analysis.plan();
    if (plan.isEmpty()) {
        m_rebuilding = false;
        return;
    }
    m_rects = PlanLayout::compute(plan, m_collapsed);
    m_totalMs = m_analysis.hasTiming() ? m_analysis.totalMs() : 0;
    m_totalCost = 0;
    if (!m_analysis.hasTiming())
        for (const NodeMetrics &m : m_analysis.allMetrics())
            m_totalCost += m.exclusiveCost;

    // Looked up once: asking the analysis node by node goes through every finding for each node.
    for (const PlanFinding &f : m_analysis.findings())
        m_withFindings.insert(f.nodeId);
    m_style = std::make_shared<const PlanNodeItem::Style>(font());
    auto *edges = new PlanEdgesItem(QPen(palette().color(QPalette::Mid), 1.5));
    auto *overview = new PlanOverviewItem;
    QList<QPointF> childTops;
    const StatePalette colours = StatePalette::current();
    for (const PlanNode &n : plan.nodes()) {
        const QRectF rect = m_rects.at(n.id - 1);
        if (rect.isEmpty())
            continue;
        m_bounds |= rect.adjusted(-3, -3, 3, 3);
        const NodeMetrics &m = m_analysis.metrics(n.id);
        const double share =
            m_totalMs > 0 ? m.exclusiveMs / m_totalMs : (m_totalCost > 0 ? m.exclusiveCost / m_totalCost : 0);
        overview->addCard(n.id, rect, PlanNodeItem::heatColor(share, colours));
        overview->setLabel(n.id, share);
        if (n.childIds.isEmpty() || m_collapsed.contains(n.id))
            continue;
        // Down from the card to the branching height, then along it and down to each child. Each
        // branch starts where the one nearer the parent ended, so no stretch is stroked twice.
        const double centerX = rect.center().x();
        const double midY = rect.bottom() + (m_rects.at(n.childIds.first() - 1).top() - rect.bottom()) / 2;
        edges->addStub(QPointF(centerX, rect.bottom()), QPointF(centerX, midY));
        childTops.clear();
        for (int child : n.childIds) {
            const QRectF childRect = m_rects.at(child - 1);
            childTops.append(QPointF(childRect.center().x(), childRect.top()));
        }
        std::sort(childTops.begin(), childTops.end(),
                  [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
        for (qsizetype i = 0; i < childTops.size(); ++i) {
            const QPointF top = childTops.at(i);
            double from = centerX;
            if (top.x() > centerX && i > 0)
                from = std::max(centerX, childTops.at(i - 1).x());
            else if (top.x() < centerX && i + 1 < childTops.size())
                from = std::min(centerX, childTops.at(i + 1).x());
            edges->addBranch(QPointF(from, midY), QPointF(top.x(), midY), top);
        }
    }
    scene()->addItem(edges);
    m_edges = edges;
    m_bounds |= edges->boundingRect();
    overview->setEdges(edges->segments());
    overview->setLabelFont(font());
    // A copy of the analysis shares its data with the view's.
    overview->setLabelText([analysis = m_analysis](int id, double share) {
        return QStringLiteral("%1 · %2").arg(analysis.plan().node(id).displayType(),
                                             DisplayFormat().percent(share * 100));
    });
    overview->setVisible(false);
    scene()->addItem(overview);
    m_overview = overview;
    scene()->setSceneRect(m_bounds.adjusted(-40, -40, 40, 40));
    if (PlanNodeItem *item = itemFor(m_selected))
        item->setSelected(true);
    m_overview->setSelectedNode(m_selected);
    updateLevelOfDetail();
    m_rebuilding = false;
}

PlanNodeItem *PlanGraphView::itemFor(int nodeId)
{
    if (PlanNodeItem *item = m_items.value(nodeId))
        return item;
    if (nodeId < 1 || nodeId > m_rects.size() || m_rects.at(nodeId - 1).isEmpty())
        return nullptr;
    return makeCard(nodeId);
}

PlanNodeItem *PlanGraphView::makeCard(int nodeId)
{
    const PlanNode &n = m_analysis.plan().node(nodeId);
    const NodeMetrics &m = m_analysis.metrics(nodeId);
    PlanNodeItem::Content c;
    c.nodeId = nodeId;
    c.title = n.subplanName().isEmpty() ? n.displayType()
                                        : QStringLiteral("%1 · %2").arg(n.subplanName(), n.displayType());
    c.target = n.target();
    c.rows = rowsText(n, m);
    c.time = timeText(n, m);
    c.share =
        m_totalMs > 0 ? m.exclusiveMs / m_totalMs : (m_totalCost > 0 ? m.exclusiveCost / m_totalCost : 0);
    c.hasChildren = !n.childIds.isEmpty();
    c.collapsed = m_collapsed.contains(nodeId);
    c.hasFindings = m_withFindings.contains(nodeId);
    auto *item = new PlanNodeItem(c, m_rects.at(nodeId - 1), m_style);
    item->setVisible(!m_showingOverview);
    const bool rebuilding = m_rebuilding;
    m_rebuilding = true; // a new card is not a selection
    scene()->addItem(item);
    if (nodeId == m_selected)
        item->setSelected(true);
    m_rebuilding = rebuilding;
    m_items.insert(nodeId, item);
    return item;
}

void PlanGraphView::updateCards(bool dropFarCards)
{
    // While a plan is rebuilt the view still has the previous plan's zoom, which may show all of the
    // new one: cards wait for the first paint after it.
    if (m_rebuilding || m_fitting || m_rects.isEmpty() || m_showingOverview || !viewport())
        return;
    // What is in view and a quarter of a viewport around it, so a short pan finds its cards made.
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    const QRectF near = visible.adjusted(-visible.width() / 4, -visible.height() / 4, visible.width() / 4,
                                         visible.height() / 4);
    for (qsizetype i = 0; i < m_rects.size(); ++i)
        if (!m_items.contains(int(i) + 1) && m_rects.at(i).intersects(near) && !m_rects.at(i).isEmpty())
            makeCard(int(i) + 1);
    // Cards left behind by a long pan are dropped once they outnumber what a screen shows by far.
    constexpr qsizetype keep = 1500;
    if (!dropFarCards || m_items.size() <= keep)
        return;
    const QRectF far = near.adjusted(-visible.width(), -visible.height(), visible.width(), visible.height());
    for (auto it = m_items.begin(); it != m_items.end();) {
        if (it.key() == m_selected || m_rects.at(it.key() - 1).intersects(far)) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_items.erase(it);
    }
}

void PlanGraphView::updateLevelOfDetail()
{
    const bool far = zoom() < overviewZoom;
    if (!m_overview || far == m_showingOverview)
        return;
    m_showingOverview = far;
    for (QGraphicsItem *item : std::as_const(m_items))
        item->setVisible(!far);
    m_edges->setVisible(!far);
    m_overview->setVisible(far);
}

void PlanGraphView::onSceneSelectionChanged()
{
    if (m_rebuilding)
        return;
    const QList<QGraphicsItem *> selected = scene()->selectedItems();
    if (selected.isEmpty())
        return;
    const int id = static_cast<PlanNodeItem *>(selected.first())->nodeId();
    if (id != m_selected) {
        m_selected = id;
        m_overview->setSelectedNode(id);
        emit nodeSelected(id);
    }
}

int PlanGraphView::visibleAncestor(int nodeId) const
{
    int visible = nodeId;
    for (int a = m_analysis.plan().node(nodeId).parentId; a > 0; a = m_analysis.plan().node(a).parentId)
        if (m_collapsed.contains(a))
            visible = a;
    return visible;
}

void PlanGraphView::selectNode(int nodeId)
{
    if (!m_analysis.plan().contains(nodeId))
        return;
    // A node hidden under a collapsed one is shown by expanding its ancestors.
    bool expanded = false;
    for (int a = m_analysis.plan().node(nodeId).parentId; a > 0; a = m_analysis.plan().node(a).parentId)
        expanded |= m_collapsed.remove(a);
    if (expanded)
        rebuild();
    PlanNodeItem *item = itemFor(nodeId);
    if (!item)
        return;
    const bool changed = nodeId != m_selected;
    m_selected = nodeId;
    m_overview->setSelectedNode(nodeId);
    // Scene selection follows, quietly: hidden cards (overview zoom) cannot be selected in the scene.
    m_rebuilding = true;
    scene()->clearSelection();
    item->setSelected(true);
    m_rebuilding = false;
    ensureVisible(item->sceneBoundingRect(), 40, 40);
    if (changed)
        emit nodeSelected(nodeId);
}

void PlanGraphView::setCollapsed(int nodeId, bool collapsed)
{
    if (!m_analysis.plan().contains(nodeId) || m_analysis.plan().node(nodeId).childIds.isEmpty())
        return;
    if (collapsed == m_collapsed.contains(nodeId))
        return;
    if (collapsed)
        m_collapsed.insert(nodeId);
    else
        m_collapsed.remove(nodeId);
    if (m_selected > 0)
        m_selected = visibleAncestor(m_selected);
    rebuild();
}

double PlanGraphView::zoom() const
{
    return transform().m11();
}

void PlanGraphView::setZoom(double factor)
{
    factor = std::clamp(factor, minZoom, maxZoom);
    setTransform(QTransform::fromScale(factor, factor));
    m_autoFit = false;
    updateLevelOfDetail();
    updateCards(true);
}

void PlanGraphView::zoomIn()
{
    setZoom(zoom() * zoomStep);
}

void PlanGraphView::zoomOut()
{
    setZoom(zoom() / zoomStep);
}

double PlanGraphView::legibleZoom() const
{
    const int pixels = QFontInfo(font()).pixelSize();
    return std::min(1.0, std::max(detailZoom, pixels > 0 ? legiblePixels / pixels : detailZoom));
}

int PlanGraphView::hottestNode() const
{
    const QList<int> hottest = m_analysis.hottestNodes(1);
    return hottest.isEmpty() ? 0 : visibleAncestor(hottest.first());
}

void PlanGraphView::fitToView()
{
    // The layout's bounds: most cards are not items.
    const QRectF rect = m_bounds;
    if (rect.isEmpty())
        return;
    // Each step below scrolls; cards made for a step's framing (fitInView's may show the whole plan)
    // would be thrown away by the next one.
    m_fitting = true;
    fitInView(rect, Qt::KeepAspectRatio);
    // Small plans are not blown up past their natural size, and large ones are not shrunk past where
    // a card's title and time can be read: the view scrolls instead, to the node that took longest.
    const double fitted = std::min(1.0, zoom());
    const double legible = legibleZoom();
    setZoom(std::max(fitted, legible));
    if (fitted < legible) {
        const int hottest = hottestNode();
        QRectF focus = hottest > 0 ? m_rects.at(hottest - 1) : QRectF();
        // The root too, when both fit in the window.
        const QRectF withRoot = focus | m_rects.at(0);
        const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
        if (withRoot.width() <= visible.width() && withRoot.height() <= visible.height())
            focus = withRoot;
        centerOn(focus.center());
    }
    m_fitting = false;
    updateCards(true);
    m_autoFit = true;
}

void PlanGraphView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        setZoom(zoom() * std::pow(zoomStep, event->angleDelta().y() / 120.0));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void PlanGraphView::keyPressEvent(QKeyEvent *event)
{
    const Plan &plan = m_analysis.plan();
    if (plan.isEmpty()) {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    const int current = m_selected > 0 ? m_selected : 1;
    const PlanNode &n = plan.node(current);
    auto sibling = [&](int step) {
        if (n.parentId == 0)
            return current;
        const QList<int> &siblings = plan.node(n.parentId).childIds;
        const qsizetype i = siblings.indexOf(current) + step;
        return i >= 0 && i < siblings.size() ? siblings.at(i) : current;
    };
    switch (event->key()) {
    case Qt::Key_Up:
        selectNode(n.parentId > 0 ? n.parentId : current);
        break;
    case Qt::Key_Down:
        if (!n.childIds.isEmpty() && !m_collapsed.contains(current))
            selectNode(n.childIds.first());
        else
            selectNode(current);
        break;
    case Qt::Key_Left:
        selectNode(sibling(-1));
        break;
    case Qt::Key_Right:
        selectNode(sibling(1));
        break;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        setCollapsed(current, !m_collapsed.contains(current));
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_F:
    case Qt::Key_0:
        fitToView();
        break;
    default:
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void PlanGraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitToView();
}

void PlanGraphView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    // Card texts are translated and formatted for the locale, and measured in the view's font, when the
    // scene is built.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange ||
        event->type() == QEvent::FontChange) {
        const QTransform zoom = transform();
        const bool autoFit = m_autoFit;
        rebuild();
        setTransform(zoom);
        m_autoFit = autoFit;
    }
}

void PlanGraphView::paintEvent(QPaintEvent *event)
{
    // Whatever moved the view (a scroll bar, centerOn, a transform), the cards in view exist before
    // the scene is drawn.
    updateCards(false);
    QGraphicsView::paintEvent(event);
}

void PlanGraphView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    updateCards(true);
}

void PlanGraphView::mousePressEvent(QMouseEvent *event)
{
    if (m_showingOverview && event->button() == Qt::LeftButton) {
        if (const int id = m_overview->nodeAt(mapToScene(event->pos()))) {
            selectNode(id);
            event->accept();
            return;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void PlanGraphView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (auto *item = dynamic_cast<PlanNodeItem *>(itemAt(event->pos()))) {
        setCollapsed(item->nodeId(), !m_collapsed.contains(item->nodeId()));
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

} // namespace supadesk
