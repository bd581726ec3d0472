// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpages.h"

#include <QBuffer>
#include <QPageSize>
#include <QPdfWriter>

#include <algorithm>

namespace supadesk {

namespace {
constexpr int kDpi = 300;
constexpr double kPageWidth = 595.0; // A4 in points
constexpr double kTop = 62.0;        // below the running header
constexpr double kBottom = 780.0;    // above the footer
} // namespace

QByteArray ReportPages::render(const QString &title, double margin, const Furniture &furniture,
                               const std::function<void(ReportPages &)> &draw)
{
    int total = 0;
    QBuffer out;
    for (const bool counting : {true, false}) {
        out.close();
        out.setData(QByteArray());
        out.open(QIODevice::WriteOnly);
        QPdfWriter writer(&out);
        writer.setResolution(kDpi);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Supadesk"));
        QPainter painter(&writer);
        painter.scale(kDpi / 72.0, kDpi / 72.0);
        ReportPages pages(painter, writer, margin, counting ? 0 : total, furniture);
        pages.startPage(true);
        draw(pages);
        pages.footer();
        painter.end();
        total = pages.pages();
    }
    return out.data();
}

QFont ReportPages::font(double pixelSize, bool bold)
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

const StatePalette &ReportPages::paper()
{
    static const StatePalette light(StatePalette::Variant::Light);
    return light;
}

ReportPages::ReportPages(QPainter &painter, QPdfWriter &writer, double margin, int totalPages,
                         Furniture furniture)
    : p(painter), m_writer(writer), m_margin(margin), m_totalPages(totalPages),
      m_furniture(std::move(furniture))
{}

double ReportPages::width() const
{
    return kPageWidth - 2 * m_margin;
}

void ReportPages::startPage(bool first)
{
    ++m_page;
    m_y = first ? m_margin : kTop;
    if (first)
        return;
    p.setFont(font(8));
    p.setPen(paper().color(StatePalette::Role::Muted));
    p.drawText(QRectF(m_margin, 28, width(), 14), Qt::AlignLeft | Qt::AlignVCenter,
               m_furniture.runningHeader);
    p.setPen(QPen(paper().color(StatePalette::Role::Grid), 0.5));
    p.drawLine(QPointF(m_margin, 44), QPointF(kPageWidth - m_margin, 44));
}

void ReportPages::footer()
{
    p.setFont(font(8));
    p.setPen(QPen(paper().color(StatePalette::Role::Grid), 0.5));
    p.drawLine(QPointF(m_margin, kBottom + 14), QPointF(kPageWidth - m_margin, kBottom + 14));
    p.setPen(paper().color(StatePalette::Role::Muted));
    p.drawText(QRectF(m_margin, kBottom + 18, width() * 0.7, 14), Qt::AlignLeft | Qt::AlignVCenter,
               m_furniture.generated);
    if (m_furniture.pageOf)
        p.drawText(QRectF(m_margin, kBottom + 18, width(), 14), Qt::AlignRight | Qt::AlignVCenter,
                   m_furniture.pageOf(m_page, std::max(m_totalPages, m_page)));
}

void ReportPages::newPage()
{
    footer();
    m_writer.newPage();
    startPage(false);
}

void ReportPages::ensure(double height)
{
    if (m_y + height > kBottom)
        newPage();
}

double ReportPages::textHeight(const QFont &f, double w, const QString &text)
{
    p.setFont(f);
    return p.boundingRect(QRectF(0, 0, w, 10000), Qt::TextWordWrap, text).height();
}

void ReportPages::paragraph(const QString &text, const QFont &f, const QColor &color, double after)
{
    const double h = textHeight(f, width(), text);
    ensure(h);
    p.setFont(f);
    p.setPen(color);
    p.drawText(QRectF(m_margin, m_y, width(), h), Qt::TextWordWrap, text);
    m_y += h + after;
}

void ReportPages::heading(const QString &text, int size)
{
    paragraph(text, font(size, true), paper().color(StatePalette::Role::Text), size * 0.45);
}

void ReportPages::band()
{
    p.fillRect(QRectF(m_margin, m_y, width(), 4), paper().color(StatePalette::Role::Accent));
    m_y += 18;
}

void ReportPages::table(const QList<Column> &columns, const QList<QList<Cell>> &rows, double headerSize,
                        double cellSize, double pad, double after)
{
    const QFont headerFont = font(headerSize, true);
    // Headers wrap rather than clip: Georgian words are long.
    double headerHeight = 0;
    for (const Column &c : columns)
        headerHeight = std::max(headerHeight, textHeight(headerFont, c.width * width() - 2 * pad, c.title));
    headerHeight += 2 * pad;
    const auto drawHeader = [&] {
        p.fillRect(QRectF(m_margin, m_y, width(), headerHeight), paper().color(StatePalette::Role::Stripe));
        p.setFont(headerFont);
        p.setPen(paper().color(StatePalette::Role::Muted));
        double x = m_margin;
        for (const Column &c : columns) {
            p.drawText(QRectF(x + pad, m_y, c.width * width() - 2 * pad, headerHeight),
                       c.align | Qt::AlignVCenter | Qt::TextWordWrap, c.title);
            x += c.width * width();
        }
        m_y += headerHeight;
    };
    ensure(headerHeight + 20);
    drawHeader();
    for (const QList<Cell> &row : rows) {
        double h = 0;
        for (int c = 0; c < columns.size(); ++c)
            h = std::max(h, textHeight(font(cellSize, row.value(c).bold),
                                       columns.at(c).width * width() - 2 * pad, row.value(c).text));
        h += 2 * pad;
        if (m_y + h > kBottom) {
            newPage();
            drawHeader();
        }
        double x = m_margin;
        for (int c = 0; c < columns.size(); ++c) {
            const Cell cell = row.value(c);
            const double w = columns.at(c).width * width();
            if (cell.fill)
                p.fillRect(QRectF(x, m_y, w, h), *cell.fill);
            p.setFont(font(cellSize, cell.bold));
            p.setPen(cell.color.value_or(paper().color(StatePalette::Role::Text)));
            p.drawText(QRectF(x + pad, m_y + pad, w - 2 * pad, h - 2 * pad),
                       columns.at(c).align | Qt::AlignTop | Qt::TextWordWrap, cell.text);
            x += w;
        }
        m_y += h;
        p.setPen(QPen(paper().color(StatePalette::Role::Grid), 0.5));
        p.drawLine(QPointF(m_margin, m_y), QPointF(kPageWidth - m_margin, m_y));
    }
    m_y += after;
}

} // namespace supadesk
