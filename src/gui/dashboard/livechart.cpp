#include "livechart.h"

#include <QDateTimeAxis>
#include <QLineSeries>
#include <QPen>
#include <QToolTip>
#include <QValueAxis>

namespace supadesk {

LiveChart::LiveChart(QWidget *parent)
    : QChartView(parent), m_time(new QDateTimeAxis), m_values(new QValueAxis)
{
    auto *c = new QChart;
    c->setMargins(QMargins(4, 4, 4, 4));
    c->legend()->setAlignment(Qt::AlignBottom);
    m_time->setFormat(QStringLiteral("HH:mm:ss"));
    m_time->setTickCount(6);
    m_values->setLabelFormat(QStringLiteral("%.0f"));
    m_values->setRange(0, 1);
    c->addAxis(m_time, Qt::AlignBottom);
    c->addAxis(m_values, Qt::AlignLeft);
    setChart(c);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 220);
}

void LiveChart::setTitles(const QString &title, const QString &unit)
{
    chart()->setTitle(title);
    m_values->setTitleText(unit);
}

int LiveChart::addSeries(const QColor &colour)
{
    auto *series = new QLineSeries(chart());
    series->setPen(QPen(colour, 2));
    chart()->addSeries(series);
    series->attachAxis(m_time);
    series->attachAxis(m_values);
    connect(series, &QLineSeries::hovered, this, [this, series](const QPointF &point, bool state) {
        if (!state)
            return QToolTip::hideText();
        QToolTip::showText(
            QCursor::pos(),
            QStringLiteral("%1: %2 (%3)")
                .arg(series->name())
                .arg(point.y(), 0, 'f', 1)
                .arg(QDateTime::fromMSecsSinceEpoch(qint64(point.x())).toString(QStringLiteral("HH:mm:ss"))));
    });
    m_series.append(series);
    return int(m_series.size() - 1);
}

void LiveChart::setSeriesName(int series, const QString &name)
{
    if (series < m_series.size())
        m_series.at(series)->setName(name);
    else if (series - m_series.size() < m_references.size())
        m_references.at(series - m_series.size())->setName(name);
}

int LiveChart::addReferenceLine(const QColor &colour)
{
    auto *line = new QLineSeries(chart());
    QPen pen(colour, 1.5, Qt::DashLine);
    line->setPen(pen);
    chart()->addSeries(line);
    line->attachAxis(m_time);
    line->attachAxis(m_values);
    m_references.append(line);
    m_referenceValues.append(0);
    return int(m_series.size() + m_references.size() - 1); // shares setSeriesName's numbering
}

void LiveChart::setReferenceValue(int line, double value)
{
    const int index = line - int(m_series.size());
    if (index >= 0 && index < m_referenceValues.size())
        m_referenceValues[index] = value;
}

void LiveChart::setWindowSeconds(int seconds)
{
    m_windowSeconds = seconds;
}

void LiveChart::setFixedRange(double min, double max)
{
    m_fixedRange = true;
    m_values->setRange(min, max);
}

int LiveChart::pointCount(int series) const
{
    return m_series.at(series)->count();
}

double LiveChart::lastValue(int series) const
{
    const QLineSeries *s = m_series.at(series);
    return s->count() ? s->at(s->count() - 1).y() : 0;
}

void LiveChart::append(int series, const QDateTime &time, double value)
{
    QLineSeries *s = m_series.at(series);
    s->append(double(time.toMSecsSinceEpoch()), value);
    // Never keep more points than the window shows: the chart redraws what it holds.
    const double oldest = double(time.addSecs(-m_windowSeconds).toMSecsSinceEpoch());
    int drop = 0;
    while (drop < s->count() && s->at(drop).x() < oldest)
        ++drop;
    if (drop > 0)
        s->removePoints(0, drop);
    rescale(time);
}

void LiveChart::rescale(const QDateTime &now)
{
    const QDateTime start = now.addSecs(-m_windowSeconds);
    m_time->setRange(start, now);
    for (int i = 0; i < m_references.size(); ++i) {
        QLineSeries *line = m_references.at(i);
        line->clear();
        line->append(double(start.toMSecsSinceEpoch()), m_referenceValues.at(i));
        line->append(double(now.toMSecsSinceEpoch()), m_referenceValues.at(i));
    }
    if (m_fixedRange)
        return;
    double top = 1;
    for (const QLineSeries *s : std::as_const(m_series))
        for (int i = 0; i < s->count(); ++i)
            top = std::max(top, s->at(i).y());
    for (double reference : std::as_const(m_referenceValues))
        top = std::max(top, reference);
    m_values->setRange(0, top * 1.15);
    m_values->applyNiceNumbers();
}

} // namespace supadesk
