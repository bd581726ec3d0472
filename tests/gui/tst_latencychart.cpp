// SPDX-License-Identifier: GPL-3.0-or-later
// The Uptime workspace's response-time chart draws every day that has figures, also a day whose
// neighbours have none (a stack's first day of probes, a day between two gaps).
#include "gui/uptime/latencychartpainter.h"
#include "gui/uptime/uptimetext.h"
#include "services/translationloader.h"

#include <QImage>
#include <QPainter>
#include <QtTest>

using namespace supadesk;

namespace {

UptimeOverview monthWith(const QList<int> &daysWithFigures)
{
    UptimeOverview o;
    o.year = 2026;
    o.month = 12;
    ComponentLatency postgres;
    postgres.component = QStringLiteral("postgres");
    for (int d = 1; d <= 31; ++d) {
        UptimeDay day;
        day.date = QDate(2026, 12, d);
        o.days.append(day);
        ComponentLatency::Day figures;
        figures.date = day.date;
        if (daysWithFigures.contains(d)) {
            figures.p50 = 4;
            figures.p95 = 9;
        }
        postgres.days.append(figures);
    }
    o.latency.append(postgres);
    return o;
}

// Pixels in the component's colour above the legend (the legend shows the colour too).
int componentPixels(const UptimeOverview &o)
{
    QImage image(900, 400, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing, false);
        LatencyChartPainter::paint(p, QRectF(0, 0, image.width(), image.height()), o, UptimeText());
    }
    const QRgb colour = LatencyChartPainter::componentColor(0).rgb();
    int count = 0;
    for (int y = 0; y < image.height() * 3 / 4; ++y)
        for (int x = 0; x < image.width(); ++x)
            count += (image.pixel(x, y) & 0xffffff) == (colour & 0xffffff);
    return count;
}

} // namespace

class TestLatencyChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TranslationLoader::instance().apply(QStringLiteral("en")); }

    void aLoneDayIsDrawn()
    {
        QCOMPARE(componentPixels(monthWith({})), 0);
        QVERIFY(componentPixels(monthWith({7})) > 0);
        QVERIFY(componentPixels(monthWith({3, 7, 8, 9})) > componentPixels(monthWith({7, 8, 9})));
    }
};

QTEST_MAIN(TestLatencyChart)
#include "tst_latencychart.moc"
