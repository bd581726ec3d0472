// SPDX-License-Identifier: GPL-3.0-or-later
#include "apppaths.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

namespace supadesk {

namespace {
QString g_profile = QStringLiteral("default");

QString baseDir(QStandardPaths::StandardLocation location)
{
    // GenericConfig/GenericData honour XDG_CONFIG_HOME / XDG_DATA_HOME; the folder name is ours.
    return QStandardPaths::writableLocation(location) + QStringLiteral("/supadesk");
}
} // namespace

void AppPaths::setProfile(const QString &profile)
{
    g_profile = profile.isEmpty() ? QStringLiteral("default") : profile;
}

QString AppPaths::profile()
{
    return g_profile;
}

bool AppPaths::isValidProfileName(const QString &profile)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return pattern.match(profile).hasMatch();
}

QString AppPaths::settingsFile()
{
    const QString dir = baseDir(QStandardPaths::GenericConfigLocation);
    if (g_profile == QLatin1String("default"))
        return dir + QStringLiteral("/supadesk.conf");
    return dir + QStringLiteral("/profiles/%1.conf").arg(g_profile);
}

QString AppPaths::dataDir()
{
    QString dir = baseDir(QStandardPaths::GenericDataLocation);
    if (g_profile != QLatin1String("default"))
        dir += QStringLiteral("/profiles/") + g_profile;
    QDir().mkpath(dir);
    return dir;
}

QString AppPaths::keychainService()
{
    if (g_profile == QLatin1String("default"))
        return QStringLiteral("Supadesk");
    return QStringLiteral("Supadesk (%1)").arg(g_profile);
}

} // namespace supadesk
