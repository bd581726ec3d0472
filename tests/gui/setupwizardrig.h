// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Setup wizard on a harness stack, wired as the main window wires it: the test's own keychain
// service, a ConnectionManager whose unknown host key (the harness's sshd, first seen) is trusted as
// the user would trust it, and the wizard told of every connection state change. Shown at 1100×720
// with `stack` selected.
#include "gui/setup/setupworkspace.h"
#include "services/connectionmanager.h"
#include "services/secretstore.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <memory>

namespace testenv {

// A realistic install directory on the "server": Supabase's own env.example as its .env and the
// reference compose file.
inline bool seedSupabaseInstall(const QString &dir)
{
    return QDir().mkpath(dir) &&
           QFile::copy(QStringLiteral(SUPADESK_TEST_DATA_DIR "/setup/env.example"),
                       dir + QStringLiteral("/.env")) &&
           QFile::copy(QStringLiteral(SUPADESK_TEST_DATA_DIR "/setup/docker-compose.excerpt.yml"),
                       dir + QStringLiteral("/docker-compose.yml"));
}

// `stack` is read again when the host key is trusted, so a test may still change it afterwards.
// `resolveDatabase`: the wizard reaches the database through the tunnel (preflight, tuning) or not.
inline bool openSetupWizard(QObject *context, const QString &keychainService, const supadesk::Stack *stack,
                            bool resolveDatabase, std::unique_ptr<supadesk::SecretStore> &secrets,
                            std::unique_ptr<supadesk::ConnectionManager> &connections,
                            std::unique_ptr<supadesk::SetupWorkspace> &wizard)
{
    using namespace supadesk;
    secrets = std::make_unique<SecretStore>(keychainService);
    connections = std::make_unique<ConnectionManager>(secrets.get());
    ConnectionManager *manager = connections.get();
    QObject::connect(manager, &ConnectionManager::hostKeyRejected, context,
                     [manager, stack](const QString &id, const QString &code, const HostKeyCheck &) {
                         if (code != QLatin1String("ssh.hostkey.unknown"))
                             return;
                         QVERIFY(manager->connection(id)->trustPresentedHostKey().ok());
                         manager->connectStack(*stack);
                     });
    wizard =
        std::make_unique<SetupWorkspace>(manager, secrets.get(), [manager, resolveDatabase](const Stack &s) {
            return resolveDatabase ? manager->databaseEndpoint(s) : std::optional<DbEndpoint>();
        });
    SetupWorkspace *shown = wizard.get();
    QObject::connect(manager, &ConnectionManager::stateChanged, shown,
                     [shown] { shown->connectionChanged(); });
    shown->resize(1100, 720);
    shown->show();
    if (!QTest::qWaitForWindowExposed(shown))
        return false;
    shown->setStack(*stack);
    return true;
}

} // namespace testenv
