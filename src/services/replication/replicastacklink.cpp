// SPDX-License-Identifier: GPL-3.0-or-later
#include "replicastacklink.h"

#include "core/shellquote.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QRegularExpression>
#include <QTimer>

namespace supadesk {

Status ReplicaStackLink::open(ReplicaStackSide &side, StackConnection::Settings settings,
                              const QString &dbPassword)
{
    // Only the database is needed; the other forwards would bind ports for nothing.
    settings.forwards.removeIf([](const PortForward &f) { return f.name != StackConnection::Database; });
    const int timeout = settings.ssh.timeoutSeconds;
    side.connection = std::make_unique<StackConnection>(settings);
    if (const Status started = side.connection->connectToStack(); !started.ok())
        return started;
    QEventLoop loop;
    QObject::connect(
        side.connection.get(), &StackConnection::stateChanged, &loop, [&loop](StackConnection::State state) {
            if (state == StackConnection::State::Connected || state == StackConnection::State::Failed)
                loop.quit();
        });
    QTimer::singleShot((timeout + 5) * 1000, &loop, &QEventLoop::quit);
    if (!side.isConnected() && side.connection->state() != StackConnection::State::Failed)
        loop.exec();
    if (!side.isConnected()) {
        const QString reason = side.connection->reason();
        return Error{side.connection->errorId() == ErrorCode::None ? ErrorCode::ReplicaNetwork
                                                                   : side.connection->errorId(),
                     tr("The stack %1 could not be reached over SSH: %2")
                         .arg(side.stack.name, reason.isEmpty() ? tr("the connection timed out") : reason)};
    }
    side.postgres = std::make_unique<SshCommandRunner>(side.connection.get());
    side.root = std::make_unique<SshCommandRunner>(side.connection.get(), QStringLiteral("root"));
    side.dsn = PostgresDsn();
    side.dsn.host = QStringLiteral("127.0.0.1");
    side.dsn.port = side.connection->localPort(StackConnection::Database);
    side.dsn.user = side.stack.dbUser;
    side.dsn.database = side.stack.dbName;
    side.dsn.password = dbPassword;
    return success();
}

QString ReplicaStackLink::parseRouteSource(const QString &routeOutput)
{
    static const QRegularExpression src(QStringLiteral("\\bsrc\\s+(\\S+)"));
    const QRegularExpressionMatch m = src.match(routeOutput);
    if (!m.hasMatch())
        return {};
    const QHostAddress address(m.captured(1));
    return address.isNull() ? QString() : address.toString();
}

Result<QString> ReplicaStackLink::sourceAddress(HostCommandRunner &standbyHost, const QString &primaryAddress)
{
    const QString command =
        QStringLiteral(
            "a=$(getent ahostsv4 %1 | awk 'NR==1 {print $1}'); [ -n \"$a\" ] && ip -4 route get \"$a\"")
            .arg(shellQuote(primaryAddress));
    const Result<ExecResult> r = standbyHost.run(command);
    if (!r.ok())
        return r.error();
    const QString address = parseRouteSource(QString::fromUtf8(r.value().standardOutput));
    if (r.value().exitStatus != 0 || address.isEmpty())
        return Error{ErrorCode::ReplicaNetwork,
                     tr("The standby's host has no route to %1: %2")
                         .arg(primaryAddress, HostCommandRunner::lastLine(r.value().standardError))};
    return address;
}

QString ReplicaStackLink::primaryAddress(const Stack &primary, const QString &sshHost)
{
    // A name in the database host is the server's own (a Docker service name, a local alias); only an
    // address that is not the loopback means the same from elsewhere.
    const QHostAddress db(primary.dbHost);
    if (!db.isNull() && !db.isLoopback())
        return primary.dbHost;
    return sshHost.isEmpty() ? primary.sshHost : sshHost;
}

QString ReplicaStackLink::defaultDataDir(const QString &slot)
{
    return QStringLiteral("/var/lib/postgresql/15/") + slot;
}

} // namespace supadesk
