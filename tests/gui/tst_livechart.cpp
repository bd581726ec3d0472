// SPDX-License-Identifier: GPL-3.0-or-later
// A week of 1-second samples in one chart: it draws about two points per pixel, keeps a single-sample
// spike visible at every zoom, and shows the samples themselves once zoomed in far enough.
#include "gui/dashboard/livechart.h"

#include <QLineSeries>
#include <QtTest>

using namespace supadesk;

class TestLiveChart : public QObject
{
    Q_OBJECT

private slots:
    void weekOfSecondsKeepsItsSpike()
    {
        const qint64 start = 1'700'000'000'000;
        const int count = 604'800;
        const int spikeAt = 345'678;
        QList<QPointF> points;
        points.reserve(count);
        for (qint64 i = 0; i < count; ++i)
            points.append(QPointF(double(start + i * 1000), i == spikeAt ? 5000.0 : double(i % 100)));
        LiveChart chart;
        chart.addSeries(Qt::blue);
        chart.resize(560, 300);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setPoints(0, points);
        chart.setTimeRange(start, start + qint64(count) * 1000);
        const int pixels = int(chart.chart()->plotArea().width());
        QVERIFY2(chart.drawnPointCount(0) <= 5 * pixels / 2, // the plot narrows once its labels are laid out
                 qPrintable(QStringLiteral("%1 drawn, %2 px").arg(chart.drawnPointCount(0)).arg(pixels)));
        QVERIFY(chart.drawnPointCount(0) >= pixels);
        auto *series = qobject_cast<QLineSeries *>(chart.chart()->series().at(0));
        auto maxDrawn = [series] {
            double top = 0;
            for (const QPointF &p : series->points())
                top = std::max(top, p.y());
            return top;
        };
        QCOMPARE(maxDrawn(), 5000.0);
        // An hour around the spike: 3,600 samples, still reduced, spike kept.
        const qint64 spikeMs = start + qint64(spikeAt) * 1000;
        chart.zoom(3'600'000.0 / double(qint64(count) * 1000), double(spikeAt) / count);
        QVERIFY(chart.isZoomed());
        QCOMPARE(maxDrawn(), 5000.0);
        // A minute: every sample in view is drawn as it is.
        chart.zoom(60'000.0 / double(chart.viewEndMs() - chart.viewStartMs()), 0.5);
        const qint64 from = chart.viewStartMs(), to = chart.viewEndMs();
        int inView = 0;
        for (const QPointF &p : std::as_const(points))
            inView += p.x() >= double(from) && p.x() <= double(to);
        QVERIFY(chart.drawnPointCount(0) >= inView);
        QVERIFY(chart.drawnPointCount(0) <= inView + 2);
        QVERIFY(spikeMs >= from - 3'600'000);
    }
};

QTEST_MAIN(TestLiveChart)
#include "tst_livechart.moc"
