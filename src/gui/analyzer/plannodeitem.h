#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QString>

namespace supadesk {

// One card of the plan drawing: operation, target, rows and time, and a bar for the node's share of
// the total time, its border coloured by how hot the node is. Far zoomed out it draws only the
// coloured box, so panning a plan of thousands of nodes stays fluid.
class PlanNodeItem : public QGraphicsItem
{
public:
    struct Content
    {
        int nodeId = 0;
        QString title;    // "Hash Left Join"
        QString target;   // "public.orders o"
        QString rows;     // "12,000 rows ×10"
        QString time;     // "42.1 ms · 31.5 %"
        double share = 0; // exclusive share of the total, 0..1
        bool hasChildren = false;
        bool collapsed = false;
        bool hasFindings = false;
    };

    PlanNodeItem(const Content &content, const QRectF &rect);

    int nodeId() const { return m_content.nodeId; }
    const Content &content() const { return m_content; }
    // Colour of a node by its share of the total time: grey when negligible, yellow to red when hot.
    static QColor heatColor(double share);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Content m_content;
    QRectF m_rect;
};

} // namespace supadesk
