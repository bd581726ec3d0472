// SPDX-License-Identifier: GPL-3.0-or-later
#include "uptimechartwidget.h"

#include "daychartpainter.h"
#include "latencychartpainter.h"
#include "uptimetext.h"

#include <QEvent>
#include <QPainter>

namespace supadesk {

UptimeChartWidget::UptimeChartWidget(Kind kind, QWidget *parent) : QWidget(parent), m_kind(kind)
{
    setObjectName(kind == Kind::Days ? QStringLiteral("dayChart") : QStringLiteral("latencyChart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void UptimeChartWidget::setUptime(const UptimeOverview &uptime)
{
    m_uptime = uptime;
    update();
}

void UptimeChartWidget::clear()
{
    m_uptime.reset();
    update();
}

QSize UptimeChartWidget::sizeHint() const
{
    return {520, fontMetrics().height() * 12};
}

QSize UptimeChartWidget::minimumSizeHint() const
{
    return {300, fontMetrics().height() * 9};
}

void UptimeChartWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    if (!m_uptime)
        return;
    const UptimeText text;
    const QRectF area = QRectF(rect()).adjusted(6, 4, -8, -4);
    if (m_kind == Kind::Days)
        DayChartPainter::paint(p, area, *m_uptime, text, StatePalette::forPalette(palette()));
    else
        LatencyChartPainter::paint(p, area, *m_uptime, text, StatePalette::forPalette(palette()));
}

void UptimeChartWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        update(); // the texts, or the light or dark colours
    QWidget::changeEvent(event);
}

} // namespace supadesk
