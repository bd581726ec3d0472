// SPDX-License-Identifier: GPL-3.0-or-later
// Latency histograms: percentiles close to the exact nearest-rank values, exact for small values,
// additive, and stable in their stored form.
#include "core/uptime/latencyhistogram.h"
#include "core/uptime/latencystats.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace supadesk;

class TestUptimeLatencyHistogram : public QObject
{
    Q_OBJECT

private slots:
    void percentilesNearExact_data()
    {
        QTest::addColumn<int>("low");
        QTest::addColumn<int>("high");
        QTest::newRow("fast local probes") << 1 << 20;
        QTest::newRow("typical") << 3 << 400;
        QTest::newRow("slow and spread") << 50 << 30000;
    }
    void percentilesNearExact()
    {
        QFETCH(int, low);
        QFETCH(int, high);
        QRandomGenerator random(7);
        ProbeResults probes;
        LatencyHistogram h;
        for (int i = 0; i < 5000; ++i) {
            const int v = low + int(random.bounded(high - low + 1));
            probes.append({i * 1000LL, QStringLiteral("rest"), true, v, QString(), QStringLiteral("app")});
            h.add(v);
        }
        const LatencyStats exact = LatencyStats::compute(probes, QStringLiteral("rest"), {0, 5'000'000});
        QCOMPARE(qint64(h.count()), qint64(exact.samples));
        for (const auto &[approx, value] :
             {std::pair{h.percentile(0.5), exact.p50}, {h.percentile(0.95), exact.p95}}) {
            QVERIFY(approx.has_value());
            QVERIFY2(std::abs(*approx - *value) <= 1 + *value * 25 / 1000,
                     qPrintable(QStringLiteral("%1 vs exact %2").arg(*approx).arg(*value)));
        }
    }

    void smallValuesAreExact()
    {
        LatencyHistogram h;
        for (int v : {4, 4, 5, 9, 12})
            h.add(v);
        QCOMPARE(h.percentile(0.5), std::optional<int>(5));
        QCOMPARE(h.percentile(0.95), std::optional<int>(12));
        QCOMPARE(h.percentile(0.01), std::optional<int>(4));
    }

    void emptyHasNoPercentile()
    {
        QVERIFY(!LatencyHistogram().percentile(0.5).has_value());
        QVERIFY(LatencyHistogram::fromBytes(QByteArray()).isEmpty());
    }

    void mergeEqualsAddingEverything()
    {
        LatencyHistogram a, b, all;
        for (int i = 0; i < 300; ++i) {
            (i % 2 ? a : b).add(i * 7);
            all.add(i * 7);
        }
        a.merge(b);
        QCOMPARE(a, all);
        QCOMPARE(a.percentile(0.95), all.percentile(0.95));
    }

    void bytesRoundTrip()
    {
        LatencyHistogram h;
        h.add(3, 10);
        h.add(250, 2);
        h.add(60000);
        const QByteArray bytes = h.toBytes();
        QCOMPARE(bytes.size(), 18); // three buckets of six bytes
        QCOMPARE(LatencyHistogram::fromBytes(bytes), h);
    }

    void bucketsCoverTheirValue()
    {
        for (int v = 0; v < 100000; v += 37) {
            const int r = LatencyHistogram::representative(LatencyHistogram::bucketOf(v));
            QVERIFY2(std::abs(r - v) <= 1 + v / 40, qPrintable(QStringLiteral("%1 -> %2").arg(v).arg(r)));
        }
    }
};

QTEST_MAIN(TestUptimeLatencyHistogram)
#include "tst_uptimelatencyhistogram.moc"
