// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/alerts/alerttray.h"

#include "gui/styles/statepalette.h"
#include "services/alerts/alertcenter.h"

#include <QAction>
#include <QEvent>
#include <QPainter>
#include <QPixmap>

namespace supadesk {

AlertTray::AlertTray(AlertCenter *center, QObject *parent)
    : QObject(parent), m_center(center), m_menu(std::make_unique<QMenu>())
{
    m_menu->setObjectName(QStringLiteral("alertTrayMenu"));
    m_menu->installEventFilter(this);
    m_icon.setContextMenu(m_menu.get());
    connect(m_center, &AlertCenter::changed, this, &AlertTray::refresh);
    connect(&m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            emit showWindowRequested();
    });
    refresh();
    m_icon.show();
}

AlertTray::~AlertTray() = default;

QIcon AlertTray::iconFor(std::optional<AlertSeverity> worst)
{
    const StatePalette palette = StatePalette::current();
    StatePalette::Role role = StatePalette::Role::OkMark;
    if (worst)
        role = *worst == AlertSeverity::Critical ? StatePalette::Role::BadMark : StatePalette::Role::WarnMark;
    QIcon icon;
    for (int size : {16, 22, 32, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(palette.color(StatePalette::Role::CardBorder), std::max(1, size / 16)));
        painter.setBrush(palette.color(role));
        const int m = std::max(1, size / 8);
        painter.drawEllipse(QRect(m, m, size - 2 * m, size - 2 * m));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QStringList AlertTray::menuLines() const
{
    QStringList lines;
    for (const QAction *a : m_menu->actions())
        if (!a->isSeparator())
            lines.append(a->text());
    return lines;
}

bool AlertTray::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_menu.get() && event->type() == QEvent::LanguageChange)
        refresh();
    return QObject::eventFilter(watched, event);
}

void AlertTray::refresh()
{
    const QList<AlertEvent> firing = m_center->firing();
    m_icon.setIcon(iconFor(m_center->worst()));
    m_icon.setToolTip(firing.isEmpty() ? tr("Supadesk: no alert is firing")
                                       : tr("Supadesk: %n alert(s) firing", nullptr, int(firing.size())));
    m_menu->clear();
    if (firing.isEmpty()) {
        m_menu->addAction(tr("No alert is firing"))->setEnabled(false);
    } else {
        for (const AlertEvent &e : firing) {
            QAction *a = m_menu->addAction(
                tr("%1 — %2: %3").arg(AlertRules::severityTitle(e.rule.severity), e.stackName, e.text));
            a->setEnabled(false);
        }
    }
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Show Supadesk")), &QAction::triggered, this,
            &AlertTray::showWindowRequested);
}

} // namespace supadesk
