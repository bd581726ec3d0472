// SPDX-License-Identifier: GPL-3.0-or-later
#include "firewallapplier.h"

#include "core/setup/remotefilescript.h"
#include "core/shellquote.h"
#include "services/stackconnection.h"

#include <QDateTime>
#include <QEventLoop>
#include <QTcpSocket>
#include <QTimer>

namespace supadesk {

namespace {

QString lastLine(const QByteArray &text)
{
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.last().trimmed();
}

} // namespace

FirewallApplier::FirewallApplier(StackConnection *connection, QObject *parent)
    : QObject(parent), m_connection(connection)
{}

FirewallApplier::~FirewallApplier() = default;

QString FirewallApplier::scriptCommand(const QString &argument) const
{
    QString command = QStringLiteral("bash ") + shellQuote(m_options.scriptPath);
    if (!argument.isEmpty())
        command += QLatin1Char(' ') + argument;
    return m_options.commandPrefix.isEmpty() ? command : m_options.commandPrefix + QLatin1Char(' ') + command;
}

void FirewallApplier::start(const QString &script, const Options &options)
{
    if (m_running)
        return;
    m_running = true;
    m_options = options;
    m_script = script;
    if (!m_connection) {
        done(Outcome::Failed, tr("The stack is not connected."));
        return;
    }
    emit progress(tr("Uploading the firewall script to %1.").arg(m_options.scriptPath));
    if (!m_options.commandPrefix.isEmpty()) {
        // A login other than root: root writes the script, which arrives on standard input.
        const QString backup = m_options.scriptPath + QStringLiteral(".supadesk-backup-") +
                               QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmsszzz"));
        const QString upload =
            m_options.commandPrefix + QLatin1Char(' ') +
            RemoteFileScript::run(RemoteFileScript::replace(m_options.scriptPath, backup, 0700), false);
        m_connection->exec(upload, script.toUtf8(), this, [this](Result<ExecResult> r) {
            if (!r.ok() || r.value().exitStatus != 0) {
                done(Outcome::Failed,
                     tr("Cannot upload the firewall script: %1 Nothing was changed.")
                         .arg(r.ok() ? lastLine(r.value().standardError) : r.error().message));
                return;
            }
            enable();
        });
        return;
    }
    m_connection->writeFile(m_options.scriptPath, script.toUtf8(), this, [this](Result<QString> written) {
        if (!written.ok()) {
            done(Outcome::Failed, tr("Cannot upload the firewall script: %1 Nothing was changed.")
                                      .arg(written.error().message));
            return;
        }
        if (!m_connection) {
            done(Outcome::Failed, tr("The stack is not connected."));
            return;
        }
        m_connection->exec(QStringLiteral("chmod 700 ") + shellQuote(m_options.scriptPath), this,
                           [this](Result<ExecResult>) { enable(); });
    });
}

void FirewallApplier::enable()
{
    if (!m_connection) {
        done(Outcome::Failed, tr("The stack is not connected."));
        return;
    }
    emit progress(tr("Allowing SSH, arming the automatic revert and enabling the firewall."));
    m_connection->exec(scriptCommand(), this, [this](Result<ExecResult> result) {
        if (!result.ok()) {
            // The session broke while the script ran: the armed revert (if it was armed) is all
            // that can help now.
            done(Outcome::RevertPending,
                 tr("The connection was lost while enabling the firewall (%1). If the firewall was enabled, "
                    "its automatic revert puts it back as it was.")
                     .arg(result.error().message));
            return;
        }
        const ExecResult &r = result.value();
        const QString output = QString::fromUtf8(r.standardOutput + r.standardError).trimmed();
        if (!output.isEmpty())
            emit progress(output);
        if (r.exitStatus != 0) {
            // The script stops before denying anything when it cannot arm the revert; after that
            // point a failure is reverted at once, so the server is never left half-configured.
            const QString why = lastLine(r.standardError);
            m_connection->exec(
                scriptCommand(QStringLiteral("--revert")), this, [this, why](Result<ExecResult> undo) {
                    const bool reverted = undo.ok() && undo.value().exitStatus == 0;
                    done(Outcome::Failed,
                         reverted
                             ? tr("The firewall script failed: %1 The firewall is as it was before.").arg(why)
                             : tr("The firewall script failed: %1 Putting the firewall back "
                                  "failed too; its automatic revert will do it.")
                                   .arg(why));
                });
            return;
        }
        prove();
    });
}

void FirewallApplier::prove()
{
    emit progress(tr("Proving access with a new SSH connection."));
    StackConnection::Settings settings = m_connection->settings();
    settings.forwards.clear();
    settings.ssh.timeoutSeconds = qMax(1, m_options.proofTimeoutSeconds);
    m_proof = std::make_unique<StackConnection>(settings);
    if (Status started = m_proof->connectToStack(); !started.ok()) {
        proofFailed(started.error().message);
        return;
    }
    auto *guard = new QTimer(this);
    guard->setSingleShot(true);
    // Beyond TCP connect, key exchange and authentication (each up to the timeout) nothing else waits.
    guard->start((3 * settings.ssh.timeoutSeconds + 5) * 1000);
    auto settled = std::make_shared<bool>(false);
    auto onState = [this, guard, settled](StackConnection::State state) {
        if (*settled)
            return;
        if (state == StackConnection::State::Connected) {
            *settled = true;
            guard->deleteLater();
            m_proof->exec(scriptCommand(QStringLiteral("--confirm")), this, [this](Result<ExecResult> r) {
                m_proof->disconnectFromStack();
                if (r.ok()) {
                    const QString output =
                        QString::fromUtf8(r.value().standardOutput + r.value().standardError).trimmed();
                    if (!output.isEmpty())
                        emit progress(output);
                }
                if (r.ok() && r.value().exitStatus == 0) {
                    verifyClosed(tr("A new SSH connection got through: the firewall stays on and the "
                                    "automatic revert is disarmed."));
                    return;
                }
                proofFailed(r.ok() ? lastLine(r.value().standardError) : r.error().message);
            });
        } else if (state == StackConnection::State::Failed || state == StackConnection::State::Reconnecting) {
            *settled = true;
            guard->deleteLater();
            const QString reason = m_proof->reason();
            m_proof->disconnectFromStack();
            proofFailed(reason);
        }
    };
    connect(m_proof.get(), &StackConnection::stateChanged, this, onState);
    connect(guard, &QTimer::timeout, this, [this, settled] {
        if (*settled)
            return;
        *settled = true;
        m_proof->disconnectFromStack();
        proofFailed(tr("No answer within %n second(s).", nullptr, m_options.proofTimeoutSeconds));
    });
}

void FirewallApplier::proofFailed(const QString &why)
{
    emit progress(tr("A new SSH connection did not get through: %1").arg(why));
    if (!m_connection) {
        done(
            Outcome::RevertPending,
            tr("A new SSH connection did not get through (%1) and this session is gone: the automatic revert "
               "puts the firewall back as it was shortly.")
                .arg(why));
        return;
    }
    m_connection->exec(scriptCommand(QStringLiteral("--revert")), this, [this, why](Result<ExecResult> r) {
        if (r.ok() && r.value().exitStatus == 0)
            done(Outcome::Reverted, tr("A new SSH connection did not get through (%1), so the firewall was "
                                       "put back as it was before. Nothing stays changed.")
                                        .arg(why));
        else
            done(Outcome::RevertPending,
                 tr("A new SSH connection did not get through (%1) and putting the "
                    "firewall back from this session failed: the automatic revert does it "
                    "shortly.")
                     .arg(why));
    });
}

void FirewallApplier::verifyClosed(const QString &keptMessage)
{
    m_stillReachable.clear();
    const QList<int> ports = m_options.verifyClosedPorts;
    if (ports.isEmpty() || !m_connection) {
        done(Outcome::Kept, keptMessage);
        return;
    }
    // Docker-published ports bypass ufw, so only a connection attempt from outside tells whether
    // they are really closed: each port is tried from this computer on the server's address.
    const QString host = m_connection->settings().ssh.host;
    QStringList names;
    for (int port : ports)
        names << QString::number(port);
    emit progress(tr("Checking from this computer that port(s) %1 are closed on %2.")
                      .arg(names.join(QStringLiteral(", ")), host));
    auto pending = std::make_shared<int>(int(ports.size()));
    auto settle = [this, pending, keptMessage](QTcpSocket *socket, int port, bool open) {
        if (socket->property("settled").toBool())
            return;
        socket->setProperty("settled", true);
        socket->abort();
        socket->deleteLater();
        if (open)
            m_stillReachable.append(port);
        if (--*pending > 0)
            return;
        std::sort(m_stillReachable.begin(), m_stillReachable.end());
        if (m_stillReachable.isEmpty()) {
            done(Outcome::Kept,
                 keptMessage + QLatin1Char(' ') +
                     tr("Checked from this computer: the database and pooler ports are closed."));
            return;
        }
        QStringList list;
        for (int p : std::as_const(m_stillReachable))
            list << QString::number(p);
        done(Outcome::Kept,
             keptMessage + QLatin1Char(' ') +
                 tr("Warning: port(s) %1 still accept connections from this computer; publish them "
                    "on 127.0.0.1 only (docker-compose.override.yml).")
                     .arg(list.join(QStringLiteral(", "))));
    };
    for (int port : ports) {
        auto *socket = new QTcpSocket(this);
        connect(socket, &QTcpSocket::connected, this, [=] { settle(socket, port, true); });
        connect(socket, &QTcpSocket::errorOccurred, this, [=] { settle(socket, port, false); });
        // A dropped SYN never answers: silence counts as closed.
        QTimer::singleShot(m_options.probeTimeoutMs, socket, [=] { settle(socket, port, false); });
        socket->connectToHost(host, quint16(port));
    }
}

void FirewallApplier::done(Outcome outcome, const QString &message)
{
    m_running = false;
    emit progress(message);
    emit finished(outcome, message);
}

FirewallApplier::Outcome FirewallApplier::runAndWait(const QString &script, const Options &options,
                                                     QString *message)
{
    QEventLoop loop;
    Outcome outcome = Outcome::Failed;
    const QMetaObject::Connection c =
        connect(this, &FirewallApplier::finished, &loop, [&](Outcome o, const QString &m) {
            outcome = o;
            if (message)
                *message = m;
            loop.quit();
        });
    start(script, options);
    if (m_running)
        loop.exec();
    disconnect(c);
    return outcome;
}

} // namespace supadesk
