// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appservices.h"
#include "gui/mainwindow.h"

namespace supadesk {

// What the main window and its workspaces are handed from the app's services. Header-only, so that
// supadesk_app (which the CLI links) does not depend on Qt Widgets.
inline MainWindow::Services windowServices(AppServices &services)
{
    return {.stacks = services.stacks(),
            .preferences = services.preferences(),
            .secrets = &services.secrets(),
            .connections = &services.connections(),
            .uptimeStore = services.uptimeStore(),
            .uptimeMonitor = services.uptimeMonitor(),
            .statsFleet = services.statsFleet(),
            .auditHistory = services.auditHistory(),
            .drillHistory = services.drillHistory(),
            .notice = services.uptimeProblem(),
            .alerts = services.alerts(),
            .alertConfig = &services.alertConfig()};
}

} // namespace supadesk
