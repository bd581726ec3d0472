// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace supadesk {

enum class AuthMethod { Agent, KeyFile, Password };

QString authMethodKey(AuthMethod method);
AuthMethod authMethodFromKey(const QString &key, bool *known = nullptr);

// One self-hosted Supabase installation as Supadesk reaches it: the SSH endpoint and where things
// live on the server. Holds no secret: passwords and passphrases live in the OS keychain.
struct Stack
{
    QString id;
    QString name;
    QString group;
    QString sshHost;
    int sshPort = 22;
    QString sshUser;
    AuthMethod authMethod = AuthMethod::Agent;
    QString keyFile;
    // OpenSSH ProxyJump syntax: the SSH servers to pass through, first hop first (empty = direct).
    QString jumpHosts;
    QString installDir = QStringLiteral("/opt/supabase/supabase/docker");
    QString dbHost = QStringLiteral("127.0.0.1");
    int dbPort = 5432;
    int gatewayPort = 8000;
    int poolerPort = 6543;
    // Where Supavisor's HTTP metrics are published on the server's loopback (0: not read). Supabase's
    // compose file publishes none; the Setup wizard's compose override publishes 127.0.0.1:4000.
    int poolerMetricsPort = 4000;
    QString dbName = QStringLiteral("postgres");
    QString dbUser = QStringLiteral("postgres");
    bool autoConnect = false;

    bool operator==(const Stack &) const = default;

    static QString newId();
};

using StackList = QList<Stack>;

} // namespace supadesk

Q_DECLARE_METATYPE(supadesk::Stack)
