// SPDX-License-Identifier: GPL-3.0-or-later
#include "statepalette.h"

#include <QEvent>
#include <QGuiApplication>
#include <QWidget>

#include <algorithm>
#include <iterator>

namespace supadesk {

namespace {

struct Pair
{
    QRgb light;
    QRgb dark;
};

// Indexed by StatePalette::Role. Light text colours keep 4.5:1 on Fusion's #efefef window, dark ones
// on the dark palette's window below; the marks are GitHub's Primer hues, which people read as
// green, amber, red and grey on both.
constexpr Pair kRoles[] = {
    {0x116329, 0x3fb950}, // Ok
    {0x7d4e00, 0xd29922}, // Warn
    {0xb3261e, 0xff7b72}, // Bad
    {0x0550ae, 0x58a6ff}, // Info
    {0x59636e, 0x9198a1}, // Muted
    {0x24292f, 0xe6edf3}, // Text
    {0x2ea043, 0x2ea043}, // OkMark
    {0xd29922, 0xd29922}, // WarnMark
    {0xcf222e, 0xf85149}, // BadMark
    {0x8c959f, 0x6e7681}, // IdleMark
    {0x1f6feb, 0x4493f8}, // Accent
    {0x8250df, 0xab7df8}, // Accent2
    {0xd0d7de, 0x3d444d}, // Grid
    {0xc8cdd2, 0x3d444d}, // CardBorder
    {0xf3f4f6, 0x262c36}, // Stripe
    {0xfafbfc, 0x151b23}, // Panel
    {0x1f4ea8, 0x79c0ff}, // SqlKeyword
    {0x8a3fa0, 0xd2a8ff}, // SqlNumber
    {0x6b4f00, 0xe3b341}, // SqlQuotedName
    {0x116329, 0xa5d6ff}, // SqlString
    {0x59636e, 0x8b949e}, // SqlComment
    {0x116329, 0xaff5b4}, // DiffAdded, 4.5:1 and more on DiffAddedBackground
    {0xdafbe1, 0x1b3a28}, // DiffAddedBackground
    {0x82071e, 0xffc1bc}, // DiffRemoved, on DiffRemovedBackground
    {0xffebe9, 0x4a1e22}, // DiffRemovedBackground
    {0x0969da, 0x79c0ff}, // DiffHunk
};
static_assert(std::size(kRoles) == std::size_t(StatePalette::Role::DiffHunk) + 1);

constexpr Pair kSeries[] = {{0x1f6feb, 0x4493f8}, {0x8250df, 0xab7df8}, {0x1a7f37, 0x3fb950},
                            {0xbf3989, 0xdb61a2}, {0x953c00, 0xdb6d28}, {0x0a7ea4, 0x39c5cf},
                            {0x6e7781, 0x9198a1}};

// Keeps a widget's text in its role's colour across application palette changes.
class TextRoleKeeper : public QObject
{
public:
    TextRoleKeeper(QWidget *widget, StatePalette::Role role) : QObject(widget), m_role(role)
    {
        setObjectName(QStringLiteral("supadeskTextRole"));
        widget->installEventFilter(this);
    }
    void setRole(StatePalette::Role role) { m_role = role; }
    void apply(QWidget *widget) const
    {
        // From the application palette: the widget's own is the one being changed.
        const QColor colour = StatePalette::current().color(m_role);
        QPalette palette = widget->palette();
        palette.setColor(QPalette::WindowText, colour);
        palette.setColor(QPalette::Text, colour);
        widget->setPalette(palette);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Windows hear ApplicationPaletteChange, child widgets PaletteChange. Applying changes the
        // palette again, so only a colour that differs is applied.
        if (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::PaletteChange) {
            auto *widget = static_cast<QWidget *>(watched);
            if (widget->palette().color(QPalette::WindowText) != StatePalette::current().color(m_role))
                apply(widget);
        }
        return false;
    }

private:
    StatePalette::Role m_role;
};

} // namespace

StatePalette::StatePalette(Variant variant) : m_variant(variant) {}

bool StatePalette::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < palette.color(QPalette::WindowText).lightnessF();
}

StatePalette StatePalette::forPalette(const QPalette &palette)
{
    return StatePalette(isDark(palette) ? Variant::Dark : Variant::Light);
}

StatePalette StatePalette::current()
{
    return forPalette(QGuiApplication::palette());
}

QColor StatePalette::color(Role role) const
{
    const Pair &pair = kRoles[std::size_t(role)];
    return QColor::fromRgb(isDark() ? pair.dark : pair.light);
}

QString StatePalette::textStyle(Role role) const
{
    return QStringLiteral("color: %1;").arg(name(role));
}

QColor StatePalette::tint(Role role, const QColor &window) const
{
    const QColor c = color(role);
    const double a = 0.12; // faint enough that the role's own text keeps 4.5:1 on it
    return QColor::fromRgbF(float(window.redF() * (1 - a) + c.redF() * a),
                            float(window.greenF() * (1 - a) + c.greenF() * a),
                            float(window.blueF() * (1 - a) + c.blueF() * a));
}

QColor StatePalette::series(int index) const
{
    const Pair &pair = kSeries[std::size_t(std::max(0, index)) % std::size(kSeries)];
    return QColor::fromRgb(isDark() ? pair.dark : pair.light);
}

QColor StatePalette::heat(double share) const
{
    if (share < 0.05)
        return color(Role::IdleMark);
    // Hue 50 (yellow) at 5 % of the time down to 0 (red) at half of it or more.
    const double t = std::clamp((share - 0.05) / 0.45, 0.0, 1.0);
    return QColor::fromHsv(int(50 * (1 - t)), 200 + int(40 * t), 230 - int(30 * t));
}

QPalette StatePalette::applicationPalette(Variant variant)
{
    if (variant == Variant::Light) {
        // Fusion's own light palette.
        QPalette p(QColor::fromRgb(0xefefef));
        p.setColor(QPalette::Window, QColor::fromRgb(0xefefef));
        p.setColor(QPalette::WindowText, QColor::fromRgb(0x000000));
        p.setColor(QPalette::Base, QColor::fromRgb(0xffffff));
        p.setColor(QPalette::AlternateBase, QColor::fromRgb(0xf7f7f7));
        p.setColor(QPalette::Text, QColor::fromRgb(0x000000));
        p.setColor(QPalette::Button, QColor::fromRgb(0xefefef));
        p.setColor(QPalette::ButtonText, QColor::fromRgb(0x000000));
        p.setColor(QPalette::ToolTipBase, QColor::fromRgb(0xffffdc));
        p.setColor(QPalette::ToolTipText, QColor::fromRgb(0x000000));
        p.setColor(QPalette::PlaceholderText, QColor::fromRgb(0x6e7781));
        p.setColor(QPalette::Highlight, QColor::fromRgb(0x308cc6));
        p.setColor(QPalette::HighlightedText, QColor::fromRgb(0xffffff));
        p.setColor(QPalette::Link, QColor::fromRgb(0x0550ae));
        p.setColor(QPalette::LinkVisited, QColor::fromRgb(0x8250df));
        for (QPalette::ColorRole r : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            p.setColor(QPalette::Disabled, r, QColor::fromRgb(0x8c959f));
        return p;
    }
    QPalette p(QColor::fromRgb(0x2d3136), QColor::fromRgb(0x202326));
    p.setColor(QPalette::Window, QColor::fromRgb(0x202326));
    p.setColor(QPalette::WindowText, QColor::fromRgb(0xe6edf3));
    p.setColor(QPalette::Base, QColor::fromRgb(0x16191c));
    p.setColor(QPalette::AlternateBase, QColor::fromRgb(0x24282c));
    p.setColor(QPalette::Text, QColor::fromRgb(0xe6edf3));
    p.setColor(QPalette::Button, QColor::fromRgb(0x2d3136));
    p.setColor(QPalette::ButtonText, QColor::fromRgb(0xe6edf3));
    p.setColor(QPalette::BrightText, QColor::fromRgb(0xff7b72));
    p.setColor(QPalette::Light, QColor::fromRgb(0x3d434a));
    p.setColor(QPalette::Midlight, QColor::fromRgb(0x33383e));
    p.setColor(QPalette::Mid, QColor::fromRgb(0x4a5159));
    p.setColor(QPalette::Dark, QColor::fromRgb(0x111315));
    p.setColor(QPalette::Shadow, QColor::fromRgb(0x000000));
    p.setColor(QPalette::ToolTipBase, QColor::fromRgb(0x2d3136));
    p.setColor(QPalette::ToolTipText, QColor::fromRgb(0xe6edf3));
    p.setColor(QPalette::PlaceholderText, QColor::fromRgb(0x9198a1));
    p.setColor(QPalette::Highlight, QColor::fromRgb(0x2f6fce));
    p.setColor(QPalette::HighlightedText, QColor::fromRgb(0xffffff));
    p.setColor(QPalette::Link, QColor::fromRgb(0x58a6ff));
    p.setColor(QPalette::LinkVisited, QColor::fromRgb(0xab7df8));
    for (QPalette::ColorRole r : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, r, QColor::fromRgb(0x6e7681));
    p.setColor(QPalette::Disabled, QPalette::Base, QColor::fromRgb(0x202326));
    p.setColor(QPalette::Disabled, QPalette::Button, QColor::fromRgb(0x26292d));
    return p;
}

void StatePalette::setTextRole(QWidget *widget, std::optional<Role> role)
{
    auto *keeper = static_cast<TextRoleKeeper *>(
        widget->findChild<QObject *>(QStringLiteral("supadeskTextRole"), Qt::FindDirectChildrenOnly));
    if (!role) {
        if (keeper) {
            delete keeper;
            widget->setPalette(QPalette()); // back to the colours the widget inherits
        }
        return;
    }
    if (keeper)
        keeper->setRole(*role);
    else
        keeper = new TextRoleKeeper(widget, *role);
    keeper->apply(widget);
}

} // namespace supadesk
