// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace supadesk {

// Where this run of Supadesk keeps its settings and data. A profile (e.g. `--profile demo`) gets
// its own settings file and its own keychain namespace, so a demo never touches the real stack list.
class AppPaths
{
public:
    static void setProfile(const QString &profile);
    static QString profile();
    static QString settingsFile();
    static QString dataDir();
    static QString keychainService();
    static bool isValidProfileName(const QString &profile);
};

} // namespace supadesk
