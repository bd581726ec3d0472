// SPDX-License-Identifier: GPL-3.0-or-later
#include "sshcliopts.h"

#include "core/jumphost.h"
#include "services/apppaths.h"
#include "services/secretstore.h"
#include "services/stackrepository.h"
#include "ssh/sshconfigresolver.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace supadesk::cli {

void SshCliOptions::addTo(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("stack"),
         QCoreApplication::translate("SshCliOptions", "Use the SSH settings of this stack."),
         QStringLiteral("NAME")},
        {QStringLiteral("host"), QCoreApplication::translate("SshCliOptions", "SSH host."),
         QStringLiteral("HOST")},
        {QStringLiteral("port"), QCoreApplication::translate("SshCliOptions", "SSH port."),
         QStringLiteral("PORT"), QStringLiteral("22")},
        {QStringLiteral("user"), QCoreApplication::translate("SshCliOptions", "SSH user."),
         QStringLiteral("USER")},
        {QStringLiteral("identity"),
         QCoreApplication::translate("SshCliOptions", "Private key file (implies key authentication)."),
         QStringLiteral("FILE")},
        {QStringLiteral("auth"), QCoreApplication::translate("SshCliOptions", "agent, key or password."),
         QStringLiteral("METHOD")},
        {QStringLiteral("jump"),
         QCoreApplication::translate(
             "SshCliOptions", "Jump hosts to pass through, as ssh -J: [user@]host[:port], comma-separated."),
         QStringLiteral("HOPS")},
        {QStringLiteral("known-hosts"),
         QCoreApplication::translate("SshCliOptions", "Supadesk's known_hosts file to read and write."),
         QStringLiteral("FILE")},
        {QStringLiteral("ssh-config"),
         QCoreApplication::translate("SshCliOptions",
                                     "An ssh_config file to read instead of ~/.ssh/config and "
                                     "/etc/ssh/ssh_config, as ssh -F."),
         QStringLiteral("FILE")},
        {QStringLiteral("accept-new-host-key"),
         QCoreApplication::translate("SshCliOptions",
                                     "Trust and record the key of a host seen for the first time.")},
        {QStringLiteral("timeout"),
         QCoreApplication::translate("SshCliOptions", "Seconds allowed for connecting."),
         QStringLiteral("SECONDS"), QStringLiteral("10")},
    });
}

Result<PortForward> SshCliOptions::parseForward(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    PortForward f;
    bool okLocal = true, okRemote = false;
    if (parts.size() == 3) {
        f.localPort = parts[0].toUShort(&okLocal);
        f.remoteHost = parts[1];
        f.remotePort = parts[2].toUShort(&okRemote);
    } else if (parts.size() == 2) {
        f.remoteHost = parts[0];
        f.remotePort = parts[1].toUShort(&okRemote);
    }
    if (!okLocal || !okRemote || f.remotePort == 0 || f.remoteHost.isEmpty())
        return Error{
            ErrorCode::CliForward,
            QCoreApplication::translate(
                "SshCliOptions",
                "\"%1\" is not a forward: use LOCALPORT:REMOTEHOST:REMOTEPORT, e.g. 5433:127.0.0.1:5432.")
                .arg(text)};
    f.name = text;
    return f;
}

namespace {

// Secrets: the environment for scripts, else the keychain entry of the stack.
void fillSecrets(StackConnection::Settings &settings, const QString &stackId)
{
    settings.ssh.passphrase = qEnvironmentVariable("SUPADESK_SSH_PASSPHRASE");
    settings.ssh.password = qEnvironmentVariable("SUPADESK_SSH_PASSWORD");
    if (!stackId.isEmpty()) {
        SecretStore secrets(AppPaths::keychainService());
        if (settings.ssh.auth == AuthMethod::KeyFile && settings.ssh.passphrase.isEmpty())
            if (const auto p = secrets.readNow(stackId, SecretStore::KeyPassphrase); p.ok())
                settings.ssh.passphrase = p.value();
        if (settings.ssh.auth == AuthMethod::Password && settings.ssh.password.isEmpty())
            if (const auto p = secrets.readNow(stackId, SecretStore::SshPassword); p.ok())
                settings.ssh.password = p.value();
    }
}

} // namespace

StackConnection::Settings SshCliOptions::forStack(const QCommandLineParser &parser, const Stack &stack)
{
    StackConnection::Settings settings =
        StackConnection::settingsFor(stack, parser.value(QStringLiteral("ssh-config")));
    if (parser.isSet(QStringLiteral("known-hosts")))
        settings.ssh.knownHostsFile = parser.value(QStringLiteral("known-hosts"));
    settings.ssh.acceptNewHostKey = parser.isSet(QStringLiteral("accept-new-host-key"));
    settings.ssh.timeoutSeconds = qMax(1, parser.value(QStringLiteral("timeout")).toInt());
    fillSecrets(settings, stack.id);
    return settings;
}

Result<StackConnection::Settings> SshCliOptions::read(const QCommandLineParser &parser)
{
    StackConnection::Settings settings;
    QString stackId;
    if (parser.isSet(QStringLiteral("stack"))) {
        const auto stack =
            StackRepository::forCurrentProfile().findByName(parser.value(QStringLiteral("stack")));
        if (!stack)
            return Error{ErrorCode::CliNoStack,
                         QCoreApplication::translate("SshCliOptions", "There is no stack called \"%1\".")
                             .arg(parser.value(QStringLiteral("stack")))};
        settings = StackConnection::settingsFor(*stack, parser.value(QStringLiteral("ssh-config")));
        stackId = stack->id;
    } else {
        if (!parser.isSet(QStringLiteral("host")))
            return Error{ErrorCode::CliUsage,
                         QCoreApplication::translate(
                             "SshCliOptions", "Give --stack NAME, or --host HOST for an ad hoc connection.")};
        settings.ssh.host = parser.value(QStringLiteral("host"));
        settings.ssh.knownHostsFile = HostKeyVerifier::defaultOwnFile();
        settings.ssh.userKnownHostsFile = HostKeyVerifier::defaultUserFile();
        settings.ssh.auth = AuthMethod::Agent;
    }
    if (parser.isSet(QStringLiteral("port")) || stackId.isEmpty()) {
        bool ok = false;
        settings.ssh.port = parser.value(QStringLiteral("port")).toInt(&ok);
        if (!ok || settings.ssh.port <= 0 || settings.ssh.port > 65535)
            return Error{ErrorCode::CliUsage,
                         QCoreApplication::translate("SshCliOptions",
                                                     "The SSH port must be a number from 1 to 65535.")};
    }
    if (parser.isSet(QStringLiteral("user")))
        settings.ssh.user = parser.value(QStringLiteral("user"));
    if (parser.isSet(QStringLiteral("identity"))) {
        settings.ssh.keyFile = parser.value(QStringLiteral("identity"));
        settings.ssh.auth = AuthMethod::KeyFile;
    }
    if (parser.isSet(QStringLiteral("auth"))) {
        bool known = false;
        settings.ssh.auth = authMethodFromKey(parser.value(QStringLiteral("auth")), &known);
        if (!known)
            return Error{
                ErrorCode::CliUsage,
                QCoreApplication::translate(
                    "SshCliOptions", "Unknown authentication method \"%1\": use agent, key or password.")
                    .arg(parser.value(QStringLiteral("auth")))};
    }
    if (parser.isSet(QStringLiteral("jump"))) {
        const QString hops = parser.value(QStringLiteral("jump"));
        if (const auto parsed = JumpHostList::parse(hops); !parsed.ok())
            return parsed.error();
        settings.ssh.proxyJump = hops;
    }
    // Host aliases from ~/.ssh/config fill in what the command line leaves open, as with ssh.
    if (stackId.isEmpty()) {
        const auto resolved =
            SshConfigResolver(parser.value(QStringLiteral("ssh-config"))).apply(settings.ssh);
        if (!resolved.ok())
            return resolved.error();
        settings.ssh = resolved.value();
    }
    if (parser.isSet(QStringLiteral("known-hosts")))
        settings.ssh.knownHostsFile = parser.value(QStringLiteral("known-hosts"));
    settings.ssh.acceptNewHostKey = parser.isSet(QStringLiteral("accept-new-host-key"));
    settings.ssh.timeoutSeconds = qMax(1, parser.value(QStringLiteral("timeout")).toInt());

    fillSecrets(settings, stackId);
    return settings;
}

Status connectAndWait(StackConnection &connection)
{
    if (Status started = connection.connectToStack(); !started.ok())
        return started;
    QEventLoop loop;
    QObject::connect(&connection, &StackConnection::stateChanged, &loop, [&](StackConnection::State state) {
        if (state == StackConnection::State::Connected || state == StackConnection::State::Failed)
            loop.quit();
    });
    if (connection.state() != StackConnection::State::Connected &&
        connection.state() != StackConnection::State::Failed)
        loop.exec();
    if (connection.state() == StackConnection::State::Connected)
        return success();
    return Error{connection.errorCode(), connection.reason()};
}

} // namespace supadesk::cli
