// SPDX-License-Identifier: GPL-3.0-or-later
#include "stackstore.h"

#include <QCoreApplication>
#include <QSettings>

namespace supadesk {

StackStore::StackStore(QString settingsFile) : m_settingsFile(std::move(settingsFile)) {}

StackList StackStore::load() const
{
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    StackList stacks;
    const int count = settings.beginReadArray(QStringLiteral("stacks"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        Stack s;
        s.id = settings.value(QStringLiteral("id")).toString();
        if (s.id.isEmpty())
            s.id = Stack::newId();
        s.name = settings.value(QStringLiteral("name")).toString();
        s.group = settings.value(QStringLiteral("group")).toString();
        s.sshHost = settings.value(QStringLiteral("sshHost")).toString();
        s.sshPort = settings.value(QStringLiteral("sshPort"), s.sshPort).toInt();
        s.sshUser = settings.value(QStringLiteral("sshUser")).toString();
        s.authMethod = authMethodFromKey(settings.value(QStringLiteral("auth")).toString());
        s.keyFile = settings.value(QStringLiteral("keyFile")).toString();
        s.jumpHosts = settings.value(QStringLiteral("jumpHosts")).toString();
        s.installDir = settings.value(QStringLiteral("installDir"), s.installDir).toString();
        s.dbHost = settings.value(QStringLiteral("dbHost"), s.dbHost).toString();
        s.dbPort = settings.value(QStringLiteral("dbPort"), s.dbPort).toInt();
        s.gatewayPort = settings.value(QStringLiteral("gatewayPort"), s.gatewayPort).toInt();
        s.poolerPort = settings.value(QStringLiteral("poolerPort"), s.poolerPort).toInt();
        s.poolerMetricsPort =
            settings.value(QStringLiteral("poolerMetricsPort"), s.poolerMetricsPort).toInt();
        s.dbName = settings.value(QStringLiteral("dbName"), s.dbName).toString();
        s.dbUser = settings.value(QStringLiteral("dbUser"), s.dbUser).toString();
        s.autoConnect = settings.value(QStringLiteral("autoConnect"), false).toBool();
        stacks.append(s);
    }
    settings.endArray();
    return stacks;
}

Status StackStore::save(const StackList &stacks) const
{
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    settings.remove(QStringLiteral("stacks"));
    settings.beginWriteArray(QStringLiteral("stacks"), int(stacks.size()));
    for (int i = 0; i < stacks.size(); ++i) {
        const Stack &s = stacks.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("id"), s.id);
        settings.setValue(QStringLiteral("name"), s.name);
        settings.setValue(QStringLiteral("group"), s.group);
        settings.setValue(QStringLiteral("sshHost"), s.sshHost);
        settings.setValue(QStringLiteral("sshPort"), s.sshPort);
        settings.setValue(QStringLiteral("sshUser"), s.sshUser);
        settings.setValue(QStringLiteral("auth"), authMethodKey(s.authMethod));
        settings.setValue(QStringLiteral("keyFile"), s.keyFile);
        settings.setValue(QStringLiteral("jumpHosts"), s.jumpHosts);
        settings.setValue(QStringLiteral("installDir"), s.installDir);
        settings.setValue(QStringLiteral("dbHost"), s.dbHost);
        settings.setValue(QStringLiteral("dbPort"), s.dbPort);
        settings.setValue(QStringLiteral("gatewayPort"), s.gatewayPort);
        settings.setValue(QStringLiteral("poolerPort"), s.poolerPort);
        settings.setValue(QStringLiteral("poolerMetricsPort"), s.poolerMetricsPort);
        settings.setValue(QStringLiteral("dbName"), s.dbName);
        settings.setValue(QStringLiteral("dbUser"), s.dbUser);
        settings.setValue(QStringLiteral("autoConnect"), s.autoConnect);
    }
    settings.endArray();
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return Error{ErrorCode::SettingsWrite,
                     tr("The stack list could not be saved to %1.").arg(m_settingsFile)};
    return success();
}

} // namespace supadesk
