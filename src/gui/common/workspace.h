// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/stack.h"

#include <QWidget>

#include <optional>

namespace supadesk {

// One tab of the main window (Setup, Query analyzer, Dashboard, Uptime) for the selected stack.
// The main window owns one instance of each and tells it which stack is selected.
class Workspace : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // The tab's title, translated; called again after a language change.
    virtual QString title() const = 0;
    // The stack the user selected in the sidebar, or none.
    virtual void setStack(const std::optional<Stack> &stack) = 0;
    // The selected stack's connection changed state (connected, lost, ports changed).
    virtual void connectionChanged() {}

signals:
    void titleChanged();
};

} // namespace supadesk
