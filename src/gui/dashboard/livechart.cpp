// SPDX-License-Identifier: GPL-3.0-or-later
#include "livechart.h"

#include "core/locale/displayformat.h"
#include "core/metrics/chartcsv.h"
#include "core/metrics/downsampler.h"

#include <QContextMenuEvent>
#include <QDateTimeAxis>
#include <QFile>
#include <QFileDialog>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QMessageBox>
#include <QPen>
#include <QSaveFile>
#include <QTimer>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace supadesk {

namespace {

// Zooming in further than this shows single samples only: nothing more to see.
constexpr qint64 MinimumViewMs = 10'000;

// Series longer than CoarseFrom points keep a reduction to one min/max pair per CoarseBlock points;
// it serves views with more than CoarseBlock raw points per pixel.
constexpr qsizetype CoarseFrom = 16'384;
constexpr qsizetype CoarseBlock = 64;

// What a view of [from, to] draws of a sorted series: the points in it, one more either side (the line
// then runs to the edges), reduced to about two per pixel. The cut is not copied before reducing.
QList<QPointF> visible(const QList<QPointF> &points, qint64 from, qint64 to, int pixels,
                       const QList<QPointF> &coarse = {})
{
    const QPointF *data = points.constData();
    const QPointF *end = data + points.size();
    const QPointF *first =
        std::lower_bound(data, end, double(from), [](const QPointF &p, double x) { return p.x() < x; });
    const QPointF *last =
        std::upper_bound(first, end, double(to), [](double x, const QPointF &p) { return x < p.x(); });
    if (!coarse.isEmpty() && last - first > CoarseBlock * 2 * pixels)
        return visible(coarse, from, to, pixels);
    if (first != data)
        --first;
    if (last != end)
        ++last;
    return Downsampler::minMax(first, last, pixels);
}

} // namespace

LiveChart::LiveChart(QWidget *parent)
    : QChartView(parent), m_time(new QDateTimeAxis), m_values(new QValueAxis), m_noteItem(nullptr)
{
    auto *c = new QChart;
    c->setMargins(QMargins(4, 4, 4, 4));
    c->legend()->setAlignment(Qt::AlignBottom);
    // Axis labels in the interface's language. Value labels follow the chart's locale only with
    // localizeNumbers; a QDateTimeAxis always formats with QChart::locale() (Qt Charts'
    // ChartAxisElement::createDateTimeLabels), so "d MMM" gets Georgian month names from it. The chart
    // takes QLocale() once, when it is made: a language switch sets it again (changeEvent).
    c->setLocalizeNumbers(true);
    c->setLocale(DisplayFormat().chartLocale());
    m_time->setFormat(QStringLiteral("HH:mm:ss"));
    m_time->setTickCount(6);
    m_values->setLabelFormat(QStringLiteral("%.0f"));
    m_values->setRange(0, 1);
    c->addAxis(m_time, Qt::AlignBottom);
    c->addAxis(m_values, Qt::AlignLeft);
    setChart(c);
    m_noteItem = new QGraphicsSimpleTextItem(c);
    m_noteItem->setZValue(10);
    m_noteItem->hide();
    applyColours();
    connect(c, &QChart::plotAreaChanged, this, &LiveChart::placeNote);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 230);
    setFocusPolicy(Qt::ClickFocus);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_rangeStart = m_viewStart = now - m_spanMs;
    m_rangeEnd = m_viewEnd = now;
}

void LiveChart::setTitles(const QString &title, const QString &unit)
{
    chart()->setTitle(title);
    m_values->setTitleText(unit);
}

QString LiveChart::title() const
{
    return chart()->title();
}

int LiveChart::addSeries(StatePalette::Role role)
{
    return addLine({role, {}});
}

int LiveChart::addSeries(const QColor &colour)
{
    return addLine({std::nullopt, colour});
}

int LiveChart::addLine(const Ink &ink)
{
    auto *series = new QLineSeries(chart());
    series->setPen(QPen(ink.in(StatePalette::forPalette(palette())), 2));
    chart()->addSeries(series);
    series->attachAxis(m_time);
    series->attachAxis(m_values);
    connect(series, &QLineSeries::hovered, this, [this, series](const QPointF &point, bool state) {
        if (!state)
            return QToolTip::hideText();
        const bool longRange = m_viewEnd - m_viewStart > 86'400'000;
        const DisplayFormat format;
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(qint64(point.x()));
        QToolTip::showText(QCursor::pos(),
                           QStringLiteral("%1: %2 (%3)")
                               .arg(series->name(), format.number(point.y(), 2),
                                    longRange ? format.dateTime(time)
                                              : format.locale().toString(time, QStringLiteral("HH:mm:ss"))),
                           this);
    });
    m_series.append(series);
    m_seriesInks.append(ink);
    m_full.append(QList<QPointF>());
    m_coarse.append(QList<QPointF>());
    return int(m_series.size() - 1);
}

void LiveChart::setSeriesName(int series, const QString &name)
{
    if (series < m_series.size())
        m_series.at(series)->setName(name);
    else if (series - m_series.size() < m_references.size())
        m_references.at(series - m_series.size())->setName(name);
    fitLegend();
}

void LiveChart::setSeriesShown(int series, bool shown)
{
    if (series < 0 || series >= m_series.size())
        return;
    m_series.at(series)->setVisible(shown);
    for (QLegendMarker *marker : chart()->legend()->markers(m_series.at(series)))
        marker->setVisible(shown);
    fitLegend();
}

bool LiveChart::isSeriesShown(int series) const
{
    return series >= 0 && series < m_series.size() && m_series.at(series)->isVisible();
}

int LiveChart::addReferenceLine(StatePalette::Role role)
{
    return addReference({role, {}});
}

int LiveChart::addReferenceLine(const QColor &colour)
{
    return addReference({std::nullopt, colour});
}

int LiveChart::addReference(const Ink &ink)
{
    auto *line = new QLineSeries(chart());
    QPen pen(ink.in(StatePalette::forPalette(palette())), 1.5, Qt::DashLine);
    line->setPen(pen);
    chart()->addSeries(line);
    line->attachAxis(m_time);
    line->attachAxis(m_values);
    m_references.append(line);
    m_referenceInks.append(ink);
    m_referenceValues.append(0);
    return int(m_series.size() + m_references.size() - 1); // shares setSeriesName's numbering
}

void LiveChart::setReferenceValue(int line, double value)
{
    const int index = line - int(m_series.size());
    if (index >= 0 && index < m_referenceValues.size())
        m_referenceValues[index] = value;
}

void LiveChart::setFixedRange(double min, double max)
{
    m_fixedRange = true;
    m_values->setRange(min, max);
}

void LiveChart::setLabelFormat(const QString &format)
{
    m_values->setLabelFormat(format);
}

void LiveChart::setNote(const QString &text)
{
    if (text == m_note)
        return;
    m_note = text;
    m_noteItem->setText(text);
    m_noteItem->setVisible(!text.isEmpty());
    placeNote();
}

QString LiveChart::note() const
{
    return m_note;
}

void LiveChart::placeNote()
{
    if (m_note.isEmpty())
        return;
    const QRectF area = chart()->plotArea();
    // Long sentences wrap at the plot's width: QGraphicsSimpleTextItem has no wrapping of its own.
    const QFontMetrics metrics(m_noteItem->font());
    QStringList lines;
    QString line;
    for (const QString &word : m_note.split(QLatin1Char(' '))) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(candidate) > area.width() - 16) {
            lines.append(line);
            line = word;
        } else {
            line = candidate;
        }
    }
    lines.append(line);
    m_noteItem->setText(lines.join(QLatin1Char('\n')));
    const QRectF box = m_noteItem->boundingRect();
    m_noteItem->setPos(area.center().x() - box.width() / 2, area.center().y() - box.height() / 2);
}

void LiveChart::setSpanMs(qint64 spanMs)
{
    m_spanMs = spanMs;
}

void LiveChart::append(int series, const QDateTime &time, double value)
{
    QList<QPointF> &points = m_full[series];
    const qint64 t = time.toMSecsSinceEpoch();
    if (!points.isEmpty() && points.constLast().x() >= double(t))
        return; // out of order: a sample the history already gave
    points.append(QPointF(double(t), value));
    m_coarse[series].clear(); // live spans are short: drawn from the samples themselves
    // Live mode keeps what the span shows, and what a zoomed-out view of it needs: nothing older.
    const double oldest = double(t - m_spanMs);
    qsizetype drop = 0;
    while (drop < points.size() - 1 && points.at(drop + 1).x() < oldest)
        ++drop;
    if (drop > 0)
        points.remove(0, drop);
    m_rangeEnd = std::max(m_rangeEnd, t);
    m_rangeStart = m_rangeEnd - m_spanMs;
    if (!m_zoomed) {
        m_viewStart = m_rangeStart;
        m_viewEnd = m_rangeEnd;
    }
    scheduleRedraw();
}

void LiveChart::scheduleRedraw()
{
    if (!isVisible()) {
        m_redrawWhenShown = true;
        return;
    }
    if (m_redrawPending)
        return;
    m_redrawPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_redrawPending)
            redraw();
    });
}

void LiveChart::showEvent(QShowEvent *event)
{
    QChartView::showEvent(event);
    if (m_redrawWhenShown)
        redraw();
}

void LiveChart::setPoints(int series, const QList<QPointF> &points)
{
    m_full[series] = points;
    m_coarse[series] = points.size() >= CoarseFrom
                           ? Downsampler::minMax(points, int(points.size() / CoarseBlock))
                           : QList<QPointF>();
    redraw();
}

void LiveChart::setTimeRange(qint64 fromMs, qint64 toMs)
{
    m_rangeStart = fromMs;
    m_rangeEnd = toMs;
    m_spanMs = toMs - fromMs;
    if (!m_zoomed || m_viewStart < fromMs || m_viewEnd > toMs) {
        m_zoomed = false;
        m_viewStart = fromMs;
        m_viewEnd = toMs;
    }
    redraw();
}

void LiveChart::clearPoints()
{
    for (QList<QPointF> &points : m_full)
        points.clear();
    for (QList<QPointF> &points : m_coarse)
        points.clear();
    m_zoomed = false;
    redraw();
}

int LiveChart::pointCount(int series) const
{
    return int(m_full.at(series).size());
}

int LiveChart::drawnPointCount(int series) const
{
    return m_series.at(series)->count();
}

double LiveChart::lastValue(int series) const
{
    const QList<QPointF> &points = m_full.at(series);
    return points.isEmpty() ? 0 : points.constLast().y();
}

void LiveChart::redraw()
{
    m_redrawPending = false;
    m_redrawWhenShown = false;
    const int pixels = std::max(50, int(chart()->plotArea().width()));
    double top = 1;
    for (int i = 0; i < m_series.size(); ++i) {
        const QList<QPointF> inView = visible(m_full.at(i), m_viewStart, m_viewEnd, pixels, m_coarse.at(i));
        for (const QPointF &p : std::as_const(inView))
            if (p.x() >= double(m_viewStart) && p.x() <= double(m_viewEnd))
                top = std::max(top, p.y());
        // A line needs two points; a lone sample (or a few hours' buckets) still shows as dots.
        m_series.at(i)->setPointsVisible(inView.size() < 40);
        m_series.at(i)->replace(inView);
    }
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(m_viewStart), QDateTime::fromMSecsSinceEpoch(m_viewEnd));
    const qint64 viewMs = m_viewEnd - m_viewStart;
    m_time->setFormat(viewMs > 2 * 86'400'000  ? QStringLiteral("d MMM")
                      : viewMs > 6 * 3'600'000 ? QStringLiteral("d MMM HH:mm")
                      : viewMs > 600'000       ? QStringLiteral("HH:mm")
                                               : QStringLiteral("HH:mm:ss"));
    for (int i = 0; i < m_references.size(); ++i) {
        const QList<QPointF> line = {QPointF(double(m_viewStart), m_referenceValues.at(i)),
                                     QPointF(double(m_viewEnd), m_referenceValues.at(i))};
        m_references.at(i)->replace(line);
        top = std::max(top, m_referenceValues.at(i));
    }
    if (m_fixedRange)
        return;
    m_values->setRange(0, top * 1.15);
    m_values->applyNiceNumbers();
}

void LiveChart::zoom(double factor, double anchor)
{
    const double width = double(m_viewEnd - m_viewStart);
    const double anchorMs = double(m_viewStart) + anchor * width;
    double newWidth = std::clamp(width * factor, double(MinimumViewMs), double(m_rangeEnd - m_rangeStart));
    qint64 start = qint64(anchorMs - anchor * newWidth);
    qint64 end = start + qint64(newWidth);
    if (start < m_rangeStart) {
        end += m_rangeStart - start;
        start = m_rangeStart;
    }
    if (end > m_rangeEnd) {
        start -= end - m_rangeEnd;
        end = m_rangeEnd;
    }
    m_viewStart = std::max(start, m_rangeStart);
    m_viewEnd = end;
    m_zoomed = m_viewStart > m_rangeStart || m_viewEnd < m_rangeEnd;
    redraw();
    emit zoomChanged();
}

void LiveChart::pan(qint64 deltaMs)
{
    if (!m_zoomed)
        return;
    const qint64 width = m_viewEnd - m_viewStart;
    m_viewStart = std::clamp(m_viewStart + deltaMs, m_rangeStart, m_rangeEnd - width);
    m_viewEnd = m_viewStart + width;
    redraw();
    emit zoomChanged();
}

void LiveChart::resetZoom()
{
    m_zoomed = false;
    m_viewStart = m_rangeStart;
    m_viewEnd = m_rangeEnd;
    redraw();
    emit zoomChanged();
}

void LiveChart::wheelEvent(QWheelEvent *event)
{
    const QRectF area = chart()->plotArea();
    const double x = chart()->mapFromScene(mapToScene(event->position().toPoint())).x();
    const double anchor = area.width() > 0 ? std::clamp((x - area.left()) / area.width(), 0.0, 1.0) : 0.5;
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return QChartView::wheelEvent(event);
    zoom(std::pow(0.8, steps), anchor);
    event->accept();
}

void LiveChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_zoomed) {
        m_dragFrom = event->pos();
        m_dragViewStart = m_viewStart;
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void LiveChart::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragViewStart >= 0) {
        const double width = chart()->plotArea().width();
        if (width > 0) {
            const double msPerPixel = double(m_viewEnd - m_viewStart) / width;
            const qint64 target = m_dragViewStart - qint64((event->pos().x() - m_dragFrom.x()) * msPerPixel);
            pan(target - m_viewStart);
        }
        event->accept();
        return;
    }
    QChartView::mouseMoveEvent(event);
}

void LiveChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragViewStart >= 0) {
        m_dragViewStart = -1;
        unsetCursor();
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void LiveChart::mouseDoubleClickEvent(QMouseEvent *event)
{
    resetZoom();
    event->accept();
}

void LiveChart::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *reset = menu.addAction(tr("Reset zoom"), this, &LiveChart::resetZoom);
    reset->setEnabled(m_zoomed);
    menu.addSeparator();
    menu.addAction(tr("Export Chart as PNG…"), this, &LiveChart::exportPngInteractively);
    menu.addAction(tr("Export Data as CSV…"), this, &LiveChart::exportCsvInteractively);
    menu.exec(event->globalPos());
}

void LiveChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        chart()->setLocale(DisplayFormat().chartLocale());
        redraw();
    }
    if (event->type() == QEvent::PaletteChange)
        applyColours();
    QChartView::changeEvent(event);
}

void LiveChart::applyColours()
{
    const StatePalette colours = StatePalette::forPalette(palette());
    const QChart::ChartTheme theme = colours.isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    // A theme decorates every series and axis anew: the lines get their colours back below.
    if (chart()->theme() != theme)
        chart()->setTheme(theme);
    chart()->setBackgroundBrush(palette().color(QPalette::Base));
    chart()->setTitleBrush(palette().color(QPalette::Text));
    for (qsizetype i = 0; i < m_series.size(); ++i)
        m_series.at(i)->setPen(QPen(m_seriesInks.at(i).in(colours), 2));
    for (qsizetype i = 0; i < m_references.size(); ++i)
        m_references.at(i)->setPen(QPen(m_referenceInks.at(i).in(colours), 1.5, Qt::DashLine));
    m_noteItem->setBrush(colours.color(StatePalette::Role::Muted));
}

void LiveChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    fitLegend();
    redraw();
}

void LiveChart::fitLegend()
{
    QLegend *legend = chart()->legend();
    const QFontMetrics metrics(legend->font());
    // Each entry: its marker (about a line high), the label, and the gaps either side.
    int needed = 0;
    for (QLegendMarker *marker : legend->markers())
        if (marker->isVisible())
            needed += metrics.horizontalAdvance(marker->label()) + metrics.height() * 2;
    const QMargins margins = chart()->margins();
    const Qt::Alignment side = needed <= width() - margins.left() - margins.right() - metrics.height()
                                   ? Qt::AlignBottom
                                   : Qt::AlignRight;
    if (legend->alignment() != side)
        legend->setAlignment(side);
}

Status LiveChart::exportPng(const QString &path)
{
    if (!grab().save(path, "PNG"))
        return Error{QStringLiteral("chart.png"),
                     tr("The chart could not be saved as %1.").arg(QDir::toNativeSeparators(path))};
    return success();
}

QString LiveChart::csv() const
{
    QStringList names;
    for (const QLineSeries *s : m_series)
        names.append(s->name());
    return ChartCsv::format(names, m_full);
}

Status LiveChart::exportCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv().toUtf8()) < 0 || !file.commit())
        return Error{QStringLiteral("chart.csv"),
                     tr("The data could not be saved as %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    return success();
}

void LiveChart::exportPngInteractively()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Chart as PNG"), chart()->title() + QStringLiteral(".png"), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (const Status saved = exportPng(path); !saved.ok())
        QMessageBox::warning(this, tr("Export Chart as PNG"), saved.error().message);
}

void LiveChart::exportCsvInteractively()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Data as CSV"), chart()->title() + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Status saved = exportCsv(path); !saved.ok())
        QMessageBox::warning(this, tr("Export Data as CSV"), saved.error().message);
}

} // namespace supadesk
