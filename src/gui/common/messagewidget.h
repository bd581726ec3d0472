// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QToolButton;
class QAction;
class QHBoxLayout;

namespace supadesk {

// An inline message on a page: an icon, the text, and optionally actions and a close button, framed
// in the colour of its type (StatePalette). Plain shows the text alone, as a status line that is not
// a message (e.g. "Waiting for the first sample…"). The colours follow the application palette.
class MessageWidget : public QFrame
{
    Q_OBJECT
public:
    enum class Type { Plain, Positive, Information, Warning, Error };

    explicit MessageWidget(QWidget *parent = nullptr);

    void showMessage(const QString &text, Type type);
    // A message made again in the new language when the language changes: what the page said last
    // stays readable after a switch, not only what it says next.
    void showMessage(std::function<QString()> text, Type type);
    void setText(const QString &text);
    QString text() const;
    void setType(Type type);
    Type type() const { return m_type; }
    // The label holding the text: pages give it the object name their tests look for.
    QLabel *label() const { return m_text; }
    void setCloseButtonVisible(bool visible);
    // A button beside the text that triggers the action.
    void addAction(QAction *action);

signals:
    void closed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void restyle();

    Type m_type = Type::Plain;
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_layout;
    QToolButton *m_close;
    std::function<QString()> m_makeText;
};

} // namespace supadesk
