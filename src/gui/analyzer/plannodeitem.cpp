#include "plannodeitem.h"

#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>
#include <QWidget>

#include <algorithm>

namespace supadesk {

PlanNodeItem::PlanNodeItem(const Content &content, const QRectF &rect) : m_content(content), m_rect(rect)
{
    setFlag(QGraphicsItem::ItemIsSelectable);
    setFlag(QGraphicsItem::ItemIsFocusable);
    setToolTip(content.title + (content.target.isEmpty() ? QString() : QLatin1Char('\n') + content.target));
}

QColor PlanNodeItem::heatColor(double share)
{
    if (share < 0.05)
        return QColor(0x9e, 0x9e, 0x9e);
    // Hue 50 (yellow) at 5 % of the time down to 0 (red) at half of it or more.
    const double t = std::clamp((share - 0.05) / 0.45, 0.0, 1.0);
    return QColor::fromHsv(int(50 * (1 - t)), 200 + int(40 * t), 230 - int(30 * t));
}

QRectF PlanNodeItem::boundingRect() const
{
    return m_rect.adjusted(-3, -3, 3, 3);
}

void PlanNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const QPalette palette = widget ? widget->palette() : QPalette();
    const QColor heat = heatColor(m_content.share);
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool selected = isSelected();

    if (lod < 0.35) {
        // Far away: a box in the node's colour is all the eye can use.
        painter->fillRect(m_rect, selected ? palette.color(QPalette::Highlight) : heat);
        return;
    }

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(selected ? palette.color(QPalette::Highlight) : heat, selected ? 3 : 2));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(m_rect, 6, 6);

    const QRectF inner = m_rect.adjusted(10, 6, -10, -6);
    QFont font = painter->font();
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(palette.color(QPalette::Text));
    const QFontMetricsF bold(font);
    const double line = bold.height();
    QString title = m_content.title;
    if (m_content.hasFindings)
        title = QStringLiteral("⚠ ") + title;
    painter->drawText(QRectF(inner.left(), inner.top(), inner.width(), line),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      bold.elidedText(title, Qt::ElideRight, inner.width()));

    font.setBold(false);
    painter->setFont(font);
    const QFontMetricsF normal(font);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    double y = inner.top() + line;
    for (const QString &text : {m_content.target, m_content.rows, m_content.time}) {
        if (text.isEmpty())
            continue;
        painter->drawText(QRectF(inner.left(), y, inner.width(), normal.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          normal.elidedText(text, Qt::ElideMiddle, inner.width()));
        y += normal.height();
    }

    // The share of the total time as a bar along the bottom edge.
    const QRectF track(m_rect.left() + 6, m_rect.bottom() - 7, m_rect.width() - 12, 4);
    painter->setPen(Qt::NoPen);
    painter->setBrush(palette.color(QPalette::Midlight));
    painter->drawRect(track);
    painter->setBrush(heat);
    painter->drawRect(QRectF(track.topLeft(),
                             QSizeF(track.width() * std::clamp(m_content.share, 0.0, 1.0), track.height())));

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
