// SPDX-License-Identifier: GPL-3.0-or-later
// The monthly uptime report for managers, from a constructed month of probe results with known
// incidents: the figures, the PDF as a reader gets it (text through pdftotext, pages rendered with
// pdftoppm) in English and Georgian, the CSV, and the export dialog across a language change.
#include "gui/uptime/exportreportdialog.h"
#include "gui/uptime/uptimeoverviewbuilder.h"
#include "gui/uptime/uptimereportcsv.h"
#include "gui/uptime/uptimereportpdf.h"
#include "gui/uptime/uptimereportsummary.h"
#include "gui/uptime/uptimetext.h"
#include "services/translationloader.h"
#include "uptimescenario.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QImage>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;
namespace sc = uptimescenario;

namespace {

UptimeOverview overviewOf(const Stack &stack, const ProbeResults &probes, double target,
                          const QList<MaintenanceWindow> &maintenance = {})
{
    UptimeOverviewBuilder::Request r;
    r.stackId = stack.id;
    r.stackName = stack.name;
    r.target = target;
    r.year = 2026;
    r.month = 11;
    r.zone = QTimeZone::utc();
    r.nowMs = sc::monthEnd() + 3600'000;
    r.maintenance = maintenance;
    return UptimeOverviewBuilder::fromProbes(r, probes);
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qWarning("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput());
}

// pdftotext breaks lines where the layout does; compare with runs of spaces folded.
QString folded(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.replace(space, QStringLiteral(" "));
}

} // namespace

class TestUptimeReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QList<UptimeOverview> m_overviews;

    UptimeText textFor(const QString &language)
    {
        UptimeText text;
        if (!text.setLanguage(language))
            qFatal("cannot load %s", qPrintable(language));
        return text;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const StackList stacks = sc::stacks();
        m_overviews = {overviewOf(stacks.at(0), sc::prod(), 0.999,
                                  {{1, sc::prodMaintenance(), QStringLiteral("upgrade")}}),
                       overviewOf(stacks.at(1), sc::staging(), 0.9995)};
    }

    void figuresOfTheMonth()
    {
        const UptimeOverview &prod = m_overviews.at(0);
        QVERIFY(prod.hasData());
        QCOMPARE(prod.monthReport.downMs, qint64(sc::kProdDownMinutes * 60'000));
        QCOMPARE(prod.monthReport.maintenanceMs, qint64(sc::kProdMaintenanceMinutes * 60'000));
        QVERIFY(qFuzzyCompare(*prod.monthReport.availability, sc::prodAvailability()));
        QCOMPARE(prod.metTarget(), std::optional<bool>(true));
        const double allowed = 0.001 * (sc::kMonthMinutes - sc::kProdMaintenanceMinutes);
        QVERIFY(qFuzzyCompare(prod.budget.allowedMinutes, allowed));
        QVERIFY(qFuzzyCompare(prod.budget.remainingMinutes, allowed - sc::kProdDownMinutes));

        // Three incidents, oldest first: the blip of 5 Nov and the maintenance are not among them.
        QCOMPARE(prod.incidents.size(), 3);
        QCOMPARE(prod.incidents.at(0).range, (TimeRange{sc::at(3, 10, 0), sc::at(3, 10, 12)}));
        QCOMPARE(prod.incidents.at(0).components, QStringList{QStringLiteral("postgres")});
        QCOMPARE(prod.incidents.at(0).reasons, QStringList{QStringLiteral("connection refused")});
        QCOMPARE(prod.incidents.at(1).reasons, QStringList{QStringLiteral("HTTP 502")});
        QCOMPARE(prod.incidents.at(2).range, (TimeRange{sc::at(20, 14, 0), sc::at(20, 14, 20)}));
        QVERIFY(prod.incidents.at(2).noProbeResults);
        QCOMPARE(prod.incidents.at(2).components.size(), 3);

        // Day by day: 3 Nov lost 12 minutes, 25 Nov only maintenance, 6 Nov nothing.
        QCOMPARE(prod.days.size(), 30);
        QVERIFY(qFuzzyCompare(*prod.days.at(2).availability, (1440.0 - 12) / 1440.0));
        QCOMPARE(*prod.days.at(24).availability, 1.0);
        QCOMPARE(prod.days.at(24).maintenanceMs, qint64(3600'000));
        QCOMPARE(*prod.days.at(5).availability, 1.0);

        // Response times per component and day.
        QCOMPARE(prod.latency.size(), 3);
        QVERIFY(prod.latency.at(0).month.p50.has_value());
        QCOMPARE(prod.latency.at(0).days.size(), 30);

        const UptimeOverview &staging = m_overviews.at(1);
        QCOMPARE(staging.metTarget(), std::optional<bool>(false));
        QVERIFY(qFuzzyCompare(*staging.monthReport.availability, sc::stagingAvailability()));
        QVERIFY(staging.budget.remainingMinutes < 0);
    }

    void summaryInTheReportsLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("unexpected");
        // The longest incident began on 20 November; 37 of 43,140 counted minutes were down.
        QTest::newRow("English") << QStringLiteral("en")
                                 << QStringList{"In November 2026,", "99.914%", "99.90%",
                                                "on 20 November 2026", "20 min"}
                                 << QStringList{"2026-11"};
        QTest::newRow("Georgian") << QStringLiteral("ka")
                                  << QStringList{"ნოემბერი 2026",     "99,914%", "99,90%",
                                                 "20 ნოემბერი, 2026", "20 წთ",   "37,0 წთ"}
                                  << QStringList{"November", "99.9", "2026-11", " %"};
    }

    void summaryInTheReportsLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, unexpected);
        const QString paragraph = UptimeReportSummary::paragraph(m_overviews.at(0), textFor(language));
        for (const QString &part : expected)
            QVERIFY2(paragraph.contains(part),
                     qPrintable(QStringLiteral("“%1” not in: %2").arg(part, paragraph)));
        for (const QString &part : unexpected)
            QVERIFY2(!paragraph.contains(part),
                     qPrintable(QStringLiteral("“%1” in: %2").arg(part, paragraph)));
    }

    void pdf_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Georgian") << QStringLiteral("ka");
    }

    void pdf()
    {
        QFETCH(QString, language);
        const UptimeText text = textFor(language);
        const QString path = m_dir.filePath(QStringLiteral("uptime-report-%1.pdf").arg(language));
        UptimeReportPdf::Options options;
        options.year = 2026;
        options.month = 11;
        options.zone = QTimeZone::utc();
        options.generatedAtMs = sc::monthEnd() + 9 * 3600'000;
        const Status written = UptimeReportPdf::write(path, m_overviews, options, text);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));

        const QString info = run(QStringLiteral("pdfinfo"), {path});
        const QRegularExpressionMatch pagesMatch =
            QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        QVERIFY2(pagesMatch.hasMatch(), qPrintable(info));
        const int pages = pagesMatch.captured(1).toInt();
        QCOMPARE(pages, 3); // the overview, then one page per stack
        QVERIFY(info.contains(QLatin1String("A4")));

        const QString body =
            folded(run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")}));
        const QStringList expected = {
            text.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "Uptime report")),
            text.monthTitle(2026, 11),
            QStringLiteral("prod"),
            QStringLiteral("staging"),
            text.percent(sc::prodAvailability()),
            text.percent(sc::stagingAvailability()),
            text.percent(0.999, 2),
            text.percent(0.9995, 2),
            text.minutes(sc::kProdDownMinutes),
            text.minutes(0.001 * (sc::kMonthMinutes - sc::kProdMaintenanceMinutes) - sc::kProdDownMinutes),
            text.minutes(sc::kStagingDownMinutes),
            // The incidents' times in the language's numeric date form.
            language == QLatin1String("ka") ? QStringLiteral("03.11.2026 10:00")
                                            : QStringLiteral("03/11/2026 10:00"),
            language == QLatin1String("ka") ? QStringLiteral("03.11.2026 10:12")
                                            : QStringLiteral("03/11/2026 10:12"),
            text.reason(
                QStringLiteral("connection refused")), // stored in English, said in the report's language
            QStringLiteral("HTTP 502"),
            text.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "Missed")),
            text.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "Page %1 of %2")).arg(1).arg(pages),
            text.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "Page %1 of %2")).arg(pages).arg(pages),
            text.dateTime(options.generatedAtMs, options.zone),
        };
        for (const QString &figure : expected)
            QVERIFY2(body.contains(folded(figure)),
                     qPrintable(QStringLiteral("“%1” not in:\n%2").arg(figure, body)));
        static const QRegularExpression georgian(QStringLiteral("[\\x{10D0}-\\x{10FF}]{3,}"));
        if (language == QLatin1String("ka")) {
            QVERIFY2(georgian.match(body).hasMatch(), qPrintable(body));
            QVERIFY(!body.contains(QLatin1String("Uptime report")));
            QVERIFY(!body.contains(QLatin1String("Availability")));
        } else {
            QVERIFY(!georgian.match(body).hasMatch());
        }

        // Every page renders; look at them with SUPADESK_SCREENSHOT_DIR set.
        const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR", m_dir.path());
        const QString prefix = QDir(dir).filePath(QStringLiteral("uptime-report-%1").arg(language));
        run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("80"), QStringLiteral("-png"), path, prefix});
        for (int page = 1; page <= pages; ++page) {
            const QImage image(QStringLiteral("%1-%2.png").arg(prefix).arg(page));
            QVERIFY2(!image.isNull(), qPrintable(prefix));
            QVERIFY(image.width() < image.height()); // portrait
            int dark = 0;
            for (int y = 0; y < image.height(); y += 4)
                for (int x = 0; x < image.width(); x += 4)
                    dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
            QVERIFY2(dark > 100, qPrintable(QStringLiteral("page %1 looks empty").arg(page)));
        }
    }

    void csv()
    {
        const QString pdfPath = m_dir.filePath(QStringLiteral("report.pdf"));
        const QString csvPath = ExportReportDialog::csvPathFor(pdfPath);
        QCOMPARE(csvPath, m_dir.filePath(QStringLiteral("report.csv")));
        const Status written = UptimeReportCsv::write(csvPath, m_overviews);
        QVERIFY(written.ok());
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.first().split(QLatin1Char(',')), UptimeReportCsv::header());
        const auto column = [](const QString &name) { return UptimeReportCsv::header().indexOf(name); };
        QList<QStringList> rows;
        for (qsizetype i = 1; i < lines.size(); ++i)
            rows.append(lines.at(i).split(QLatin1Char(',')));
        const auto rowsOf = [&](const QString &kind, const QString &stack) {
            QList<QStringList> out;
            for (const QStringList &r : rows)
                if (r.value(column(QStringLiteral("kind"))) == kind &&
                    r.value(column(QStringLiteral("stack"))) == stack)
                    out.append(r);
            return out;
        };
        // Per stack: one month row, 30 day rows and its incidents.
        QCOMPARE(rows.size(), 2 * (1 + 30) + 3 + 1);
        const QStringList month = rowsOf(QStringLiteral("month"), QStringLiteral("prod")).value(0);
        QCOMPARE(month.value(column(QStringLiteral("availability_pct"))),
                 QString::number(sc::prodAvailability() * 100, 'f', 4));
        QCOMPARE(month.value(column(QStringLiteral("target_pct"))), QStringLiteral("99.900"));
        QCOMPARE(month.value(column(QStringLiteral("downtime_minutes"))), QStringLiteral("37.00"));
        QCOMPARE(month.value(column(QStringLiteral("maintenance_minutes"))), QStringLiteral("60.00"));
        QCOMPARE(month.value(column(QStringLiteral("incidents"))), QStringLiteral("3"));
        QCOMPARE(
            month.value(column(QStringLiteral("budget_remaining_minutes"))),
            QString::number(0.001 * (sc::kMonthMinutes - sc::kProdMaintenanceMinutes) - sc::kProdDownMinutes,
                            'f', 2));
        QCOMPARE(month.value(column(QStringLiteral("start"))), QStringLiteral("2026-11-01T00:00:00+00:00"));
        QCOMPARE(rowsOf(QStringLiteral("day"), QStringLiteral("prod")).size(), 30);
        const QStringList third = rowsOf(QStringLiteral("day"), QStringLiteral("prod")).at(2);
        QCOMPARE(third.value(column(QStringLiteral("downtime_minutes"))), QStringLiteral("12.00"));
        const QList<QStringList> incidents = rowsOf(QStringLiteral("incident"), QStringLiteral("prod"));
        QCOMPARE(incidents.size(), 3);
        QCOMPARE(incidents.at(0).value(column(QStringLiteral("reason"))),
                 QStringLiteral("connection refused"));
        QCOMPARE(incidents.at(0).value(column(QStringLiteral("components"))), QStringLiteral("postgres"));
        QCOMPARE(incidents.at(2).value(column(QStringLiteral("downtime_minutes"))), QStringLiteral("20.00"));
        QCOMPARE(incidents.at(2).value(column(QStringLiteral("reason"))), QStringLiteral("no probe results"));
        const QStringList staging = rowsOf(QStringLiteral("month"), QStringLiteral("staging")).value(0);
        QCOMPARE(staging.value(column(QStringLiteral("budget_remaining_minutes"))),
                 QString::number(0.0005 * sc::kMonthMinutes - sc::kStagingDownMinutes, 'f', 2));
    }

    // A language change reaches the dialog's own texts as well as the form's: the Export button (a
    // renamed OK, which the button box puts back to Qt's text on a language change) and the months.
    void exportDialogFollowsALanguageChange()
    {
        QVERIFY(TranslationLoader::instance().apply(QStringLiteral("en")));
        ExportReportDialog dialog(sc::stacks(), {}, QDate(2026, 11, 1));
        dialog.show();
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *month = dialog.findChild<QComboBox *>(QStringLiteral("month"));
        QCOMPARE(ok->text(), QStringLiteral("Export"));
        const QString englishMonth = month->currentText();

        QVERIFY(TranslationLoader::instance().apply(QStringLiteral("ka")));
        const auto ka = [](const char *text) {
            return QCoreApplication::translate("supadesk::ExportReportDialog", text);
        };
        QVERIFY(ka("Export") != QLatin1String("Export"));
        QTRY_COMPARE(dialog.windowTitle(), ka("Export uptime report"));
        QCOMPARE(ok->text(), ka("Export"));
        QCOMPARE(month->currentText(), UptimeText().monthTitle(2026, 11));
        QVERIFY(month->currentText() != englishMonth);
        QVERIFY(TranslationLoader::instance().apply(QStringLiteral("en")));
    }

    void fieldsWithCommasAreQuoted()
    {
        UptimeOverview o = m_overviews.at(0);
        o.stackName = QStringLiteral("prod, \"eu\"");
        const QString csv = QString::fromUtf8(UptimeReportCsv::render({o}));
        QVERIFY(csv.contains(QLatin1String("\"prod, \"\"eu\"\"\"")));
    }
};

QTEST_MAIN(TestUptimeReport)
#include "tst_uptimereport.moc"
