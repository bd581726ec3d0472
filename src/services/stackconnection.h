// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/stack.h"
#include "ssh/hostkeyverifier.h"
#include "ssh/portforward.h"
#include "ssh/sftpclient.h"
#include "ssh/sshconnectoptions.h"
#include "ssh/sshsession.h"

#include <QMap>
#include <QObject>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace supadesk {

class LocalListener;
class TunnelWorker;

// The live SSH connection of one stack, for the GUI and the CLI.
//
// Lifecycle (state() and stateChanged()):
//   Disconnected --connectToStack()--> Connecting --> Connected
//   Connected --link lost--> Reconnecting (backoff 0.5 s, 1 s, 2 s ... up to 30 s) --> Connected
//   Connecting/Reconnecting --host key unknown/changed, authentication refused, bad key--> Failed
//   Connecting --network error on the first attempt--> Failed
//   any --disconnectFromStack()--> Disconnected
// reason() is a translated sentence for the current state (empty when Connected or Disconnected);
// errorCode() the machine-readable code of the last failure (e.g. "ssh.hostkey.unknown").
//
// Local forwards listen on 127.0.0.1 from connectToStack() until disconnectFromStack(), through
// every reconnect, so their ports (localPort(), localPorts(), localPortsChanged()) never change
// while connected: clients simply connect again after a reconnect.
//
// Host keys: an unknown key ends in Failed with errorCode() "ssh.hostkey.unknown" and
// hostKeyCheck() holding the key (type, SHA256 fingerprint); after the user accepts it, call
// trustPresentedHostKey() and connectToStack() again. A key of a type the host is not known by,
// while keys of other types are (hostKeyCheck().otherKeyTypes), ends in "ssh.hostkey.othertype"
// even with accept-new, and is trusted the same way after the user accepts it. A changed key ends in Failed
// with "ssh.hostkey.changed" and hostKeyCheck().file/line naming the old entry; forgetOldHostKey() removes it
// only from Supadesk's own file.
//
// Threads: all libssh work happens on one worker thread per connection; methods and signals of
// this object belong to the thread that created it. exec(), readFile() and writeFile() call
// `done` on `context`'s thread.
class StackConnection : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected, Reconnecting, Failed };
    Q_ENUM(State)

    static inline const QString Database = QStringLiteral("database");
    static inline const QString Gateway = QStringLiteral("gateway");
    static inline const QString Pooler = QStringLiteral("pooler");
    static inline const QString PoolerMetrics = QStringLiteral("pooler-metrics");

    struct Settings
    {
        SshConnectOptions ssh;
        PortForwardList forwards;
        int keepaliveSeconds = 15;
        int deadAfterSeconds = 45;
        int maxBackoffSeconds = 30;
    };
    // The database, gateway and pooler forwards of a stack (random local ports), Supavisor's metrics
    // when the stack has a metrics port, Supadesk's own
    // known_hosts and ~/.ssh/known_hosts. Secrets are left empty: fill ssh.password/passphrase.
    // `sshConfigFile`: an ssh_config to read instead of the user's and system-wide ones (as ssh -F).
    static Settings settingsFor(const Stack &stack, const QString &sshConfigFile = QString());

    explicit StackConnection(Settings settings, QObject *parent = nullptr);
    ~StackConnection() override;

    State state() const { return m_state; }
    QString reason() const { return m_reason; }
    QString errorCode() const { return m_errorCode; }
    ErrorCode errorId() const { return ErrorCatalogue::fromCode(m_errorCode).value_or(ErrorCode::None); }
    const Settings &settings() const { return m_settings; }
    // Changes take effect on the next connectToStack().
    void setSettings(const Settings &settings) { m_settings = settings; }
    HostKeyCheck hostKeyCheck() const { return m_hostKeyCheck; }

    // Local port of a forward by name (0 when not listening).
    quint16 localPort(const QString &name) const { return m_localPorts.value(name, 0); }
    QMap<QString, quint16> localPorts() const { return m_localPorts; }
    // Client connections currently forwarded.
    int activeConnections() const;

    // Binds the local ports, then connects on the worker thread. A port in use fails at once.
    Status connectToStack();
    void disconnectFromStack();

    Status trustPresentedHostKey();
    Status forgetOldHostKey();

    void exec(const QString &command, QObject *context, std::function<void(Result<ExecResult>)> done);
    // The same with `standardInput` streamed to the command (e.g. a file's new content for
    // `sudo -n sh -c 'cat >…'`), so that nothing secret appears in a command line or a local file.
    void exec(const QString &command, const QByteArray &standardInput, QObject *context,
              std::function<void(Result<ExecResult>)> done);
    // The same, with the command's output handed to `onOutput` on this object's thread as it comes
    // (pg_basebackup's progress), every chunk before `done`.
    void exec(const QString &command, const QByteArray &standardInput, QObject *context,
              std::function<void(const QByteArray &chunk, bool isStandardError)> onOutput,
              std::function<void(Result<ExecResult>)> done);
    void readFile(const QString &path, QObject *context, std::function<void(Result<QByteArray>)> done);
    void listDirectory(const QString &path, QObject *context,
                       std::function<void(Result<QList<RemoteFileEntry>>)> done);
    // Reads `maxBytes` from `offset` and the first `headBytes` (SftpClient::readRange); the inode is
    // filled in from `stat` when the server has it (0 otherwise).
    void readFileRange(const QString &path, qint64 offset, qint64 maxBytes, int headBytes, QObject *context,
                       std::function<void(Result<RemoteFileRange>)> done);
    // Atomic replace; the result is the backup path of the replaced file (empty if it was new).
    void writeFile(const QString &path, const QByteArray &data, QObject *context,
                   std::function<void(Result<QString>)> done);

    static QString stateName(State state);

signals:
    void stateChanged(StackConnection::State state, const QString &reason);
    void localPortsChanged(const QMap<QString, quint16> &ports);
    // Convenience: emitted with the presented key when the state becomes Failed because of it.
    void hostKeyRejected(const QString &errorCode, const HostKeyCheck &check);

private:
    void lifecycle(Settings settings);
    void report(State state, const QString &reason, const QString &code = QString(),
                const HostKeyCheck &check = HostKeyCheck());
    void apply(State state, const QString &reason, const QString &code, const HostKeyCheck &check);
    bool waitBackoff(int milliseconds);
    void post(std::function<void(SshSession &)> task, std::function<void()> unavailable);
    void stopThread();

    Settings m_settings;
    State m_state = State::Disconnected;
    QString m_reason;
    QString m_errorCode;
    HostKeyCheck m_hostKeyCheck;
    QMap<QString, quint16> m_localPorts;
    std::vector<std::shared_ptr<LocalListener>> m_listeners;

    std::thread m_thread;
    std::atomic_bool m_stopping{false};
    mutable std::mutex m_mutex; // guards m_worker and the backoff wait
    std::condition_variable m_wake;
    TunnelWorker *m_worker = nullptr;
    SshSession *m_connecting = nullptr; // the session being opened, so that stopping can abort it
};

} // namespace supadesk

Q_DECLARE_METATYPE(supadesk::HostKeyCheck)
