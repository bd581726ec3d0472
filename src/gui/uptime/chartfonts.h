// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>

namespace supadesk {

// Fonts for the chart painters, relative to the painter's font whichever way it was sized: the
// workspace gives point sizes, the PDF report gives pixel sizes in its point-based coordinates.
class ChartFonts
{
public:
    static QFont scaled(const QFont &base, double factor, bool bold = false)
    {
        QFont f = base;
        if (base.pixelSize() > 0)
            f.setPixelSize(qMax(1, qRound(base.pixelSize() * factor)));
        else
            f.setPointSizeF(base.pointSizeF() * factor);
        f.setBold(bold);
        return f;
    }
};

} // namespace supadesk
