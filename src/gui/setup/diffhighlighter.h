// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSyntaxHighlighter>

namespace supadesk {

// Colours a unified diff: added lines green, removed lines red, hunk headers blue, in the
// StatePalette variant of the application palette; a theme change colours the text again.
class DiffHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit DiffHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;
};

} // namespace supadesk
