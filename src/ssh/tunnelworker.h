// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "locallistener.h"

#include <libssh/libssh.h>

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace supadesk {

class SshSession;

// The event loop of one connected SSH session: a single poll() over the local listening sockets,
// the accepted client sockets and the session's socket, forwarding every client through its own
// direct-tcpip channel. Runs on the thread that owns the session (run() returns when stopped or
// when the session is lost). Everything is non-blocking; each direction of each connection has a
// bounded buffer, and a full buffer stops reading from that side (the SSH channel window does the
// same towards the server), so a slow client never makes memory grow.
class TunnelWorker
{
public:
    struct Forward
    {
        std::shared_ptr<LocalListener> listener;
        QString remoteHost;
        quint16 remotePort = 0;
    };
    struct Settings
    {
        int keepaliveSeconds = 15;
        // The link is considered dead when nothing arrives for this long despite keepalives.
        int deadAfterSeconds = 45;
        int bufferBytes = 256 * 1024; // per direction and connection
    };
    using Task = std::function<void(SshSession &)>;

    TunnelWorker(SshSession &session, std::vector<Forward> forwards, Settings settings);
    ~TunnelWorker();
    TunnelWorker(const TunnelWorker &) = delete;
    TunnelWorker &operator=(const TunnelWorker &) = delete;

    // Success after stop(); "ssh.lost" when the server went away or stopped answering.
    Status run();
    // Thread-safe and async-signal-safe (one write to an eventfd).
    void stop();
    // Runs `task` on the loop's thread between two iterations, with the session in blocking
    // mode (remote exec, SFTP). Forwarded traffic pauses while a task runs.
    void post(Task task);

    // Runs tasks still queued after run() returned, so that every caller gets an answer (on a
    // lost session they fail quickly). Call it on the owning thread once nobody posts any more.
    void runPendingTasks() { runTasks(); }

    int activeConnections() const { return m_active.load(); }

private:
    struct Connection;
    void acceptClients(const Forward &forward);
    void runTasks();

    std::vector<std::unique_ptr<Connection>> m_connections;
    // Bytes libssh read from and wrote to the session's socket (its own counter, updated as it goes).
    ssh_counter_struct m_socketCounter{};
    // run() copies a jump host's traffic itself (the bridge's thread is paused).
    bool m_driving = false;

    SshSession &m_session;
    std::vector<Forward> m_forwards;
    Settings m_settings;
    int m_wakeFd = -1;
    std::atomic_bool m_stopping{false};
    std::atomic_int m_active{0};
    std::mutex m_tasksMutex;
    std::vector<Task> m_tasks;
};

} // namespace supadesk
