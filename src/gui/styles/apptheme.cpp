// SPDX-License-Identifier: GPL-3.0-or-later
#include "apptheme.h"

#include "statepalette.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace supadesk {

namespace {

struct SystemLook
{
    QString style;
    QPalette palette;
};

// What the desktop gave before any theme was applied, to return to for System.
const SystemLook &systemLook()
{
    static const SystemLook look{QApplication::style()->name(), QApplication::palette()};
    return look;
}

Preferences::Theme g_applied = Preferences::Theme::System;

} // namespace

void AppTheme::apply(Preferences::Theme theme)
{
    const SystemLook &system = systemLook();
    if (theme == g_applied && theme == Preferences::Theme::System)
        return; // nothing set yet: the desktop's palette stays live (it follows the desktop's changes)
    if (theme == Preferences::Theme::System) {
        if (QApplication::style()->name() != system.style)
            QApplication::setStyle(QStyleFactory::create(system.style));
        QApplication::setPalette(system.palette);
    } else {
        if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(StatePalette::applicationPalette(
            theme == Preferences::Theme::Dark ? StatePalette::Variant::Dark : StatePalette::Variant::Light));
    }
    g_applied = theme;
}

void AppTheme::choose(Preferences &preferences, Preferences::Theme theme)
{
    preferences.setTheme(theme);
    apply(theme);
}

Preferences::Theme AppTheme::applied()
{
    return g_applied;
}

} // namespace supadesk
