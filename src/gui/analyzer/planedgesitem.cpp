// SPDX-License-Identifier: GPL-3.0-or-later
#include "planedgesitem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace supadesk {

PlanEdgesItem::PlanEdgesItem(const QPen &pen) : m_pen(pen)
{
    // The exposed rectangle is what the culling works from.
    setFlag(QGraphicsItem::ItemUsesExtendedStyleOption);
    setZValue(-1);
}

void PlanEdgesItem::add(const Edge &edge)
{
    prepareGeometryChange();
    m_edges.append(edge);
    m_bounds |= edge.bounds;
}

void PlanEdgesItem::addStub(QPointF from, QPointF to)
{
    const double margin = m_pen.widthF() + 1;
    add({from, from, to, false, QRectF(from, to).normalized().adjusted(-margin, -margin, margin, margin)});
}

void PlanEdgesItem::addBranch(QPointF from, QPointF corner, QPointF to)
{
    const double margin = m_pen.widthF() + 1;
    const QRectF bounds = QRectF(from, corner).normalized() | QRectF(corner, to).normalized();
    add({from, corner, to, true, bounds.adjusted(-margin, -margin, margin, margin)});
}

QList<QLineF> PlanEdgesItem::segments() const
{
    QList<QLineF> lines;
    lines.reserve(m_edges.size() * 2);
    for (const Edge &e : m_edges) {
        if (e.branch && e.corner != e.from)
            lines.append(QLineF(e.from, e.corner));
        lines.append(QLineF(e.corner, e.to));
    }
    return lines;
}

QRectF PlanEdgesItem::boundingRect() const
{
    return m_bounds;
}

void PlanEdgesItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF exposed = option->exposedRect;
    m_visible.clear();
    for (const Edge &e : std::as_const(m_edges)) {
        if (!e.bounds.intersects(exposed))
            continue;
        // Each edge is its own sub-path; one stroke of all of them fills their union, so where a
        // branch meets the next one nothing is drawn twice.
        m_visible.moveTo(e.from);
        if (e.branch)
            m_visible.lineTo(e.corner);
        m_visible.lineTo(e.to);
    }
    if (m_visible.isEmpty())
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(m_pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_visible);
}

} // namespace supadesk
