// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jumphost.h"
#include "core/result.h"
#include "hostkeyverifier.h"
#include "sshconnectoptions.h"

#include <atomic>
#include <memory>
#include <thread>

struct ssh_channel_struct;

namespace supadesk {

class SshSession;

// Carries one SSH connection through a jump host, as OpenSSH's ProxyJump does: an authenticated
// session to the jump host opens a direct-tcpip channel to the target, and a thread copies bytes
// between that channel and one end of a socket pair. The other end is the socket the target's own
// session uses, so host-key checks and authentication with the target stay end to end: the jump
// host only ever sees encrypted bytes. Several hops chain: the jump session itself goes through
// the hops before it.
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

private:
    JumpBridge() = default;
    void pump();

    std::unique_ptr<SshSession> m_session;
    ssh_channel_struct *m_channel = nullptr;
    int m_bridgeSocket = -1;
    int m_targetSocket = -1;
    std::atomic_bool m_stop{false};
    std::thread m_thread;
};

} // namespace supadesk
