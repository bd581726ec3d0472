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
#include <sys/eventfd.h>
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
    ::fcntl(sockets[1], F_SETFL, ::fcntl(sockets[1], F_GETFL) | O_NONBLOCK);
    bridge->start(sockets[1], std::exchange(bridge->m_channel, nullptr));
    return bridge;
}

void JumpBridge::start(int bridgeSocket, ssh_channel channel)
{
    // The jump session is non-blocking from here on and belongs to whoever copies: the bridge's
    // thread or, between pauseThread() and resumeThread(), the caller's loop.
    ssh_session session = m_session->handle();
    ssh_set_blocking(session, 0);
    ssh_set_counters(session, &m_counter, nullptr);
    m_event = ssh_event_new();
    ssh_event_add_session(m_event, session);
    m_sessionFd = ssh_get_fd(session);
    m_wakeFd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    m_pump = std::make_unique<ChannelPump>(bridgeSocket, pendingLimit);
    m_pump->adopt(channel);
    // What arrived while the channel was being opened (the target's banner) goes out at once.
    m_pump->pump(0);
    resumeThread();
}

JumpBridge::~JumpBridge()
{
    pauseThread();
    if (m_channel) {
        if (ssh_channel_is_open(m_channel))
            ssh_channel_close(m_channel);
        ssh_channel_free(m_channel);
    }
    m_pump.reset(); // closes the bridge's socket and its channel
    if (m_event) {
        ssh_event_remove_session(m_event, m_session->handle());
        ssh_event_free(m_event);
        ssh_set_counters(m_session->handle(), nullptr, nullptr);
    }
    if (m_targetSocket >= 0)
        ::close(m_targetSocket);
    if (m_wakeFd >= 0)
        ::close(m_wakeFd);
    m_session.reset();
}

int JumpBridge::takeTargetSocket()
{
    return std::exchange(m_targetSocket, -1);
}

void JumpBridge::pauseThread()
{
    if (!m_thread.joinable())
        return;
    m_stop.store(true);
    const uint64_t one = 1;
    [[maybe_unused]] const ssize_t n = ::write(m_wakeFd, &one, sizeof one);
    m_thread.join();
    m_stop.store(false);
    uint64_t count;
    [[maybe_unused]] const ssize_t r = ::read(m_wakeFd, &count, sizeof count);
}

void JumpBridge::resumeThread()
{
    if (m_thread.joinable() || !m_pump)
        return;
    m_thread = std::thread([this] { threadLoop(); });
}

void JumpBridge::threadLoop()
{
    pollfd fds[PollFdCount + 1];
    while (!m_stop.load() && m_pump) {
        pollFds(fds);
        fds[PollFdCount] = {m_wakeFd, POLLIN, 0};
        ::poll(fds, PollFdCount + 1, -1);
        afterPoll(fds);
    }
}

void JumpBridge::pollFds(pollfd *fds) const
{
    if (!m_pump) {
        // The link is gone: entries poll() skips.
        fds[0] = {-1, 0, 0};
        fds[1] = {-1, 0, 0};
        return;
    }
    // Only output libssh could not send yet asks for POLLOUT (see TunnelWorker::run).
    const bool outputPending = ssh_blocking_flush(m_session->handle(), 0) == SSH_AGAIN;
    fds[0] = {m_pump->fd(), m_pump->socketEvents(), 0};
    fds[1] = {m_sessionFd, short(POLLIN | (outputPending ? POLLOUT : 0)), 0};
}

bool JumpBridge::afterPoll(const pollfd *fds)
{
    if (!m_pump)
        return false;
    const bool input = fds[1].revents & (POLLIN | POLLHUP | POLLERR);
    if (input) {
        if (!readSessionInput(m_event, m_counter)) {
            finish();
            return true;
        }
    } else if (fds[1].revents) {
        ssh_blocking_flush(m_session->handle(), 0);
    }
    if (!ssh_is_connected(m_session->handle())) {
        finish();
        return true;
    }
    m_pump->pump(fds[0].revents);
    if (m_pump->finished())
        finish();
    return input;
}

void JumpBridge::flushFromTarget()
{
    if (!m_pump)
        return;
    m_pump->pump(POLLIN);
    if (m_pump->finished())
        finish();
}

void JumpBridge::finish()
{
    // Closing the bridge's end tells the target session that its connection is gone.
    m_pump.reset();
}

} // namespace supadesk
