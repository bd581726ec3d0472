// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagewidget.h"

#include "gui/styles/palettewatcher.h"
#include "gui/styles/statepalette.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace supadesk {

MessageWidget::MessageWidget(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_layout(new QHBoxLayout(this)),
      m_close(new QToolButton(this))
{
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_icon->setAlignment(Qt::AlignTop);
    m_close->setObjectName(QStringLiteral("closeMessage"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setVisible(false);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        emit closed();
    });
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_icon, 0, Qt::AlignTop);
    m_layout->addWidget(m_text, 1);
    m_layout->addWidget(m_close, 0, Qt::AlignTop);
    // Styled by a style sheet, this widget hears no palette change of its own.
    connect(PaletteWatcher::instance(), &PaletteWatcher::changed, this, &MessageWidget::restyle);
    restyle();
}

void MessageWidget::showMessage(const QString &text, Type type)
{
    m_makeText = nullptr;
    m_text->setText(text);
    setType(type);
    show();
}

void MessageWidget::showMessage(std::function<QString()> text, Type type)
{
    m_makeText = std::move(text);
    m_text->setText(m_makeText());
    setType(type);
    show();
}

void MessageWidget::setText(const QString &text)
{
    m_makeText = nullptr;
    m_text->setText(text);
}

void MessageWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_makeText)
        m_text->setText(m_makeText());
    QFrame::changeEvent(event);
}

QString MessageWidget::text() const
{
    return m_text->text();
}

void MessageWidget::setType(Type type)
{
    if (type == m_type)
        return;
    m_type = type;
    restyle();
}

void MessageWidget::setCloseButtonVisible(bool visible)
{
    m_close->setVisible(visible);
}

void MessageWidget::addAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    m_layout->insertWidget(m_layout->indexOf(m_close), button, 0, Qt::AlignTop);
}

void MessageWidget::restyle()
{
    using Role = StatePalette::Role;
    Role role = Role::Info;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (m_type) {
    case Type::Plain:
        break;
    case Type::Positive:
        role = Role::Ok;
        icon = QStyle::SP_DialogApplyButton;
        break;
    case Type::Information:
        break;
    case Type::Warning:
        role = Role::Warn;
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case Type::Error:
        role = Role::Bad;
        icon = QStyle::SP_MessageBoxCritical;
        break;
    }
    QString sheet;
    if (m_type == Type::Plain) {
        m_icon->hide();
        m_layout->setContentsMargins(0, 0, 0, 0);
    } else {
        const QPalette app = QApplication::palette();
        const StatePalette colours = StatePalette::forPalette(app);
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
        m_icon->show();
        m_layout->setContentsMargins(8, 6, 8, 6);
        sheet = QStringLiteral("supadesk--MessageWidget { background-color: %1; border: 1px solid %2; "
                               "border-radius: 4px; } QLabel { color: %3; background: transparent; }")
                    .arg(colours.tint(role, app.color(QPalette::Window)).name(), colours.name(role),
                         colours.name(m_type == Type::Information ? Role::Text : role));
    }
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
}

} // namespace supadesk
