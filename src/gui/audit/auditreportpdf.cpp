// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditreportpdf.h"

#include "auditstatustext.h"
#include "gui/styles/statepalette.h"
#include "gui/uptime/uptimetext.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <functional>

namespace supadesk {

namespace {

constexpr int kDpi = 300;
constexpr double kPageWidth = 595.0; // A4 in points
constexpr double kMargin = 45.0;
constexpr double kTop = 62.0;     // below the running header
constexpr double kBottom = 780.0; // above the footer
constexpr int kStacksPerMatrix = 6;
constexpr const char *kContext = "supadesk::AuditReportPdf";
// Paper is white whatever the screen's theme: the report always takes the light colours.
const StatePalette kPaper(StatePalette::Variant::Light);

QFont reportFont(double pixelSize, bool bold = false)
{
    QFont f;
    // Noto Sans has every Latin glyph, Noto Sans Georgian every Georgian one (fonts-noto-core).
    f.setFamilies(
        {QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Georgian"), QStringLiteral("DejaVu Sans")});
    f.setPixelSize(int(pixelSize));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

struct Column
{
    QString title;
    double width; // share of the text width
    Qt::Alignment align = Qt::AlignLeft;
};

struct Cell
{
    Cell(QString t = {}, std::optional<StatePalette::Role> r = std::nullopt, bool b = false)
        : text(std::move(t)), role(r), bold(b)
    {}
    QString text;
    std::optional<StatePalette::Role> role; // coloured text on a tint of its colour
    bool bold = false;
};

class Layout
{
public:
    Layout(QPainter &painter, QPdfWriter &writer, const UptimeText &text,
           const AuditReportPdf::Options &options, int totalPages)
        : p(painter), m_writer(writer), t(text), m_options(options), m_totalPages(totalPages)
    {}

    int pages() const { return m_page; }

    void run(const QList<AuditReport> &reports)
    {
        startPage(true);
        titleBlock(reports);
        for (qsizetype first = 0; first < reports.size(); first += kStacksPerMatrix)
            matrix(reports.mid(first, kStacksPerMatrix));
        for (const AuditReport &report : reports) {
            newPage();
            stackSection(report);
        }
        footer();
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

    double width() const { return kPageWidth - 2 * kMargin; }

    void startPage(bool first)
    {
        ++m_page;
        m_y = first ? kMargin : kTop;
        if (!first) {
            p.setFont(reportFont(8));
            p.setPen(kPaper.color(StatePalette::Role::Muted));
            p.drawText(QRectF(kMargin, 28, width(), 14), Qt::AlignLeft | Qt::AlignVCenter,
                       say(QT_TRANSLATE_NOOP("supadesk::AuditReportPdf", "Audit report · %1"))
                           .arg(t.format().date(m_options.generatedAt.date())));
            p.setPen(QPen(kPaper.color(StatePalette::Role::Grid), 0.5));
            p.drawLine(QPointF(kMargin, 44), QPointF(kPageWidth - kMargin, 44));
        }
    }

    void footer()
    {
        p.setFont(reportFont(8));
        p.setPen(QPen(kPaper.color(StatePalette::Role::Grid), 0.5));
        p.drawLine(QPointF(kMargin, kBottom + 14), QPointF(kPageWidth - kMargin, kBottom + 14));
        p.setPen(kPaper.color(StatePalette::Role::Muted));
        p.drawText(QRectF(kMargin, kBottom + 18, width() * 0.7, 14), Qt::AlignLeft | Qt::AlignVCenter,
                   say(QT_TRANSLATE_NOOP("supadesk::AuditReportPdf", "Generated by Supadesk on %1"))
                       .arg(when(m_options.generatedAt)));
        p.drawText(QRectF(kMargin, kBottom + 18, width(), 14), Qt::AlignRight | Qt::AlignVCenter,
                   say(QT_TRANSLATE_NOOP("supadesk::AuditReportPdf", "Page %1 of %2"))
                       .arg(m_page)
                       .arg(std::max(m_totalPages, m_page)));
    }

    void newPage()
    {
        footer();
        m_writer.newPage();
        startPage(false);
    }

    void ensure(double height)
    {
        if (m_y + height > kBottom)
            newPage();
    }

    double textHeight(const QFont &font, double w, const QString &s)
    {
        p.setFont(font);
        return p.boundingRect(QRectF(0, 0, w, 10000), Qt::TextWordWrap, s).height();
    }

    void paragraph(const QString &s, const QFont &font, const QColor &color, double after)
    {
        const double h = textHeight(font, width(), s);
        ensure(h);
        p.setFont(font);
        p.setPen(color);
        p.drawText(QRectF(kMargin, m_y, width(), h), Qt::TextWordWrap, s);
        m_y += h + after;
    }

    void heading(const QString &s, int size)
    {
        paragraph(s, reportFont(size, true), kPaper.color(StatePalette::Role::Text), size * 0.45);
    }

    void titleBlock(const QList<AuditReport> &reports)
    {
        p.fillRect(QRectF(kMargin, m_y, width(), 4), kPaper.color(StatePalette::Role::Accent));
        m_y += 18;
        paragraph(say(QT_TRANSLATE_NOOP("supadesk::AuditReportPdf", "Audit report")), reportFont(24, true),
                  kPaper.color(StatePalette::Role::Text), 4);
        paragraph(t.format().date(m_options.generatedAt.date()), reportFont(15),
                  kPaper.color(StatePalette::Role::Text), 6);
        paragraph(say(QT_TRANSLATE_N_NOOP("supadesk::AuditReportPdf", "%n stack(s) · generated on %1"),
                      int(reports.size()))
                      .arg(when(m_options.generatedAt)),
                  reportFont(9), kPaper.color(StatePalette::Role::Muted), 4);
        paragraph(
            say(QT_TRANSLATE_NOOP("supadesk::AuditReportPdf",
                                  "Every stack checked against the production checklist. A pass counts 1, "
                                  "a warning ½ and a failure 0; checks that could not run are left out of "
                                  "the score.")),
            reportFont(9), kPaper.color(StatePalette::Role::Muted), 16);
    }

    // A table with a header row; rows wrap and continue on the next page under the header again.
    void table(const QList<Column> &columns, const QList<QList<Cell>> &rows, double fontSize = 8.5)
    {
        const QFont headerFont = reportFont(7.5, true);
        const double pad = 3.5;
        double headerHeight = 0;
        for (const Column &c : columns)
            headerHeight =
                std::max(headerHeight, textHeight(headerFont, c.width * width() - 2 * pad, c.title));
        headerHeight += 2 * pad;
        const auto drawHeader = [&] {
            p.fillRect(QRectF(kMargin, m_y, width(), headerHeight), kPaper.color(StatePalette::Role::Stripe));
            p.setFont(headerFont);
            p.setPen(kPaper.color(StatePalette::Role::Muted));
            double x = kMargin;
            for (const Column &c : columns) {
                p.drawText(QRectF(x + pad, m_y, c.width * width() - 2 * pad, headerHeight),
                           c.align | Qt::AlignVCenter | Qt::TextWordWrap, c.title);
                x += c.width * width();
            }
            m_y += headerHeight;
        };
        ensure(headerHeight + 20);
        drawHeader();
        const QColor white = kPaper.color(StatePalette::Role::Panel);
        for (const QList<Cell> &row : rows) {
            double h = 0;
            for (int c = 0; c < columns.size(); ++c)
                h = std::max(h, textHeight(reportFont(fontSize, row.value(c).bold),
                                           columns.at(c).width * width() - 2 * pad, row.value(c).text));
            h += 2 * pad;
            if (m_y + h > kBottom) {
                newPage();
                drawHeader();
            }
            double x = kMargin;
            for (int c = 0; c < columns.size(); ++c) {
                const Cell cell = row.value(c);
                const double w = columns.at(c).width * width();
                if (cell.role && *cell.role != StatePalette::Role::Ok &&
                    *cell.role != StatePalette::Role::Text)
                    p.fillRect(QRectF(x, m_y, w, h), kPaper.tint(*cell.role, white));
                p.setFont(reportFont(fontSize, cell.bold));
                p.setPen(kPaper.color(cell.role.value_or(StatePalette::Role::Text)));
                p.drawText(QRectF(x + pad, m_y + pad, w - 2 * pad, h - 2 * pad),
                           columns.at(c).align | Qt::AlignTop | Qt::TextWordWrap, cell.text);
                x += w;
            }
            m_y += h;
            p.setPen(QPen(kPaper.color(StatePalette::Role::Grid), 0.5));
            p.drawLine(QPointF(kMargin, m_y), QPointF(kPageWidth - kMargin, m_y));
        }
        m_y += 12;
    }

    Cell statusCell(const AuditReport &report, const AuditCheckResult &check) const
    {
        const bool isNew = m_options.newFailures.value(report.stackId).contains(check.id);
        return {isNew ? newFailure() : status(check.status), AuditStatusText::role(check.status), isNew};
    }

    void matrix(const QList<AuditReport> &reports)
    {
        heading(say(QT_TRANSLATE_NOOP("supadesk::AuditReportPdf", "Fleet")), 13);
        const double checkShare = 0.34;
        QList<Column> columns = {{say(QT_TRANSLATE_NOOP("supadesk::AuditReportPdf", "Check")), checkShare}};
        for (const AuditReport &report : reports)
            columns.append({report.stackName, (1 - checkShare) / std::max<qsizetype>(1, reports.size()),
                            Qt::AlignHCenter});
        QList<QList<Cell>> rows;
        QList<Cell> scoreRow = {
            {say(QT_TRANSLATE_NOOP("supadesk::AuditReportPdf", "Score")), std::nullopt, true}};
        for (const AuditReport &report : reports)
            scoreRow.append({score(report.score()), AuditStatusText::scoreRole(report.score()), true});
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
            QList<Cell> group = {{area(a), StatePalette::Role::Muted, true}};
            for (qsizetype i = 0; i < reports.size(); ++i)
                group.append(Cell());
            rows.append(group);
            for (const auto &entry : std::as_const(order)) {
                QList<Cell> row = {Cell(titles.value(entry.second))};
                for (const AuditReport &report : reports) {
                    const AuditCheckResult *check = report.find(entry.second);
                    row.append(check ? statusCell(report, *check)
                                     : Cell{QStringLiteral("·"), StatePalette::Role::Muted});
                }
                rows.append(row);
            }
        }
        table(columns, rows, 7.5);
    }

    void stackSection(const AuditReport &report)
    {
        heading(report.stackName, 17);
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
        paragraph(summary, reportFont(10), kPaper.color(StatePalette::Role::Text), 4);
        if (report.cancelled)
            paragraph(say(QT_TRANSLATE_NOOP("supadesk::AuditReportPdf",
                                            "The run was cancelled: the checks after it are missing.")),
                      reportFont(9), kPaper.color(StatePalette::Role::Warn), 4);
        m_y += 8;
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

    QPainter &p;
    QPdfWriter &m_writer;
    const UptimeText &t;
    const AuditReportPdf::Options &m_options;
    int m_totalPages;
    int m_page = 0;
    double m_y = 0;
};

int renderInto(QIODevice *device, const QList<AuditReport> &reports, const AuditReportPdf::Options &options,
               const UptimeText &text, int totalPages)
{
    QPdfWriter writer(device);
    writer.setResolution(kDpi);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(text.textIn(kContext, QT_TRANSLATE_NOOP("supadesk::AuditReportPdf", "Audit report · %1"))
                        .arg(text.format().date(options.generatedAt.date())));
    writer.setCreator(QStringLiteral("Supadesk"));
    QPainter painter(&writer);
    painter.scale(kDpi / 72.0, kDpi / 72.0);
    Layout layout(painter, writer, text, options, totalPages);
    layout.run(reports);
    painter.end();
    return layout.pages();
}

} // namespace

QByteArray AuditReportPdf::render(const QList<AuditReport> &reports, const Options &options)
{
    UptimeText text;
    if (!options.language.isEmpty())
        text.setLanguage(options.language);
    // The first pass only counts pages, so the footer can say "Page 1 of 3".
    QBuffer counting;
    counting.open(QIODevice::WriteOnly);
    const int pages = renderInto(&counting, reports, options, text, 0);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    renderInto(&out, reports, options, text, pages);
    return out.data();
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
