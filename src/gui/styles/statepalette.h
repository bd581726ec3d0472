// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

#include <optional>

class QWidget;

namespace supadesk {

// The product's colours, in one place. Which state a thing is in (a stack is down, a day missed its
// target, a plan node is hot) is decided elsewhere, mostly in src/core; this class only says what
// colour each state has, in a light and a dark variant. The variant follows the palette it is made
// from: dark when its window is darker than its text, so a dark desktop theme, the Preferences' dark
// theme and the screenshots' --theme dark all get the dark colours. Text roles keep a WCAG contrast
// of at least 4.5 against the window of their variant; mark roles (dots, bars, lines) are for shapes.
class StatePalette
{
public:
    enum class Variant { Light, Dark };
    enum class Role {
        // Text on the window or base colour.
        Ok,
        Warn,
        Bad,
        Info,
        Muted,
        Text,
        // Shapes: status dots, chart bars and lines, card borders.
        OkMark,
        WarnMark,
        BadMark,
        IdleMark, // not connected, no data worth a colour
        Accent,   // the first chart series, the report's rule
        Accent2,  // a second series beside Accent
        Grid,
        CardBorder,
        Stripe, // a table's header or alternate row on a card
        Panel,  // a framed box on a card
        // SQL text.
        SqlKeyword,
        SqlNumber,
        SqlQuotedName,
        SqlString,
        SqlComment,
        // A unified diff: added and removed lines (text on its own background), hunk headers.
        DiffAdded,
        DiffAddedBackground,
        DiffRemoved,
        DiffRemovedBackground,
        DiffHunk,
    };

    explicit StatePalette(Variant variant = Variant::Light);
    // The variant the palette calls for.
    static StatePalette forPalette(const QPalette &palette);
    // The application's palette (models and delegates, which have no widget).
    static StatePalette current();
    static bool isDark(const QPalette &palette);

    Variant variant() const { return m_variant; }
    bool isDark() const { return m_variant == Variant::Dark; }
    QColor color(Role role) const;
    // "#rrggbb", for style sheets and HTML.
    QString name(Role role) const { return color(role).name(); }
    // A style sheet fragment: "color: #rrggbb;".
    QString textStyle(Role role) const;
    // Background tint for a message of this role: the role's colour faintly over the window.
    QColor tint(Role role, const QColor &window) const;
    // A colour per chart series beyond Accent and Accent2 (the uptime latency chart's components).
    QColor series(int index) const;
    // A plan node by its share of the total time: grey when negligible, yellow to red when hot.
    QColor heat(double share) const;

    // The application palette of each variant for the Fusion style (Preferences ▸ Theme).
    static QPalette applicationPalette(Variant variant);

    // Colours a label's text (WindowText and Text) with a role, kept in step when the application
    // palette changes; no role gives the palette's own colour back.
    static void setTextRole(QWidget *widget, std::optional<Role> role);

private:
    Variant m_variant;
};

} // namespace supadesk
