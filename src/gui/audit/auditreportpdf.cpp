// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditreportpdf.h"

#include "auditstatustext.h"
#include "gui/common/reportpages.h"
#include "gui/styles/statepalette.h"
#include "gui/uptime/uptimetext.h"

#include <QSaveFile>

#include <functional>

namespace supadesk {

namespace {

constexpr double kMargin = 45.0;
constexpr int kStacksPerMatrix = 6;
constexpr const char *kContext = "supadesk::AuditReportPdf";

using Column = ReportPages::Column;
using Cell = ReportPages::Cell;

QFont reportFont(double pixelSize, bool bold = false)
{
    return ReportPages::font(pixelSize, bold);
}

QColor paper(StatePalette::Role role)
{
    return ReportPages::paper().color(role);
}

// A status in its colour, on a tint of it unless it is the quiet pass or plain text.
Cell stateCell(const QString &text, std::optional<StatePalette::Role> role, bool bold = false)
{
    if (!role)
        return Cell(text, std::nullopt, bold);
    const bool quiet = *role == StatePalette::Role::Ok || *role == StatePalette::Role::Text;
    return Cell(
        text, paper(*role), bold,
        quiet ? std::nullopt
              : std::optional<QColor>(ReportPages::paper().tint(*role, paper(StatePalette::Role::Panel))));
}

class Layout
{
public:
    Layout(ReportPages &pages, const UptimeText &text, const AuditReportPdf::Options &options)
        : r(pages), p(pages.p), t(text), m_options(options)
    {}

    void run(const QList<AuditReport> &reports)
    {
        titleBlock(reports);
        for (qsizetype first = 0; first < reports.size(); first += kStacksPerMatrix)
            matrix(reports.mid(first, kStacksPerMatrix));
        for (const AuditReport &report : reports) {
            r.newPage();
            stackSection(report);
        }
    }

private:
    QString say(const char *source, int n = -1) const { return t.textIn(kContext, source, n); }
    QString status(AuditStatus s) const
    {
        switch (s) {
        case AuditStatus::Pass:
            return t.textIn("supadesk::AuditStatusText",
                            QT_TRANSLATE_NOOP("supadesk::AuditStatusText", "Pass"));
        case AuditStatus::Warn:
            return t.textIn("supadesk::AuditStatusText",
                            QT_TRANSLATE_NOOP("supadesk::AuditStatusText", "Warn"));
        case AuditStatus::Fail:
            return t.textIn("supadesk::AuditStatusText",
                            QT_TRANSLATE_NOOP("supadesk::AuditStatusText", "Fail"));
        case AuditStatus::Unknown:
            break;
        }
        return t.textIn("supadesk::AuditStatusText",
                        QT_TRANSLATE_NOOP("supadesk::AuditStatusText", "Could not check"));
    }
    QString newFailure() const
    {
        return t.textIn("supadesk::AuditStatusText",
                        QT_TRANSLATE_NOOP("supadesk::AuditStatusText", "Fail · new"));
    }
    QString area(AuditArea a) const
    {
        return a == AuditArea::Database
                   ? t.textIn("supadesk::AuditStatusText",
                              QT_TRANSLATE_NOOP("supadesk::AuditStatusText", "Database checks"))
                   : t.textIn("supadesk::AuditStatusText",
                              QT_TRANSLATE_NOOP("supadesk::AuditStatusText", "Host checks"));
    }
    QString when(const QDateTime &at) const { return t.format().dateTime(at.toLocalTime()); }
    QString score(int s) const { return s < 0 ? QStringLiteral("—") : t.format().number(s); }

    void titleBlock(const QList<AuditReport> &reports)
    {
        r.band();
        r.paragraph(say(QT_TRANSLATE_NOOP("supadesk::AuditReportPdf", "Audit report")), reportFont(24, true),
                    paper(StatePalette::Role::Text), 4);
        r.paragraph(t.format().date(m_options.generatedAt.date()), reportFont(15),
                    paper(StatePalette::Role::Text), 6);
        r.paragraph(say(QT_TRANSLATE_N_NOOP("supadesk::AuditReportPdf", "%n stack(s) · generated on %1"),
                        int(reports.size()))
                        .arg(when(m_options.generatedAt)),
                    reportFont(9), paper(StatePalette::Role::Muted), 4);
        r.paragraph(
            say(QT_TRANSLATE_NOOP("supadesk::AuditReportPdf",
                                  "Every stack checked against the production checklist. A pass counts 1, "
                                  "a warning ½ and a failure 0; checks that could not run are left out of "
                                  "the score.")),
            reportFont(9), paper(StatePalette::Role::Muted), 16);
    }

    void table(const QList<Column> &columns, const QList<QList<Cell>> &rows, double fontSize = 8.5)
    {
        r.table(columns, rows, 7.5, fontSize, 3.5, 12);
    }

    Cell statusCell(const AuditReport &report, const AuditCheckResult &check) const
    {
        const bool isNew = m_options.newFailures.value(report.stackId).contains(check.id);
        return stateCell(isNew ? newFailure() : status(check.status), AuditStatusText::role(check.status),
                         isNew);
    }

    void matrix(const QList<AuditReport> &reports)
    {
        r.heading(say(QT_TRANSLATE_NOOP("supadesk::AuditReportPdf", "Fleet")), 13);
        const double checkShare = 0.34;
        QList<Column> columns = {{say(QT_TRANSLATE_NOOP("supadesk::AuditReportPdf", "Check")), checkShare}};
        for (const AuditReport &report : reports)
            columns.append({report.stackName, (1 - checkShare) / std::max<qsizetype>(1, reports.size()),
                            Qt::AlignHCenter});
        QList<QList<Cell>> rows;
        QList<Cell> scoreRow = {
            {say(QT_TRANSLATE_NOOP("supadesk::AuditReportPdf", "Score")), std::nullopt, true}};
        for (const AuditReport &report : reports)
            scoreRow.append(
                stateCell(score(report.score()), AuditStatusText::scoreRole(report.score()), true));
        rows.append(scoreRow);
        for (AuditArea a : {AuditArea::Host, AuditArea::Database}) {
            // Checks worst first across these stacks, as the workspace's matrix.
            QList<QPair<int, QString>> order;
            QHash<QString, QString> titles;
            for (const AuditReport &report : reports)
                for (const AuditCheckResult &check : report.checks) {
                    if (check.area != a)
                        continue;
                    if (!titles.contains(check.id)) {
                        titles.insert(check.id, check.title.isEmpty() ? check.id : check.title);
                        order.append({0, check.id});
                    }
                    for (auto &entry : order)
                        if (entry.second == check.id)
                            entry.first = std::max(entry.first, auditSeverity(check.status));
                }
            if (order.isEmpty())
                continue;
            std::stable_sort(order.begin(), order.end(),
                             [](const auto &x, const auto &y) { return x.first > y.first; });
            QList<Cell> group = {stateCell(area(a), StatePalette::Role::Muted, true)};
            for (qsizetype i = 0; i < reports.size(); ++i)
                group.append(Cell());
            rows.append(group);
            for (const auto &entry : std::as_const(order)) {
                QList<Cell> row = {Cell(titles.value(entry.second))};
                for (const AuditReport &report : reports) {
                    const AuditCheckResult *check = report.find(entry.second);
                    row.append(check ? statusCell(report, *check)
                                     : stateCell(QStringLiteral("·"), StatePalette::Role::Muted));
                }
                rows.append(row);
            }
        }
        table(columns, rows, 7.5);
    }

    void stackSection(const AuditReport &report)
    {
        r.heading(report.stackName, 17);
        const QString summary =
            report.score() < 0
                ? say(QT_TRANSLATE_NOOP("supadesk::AuditReportPdf",
                                        "Audited on %1. Nothing could be checked."))
                      .arg(when(report.startedAt))
                : say(QT_TRANSLATE_NOOP(
                          "supadesk::AuditReportPdf",
                          "Audited on %1. Score %2 of 100: %3 passed, %4 warnings, %5 failed, %6 "
                          "could not be checked."))
                      .arg(when(report.startedAt), score(report.score()),
                           t.format().number(report.count(AuditStatus::Pass)),
                           t.format().number(report.count(AuditStatus::Warn)),
                           t.format().number(report.count(AuditStatus::Fail)),
                           t.format().number(report.count(AuditStatus::Unknown)));
        r.paragraph(summary, reportFont(10), paper(StatePalette::Role::Text), 4);
        if (report.cancelled)
            r.paragraph(say(QT_TRANSLATE_NOOP("supadesk::AuditReportPdf",
                                              "The run was cancelled: the checks after it are missing.")),
                        reportFont(9), paper(StatePalette::Role::Warn), 4);
        r.advance(8);
        const QList<Column> columns = {
            {say(QT_TRANSLATE_NOOP("supadesk::AuditReportPdf", "Status")), 0.17},
            {say(QT_TRANSLATE_NOOP("supadesk::AuditReportPdf", "Check")), 0.21},
            {say(QT_TRANSLATE_NOOP("supadesk::AuditReportPdf", "Evidence")), 0.33},
            {say(QT_TRANSLATE_NOOP("supadesk::AuditReportPdf", "Fix")), 0.29},
        };
        AuditCheckResults checks = report.checks;
        std::stable_sort(checks.begin(), checks.end(),
                         [](const AuditCheckResult &a, const AuditCheckResult &b) {
                             return auditSeverity(a.status) > auditSeverity(b.status);
                         });
        QList<QList<Cell>> rows;
        for (const AuditCheckResult &check : std::as_const(checks))
            rows.append({statusCell(report, check), Cell(check.title.isEmpty() ? check.id : check.title),
                         Cell(check.evidence),
                         Cell(check.status == AuditStatus::Pass ? QString() : check.fixText)});
        table(columns, rows);
    }

    ReportPages &r;
    QPainter &p;
    const UptimeText &t;
    const AuditReportPdf::Options &m_options;
};

} // namespace

QByteArray AuditReportPdf::render(const QList<AuditReport> &reports, const Options &options)
{
    UptimeText text;
    if (!options.language.isEmpty())
        text.setLanguage(options.language);
    const QString date = text.format().date(options.generatedAt.date());
    ReportPages::Furniture furniture;
    furniture.runningHeader =
        text.textIn(kContext, QT_TRANSLATE_NOOP("supadesk::AuditReportPdf", "Audit report · %1")).arg(date);
    furniture.generated =
        text.textIn(kContext, QT_TRANSLATE_NOOP("supadesk::AuditReportPdf", "Generated by Supadesk on %1"))
            .arg(text.format().dateTime(options.generatedAt.toLocalTime()));
    furniture.pageOf = [&text](int page, int total) {
        return text.textIn(kContext, QT_TRANSLATE_NOOP("supadesk::AuditReportPdf", "Page %1 of %2"))
            .arg(page)
            .arg(total);
    };
    return ReportPages::render(furniture.runningHeader, kMargin, furniture,
                               [&](ReportPages &pages) { Layout(pages, text, options).run(reports); });
}

Status AuditReportPdf::write(const QString &path, const QList<AuditReport> &reports, const Options &options)
{
    const QByteArray pdf = render(reports, options);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return Error{ErrorCode::AuditReportWrite, tr("Cannot write %1: %2").arg(path, file.errorString())};
    return success();
}

} // namespace supadesk
