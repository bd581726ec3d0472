#pragma once

#include <QChartView>
#include <QDateTime>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace supadesk {

// A time chart of the last few minutes: named lines, optional horizontal reference lines (targets,
// limits), axes with units, a legend, and the value under the mouse as a tooltip.
class LiveChart : public QChartView
{
    Q_OBJECT
public:
    explicit LiveChart(QWidget *parent = nullptr);

    void setTitles(const QString &title, const QString &unit);
    int addSeries(const QColor &colour);
    void setSeriesName(int series, const QString &name);
    // A dashed horizontal line, e.g. max_connections or the 99% cache-hit target.
    int addReferenceLine(const QColor &colour);
    void setReferenceValue(int line, double value);
    void append(int series, const QDateTime &time, double value);
    void setWindowSeconds(int seconds);
    void setFixedRange(double min, double max);
    int pointCount(int series) const;
    double lastValue(int series) const;

private:
    void rescale(const QDateTime &now);

    QDateTimeAxis *m_time;
    QValueAxis *m_values;
    QList<QLineSeries *> m_series;
    QList<QLineSeries *> m_references;
    QList<double> m_referenceValues;
    int m_windowSeconds = 300;
    bool m_fixedRange = false;
};

} // namespace supadesk
