#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QRectF>

namespace supadesk {

// The whole plan as one item, for zoom levels where cards are a few pixels wide: every card is a box
// in its heat colour, drawn in one batch per colour, and the edges are one path. Painting one item
// instead of thousands keeps a zoomed-out plan of 10,000 nodes fluid.
class PlanOverviewItem : public QGraphicsItem
{
public:
    PlanOverviewItem() = default;

    void addCard(int nodeId, const QRectF &rect, const QColor &color);
    void setEdges(const QPainterPath &edges);
    void setSelectedNode(int nodeId);
    // The node whose box is at `point` (item coordinates), or 0.
    int nodeAt(const QPointF &point) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QHash<QRgb, QList<QRectF>> m_cardsByColor;
    QHash<int, QRectF> m_rectOf;
    QPainterPath m_edges;
    QRectF m_bounds;
    int m_selected = 0;
};

} // namespace supadesk
