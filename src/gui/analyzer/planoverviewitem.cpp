#include "planoverviewitem.h"

#include <QPainter>
#include <QPalette>
#include <QWidget>

namespace supadesk {

void PlanOverviewItem::addCard(int nodeId, const QRectF &rect, const QColor &color)
{
    prepareGeometryChange();
    m_cardsByColor[color.rgb()].append(rect);
    m_rectOf.insert(nodeId, rect);
    m_bounds |= rect;
}

void PlanOverviewItem::setEdges(const QPainterPath &edges)
{
    prepareGeometryChange();
    m_edges = edges;
    m_bounds |= edges.boundingRect();
}

void PlanOverviewItem::setSelectedNode(int nodeId)
{
    m_selected = nodeId;
    update();
}

int PlanOverviewItem::nodeAt(const QPointF &point) const
{
    for (auto it = m_rectOf.cbegin(); it != m_rectOf.cend(); ++it)
        if (it.value().contains(point))
            return it.key();
    return 0;
}

QRectF PlanOverviewItem::boundingRect() const
{
    return m_bounds.adjusted(-2, -2, 2, 2);
}

void PlanOverviewItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *widget)
{
    const QPalette palette = widget ? widget->palette() : QPalette();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QPen(palette.color(QPalette::Mid), 0));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_edges);
    painter->setPen(Qt::NoPen);
    for (auto it = m_cardsByColor.cbegin(); it != m_cardsByColor.cend(); ++it) {
        painter->setBrush(QColor::fromRgb(it.key()));
        painter->drawRects(it.value().constData(), int(it.value().size()));
    }
    if (m_rectOf.contains(m_selected)) {
        painter->setBrush(palette.color(QPalette::Highlight));
        painter->drawRect(m_rectOf.value(m_selected));
    }
    painter->restore();
}

} // namespace supadesk
