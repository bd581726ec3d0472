// SPDX-License-Identifier: GPL-3.0-or-later
#include "stackconnection.h"

#include "core/locale/displayformat.h"
#include "core/shellquote.h"
#include "ssh/locallistener.h"
#include "ssh/sftpclient.h"
#include "ssh/sshconfigresolver.h"
#include "ssh/tunnelworker.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>

#include <chrono>

namespace supadesk {

namespace {

// Failures a retry cannot fix: they need the user (trust a key, fix a password or a key file).
bool needsUser(const QString &code)
{
    // Whole families of the catalogue (ErrorCode): every ssh.hostkey.*, ssh.auth.* ... code.
    return code.startsWith(QLatin1String("ssh.hostkey.")) || code.startsWith(QLatin1String("ssh.auth.")) ||
           code.startsWith(QLatin1String("ssh.agent.")) ||
           code.startsWith(QLatin1String("ssh.knownhosts.")) ||
           code == ErrorCatalogue::code(ErrorCode::SshCancelled);
}

Error notConnected()
{
    return Error{ErrorCode::SshNotConnected,
                 QCoreApplication::translate("StackConnection", "The stack is not connected.")};
}

} // namespace

StackConnection::Settings StackConnection::settingsFor(const Stack &stack, const QString &sshConfigFile)
{
    Settings s;
    s.ssh.host = stack.sshHost;
    s.ssh.port = stack.sshPort;
    s.ssh.user = stack.sshUser;
    s.ssh.auth = stack.authMethod;
    s.ssh.keyFile = stack.keyFile;
    s.ssh.proxyJump = stack.jumpHosts;
    s.ssh.knownHostsFile = HostKeyVerifier::defaultOwnFile();
    s.ssh.userKnownHostsFile = HostKeyVerifier::defaultUserFile();
    // A host alias from ~/.ssh/config works as it does with ssh. A host name ssh would take for an
    // option is left as it is: it resolves to nothing, and no ssh ever sees it.
    if (const auto resolved = SshConfigResolver(sshConfigFile).apply(s.ssh); resolved.ok())
        s.ssh = resolved.value();
    const QString host = stack.dbHost.isEmpty() ? QStringLiteral("127.0.0.1") : stack.dbHost;
    s.forwards = {
        PortForward{Database, 0, host, quint16(stack.dbPort)},
        PortForward{Gateway, 0, host, quint16(stack.gatewayPort)},
        PortForward{Pooler, 0, host, quint16(stack.poolerPort)},
    };
    // Published on the server's loopback by the compose override, wherever the database lives.
    if (stack.poolerMetricsPort > 0)
        s.forwards.append(
            PortForward{PoolerMetrics, 0, QStringLiteral("127.0.0.1"), quint16(stack.poolerMetricsPort)});
    return s;
}

StackConnection::StackConnection(Settings settings, QObject *parent)
    : QObject(parent), m_settings(std::move(settings))
{
    qRegisterMetaType<HostKeyCheck>();
    qRegisterMetaType<StackConnection::State>();
}

StackConnection::~StackConnection()
{
    stopThread();
}

QString StackConnection::stateName(State state)
{
    switch (state) {
    case State::Disconnected:
        return QCoreApplication::translate("StackConnection", "Disconnected");
    case State::Connecting:
        return QCoreApplication::translate("StackConnection", "Connecting");
    case State::Connected:
        return QCoreApplication::translate("StackConnection", "Connected");
    case State::Reconnecting:
        return QCoreApplication::translate("StackConnection", "Reconnecting");
    case State::Failed:
        return QCoreApplication::translate("StackConnection", "Failed");
    }
    return QString();
}

int StackConnection::activeConnections() const
{
    std::lock_guard lock(m_mutex);
    return m_worker ? m_worker->activeConnections() : 0;
}

Status StackConnection::connectToStack()
{
    if (m_state == State::Connecting || m_state == State::Connected || m_state == State::Reconnecting)
        return success();
    stopThread();
    // Listening starts here, on the caller's thread: a port in use is reported at once, and the
    // sockets stay open through every reconnect until disconnectFromStack().
    if (m_listeners.empty()) {
        QMap<QString, quint16> ports;
        std::vector<std::shared_ptr<LocalListener>> listeners;
        for (const PortForward &f : m_settings.forwards) {
            auto listener = LocalListener::listen(f.localPort);
            if (!listener.ok()) {
                apply(State::Failed, listener.error().message, listener.error().code, HostKeyCheck());
                return listener.error();
            }
            ports.insert(f.name, listener.value()->port());
            listeners.push_back(listener.value());
        }
        m_listeners = std::move(listeners);
        m_localPorts = ports;
        emit localPortsChanged(m_localPorts);
    }
    m_stopping.store(false);
    apply(State::Connecting,
          QCoreApplication::translate("StackConnection", "Connecting to %1:%2 (timeout %3 s)…")
              .arg(m_settings.ssh.host)
              .arg(m_settings.ssh.port)
              .arg(m_settings.ssh.timeoutSeconds),
          QString(), HostKeyCheck());
    m_thread = std::thread([this, settings = m_settings] { lifecycle(settings); });
    return success();
}

void StackConnection::stopThread()
{
    m_stopping.store(true);
    {
        std::lock_guard lock(m_mutex);
        if (m_worker)
            m_worker->stop();
        // disconnectFromStack() must not wait for a slow handshake to time out.
        if (m_connecting)
            m_connecting->abort();
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void StackConnection::disconnectFromStack()
{
    stopThread();
    m_listeners.clear();
    if (!m_localPorts.isEmpty()) {
        m_localPorts.clear();
        emit localPortsChanged(m_localPorts);
    }
    apply(State::Disconnected, QString(), QString(), HostKeyCheck());
}

Status StackConnection::trustPresentedHostKey()
{
    if (m_hostKeyCheck.key.isNull() || m_hostKeyCheck.state != HostKeyCheck::State::Unknown)
        return Error{ErrorCode::SshHostKeyNone,
                     QCoreApplication::translate("StackConnection", "There is no new host key to trust.")};
    const HostKeyVerifier verifier = HostKeyVerifier::forOptions(m_settings.ssh);
    return verifier.trust(m_hostKeyCheck.host, m_hostKeyCheck.port, m_hostKeyCheck.key);
}

Status StackConnection::forgetOldHostKey()
{
    if (m_hostKeyCheck.state != HostKeyCheck::State::Changed)
        return Error{ErrorCode::SshHostKeyNone,
                     QCoreApplication::translate("StackConnection", "No changed host key was found.")};
    const HostKeyVerifier verifier = HostKeyVerifier::forOptions(m_settings.ssh);
    return verifier.forget(m_hostKeyCheck);
}

void StackConnection::report(State state, const QString &reason, const QString &code,
                             const HostKeyCheck &check)
{
    QMetaObject::invokeMethod(
        this, [this, state, reason, code, check] { apply(state, reason, code, check); },
        Qt::QueuedConnection);
}

void StackConnection::apply(State state, const QString &reason, const QString &code,
                            const HostKeyCheck &check)
{
    // A report queued by the worker just before disconnectFromStack() must not undo it.
    if (m_stopping.load() && state != State::Disconnected && state != State::Failed)
        return;
    if (!code.isEmpty() || state == State::Connected) {
        m_errorCode = code;
        if (!check.key.isNull())
            m_hostKeyCheck = check;
    }
    const bool changed = state != m_state || reason != m_reason;
    m_state = state;
    m_reason = reason;
    if (changed)
        emit stateChanged(state, reason);
    if (state == State::Failed && code.startsWith(QLatin1String("ssh.hostkey.")))
        emit hostKeyRejected(code, m_hostKeyCheck);
}

bool StackConnection::waitBackoff(int milliseconds)
{
    std::unique_lock lock(m_mutex);
    return !m_wake.wait_for(lock, std::chrono::milliseconds(milliseconds),
                            [this] { return m_stopping.load(); });
}

void StackConnection::lifecycle(Settings settings)
{
    std::vector<TunnelWorker::Forward> forwards;
    for (qsizetype i = 0; i < settings.forwards.size(); ++i)
        forwards.push_back(
            {m_listeners[size_t(i)], settings.forwards[i].remoteHost, settings.forwards[i].remotePort});
    TunnelWorker::Settings workerSettings;
    workerSettings.keepaliveSeconds = settings.keepaliveSeconds;
    workerSettings.deadAfterSeconds = settings.deadAfterSeconds;

    bool everConnected = false;
    int backoffMs = 500;
    while (!m_stopping.load()) {
        SshSession session;
        session.setCancelFlag(&m_stopping);
        {
            // Registered under the lock that stopThread() takes, so a stop is either seen here
            // or aborts this session.
            std::lock_guard lock(m_mutex);
            if (!m_stopping.load())
                m_connecting = &session;
        }
        if (!m_connecting)
            break;
        const Status opened = session.open(settings.ssh);
        {
            std::lock_guard lock(m_mutex);
            m_connecting = nullptr;
        }
        if (m_stopping.load())
            break;
        if (!opened.ok()) {
            const Error &e = opened.error();
            if (!everConnected || needsUser(e.code)) {
                report(State::Failed, e.message, e.code, session.hostKeyCheck());
                m_stopping.store(true);
                break;
            }
            report(State::Reconnecting,
                   QCoreApplication::translate("StackConnection", "Reconnecting in %1 s: %2")
                       .arg(DisplayFormat().number(backoffMs / 1000.0, 1), e.message),
                   e.code);
            if (!waitBackoff(backoffMs))
                break;
            backoffMs = std::min(backoffMs * 2, settings.maxBackoffSeconds * 1000);
            continue;
        }
        everConnected = true;
        backoffMs = 500;
        TunnelWorker worker(session, forwards, workerSettings);
        {
            std::lock_guard lock(m_mutex);
            m_worker = &worker;
        }
        report(State::Connected, QString(), QString(), session.hostKeyCheck());
        const Status ended = worker.run();
        {
            std::lock_guard lock(m_mutex);
            m_worker = nullptr;
        }
        worker.runPendingTasks();
        if (m_stopping.load())
            break;
        const QString why = ended.ok()
                                ? QCoreApplication::translate("StackConnection", "The connection ended.")
                                : ended.error().message;
        report(State::Reconnecting,
               QCoreApplication::translate("StackConnection", "Connection lost, reconnecting: %1").arg(why),
               ErrorCatalogue::code(ErrorCode::SshLost));
    }
}

void StackConnection::post(std::function<void(SshSession &)> task, std::function<void()> unavailable)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_worker) {
            m_worker->post(std::move(task));
            return;
        }
    }
    unavailable();
}

// The answer goes through the connection (which outlives its worker) to the caller's thread, and
// is dropped if the caller was destroyed meanwhile, e.g. a window closed while a command ran. The
// guard is made on the caller's thread, when the request is made.
template <typename T>
static void deliver(QObject *connection, const QPointer<QObject> &context,
                    std::function<void(Result<T>)> done, Result<T> result)
{
    QMetaObject::invokeMethod(
        connection,
        [context, done = std::move(done), result = std::move(result)] {
            if (context)
                done(result);
        },
        Qt::QueuedConnection);
}

void StackConnection::exec(const QString &command, QObject *context,
                           std::function<void(Result<ExecResult>)> done)
{
    const QPointer<QObject> guard(context);
    post([=, this](SshSession &session) { deliver<ExecResult>(this, guard, done, session.exec(command)); },
         [=, this] { deliver<ExecResult>(this, guard, done, notConnected()); });
}

void StackConnection::exec(const QString &command, const QByteArray &standardInput, QObject *context,
                           std::function<void(Result<ExecResult>)> done)
{
    const QPointer<QObject> guard(context);
    post(
        [=, this](SshSession &session) {
            deliver<ExecResult>(this, guard, done, session.exec(command, standardInput));
        },
        [=, this] { deliver<ExecResult>(this, guard, done, notConnected()); });
}

void StackConnection::exec(const QString &command, const QByteArray &standardInput, QObject *context,
                           std::function<void(const QByteArray &chunk, bool isStandardError)> onOutput,
                           std::function<void(Result<ExecResult>)> done)
{
    const QPointer<QObject> guard(context);
    post(
        [=, this](SshSession &session) {
            // Queued to this object like the result, so every chunk arrives before it.
            const auto stream = [=, this](const QByteArray &chunk, bool isStandardError) {
                QMetaObject::invokeMethod(
                    this,
                    [guard, onOutput, chunk, isStandardError] {
                        if (guard)
                            onOutput(chunk, isStandardError);
                    },
                    Qt::QueuedConnection);
            };
            deliver<ExecResult>(this, guard, done, session.exec(command, standardInput, stream));
        },
        [=, this] { deliver<ExecResult>(this, guard, done, notConnected()); });
}

void StackConnection::readFile(const QString &path, QObject *context,
                               std::function<void(Result<QByteArray>)> done)
{
    const QPointer<QObject> guard(context);
    post(
        [=, this](SshSession &session) {
            SftpClient sftp(session);
            deliver<QByteArray>(this, guard, done, sftp.readFile(path));
        },
        [=, this] { deliver<QByteArray>(this, guard, done, notConnected()); });
}

void StackConnection::listDirectory(const QString &path, QObject *context,
                                    std::function<void(Result<QList<RemoteFileEntry>>)> done)
{
    const QPointer<QObject> guard(context);
    post(
        [=, this](SshSession &session) {
            SftpClient sftp(session);
            deliver<QList<RemoteFileEntry>>(this, guard, done, sftp.listDirectory(path));
        },
        [=, this] { deliver<QList<RemoteFileEntry>>(this, guard, done, notConnected()); });
}

void StackConnection::readFileRange(const QString &path, qint64 offset, qint64 maxBytes, int headBytes,
                                    QObject *context, std::function<void(Result<RemoteFileRange>)> done)
{
    const QPointer<QObject> guard(context);
    post(
        [=, this](SshSession &session) {
            SftpClient sftp(session);
            Result<RemoteFileRange> range = sftp.readRange(path, offset, maxBytes, headBytes);
            // SFTP does not tell inodes; GNU stat does, where there is a shell. Best effort.
            if (range.ok()) {
                const Result<ExecResult> stat =
                    session.exec(QStringLiteral("stat -L -c %i -- ") + shellQuote(path));
                if (stat.ok() && stat.value().exitStatus == 0)
                    range.value().inode = stat.value().standardOutput.trimmed().toULongLong();
            }
            deliver<RemoteFileRange>(this, guard, done, std::move(range));
        },
        [=, this] { deliver<RemoteFileRange>(this, guard, done, notConnected()); });
}

void StackConnection::writeFile(const QString &path, const QByteArray &data, QObject *context,
                                std::function<void(Result<QString>)> done)
{
    const QPointer<QObject> guard(context);
    post(
        [=, this](SshSession &session) {
            SftpClient sftp(session);
            deliver<QString>(this, guard, done, sftp.writeFileAtomic(path, data));
        },
        [=, this] { deliver<QString>(this, guard, done, notConnected()); });
}

} // namespace supadesk
