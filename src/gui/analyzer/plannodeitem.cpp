// SPDX-License-Identifier: GPL-3.0-or-later
#include "plannodeitem.h"

#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>
#include <QWidget>

#include <algorithm>
#include <span>

namespace supadesk {

namespace {

// Below this level of detail (the zoom, for an unrotated view) a card is a box in its colour.
constexpr double boxLevel = 0.35;
// Below this one its detail lines are a few pixels high and cannot be read: only the title is drawn.
constexpr double textLevel = 0.5;

QFont boldOf(QFont font)
{
    font.setBold(true);
    return font;
}

} // namespace

PlanNodeItem::Style::Style(const QFont &font)
    : normal(font), bold(boldOf(font)), normalMetrics(normal), boldMetrics(bold)
{}

PlanNodeItem::PlanNodeItem(const Content &content, const QRectF &rect, std::shared_ptr<const Style> style)
    : m_content(content), m_rect(rect), m_heat(heatColor(content.share, StatePalette::current())),
      m_style(std::move(style))
{
    setFlag(QGraphicsItem::ItemIsSelectable);
    setFlag(QGraphicsItem::ItemIsFocusable);
    setToolTip(content.title + (content.target.isEmpty() ? QString() : QLatin1Char('\n') + content.target));
}

QColor PlanNodeItem::heatColor(double share, const StatePalette &colours)
{
    return colours.heat(share);
}

QRectF PlanNodeItem::boundingRect() const
{
    return m_rect.adjusted(-3, -3, 3, 3);
}

void PlanNodeItem::elideTexts()
{
    const double width = m_rect.width() - 20;
    const QString title = m_content.hasFindings ? QStringLiteral("⚠ ") + m_content.title : m_content.title;
    m_titleText = m_style->boldMetrics.elidedText(title, Qt::ElideRight, width);
    const QString *details[] = {&m_content.target, &m_content.rows, &m_content.time};
    for (int i = 0; i < 3; ++i)
        m_detailTexts[i] = m_style->normalMetrics.elidedText(*details[i], Qt::ElideMiddle, width);
    m_elided = true;
}

void PlanNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    // The view does not save the painter's state around each item: every state used is set here.
    const QPalette palette = widget ? widget->palette() : QPalette();
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool selected = isSelected();

    if (lod < boxLevel) {
        // Far away: a box in the node's colour is all the eye can use.
        painter->fillRect(m_rect, selected ? palette.color(QPalette::Highlight) : m_heat);
        return;
    }

    // The share of the total time as a bar along the bottom edge.
    const QRectF track(m_rect.left() + 6, m_rect.bottom() - 7, m_rect.width() - 12, 4);
    const QRectF bar(track.topLeft(),
                     QSizeF(track.width() * std::clamp(m_content.share, 0.0, 1.0), track.height()));

    if (!m_elided)
        elideTexts();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(selected ? palette.color(QPalette::Highlight) : m_heat, selected ? 3 : 2));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(m_rect, 6, 6);

    const QRectF inner = m_rect.adjusted(10, 6, -10, -6);
    painter->setFont(m_style->bold);
    painter->setPen(palette.color(QPalette::Text));
    const double line = m_style->boldMetrics.height();
    painter->drawText(QRectF(inner.left(), inner.top(), inner.width(), line),
                      Qt::AlignLeft | Qt::AlignVCenter, m_titleText);

    painter->setFont(m_style->normal);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    const double normalLine = m_style->normalMetrics.height();
    double y = inner.top() + line;
    // Below half size the detail lines are a few pixels high: laying them out is most of the time a
    // card takes, and nobody can read them.
    for (const QString &text :
         lod < textLevel ? std::span<const QString>() : std::span<const QString>(m_detailTexts)) {
        if (text.isEmpty())
            continue;
        painter->drawText(QRectF(inner.left(), y, inner.width(), normalLine),
                          Qt::AlignLeft | Qt::AlignVCenter, text);
        y += normalLine;
    }

    painter->setPen(Qt::NoPen);
    painter->setBrush(palette.color(QPalette::Midlight));
    painter->drawRect(track);
    painter->setBrush(m_heat);
    painter->drawRect(bar);

    if (m_content.hasChildren) {
        // A small +/- below the card: collapsed sub-trees show +.
        const QRectF box(m_rect.center().x() - 6, m_rect.bottom() - 1, 12, 12);
        painter->setPen(QPen(palette.color(QPalette::Mid), 1));
        painter->setBrush(palette.color(QPalette::Base));
        painter->drawRect(box);
        painter->drawLine(QPointF(box.left() + 3, box.center().y()),
                          QPointF(box.right() - 3, box.center().y()));
        if (m_content.collapsed)
            painter->drawLine(QPointF(box.center().x(), box.top() + 3),
                              QPointF(box.center().x(), box.bottom() - 3));
    }
}

} // namespace supadesk
