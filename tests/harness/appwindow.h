// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The main window as the app builds it: AppServices for a profile kept in one directory (settings
// file and history there, secrets under the test's own keychain service), then the window over
// them. The window goes before the services it was handed.
#include "app/services/appservices.h"
#include "app/services/windowservices.h"
#include "gui/mainwindow.h"

#include <QDir>

#include <memory>

namespace testenv {

inline supadesk::AppLocations appLocations(const QString &dir, const QString &keychainService)
{
    return {QDir(dir).filePath(QStringLiteral("supadesk.conf")), QDir(dir).filePath(QStringLiteral("data")),
            keychainService};
}

struct AppWindow
{
    std::unique_ptr<supadesk::AppServices> services;
    std::unique_ptr<supadesk::MainWindow> window;

    AppWindow(const QString &dir, const QString &keychainService)
        : services(std::make_unique<supadesk::AppServices>(appLocations(dir, keychainService))),
          window(std::make_unique<supadesk::MainWindow>(supadesk::windowServices(*services)))
    {}

    supadesk::MainWindow *get() const { return window.get(); }
    supadesk::MainWindow *operator->() const { return window.get(); }
};

} // namespace testenv
