// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/styles/statepalette.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QPainter>
#include <QString>

#include <functional>
#include <optional>

class QPdfWriter;

namespace supadesk {

// The page furniture every printed report shares: A4 pages drawn in points, a running header from the
// second page on, a footer with "Page X of Y", wrapped paragraphs that break to a new page, and tables
// whose header repeats on every page. Reports are drawn twice, once to count the pages and once for real,
// so the footer knows the total. Paper is white whatever the screen's theme: light colours only.
class ReportPages
{
public:
    struct Column
    {
        QString title;
        double width; // share of the text width
        Qt::Alignment align = Qt::AlignLeft;
    };

    struct Cell
    {
        Cell(QString t = {}, std::optional<QColor> c = std::nullopt, bool b = false,
             std::optional<QColor> f = std::nullopt)
            : text(std::move(t)), color(c), bold(b), fill(f)
        {}
        QString text;
        std::optional<QColor> color; // the text's colour, the body colour when unset
        bool bold = false;
        std::optional<QColor> fill; // the cell's background
    };

    struct Furniture
    {
        QString runningHeader; // from the second page on
        QString generated;     // the footer's left side
        // The footer's right side from the page number and the total ("Page 2 of 5").
        std::function<QString(int page, int total)> pageOf;
    };

    // Draws a report twice, first only to count its pages, and returns the second, complete PDF. `draw`
    // starts on the first page, which has no running header; the last page's footer is drawn after it.
    static QByteArray render(const QString &title, double margin, const Furniture &furniture,
                             const std::function<void(ReportPages &)> &draw);

    static QFont font(double pixelSize, bool bold = false);
    static const StatePalette &paper();

    ReportPages(QPainter &painter, QPdfWriter &writer, double margin, int totalPages, Furniture furniture);

    int pages() const { return m_page; }
    double width() const;
    double left() const { return m_margin; }
    double y() const { return m_y; }
    void advance(double by) { m_y += by; }

    void startPage(bool first);
    void footer();
    void newPage();
    // Starts a new page unless `height` still fits on this one.
    void ensure(double height);
    double textHeight(const QFont &font, double width, const QString &text);
    void paragraph(const QString &text, const QFont &font, const QColor &color, double after);
    void heading(const QString &text, int size);
    // The coloured band that opens a report's first page.
    void band();
    void table(const QList<Column> &columns, const QList<QList<Cell>> &rows, double headerSize,
               double cellSize, double pad, double after);

    QPainter &p;

private:
    QPdfWriter &m_writer;
    double m_margin;
    int m_totalPages;
    Furniture m_furniture;
    int m_page = 0;
    double m_y = 0;
};

} // namespace supadesk
