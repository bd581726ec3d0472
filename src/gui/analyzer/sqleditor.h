// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

class QSyntaxHighlighter;

namespace supadesk {

// The SQL editor: monospace, line numbers, syntax highlighting (KF6 SyntaxHighlighting where the
// system has it, the built-in highlighter otherwise), and the statement under the cursor.
class SqlEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit SqlEditor(QWidget *parent = nullptr);

    // The selection if there is one, else the statement under the cursor.
    QString statementToRun() const;
    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent *event);

signals:
    void runRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The highlighter's light or dark colours, as the editor's palette calls for.
    void applyHighlighterColours();
    void updateLineNumberArea(const QRect &rect, int dy);
    QWidget *m_lineNumbers;
    QSyntaxHighlighter *m_highlighter = nullptr;
    bool m_darkHighlighting = false;
};

} // namespace supadesk
