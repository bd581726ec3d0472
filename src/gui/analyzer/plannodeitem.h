// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/styles/statepalette.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QString>

#include <memory>

namespace supadesk {

// One card of the plan drawing: operation, target, rows and time, and a bar for the node's share of
// the total time, its border coloured by how hot the node is. Zoomed out it leaves out what cannot be
// read: below half size the detail lines, and far away everything but a box in the node's colour, so
// a view full of cards stays fluid.
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

    // The fonts every card of a view paints with, and their metrics: measured once per scene, not on
    // every paint of every card.
    struct Style
    {
        explicit Style(const QFont &font);
        QFont normal;
        QFont bold;
        QFontMetricsF normalMetrics;
        QFontMetricsF boldMetrics;
    };

    PlanNodeItem(const Content &content, const QRectF &rect, std::shared_ptr<const Style> style);

    int nodeId() const { return m_content.nodeId; }
    const Content &content() const { return m_content; }
    // Colour of a node by its share of the total time: grey when negligible, yellow to red when hot.
    // The view builds its cards anew when the palette changes, so they take the palette of the time.
    static QColor heatColor(double share, const StatePalette &colours);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    // Elides the texts to the card's width, once: the card's size and fonts do not change with zoom.
    void elideTexts();

    Content m_content;
    QRectF m_rect;
    QColor m_heat;
    std::shared_ptr<const Style> m_style;
    bool m_elided = false;
    QString m_titleText;      // with the findings mark, elided
    QString m_detailTexts[3]; // target, rows, time, elided; empty ones are skipped
};

} // namespace supadesk
