// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "gui/styles/statepalette.h"

#include <QChartView>
#include <QDateTime>

class QDateTimeAxis;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QValueAxis;

namespace supadesk {

// A time chart: named lines, optional horizontal reference lines (targets, limits), axes with units, a
// legend and the value under the mouse as a tooltip. It keeps every point it is given and draws at
// most about two per horizontal pixel of what is in view (min/max per pixel), so a month of samples
// costs no more to redraw than five minutes. Wheel zooms the time axis around the mouse, dragging
// pans, a double click (or resetZoom()) goes back to the whole range. The context menu exports the
// chart as PNG and its data as CSV.
class LiveChart : public QChartView
{
    Q_OBJECT
public:
    explicit LiveChart(QWidget *parent = nullptr);

    void setTitles(const QString &title, const QString &unit);
    QString title() const;
    // A line in a palette role's colour, which follows the light or dark palette, or in a fixed one.
    int addSeries(StatePalette::Role role);
    int addSeries(const QColor &colour);
    void setSeriesName(int series, const QString &name);
    // Hides a series and its legend entry, for a source that has no such figure at all.
    void setSeriesShown(int series, bool shown);
    bool isSeriesShown(int series) const;
    // A dashed horizontal line, e.g. max_connections or the 99% cache-hit target.
    int addReferenceLine(StatePalette::Role role);
    int addReferenceLine(const QColor &colour);
    void setReferenceValue(int line, double value);
    void setFixedRange(double min, double max);
    void setLabelFormat(const QString &format);
    // A sentence over the plot when the chart has nothing to show and the user can do something about
    // it (e.g. a missing privilege); empty hides it.
    void setNote(const QString &text);
    QString note() const;

    // Live mode: the newest point is "now" and the view follows it, `spanMs` wide.
    void append(int series, const QDateTime &time, double value);
    void setSpanMs(qint64 spanMs);
    // History mode: the whole series at once, in time order, and the range it covers.
    void setPoints(int series, const QList<QPointF> &points);
    void setTimeRange(qint64 fromMs, qint64 toMs);
    void clearPoints();

    int seriesCount() const { return int(m_full.size()); }
    int pointCount(int series) const;
    int drawnPointCount(int series) const;
    double lastValue(int series) const;
    const QList<QPointF> &points(int series) const { return m_full.at(series); }

    // Zoom by `factor` (< 1 zooms in) keeping the time at `anchor` (0 = left edge, 1 = right) in place.
    void zoom(double factor, double anchor = 0.5);
    void pan(qint64 deltaMs);
    void resetZoom();
    bool isZoomed() const { return m_zoomed; }
    qint64 viewStartMs() const { return m_viewStart; }
    qint64 viewEndMs() const { return m_viewEnd; }

    Status exportPng(const QString &path);
    Status exportCsv(const QString &path) const;
    QString csv() const;

signals:
    void zoomChanged();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // The chart's theme (QChart's light or dark one, on the window's base colour) and every line's
    // colour, for the palette in force.
    void applyColours();
    struct Ink
    {
        std::optional<StatePalette::Role> role;
        QColor fixed;
        QColor in(const StatePalette &colours) const { return role ? colours.color(*role) : fixed; }
    };
    int addLine(const Ink &ink);
    int addReference(const Ink &ink);
    void redraw();
    // Live samples arrive for several series at once: one redraw after the last of them, and none
    // while the chart is hidden (another tab, the fleet page) until it is shown again.
    void scheduleRedraw();
    void placeNote();
    // Qt Charts cuts legend entries that do not fit in one row ("max_connecti..."): a legend too
    // wide for the chart's width goes to the right, one entry a line.
    void fitLegend();
    void exportPngInteractively();
    void exportCsvInteractively();

    QDateTimeAxis *m_time;
    QValueAxis *m_values;
    QGraphicsSimpleTextItem *m_noteItem;
    QString m_note;
    QList<QLineSeries *> m_series;
    QList<QList<QPointF>> m_full;
    // Per series given whole (a past range), its minimum and maximum per block of CoarseBlock
    // points: a view spanning far more points than pixels is reduced from this instead of from
    // every sample, with the same spikes (bucket edges move by at most one block).
    QList<QList<QPointF>> m_coarse;
    QList<Ink> m_seriesInks;
    QList<QLineSeries *> m_references;
    QList<Ink> m_referenceInks;
    QList<double> m_referenceValues;
    qint64 m_spanMs = 300'000;
    qint64 m_rangeStart = 0; // the unzoomed view
    qint64 m_rangeEnd = 0;
    qint64 m_viewStart = 0; // what is in view now
    qint64 m_viewEnd = 0;
    bool m_zoomed = false;
    bool m_fixedRange = false;
    bool m_redrawPending = false;
    bool m_redrawWhenShown = false;
    QPoint m_dragFrom;
    qint64 m_dragViewStart = -1;
};

} // namespace supadesk
