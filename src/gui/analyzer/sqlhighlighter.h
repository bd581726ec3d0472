// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/styles/statepalette.h"

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace supadesk {

// A small SQL highlighter for systems without KF6 SyntaxHighlighting: keywords, strings, numbers,
// quoted identifiers and comments (including block comments over several lines), in the colours of a
// StatePalette: the editor gives it the light or dark one its palette calls for.
class SqlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit SqlHighlighter(QTextDocument *document, const StatePalette &colours = StatePalette());
    // Colours the text anew in another palette's colours.
    void setColours(const StatePalette &colours);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
    };
    void buildRules(const StatePalette &colours);
    QList<Rule> m_rules;
    QTextCharFormat m_comment;
};

} // namespace supadesk
