// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsItem>
#include <QList>
#include <QPainterPath>
#include <QPen>
#include <QRectF>

namespace supadesk {

// The lines from every card to its children, as one item. Each line keeps its own bounds, and a paint
// strokes only the lines in the exposed area, as one path: a wide fan-out (an Append of thousands of
// members) is no longer stroked across its whole width whenever a part of it is in view, and the
// scene's index holds one item instead of one per parent.
class PlanEdgesItem : public QGraphicsItem
{
public:
    explicit PlanEdgesItem(const QPen &pen);

    // The line down from a parent to the height where it branches to its children.
    void addStub(QPointF from, QPointF to);
    // A branch along the branching height from `from` to `corner`, above the child, then down to `to`.
    void addBranch(QPointF from, QPointF corner, QPointF to);
    // Every segment (a branch is two), for the overview.
    QList<QLineF> segments() const;
    qsizetype edgeCount() const { return m_edges.size(); }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct Edge
    {
        QPointF from;
        QPointF corner;
        QPointF to;
        bool branch;   // a stub has no corner
        QRectF bounds; // with room for the pen's width and caps
    };
    void add(const Edge &edge);

    QList<Edge> m_edges;
    QPen m_pen;
    QRectF m_bounds;
    QPainterPath m_visible; // reused by every paint, so painting allocates only when the view grows
};

} // namespace supadesk
