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
    if (nodeId > m_rectOf.size())
        m_rectOf.resize(nodeId);
    m_rectOf[nodeId - 1] = rect;
    m_bounds |= rect;
}

void PlanOverviewItem::setEdges(const QList<QLineF> &edges)
{
    prepareGeometryChange();
    m_edges = edges;
    for (const QLineF &line : edges)
        m_bounds |= QRectF(line.p1(), line.p2()).normalized();
}

void PlanOverviewItem::setLabel(int nodeId, const QString &text, double share)
{
    m_labels.append({nodeId, text, share, -1});
    m_labelsSorted = false;
}

void PlanOverviewItem::setLabelFont(const QFont &font)
{
    m_labelFont = font;
    for (Label &label : m_labels)
        label.width = -1;
}

void PlanOverviewItem::setSelectedNode(int nodeId)
{
    m_selected = nodeId;
    update();
}

int PlanOverviewItem::nodeAt(const QPointF &point) const
{
    for (qsizetype i = 0; i < m_rectOf.size(); ++i)
        if (!m_rectOf.at(i).isEmpty() && m_rectOf.at(i).contains(point))
            return int(i) + 1;
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
    if (const QRectF selected = rectOf(m_selected); !selected.isEmpty()) {
        painter->setBrush(palette.color(QPalette::Highlight));
        painter->drawRect(selected);
    }
    paintLabels(painter, exposed, palette);
    painter->restore();
}

void PlanOverviewItem::paintLabels(QPainter *painter, const QRectF &exposed, const QPalette &palette)
{
    m_drawnLabels.clear();
    if (m_labels.isEmpty())
        return;
    if (!m_labelsSorted) {
        std::stable_sort(m_labels.begin(), m_labels.end(),
                         [](const Label &a, const Label &b) { return a.share > b.share; });
        m_labelsSorted = true;
    }
    // Labels are written in device pixels, so they keep the font's size at any zoom.
    const QTransform toDevice = painter->worldTransform();
    const QFontMetricsF metrics(m_labelFont);
    const double height = metrics.height() + 2;
    // Enough to name what a screen can hold; a plan of 50,000 nodes is not gone through label by label.
    constexpr int maxLabels = 200;
    constexpr int maxTried = 4000;
    QList<QRectF> placed;
    int tried = 0;
    painter->setWorldTransform(QTransform());
    painter->setFont(m_labelFont);
    QColor back = palette.color(QPalette::Base);
    back.setAlpha(220);
    for (Label &label : m_labels) {
        const QRectF box = rectOf(label.nodeId);
        if (!box.intersects(exposed))
            continue;
        if (++tried > maxTried || placed.size() >= maxLabels)
            break;
        if (label.text.isNull() && m_labelText)
            label.text = m_labelText(label.nodeId, label.share);
        if (label.width < 0)
            label.width = metrics.horizontalAdvance(label.text) + 6;
        const QPointF centre = toDevice.map(box.center());
        const QRectF rect(centre.x() - label.width / 2, centre.y() - height / 2, label.width, height);
        if (std::any_of(placed.cbegin(), placed.cend(), [&](const QRectF &r) { return r.intersects(rect); }))
            continue;
        placed.append(rect);
        m_drawnLabels.insert(label.nodeId, rect);
        painter->setPen(Qt::NoPen);
        painter->setBrush(back);
        painter->drawRect(rect);
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(rect, Qt::AlignCenter, label.text);
    }
}

} // namespace supadesk
