// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "hostkeyverifier.h"
#include "sshconnectoptions.h"

#include <QByteArray>

#include <atomic>
#include <functional>
#include <memory>

struct ssh_session_struct;

namespace supadesk {

class JumpBridge;

struct ExecResult
{
    QByteArray standardOutput;
    QByteArray standardError;
    // The command's exit status; -1 when the server reported none (e.g. killed by a signal).
    int exitStatus = -1;
};

// One libssh session: TCP connect with a timeout, key exchange, host-key check against
// known_hosts files, authentication, and blocking remote exec. Not thread-safe: one thread owns a
// session at a time (the connection's worker thread, or the CLI's main thread).
//
// open() runs every step; the steps are public so a caller can stop after checkHostKey() to ask
// the user about an unknown key. A changed or revoked key fails before anything is sent that
// depends on the server being genuine (no authentication is attempted).
class SshSession
{
public:
    SshSession();
    ~SshSession();
    SshSession(const SshSession &) = delete;
    SshSession &operator=(const SshSession &) = delete;

    // While connecting, the flag is checked a few times a second; set it to give up early.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    // Thread-safe: makes a blocking step (handshake, authentication, exec) fail at once by shutting
    // the connection down. The session is unusable afterwards.
    void abort();

    Status open(const SshConnectOptions &options);

    Status connectTransport(const SshConnectOptions &options);
    // Unknown keys are an error ("ssh.hostkey.unknown") unless options.acceptNewHostKey, in which
    // case they are recorded in options.knownHostsFile. A key of a type not yet known for a host
    // whose other keys are known is always an error ("ssh.hostkey.othertype"), accept-new or not.
    // The check is kept in hostKeyCheck().
    Status verifyHostKey(const SshConnectOptions &options);
    Status authenticate(const SshConnectOptions &options);

    const HostKeyCheck &hostKeyCheck() const { return m_hostKeyCheck; }
    bool isConnected() const;
    void disconnect();

    using OutputHandler = std::function<void(const QByteArray &chunk, bool isStandardError)>;
    // Runs a command and waits for it; output is collected, and streamed to `onOutput` if given.
    Result<ExecResult> exec(const QString &command, const QByteArray &standardInput = {},
                            const OutputHandler &onOutput = {});

    // The raw libssh handle, for SftpClient and the tunnel worker on the owning thread.
    ssh_session_struct *handle() const { return m_session; }
    // The bridge that carries this session through jump hosts, or nullptr for a direct connection.
    JumpBridge *jumpBridge() const { return m_jump.get(); }
    // The libssh error text of the last failure, for messages.
    QString lastLibraryError() const;
    // The user name the session logs in as.
    QString sessionUser() const;

private:
    Result<int> connectSocket(const SshConnectOptions &options);
    // A direct TCP connection, or one carried through the jump hosts in options.proxyJump.
    Result<int> openSocket(const SshConnectOptions &options);
    Status authenticateWithAgent(const SshConnectOptions &options);
    Status authenticateWithKeyFile(const SshConnectOptions &options);
    Status authenticateWithPassword(const SshConnectOptions &options);
    // `denied` is the message for a refused attempt, specific to the method.
    Status authResult(int rc, const SshConnectOptions &options, const QString &denied);
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    ssh_session_struct *m_session = nullptr;
    HostKeyCheck m_hostKeyCheck;
    const std::atomic_bool *m_cancel = nullptr;
    // A duplicate of the socket, owned here, so abort() never touches a descriptor libssh closed.
    std::atomic_int m_abortFd{-1};
    // Set while the session runs through jump hosts; outlives the libssh connection it carries.
    std::unique_ptr<JumpBridge> m_jump;
};

} // namespace supadesk
