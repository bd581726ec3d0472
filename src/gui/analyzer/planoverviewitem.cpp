// SPDX-License-Identifier: GPL-3.0-or-later
#include "planoverviewitem.h"

#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>
#include <QWidget>

#include <algorithm>

namespace supadesk {

PlanOverviewItem::PlanOverviewItem()
{
    // The exposed rectangle is what the culling works from.
    setFlag(QGraphicsItem::ItemUsesExtendedStyleOption);
}

void PlanOverviewItem::addCard(int nodeId, const QRectF &rect, const QColor &color)
{
    prepareGeometryChange();
    const QRgb rgb = color.rgb();
    auto batch = m_batchOf.constFind(rgb);
    if (batch == m_batchOf.cend()) {
        batch = m_batchOf.insert(rgb, m_batches.size());
        m_batches.append({color, {}, {}});
    }
    m_batches[batch.value()].rects.append(rect);
    m_rectOf.insert(nodeId, rect);
    m_bounds |= rect;
}

void PlanOverviewItem::setEdges(const QList<QLineF> &edges)
{
    prepareGeometryChange();
    m_edges = edges;
    for (const QLineF &line : edges)
        m_bounds |= QRectF(line.p1(), line.p2()).normalized();
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

void PlanOverviewItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const QPalette palette = widget ? widget->palette() : QPalette();
    const QRectF exposed = option->exposedRect;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);

    m_visibleEdges.clear();
    for (const QLineF &line : std::as_const(m_edges)) {
        // Edges are horizontal or vertical: their bounds are the line itself.
        if (std::max(line.x1(), line.x2()) >= exposed.left() &&
            std::min(line.x1(), line.x2()) <= exposed.right() &&
            std::max(line.y1(), line.y2()) >= exposed.top() &&
            std::min(line.y1(), line.y2()) <= exposed.bottom())
            m_visibleEdges.append(line);
    }
    painter->setPen(QPen(palette.color(QPalette::Mid), 0));
    painter->drawLines(m_visibleEdges.constData(), int(m_visibleEdges.size()));

    painter->setPen(Qt::NoPen);
    for (Batch &batch : m_batches) {
        batch.visible.clear();
        for (const QRectF &rect : std::as_const(batch.rects))
            if (rect.intersects(exposed))
                batch.visible.append(rect);
        if (batch.visible.isEmpty())
            continue;
        painter->setBrush(batch.color);
        painter->drawRects(batch.visible.constData(), int(batch.visible.size()));
    }
    if (m_rectOf.contains(m_selected)) {
        painter->setBrush(palette.color(QPalette::Highlight));
        painter->drawRect(m_rectOf.value(m_selected));
    }
    painter->restore();
}

} // namespace supadesk
