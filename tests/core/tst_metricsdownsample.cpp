// SPDX-License-Identifier: GPL-3.0-or-later
// Roll-up buckets, retention cut-offs and downsampling for charts.
#include "core/metrics/downsampler.h"
#include "core/metrics/rollup.h"

#include <QtTest>

#include <cmath>

using namespace supadesk;

class TestMetricsDownsample : public QObject
{
    Q_OBJECT

private slots:
    void bucketStart_data()
    {
        QTest::addColumn<qint64>("t");
        QTest::addColumn<qint64>("bucket");
        QTest::addColumn<qint64>("start");
        QTest::newRow("on the boundary") << qint64(120'000) << Rollup::MinuteMs << qint64(120'000);
        QTest::newRow("just before") << qint64(119'999) << Rollup::MinuteMs << qint64(60'000);
        QTest::newRow("hour") << qint64(7'199'999) << Rollup::HourMs << qint64(3'600'000);
        QTest::newRow("before 1970") << qint64(-1) << Rollup::MinuteMs << qint64(-60'000);
        QTest::newRow("before 1970, on boundary") << qint64(-60'000) << Rollup::MinuteMs << qint64(-60'000);
    }

    void bucketStart()
    {
        QFETCH(qint64, t);
        QFETCH(qint64, bucket);
        QTEST(Rollup::bucketStart(t, bucket), "start");
    }

    void bucketAggregates()
    {
        RollupBucket a;
        QCOMPARE(a.mean(), 0.0);
        a.add(3);
        a.add(-1);
        RollupBucket b;
        b.add(10);
        a.merge(b);
        a.merge(RollupBucket()); // an empty bucket changes nothing
        QCOMPARE(a.min, -1.0);
        QCOMPARE(a.max, 10.0);
        QCOMPARE(a.count, 3);
        QCOMPARE(a.mean(), 4.0);
    }

    void retentionCutoffs()
    {
        RetentionPolicy p;
        p.rawMs = Rollup::DayMs;
        p.minuteMs = 2 * Rollup::DayMs;
        p.hourMs = 10 * Rollup::DayMs;
        const qint64 now = 100 * Rollup::DayMs + 5 * Rollup::HourMs + 30 * Rollup::MinuteMs + 30'000;
        QCOMPARE(p.rawCutoff(now), now - Rollup::DayMs);
        // Buckets that straddle the window's edge are kept whole.
        QCOMPARE(p.minuteCutoff(now), now - 2 * Rollup::DayMs - 30'000);
        QCOMPARE(p.hourCutoff(now), now - 10 * Rollup::DayMs - 30 * Rollup::MinuteMs - 30'000);
    }

    void minMaxKeepsSpikes()
    {
        QList<QPointF> points;
        for (int i = 0; i < 100'000; ++i)
            points.append(QPointF(i, std::sin(i / 1000.0)));
        points[54'321].setY(50);  // one spike up
        points[77'777].setY(-50); // and one down
        const QList<QPointF> out = Downsampler::minMax(points, 500);
        QVERIFY(out.size() <= 2 * 500 + 2);
        QVERIFY(out.size() > 500);
        QCOMPARE(out.first(), points.first());
        QCOMPARE(out.last(), points.last());
        QVERIFY(out.contains(points.at(54'321)));
        QVERIFY(out.contains(points.at(77'777)));
        for (qsizetype i = 1; i < out.size(); ++i)
            QVERIFY(out.at(i).x() > out.at(i - 1).x());
    }

    void minMaxLeavesShortSeriesAlone()
    {
        const QList<QPointF> points = {{0, 1}, {1, 2}, {2, 3}};
        QCOMPARE(Downsampler::minMax(points, 10), points);
        QCOMPARE(Downsampler::minMax({}, 10), QList<QPointF>());
    }

    void minMaxWithGaps()
    {
        // Data only at the two ends of the range: empty buckets in between add nothing.
        QList<QPointF> points;
        for (int i = 0; i < 50; ++i)
            points.append(QPointF(i, i));
        for (int i = 0; i < 50; ++i)
            points.append(QPointF(10'000 + i, -i));
        const QList<QPointF> out = Downsampler::minMax(points, 10);
        QVERIFY(out.size() <= 22);
        QVERIFY(out.contains(QPointF(49, 49)));
        QVERIFY(out.contains(QPointF(10'049, -49)));
    }
};

QTEST_GUILESS_MAIN(TestMetricsDownsample)
#include "tst_metricsdownsample.moc"
