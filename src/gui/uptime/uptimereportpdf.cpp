// SPDX-License-Identifier: GPL-3.0-or-later
#include "uptimereportpdf.h"

#include "daychartpainter.h"
#include "gui/common/reportpages.h"
#include "uptimecolors.h"
#include "uptimereportsummary.h"
#include "uptimetext.h"

#include <QDateTime>
#include <QFile>
#include <QSaveFile>

namespace supadesk {

namespace {

constexpr double kMargin = 50.0;
// Paper is white whatever the screen's theme: the report always takes the light colours.
const StatePalette &kPaper = ReportPages::paper();

using Column = ReportPages::Column;

QFont reportFont(int pixelSize, bool bold = false)
{
    return ReportPages::font(pixelSize, bold);
}

// Lays the report out page by page. Run once to count the pages and once to draw with "Page X of Y".
class Layout
{
public:
    Layout(ReportPages &pages, const UptimeText &text, const UptimeReportPdf::Options &options)
        : r(pages), p(pages.p), t(text), m_options(options)
    {}

    void run(const QList<UptimeOverview> &stacks)
    {
        titleBlock(stacks);
        overview(stacks);
        for (const UptimeOverview &u : stacks) {
            r.newPage();
            stackSection(u);
        }
    }

private:
    void titleBlock(const QList<UptimeOverview> &stacks)
    {
        // A coloured band: the first thing a reader sees says what and when.
        r.band();
        r.paragraph(t.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "Uptime report")), reportFont(24, true),
                    UptimeColors::text(kPaper), 4);
        r.paragraph(t.monthTitle(m_options.year, m_options.month), reportFont(15), UptimeColors::text(kPaper),
                    6);
        const QString period =
            t.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "Period: %1 to %2 (%3)"))
                .arg(t.date(QDate(m_options.year, m_options.month, 1)),
                     t.date(QDate(m_options.year, m_options.month, 1).addMonths(1).addDays(-1)),
                     QString::fromUtf8(m_options.zone.id()));
        r.paragraph(period, reportFont(9), UptimeColors::mutedText(kPaper), 2);
        r.paragraph(t.text(QT_TRANSLATE_N_NOOP("supadesk::UptimeText", "%n stack(s) · generated on %1"),
                           static_cast<int>(stacks.size()))
                        .arg(t.dateTime(m_options.generatedAtMs, m_options.zone)),
                    reportFont(9), UptimeColors::mutedText(kPaper), 22);
    }

    // A table whose cells are plain text, coloured by `colorOf` where it is given.
    void table(const QList<Column> &columns, const QList<QStringList> &rows,
               const std::function<QColor(int row, int column)> &colorOf = {})
    {
        QList<QList<ReportPages::Cell>> cells;
        for (int row = 0; row < rows.size(); ++row) {
            QList<ReportPages::Cell> line;
            for (int c = 0; c < columns.size(); ++c)
                line.append(ReportPages::Cell(
                    rows.at(row).value(c), colorOf ? std::optional<QColor>(colorOf(row, c)) : std::nullopt));
            cells.append(line);
        }
        r.table(columns, cells, 7, 9, 4, 14);
    }

    QColor verdictColor(const UptimeOverview &u)
    {
        const UptimeColors::Grade grade = UptimeColors::grade(u.monthReport.availability, u.target);
        return grade == UptimeColors::Grade::NoData ? UptimeColors::mutedText(kPaper)
                                                    : UptimeColors::color(grade, kPaper).darker(115);
    }

    void overview(const QList<UptimeOverview> &stacks)
    {
        r.heading(t.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "Overview")), 13);
        const QList<Column> columns = {
            {t.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "Stack")), 0.16},
            {t.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "Availability")), 0.17, Qt::AlignRight},
            {t.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "Target")), 0.10, Qt::AlignRight},
            {t.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "Downtime")), 0.14, Qt::AlignRight},
            {t.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "Incidents")), 0.13, Qt::AlignRight},
            {t.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "Budget left")), 0.15, Qt::AlignRight},
            {t.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "Result")), 0.15, Qt::AlignRight},
        };
        QList<QStringList> rows;
        for (const UptimeOverview &u : stacks)
            rows.append(
                {u.stackName, t.percent(u.monthReport.availability), t.percent(u.target, 2),
                 u.hasData() ? t.minutes(double(u.monthReport.downMs) / 60000.0) : QStringLiteral("—"),
                 u.hasData() ? t.number(double(u.incidents.size()), 0) : QStringLiteral("—"),
                 u.hasData() ? t.minutes(u.budget.remainingMinutes) : QStringLiteral("—"),
                 UptimeReportSummary::verdict(u, t)});
        table(columns, rows, [&](int row, int c) {
            return (c == 1 || c == 6) ? verdictColor(stacks.at(row)) : UptimeColors::text(kPaper);
        });
        r.paragraph(
            t.text(QT_TRANSLATE_NOOP("supadesk::UptimeText",
                                     "Availability is the share of the month the whole stack answered its "
                                     "probes (database, gateway and its services), leaving out declared "
                                     "maintenance. The error budget is the downtime the target allows.")),
            reportFont(8), UptimeColors::mutedText(kPaper), 8);
    }

    void figures(const UptimeOverview &u)
    {
        const QList<QPair<QString, QString>> boxes = {
            {t.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "Availability")),
             t.percent(u.monthReport.availability)},
            {t.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "Target")), t.percent(u.target, 2)},
            {t.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "Downtime")),
             t.minutes(double(u.monthReport.downMs) / 60000.0)},
            {t.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "Incidents")),
             t.number(double(u.incidents.size()), 0)},
            {t.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "Budget left")),
             t.minutes(u.budget.remainingMinutes)},
        };
        const double gap = 8;
        const double w = (r.width() - gap * (boxes.size() - 1)) / boxes.size();
        const double h = 46;
        r.ensure(h + 10);
        for (int i = 0; i < boxes.size(); ++i) {
            const QRectF r(r.left() + i * (w + gap), r.y(), w, h);
            p.setPen(QPen(UptimeColors::grid(kPaper), 0.6));
            p.setBrush(kPaper.color(StatePalette::Role::Panel));
            p.drawRoundedRect(r, 3, 3);
            p.setFont(reportFont(8));
            p.setPen(UptimeColors::mutedText(kPaper));
            p.drawText(r.adjusted(7, 6, -5, 0), Qt::AlignLeft | Qt::AlignTop, boxes.at(i).first);
            p.setFont(reportFont(13, true));
            p.setPen(i == 0 || i == 4 ? verdictColor(u) : UptimeColors::text(kPaper));
            p.drawText(r.adjusted(7, 0, -5, -6), Qt::AlignLeft | Qt::AlignBottom, boxes.at(i).second);
        }
        r.advance(h + 14);
    }

    void stackSection(const UptimeOverview &u)
    {
        r.heading(u.stackName, 17);
        r.paragraph(UptimeReportSummary::paragraph(u, t), reportFont(10), UptimeColors::text(kPaper), 12);
        if (!u.hasData())
            return;
        figures(u);
        r.heading(t.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "Availability by day")), 11);
        const double chartHeight = 170;
        r.ensure(chartHeight);
        p.setFont(reportFont(9));
        DayChartPainter::paint(p, QRectF(r.left(), r.y(), r.width(), chartHeight), u, t);
        r.advance(chartHeight + 14);

        r.heading(t.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "Incidents")), 11);
        if (u.incidents.isEmpty()) {
            r.paragraph(t.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "No incidents this month.")),
                        reportFont(9), UptimeColors::mutedText(kPaper), 8);
            return alerts(u);
        }
        const QList<Column> columns = {
            {t.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "Start")), 0.18},
            {t.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "End")), 0.18},
            {t.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "Duration")), 0.15, Qt::AlignRight},
            {t.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "Components")), 0.17},
            {t.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "Reason")), 0.32},
        };
        QList<QStringList> rows;
        for (const UptimeIncident &i : u.incidents) {
            const QString reason =
                i.noProbeResults
                    ? t.text(QT_TRANSLATE_NOOP("supadesk::UptimeText",
                                               "No probe results: the server or its probe was down"))
                : i.reasons.isEmpty()
                    ? t.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "No reason recorded"))
                    : [&] {
                          QStringList said;
                          for (const QString &r : i.reasons)
                              said.append(t.reason(r));
                          return said.join(QStringLiteral("; "));
                      }();
            rows.append({t.dateTime(i.range.startMs, u.zone), t.dateTime(i.range.endMs, u.zone),
                         t.duration(i.range.length()), i.components.join(QStringLiteral(", ")), reason});
        }
        table(columns, rows);
        alerts(u);
    }

    // What the server's alerter sent in the month: each alert, how long it lasted, who was told.
    void alerts(const UptimeOverview &u)
    {
        if (u.alerts.isEmpty())
            return;
        r.heading(t.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "Alerts")), 11);
        const QList<Column> columns = {
            {t.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "Rule")), 0.17},
            {t.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "Fired")), 0.18},
            {t.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "Resolved")), 0.18},
            {t.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "Duration")), 0.13, Qt::AlignRight},
            {t.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "Told")), 0.34},
        };
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(u.nowMs, QTimeZone::utc());
        QList<QStringList> rows;
        for (const AlertIncident &a : u.alerts)
            rows.append({a.rule, t.dateTime(a.firedAt.toMSecsSinceEpoch(), u.zone),
                         a.firing() ? t.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "still firing"))
                                    : t.dateTime(a.resolvedAt.toMSecsSinceEpoch(), u.zone),
                         t.duration(a.durationMs(now)), a.toldText()});
        table(columns, rows);
    }

    ReportPages &r;
    QPainter &p;
    const UptimeText &t;
    const UptimeReportPdf::Options &m_options;
};

} // namespace

QByteArray UptimeReportPdf::render(const QList<UptimeOverview> &stacks, const Options &options,
                                   const UptimeText &text)
{
    ReportPages::Furniture furniture;
    furniture.runningHeader = text.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "Uptime report · %1"))
                                  .arg(text.monthTitle(options.year, options.month));
    furniture.generated = text.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "Generated by Supadesk on %1"))
                              .arg(text.dateTime(options.generatedAtMs, options.zone));
    furniture.pageOf = [&text](int page, int total) {
        return text.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "Page %1 of %2"))
            .arg(text.number(page, 0), text.number(total, 0));
    };
    return ReportPages::render(furniture.runningHeader, kMargin, furniture,
                               [&](ReportPages &pages) { Layout(pages, text, options).run(stacks); });
}

Status UptimeReportPdf::write(const QString &path, const QList<UptimeOverview> &stacks,
                              const Options &options, const UptimeText &text)
{
    const QByteArray pdf = render(stacks, options, text);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return Error{QStringLiteral("uptime.report.write"),
                     tr("Cannot write %1: %2").arg(path, file.errorString())};
    return success();
}

} // namespace supadesk
