// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jumphost.h"
#include "core/result.h"
#include "hostkeyverifier.h"
#include "sshconnectoptions.h"

#include <libssh/libssh.h>

#include <atomic>
#include <memory>
#include <thread>

struct ssh_channel_struct;
struct ssh_event_struct;
struct pollfd;

namespace supadesk {

class ChannelPump;
class SshSession;

// Carries one SSH connection through a jump host, as OpenSSH's ProxyJump does: an authenticated
// session to the jump host opens a direct-tcpip channel to the target, and a ChannelPump copies bytes
// between that channel and one end of a socket pair. The other end is the socket the target's own
// session uses, so host-key checks and authentication with the target stay end to end: the jump
// host only ever sees encrypted bytes. Several hops chain: the jump session itself goes through
// the hops before it.
//
// While the target session logs in (blocking libssh calls) a thread of the bridge's own does the
// copying. A caller with a poll() loop of its own (TunnelWorker) takes the copying over with
// pauseThread() and drives it with pollFds()/afterPoll(), so that a forwarded round trip crosses no
// thread; resumeThread() gives it back, e.g. before a blocking remote command.
class JumpBridge
{
public:
    ~JumpBridge();
    JumpBridge(const JumpBridge &) = delete;
    JumpBridge &operator=(const JumpBridge &) = delete;

    // Connects to the last of `hops` (through the ones before it) and opens a channel to
    // target.host:target.port as the jump host resolves it. Host keys of jump hosts follow the same
    // rules and files as the target's. When a jump host's key is not trusted, `hopCheck` receives
    // that check so the caller can offer to trust the right host.
    static Result<std::unique_ptr<JumpBridge>> open(const SshConnectOptions &target,
                                                    const QList<JumpHost> &hops,
                                                    const std::atomic_bool *cancel, HostKeyCheck *hopCheck);

    // The target side of the socket pair; the caller owns it from now on (libssh closes it).
    int takeTargetSocket();

    // Stops the bridge's thread (waits for it); from then on the caller drives the copying.
    void pauseThread();
    // The bridge's thread copies again (no-op when it already does or the link is gone).
    void resumeThread();

    static constexpr int PollFdCount = 2;
    // The two poll() entries (bridge socket, jump session) for the caller's poll set.
    void pollFds(pollfd *fds) const;
    // One turn after the caller's poll() with the entries pollFds() filled; returns true when bytes
    // may have reached the target's socket. When the jump link ends, the bridge's socket is closed,
    // which the target session reads as a lost connection.
    bool afterPoll(const pollfd *fds);
    // Forwards what the target session just wrote to its socket, without waiting for a poll().
    void flushFromTarget();

private:
    JumpBridge() = default;
    void start(int bridgeSocket, ssh_channel_struct *channel);
    void threadLoop();
    void finish();

    std::unique_ptr<SshSession> m_session;
    ssh_channel_struct *m_channel = nullptr; // while open() sets the link up
    std::unique_ptr<ChannelPump> m_pump;     // null once the link ended
    ssh_event_struct *m_event = nullptr;
    ssh_counter_struct m_counter{};
    int m_sessionFd = -1;
    int m_targetSocket = -1;
    int m_wakeFd = -1;
    std::atomic_bool m_stop{false};
    std::thread m_thread;
};

} // namespace supadesk
