// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/preferences.h"

namespace supadesk {

// Puts a colour theme on the application: the desktop's own style and palette for System, the Fusion
// style with StatePalette's light or dark application palette otherwise. Every widget then gets
// ApplicationPaletteChange; charts, the plan drawing and the SQL highlighter pick their colours again.
class AppTheme
{
public:
    static void apply(Preferences::Theme theme);
    // Preferences ▸ Theme: remembers the choice and applies it at once.
    static void choose(Preferences &preferences, Preferences::Theme theme);
    static Preferences::Theme applied();
};

} // namespace supadesk
