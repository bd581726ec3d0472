// SPDX-License-Identifier: GPL-3.0-or-later
#include "jumpbridge.h"

#include "channelpump.h"
#include "sshconfigresolver.h"
#include "sshsession.h"

#include <QByteArray>
#include <QCoreApplication>

#include <libssh/libssh.h>

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace supadesk {

namespace {

// Bytes waiting in each direction; beyond this the bridge stops reading that side, so the jump
// host's window, not our memory, absorbs a slow reader.
constexpr size_t pendingLimit = 1024 * 1024;

QString hopName(const SshConnectOptions &hop)
{
    return QStringLiteral("%1:%2").arg(hop.host).arg(hop.port);
}

// How to log in to a hop: what the ProxyJump text says, then ~/.ssh/config for that host, then
// the target's own key (one key for the bastion and the servers behind it is the common setup).
SshConnectOptions hopOptions(const SshConnectOptions &target, const QList<JumpHost> &hops)
{
    const JumpHost &last = hops.last();
    SshConnectOptions hop;
    hop.host = last.host;
    hop.port = last.port > 0 ? last.port : 22;
    hop.user = last.user;
    hop.knownHostsFile = target.knownHostsFile;
    hop.userKnownHostsFile = target.userKnownHostsFile;
    hop.systemKnownHostsFiles = target.systemKnownHostsFiles;
    hop.hashKnownHosts = target.hashKnownHosts;
    hop.sshConfigFile = target.sshConfigFile;
    hop.acceptNewHostKey = target.acceptNewHostKey;
    hop.timeoutSeconds = target.timeoutSeconds;
    if (target.auth == AuthMethod::KeyFile) {
        hop.auth = AuthMethod::KeyFile;
        hop.keyFile = target.keyFile;
        hop.passphrase = target.passphrase;
    }
    // A hop name ssh would read as an option is not looked up; it then resolves to no address.
    const Result<SshConfigFile::Entry> found = SshConfigResolver::forOptions(target).lookup(last.host);
    const SshConfigFile::Entry entry = found.ok() ? found.value() : SshConfigFile::Entry();
    if (!entry.identityFiles.isEmpty() && entry.identityFiles.first() != hop.keyFile) {
        hop.auth = AuthMethod::KeyFile;
        hop.keyFile = entry.identityFiles.first();
        hop.passphrase.clear();
    }
    if (!entry.hostName.isEmpty())
        hop.host = entry.hostName;
    if (last.port == 0 && entry.port > 0)
        hop.port = entry.port;
    if (hop.user.isEmpty())
        hop.user = entry.user;
    if (entry.hashKnownHosts)
        hop.hashKnownHosts = *entry.hashKnownHosts;
    if (!entry.globalKnownHostsFiles.isEmpty())
        hop.systemKnownHostsFiles = entry.globalKnownHostsFiles;
    // A hop's own ProxyJump in ~/.ssh/config is not followed: the list given is the whole route,
    // and a "Host *" ProxyJump would otherwise send the bastion through itself.
    hop.proxyJump = JumpHostList::format(hops.mid(0, hops.size() - 1));
    return hop;
}

} // namespace

Result<std::unique_ptr<JumpBridge>> JumpBridge::open(const SshConnectOptions &target,
                                                     const QList<JumpHost> &hops,
                                                     const std::atomic_bool *cancel, HostKeyCheck *hopCheck)
{
    const SshConnectOptions hop = hopOptions(target, hops);
    std::unique_ptr<JumpBridge> bridge(new JumpBridge);
    bridge->m_session = std::make_unique<SshSession>();
    bridge->m_session->setCancelFlag(cancel);
    if (const Status opened = bridge->m_session->open(hop); !opened.ok()) {
        if (hopCheck && opened.error().code.startsWith(QLatin1String("ssh.hostkey.")))
            *hopCheck = bridge->m_session->hostKeyCheck();
        return Error{opened.error().id, QCoreApplication::translate("JumpBridge", "Jump host %1: %2")
                                            .arg(hopName(hop), opened.error().message)};
    }

    ssh_session session = bridge->m_session->handle();
    bridge->m_channel = ssh_channel_new(session);
    const QByteArray host = target.host.toUtf8();
    if (!bridge->m_channel ||
        ssh_channel_open_forward(bridge->m_channel, host.constData(), target.port, "127.0.0.1", 0) != SSH_OK)
        return Error{ErrorCode::SshJumpChannel,
                     QCoreApplication::translate(
                         "JumpBridge", "The jump host %1 could not open a connection to %2:%3 (%4). "
                                       "Check that it can reach the server and allows TCP forwarding.")
                         .arg(hopName(hop), target.host)
                         .arg(target.port)
                         .arg(bridge->m_session->lastLibraryError())};

    int sockets[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sockets) != 0)
        return Error{ErrorCode::SshJumpSocket,
                     QCoreApplication::translate("JumpBridge", "No local socket for the jump host: %1.")
                         .arg(QString::fromLocal8Bit(strerror(errno)))};
    bridge->m_targetSocket = sockets[0];
    bridge->m_bridgeSocket = sockets[1];
    ::fcntl(bridge->m_bridgeSocket, F_SETFL, ::fcntl(bridge->m_bridgeSocket, F_GETFL) | O_NONBLOCK);
    bridge->m_thread = std::thread([raw = bridge.get()] { raw->pump(); });
    return bridge;
}

JumpBridge::~JumpBridge()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    if (m_channel) {
        if (ssh_channel_is_open(m_channel))
            ssh_channel_close(m_channel);
        ssh_channel_free(m_channel);
    }
    if (m_bridgeSocket >= 0)
        ::close(m_bridgeSocket);
    if (m_targetSocket >= 0)
        ::close(m_targetSocket);
    m_session.reset();
}

int JumpBridge::takeTargetSocket()
{
    return std::exchange(m_targetSocket, -1);
}

void JumpBridge::pump()
{
    // The jump session belongs to this thread from here on; it forwards exactly as the tunnel's
    // own connections do (one poll() over both sockets, writes as soon as data arrives).
    ssh_session session = m_session->handle();
    ssh_set_blocking(session, 0);
    ssh_counter_struct counter{};
    ssh_set_counters(session, &counter, nullptr);
    ssh_event event = ssh_event_new();
    ssh_event_add_session(event, session);
    const int sessionFd = ssh_get_fd(session);
    {
        ChannelPump pump(std::exchange(m_bridgeSocket, -1), pendingLimit);
        pump.adopt(std::exchange(m_channel, nullptr));
        // What arrived while the channel was being opened (the target's banner) goes out at once.
        pump.pump(0);
        while (!m_stop.load() && !pump.finished()) {
            const bool outputPending = ssh_blocking_flush(session, 0) == SSH_AGAIN;
            pollfd fds[2] = {
                {pump.fd(), pump.socketEvents(), 0},
                {sessionFd, short(POLLIN | (outputPending ? POLLOUT : 0)), 0},
            };
            ::poll(fds, 2, 100);
            if (fds[1].revents & (POLLIN | POLLHUP | POLLERR)) {
                if (!readSessionInput(event, counter))
                    break;
            } else if (fds[1].revents) {
                ssh_blocking_flush(session, 0);
            }
            if (!ssh_is_connected(session))
                break;
            pump.pump(fds[0].revents);
        }
    }
    ssh_event_remove_session(event, session);
    ssh_event_free(event);
    ssh_set_counters(session, nullptr, nullptr);
}

} // namespace supadesk
