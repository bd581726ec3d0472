// SPDX-License-Identifier: GPL-3.0-or-later
#include "diffhighlighter.h"

namespace supadesk {

void DiffHighlighter::highlightBlock(const QString &text)
{
    QTextCharFormat format;
    if (text.startsWith(QLatin1String("+++")) || text.startsWith(QLatin1String("---"))) {
        format.setFontWeight(QFont::Bold);
    } else if (text.startsWith(QLatin1Char('+'))) {
        format.setBackground(QColor(0xda, 0xfb, 0xe1));
        format.setForeground(QColor(0x11, 0x63, 0x29));
    } else if (text.startsWith(QLatin1Char('-'))) {
        format.setBackground(QColor(0xff, 0xeb, 0xe9));
        format.setForeground(QColor(0x82, 0x07, 0x1e));
    } else if (text.startsWith(QLatin1String("@@"))) {
        format.setForeground(QColor(0x09, 0x69, 0xda));
    } else {
        return;
    }
    setFormat(0, int(text.size()), format);
}

} // namespace supadesk
