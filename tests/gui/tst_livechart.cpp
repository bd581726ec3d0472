// SPDX-License-Identifier: GPL-3.0-or-later
// A week of 1-second samples in one chart: it draws about two points per pixel, keeps a single-sample
// spike visible at every zoom, and shows the samples themselves once zoomed in far enough.
#include "gui/dashboard/livechart.h"
#include "services/translationloader.h"

#include <QGraphicsTextItem>
#include <QLineSeries>
#include <QRegularExpression>
#include <QtTest>

using namespace supadesk;

class TestLiveChart : public QObject
{
    Q_OBJECT

    // What the axes say: every text item in the chart's scene.
    static QStringList labels(LiveChart &chart)
    {
        QStringList out;
        for (QGraphicsItem *item : chart.scene()->items())
            if (auto *text = dynamic_cast<QGraphicsTextItem *>(item))
                out.append(text->toPlainText());
        return out;
    }

private slots:
    // Three days of values around 1234.5: the time axis shows days with month names, the value axis
    // one decimal; both written in the interface's language, also after switching it.
    void axesFollowTheLanguage()
    {
        QVERIFY(TranslationLoader::instance().apply(QStringLiteral("en")));
        const qint64 start = QDateTime(QDate(2026, 11, 2), QTime(0, 0)).toMSecsSinceEpoch();
        QList<QPointF> points;
        for (int hour = 0; hour <= 72; ++hour)
            points.append(QPointF(double(start + hour * 3'600'000LL), 1234.5 + hour % 7));
        LiveChart chart;
        chart.addSeries(Qt::blue);
        chart.setLabelFormat(QStringLiteral("%.1f"));
        chart.resize(640, 320);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setPoints(0, points);
        chart.setTimeRange(start, start + 72 * 3'600'000LL);
        QVERIFY(chart.chart()->localizeNumbers());
        static const QRegularExpression pointDecimal(QStringLiteral("^\\d[\\d,]*\\.\\d$"));
        static const QRegularExpression commaDecimal(QStringLiteral("^\\d+,\\d$"));
        QTRY_VERIFY2(labels(chart).join(QLatin1Char('|')).contains(QLatin1String("Nov")),
                     qPrintable(labels(chart).join(QLatin1Char('|'))));
        QVERIFY2(!labels(chart).filter(pointDecimal).isEmpty(),
                 qPrintable(labels(chart).join(QLatin1Char('|'))));

        QVERIFY(TranslationLoader::instance().apply(QStringLiteral("ka")));
        // Widgets hear of the switch through a posted LanguageChange.
        QTRY_COMPARE(chart.chart()->locale().language(), QLocale::Georgian);
        // Georgian month names ("3 ნოე") and decimal commas, with no group separator (Qt 6.4 groups
        // Georgian oddly; see DisplayFormat::chartLocale()).
        QTRY_VERIFY2(labels(chart).join(QLatin1Char('|')).contains(QStringLiteral("ნოე")),
                     qPrintable(labels(chart).join(QLatin1Char('|'))));
        QVERIFY2(!labels(chart).filter(commaDecimal).isEmpty(),
                 qPrintable(labels(chart).join(QLatin1Char('|'))));
        QVERIFY2(labels(chart).filter(pointDecimal).isEmpty(),
                 qPrintable(labels(chart).join(QLatin1Char('|'))));
        if (const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR"); !dir.isEmpty())
            chart.grab().save(dir + QStringLiteral("/livechart-days-ka.png"));
        QVERIFY(TranslationLoader::instance().apply(QStringLiteral("en")));
        QTRY_VERIFY(labels(chart).join(QLatin1Char('|')).contains(QLatin1String("Nov")));
    }

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
