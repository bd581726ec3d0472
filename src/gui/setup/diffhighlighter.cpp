// SPDX-License-Identifier: GPL-3.0-or-later
#include "diffhighlighter.h"

#include "gui/styles/palettewatcher.h"
#include "gui/styles/statepalette.h"

namespace supadesk {

DiffHighlighter::DiffHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    connect(PaletteWatcher::instance(), &PaletteWatcher::changed, this, &QSyntaxHighlighter::rehighlight);
}

void DiffHighlighter::highlightBlock(const QString &text)
{
    using Role = StatePalette::Role;
    const StatePalette colours = StatePalette::current();
    QTextCharFormat format;
    if (text.startsWith(QLatin1String("+++")) || text.startsWith(QLatin1String("---"))) {
        format.setFontWeight(QFont::Bold);
    } else if (text.startsWith(QLatin1Char('+'))) {
        format.setBackground(colours.color(Role::DiffAddedBackground));
        format.setForeground(colours.color(Role::DiffAdded));
    } else if (text.startsWith(QLatin1Char('-'))) {
        format.setBackground(colours.color(Role::DiffRemovedBackground));
        format.setForeground(colours.color(Role::DiffRemoved));
    } else if (text.startsWith(QLatin1String("@@"))) {
        format.setForeground(colours.color(Role::DiffHunk));
    } else {
        return;
    }
    setFormat(0, int(text.size()), format);
}

} // namespace supadesk
