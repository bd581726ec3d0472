// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoresparkline.h"

#include "auditstatustext.h"
#include "core/locale/displayformat.h"
#include "gui/styles/statepalette.h"

#include <QPainter>
#include <QPainterPath>

namespace supadesk {

ScoreSparkline::ScoreSparkline(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void ScoreSparkline::setPoints(const QList<AuditHistoryStore::ScorePoint> &points)
{
    m_points = points;
    QStringList tip;
    const DisplayFormat format;
    for (const AuditHistoryStore::ScorePoint &p : points)
        tip.append(tr("%1: score %2").arg(format.dateTime(p.at.toLocalTime()), format.number(p.score)));
    setToolTip(tip.join(QLatin1Char('\n')));
    update();
}

QSize ScoreSparkline::sizeHint() const
{
    return {160, fontMetrics().height() * 2};
}

void ScoreSparkline::paintEvent(QPaintEvent *)
{
    if (m_points.size() < 2)
        return;
    const StatePalette palette = StatePalette::forPalette(this->palette());
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(3, 3, -3, -3);
    p.setPen(QPen(palette.color(StatePalette::Role::Grid), 1, Qt::DotLine));
    p.drawLine(QPointF(area.left(), area.top()), QPointF(area.right(), area.top()));
    p.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()));
    QPainterPath path;
    QPointF last;
    for (int i = 0; i < m_points.size(); ++i) {
        const double x = area.left() + area.width() * i / double(m_points.size() - 1);
        const double y = area.bottom() - area.height() * std::clamp(m_points.at(i).score, 0, 100) / 100.0;
        last = QPointF(x, y);
        if (i == 0)
            path.moveTo(last);
        else
            path.lineTo(last);
    }
    p.setPen(QPen(palette.color(StatePalette::Role::Accent), 1.5));
    p.drawPath(path);
    const StatePalette::Role role = AuditStatusText::scoreRole(m_points.constLast().score);
    p.setPen(Qt::NoPen);
    p.setBrush(palette.color(role == StatePalette::Role::Ok     ? StatePalette::Role::OkMark
                             : role == StatePalette::Role::Warn ? StatePalette::Role::WarnMark
                                                                : StatePalette::Role::BadMark));
    p.drawEllipse(last, 3, 3);
}

} // namespace supadesk
