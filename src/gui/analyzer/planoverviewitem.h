// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QHash>
#include <QLineF>
#include <QList>
#include <QRectF>

namespace supadesk {

// The whole plan as one item, for zoom levels where cards are a few pixels wide: every card is a box
// in its heat colour, drawn in one batch per colour, and the edges are plain one-pixel lines. A paint
// draws only what lies in the exposed area. Painting one item instead of thousands keeps a zoomed-out
// plan of 50,000 nodes fluid.
class PlanOverviewItem : public QGraphicsItem
{
public:
    PlanOverviewItem();

    void addCard(int nodeId, const QRectF &rect, const QColor &color);
    void setEdges(const QList<QLineF> &edges);
    void setSelectedNode(int nodeId);
    // The node whose box is at `point` (item coordinates), or 0.
    int nodeAt(const QPointF &point) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct Batch
    {
        QColor color;
        QList<QRectF> rects;
        QList<QRectF> visible; // reused by every paint
    };

    QList<Batch> m_batches;
    QHash<QRgb, qsizetype> m_batchOf;
    QHash<int, QRectF> m_rectOf;
    QList<QLineF> m_edges;
    QList<QLineF> m_visibleEdges; // reused by every paint
    QRectF m_bounds;
    int m_selected = 0;
};

} // namespace supadesk
