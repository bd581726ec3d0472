// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QHash>
#include <QLineF>
#include <QList>
#include <QRectF>

#include <functional>

namespace supadesk {

// The whole plan as one item, for zoom levels where cards are a few pixels wide: every card is a box
// in its heat colour, drawn in one batch per colour, and the edges are plain one-pixel lines. A paint
// draws only what lies in the exposed area. Painting one item instead of thousands keeps a zoomed-out
// plan of 50,000 nodes fluid.
//
// Over the boxes it writes one-line labels (node type and share of time) at the view's font size,
// hottest node first, leaving out a label that would cover one already written: however far out the
// view is, the nodes that matter are named without a click.
class PlanOverviewItem : public QGraphicsItem
{
public:
    PlanOverviewItem();

    void addCard(int nodeId, const QRectF &rect, const QColor &color);
    void setEdges(const QList<QLineF> &edges);
    // The one-line label of a node's box, e.g. "Seq Scan · 42 %"; `share` (0..1) orders the labels.
    void setLabel(int nodeId, const QString &text, double share);
    // A label whose text is asked of `labelText` when it is first drawn: a plan of 10,000 nodes shows
    // a few hundred labels at most, and formatting all of them cost time and memory when it opened.
    void setLabel(int nodeId, double share)
    {
        m_labels.append({nodeId, {}, share, -1});
        m_labelsSorted = false;
    }
    void setLabelText(std::function<QString(int nodeId, double share)> labelText)
    {
        m_labelText = std::move(labelText);
    }
    void setLabelFont(const QFont &font);
    void setSelectedNode(int nodeId);
    // The labels the last paint wrote, by node, in device coordinates of the painted view.
    const QHash<int, QRectF> &drawnLabels() const { return m_drawnLabels; }
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

    struct Label
    {
        int nodeId = 0;
        QString text;
        double share = 0;
        double width = -1; // measured on first use
    };
    void paintLabels(QPainter *painter, const QRectF &exposed, const QPalette &palette);

    QList<Batch> m_batches;
    QList<Label> m_labels;
    bool m_labelsSorted = true;
    QFont m_labelFont;
    QHash<int, QRectF> m_drawnLabels;
    QHash<QRgb, qsizetype> m_batchOf;
    QRectF rectOf(int nodeId) const
    {
        return nodeId >= 1 && nodeId <= m_rectOf.size() ? m_rectOf.at(nodeId - 1) : QRectF();
    }

    std::function<QString(int, double)> m_labelText;
    QList<QRectF> m_rectOf; // per node id - 1; empty for a node without a box
    QList<QLineF> m_edges;
    QList<QLineF> m_visibleEdges; // reused by every paint
    QRectF m_bounds;
    int m_selected = 0;
};

} // namespace supadesk
