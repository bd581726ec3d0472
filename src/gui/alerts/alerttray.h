// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/alerts/alerttracker.h"

#include <QIcon>
#include <QMenu>
#include <QObject>
#include <QSystemTrayIcon>

#include <memory>

namespace supadesk {

class AlertCenter;

// The tray icon: its colour is the worst state of the fleet (nothing firing, a warning, something
// critical) and its menu lists what is firing. It only shows what AlertCenter decided.
class AlertTray : public QObject
{
    Q_OBJECT
public:
    explicit AlertTray(AlertCenter *center, QObject *parent = nullptr);
    ~AlertTray() override;

    QSystemTrayIcon *icon() { return &m_icon; }
    QMenu *menu() { return m_menu.get(); }
    // The icon for a state (nullopt: nothing fires), drawn in StatePalette's mark colours.
    static QIcon iconFor(std::optional<AlertSeverity> worst);
    // The tooltip and the menu's lines, as shown (tests, screenshots).
    QString toolTip() const { return m_icon.toolTip(); }
    QStringList menuLines() const;

signals:
    void showWindowRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();

    AlertCenter *m_center;
    QSystemTrayIcon m_icon;
    std::unique_ptr<QMenu> m_menu;
};

} // namespace supadesk
