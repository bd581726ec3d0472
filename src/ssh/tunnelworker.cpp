// SPDX-License-Identifier: GPL-3.0-or-later
#include "tunnelworker.h"

#include "channelpump.h"
#include "jumpbridge.h"
#include "sshsession.h"

#include <QCoreApplication>

#include <libssh/libssh.h>
#include <libssh/server.h> // ssh_send_keepalive, which clients may use too

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace supadesk {

namespace {

using Clock = std::chrono::steady_clock;

} // namespace

struct TunnelWorker::Connection : ChannelPump
{
    using ChannelPump::ChannelPump;
};

TunnelWorker::TunnelWorker(SshSession &session, std::vector<Forward> forwards, Settings settings)
    : m_session(session), m_forwards(std::move(forwards)), m_settings(settings),
      m_wakeFd(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC))
{}

TunnelWorker::~TunnelWorker()
{
    m_connections.clear();
    ::close(m_wakeFd);
}

void TunnelWorker::stop()
{
    m_stopping.store(true);
    const uint64_t one = 1;
    [[maybe_unused]] const ssize_t n = ::write(m_wakeFd, &one, sizeof one);
}

void TunnelWorker::post(Task task)
{
    {
        std::lock_guard lock(m_tasksMutex);
        m_tasks.push_back(std::move(task));
    }
    const uint64_t one = 1;
    [[maybe_unused]] const ssize_t n = ::write(m_wakeFd, &one, sizeof one);
}

void TunnelWorker::runTasks()
{
    std::vector<Task> tasks;
    {
        std::lock_guard lock(m_tasksMutex);
        tasks.swap(m_tasks);
    }
    if (tasks.empty())
        return;
    // A task blocks in libssh on the session's socket: through a jump host, the bridge's own thread
    // must carry those bytes meanwhile.
    JumpBridge *bridge = m_session.jumpBridge();
    if (bridge && m_driving)
        bridge->resumeThread();
    ssh_set_blocking(m_session.handle(), 1);
    for (Task &task : tasks)
        task(m_session);
    ssh_set_blocking(m_session.handle(), 0);
    if (bridge && m_driving)
        bridge->pauseThread();
}

void TunnelWorker::acceptClients(const Forward &forward)
{
    for (;;) {
        const int fd = ::accept4(forward.listener->fd(), nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0)
            return;
        const int one = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        auto connection = std::make_unique<Connection>(fd, size_t(m_settings.bufferBytes));
        connection->startForward(m_session.handle(), forward.remoteHost.toUtf8(), forward.remotePort,
                                 forward.listener->port());
        m_connections.push_back(std::move(connection));
    }
}

Status TunnelWorker::run()
{
    ssh_session session = m_session.handle();
    ssh_set_blocking(session, 0);
    m_socketCounter = {};
    ssh_event event = ssh_event_new();
    ssh_event_add_session(event, session);
    const int sshFd = ssh_get_fd(session);
    // Through a jump host, this loop also copies between the jump session and the target session's
    // socket: a round trip then crosses no thread.
    JumpBridge *bridge = m_session.jumpBridge();
    if (bridge)
        bridge->pauseThread();
    m_driving = true;
    ssh_set_counters(session, &m_socketCounter, nullptr);
    const size_t firstListener = bridge ? 2 + JumpBridge::PollFdCount : 2;

    auto lastInbound = Clock::now();
    auto lastKeepalive = Clock::now();
    const auto keepalive = std::chrono::seconds(m_settings.keepaliveSeconds);
    const auto deadAfter = std::chrono::seconds(m_settings.deadAfterSeconds);
    std::vector<pollfd> fds;
    Status result = success();

    while (!m_stopping.load()) {
        runTasks();
        // Costs no system call when everything went out with the last round's writes.
        const bool outputPending = ssh_blocking_flush(session, 0) == SSH_AGAIN;
        fds.clear();
        fds.push_back({m_wakeFd, POLLIN, 0});
        // Only output libssh could not send yet asks for POLLOUT. (ssh_get_poll_flags() reports a
        // pending write after every send, which would wake this loop once more per packet.)
        fds.push_back({sshFd, short(POLLIN | (outputPending ? POLLOUT : 0)), 0});
        if (bridge) {
            fds.resize(2 + JumpBridge::PollFdCount);
            bridge->pollFds(&fds[2]);
        }
        for (const Forward &f : m_forwards)
            fds.push_back({f.listener->fd(), POLLIN, 0});
        for (const auto &c : m_connections)
            fds.push_back({c->fd(), c->socketEvents(), 0});

        const auto untilKeepalive =
            std::chrono::duration_cast<std::chrono::milliseconds>(lastKeepalive + keepalive - Clock::now())
                .count();
        const int ready = ::poll(fds.data(), fds.size(), int(std::clamp<qint64>(untilKeepalive, 0, 1000)));
        if (ready < 0 && errno != EINTR) {
            result = Error{ErrorCode::SshPoll, QString::fromLocal8Bit(strerror(errno))};
            break;
        }
        if (fds[0].revents) {
            uint64_t count;
            [[maybe_unused]] const ssize_t n = ::read(m_wakeFd, &count, sizeof count);
        }
        // Bytes the jump host passed on are read by the target session in this same turn.
        const bool bridged = bridge && bridge->afterPoll(&fds[2]);
        // Incoming packets run the channel callbacks, which fill the client queues.
        const bool sshActive = fds[1].revents != 0 || bridged;
        if (sshActive) {
            if (fds[1].revents & (POLLIN | POLLHUP | POLLERR) || bridged) {
                lastInbound = Clock::now();
                readSessionInput(event, m_socketCounter);
            } else {
                ssh_blocking_flush(session, 0);
            }
        }
        if (!ssh_is_connected(session)) {
            result = Error{ErrorCode::SshLost,
                           QCoreApplication::translate("TunnelWorker", "The SSH connection was closed: %1")
                               .arg(m_session.lastLibraryError())};
            break;
        }
        // Connections accepted in this round are only in the next round's poll set.
        const size_t known = m_connections.size();
        for (size_t i = 0; i < m_forwards.size(); ++i)
            if (fds[firstListener + i].revents & POLLIN)
                acceptClients(m_forwards[i]);
        const size_t firstClient = firstListener + m_forwards.size();
        const uint64_t sentBefore = m_socketCounter.out_bytes;
        for (size_t i = 0; i < m_connections.size(); ++i) {
            Connection &c = *m_connections[i];
            const short revents = i < known ? fds[firstClient + i].revents : short(0);
            if (!c.isOpen() && (sshActive || i >= known))
                c.progressOpen();
            c.pump(revents);
        }
        // What the clients' data made the target session send goes on to the jump host now.
        if (bridge && m_socketCounter.out_bytes != sentBefore)
            bridge->flushFromTarget();
        std::erase_if(m_connections, [](const auto &c) { return c->finished(); });
        m_active.store(int(m_connections.size()));

        const auto now = Clock::now();
        if (now - lastKeepalive >= keepalive) {
            ssh_send_keepalive(session);
            lastKeepalive = now;
        }
        if (now - lastInbound >= deadAfter) {
            result = Error{ErrorCode::SshLost,
                           QCoreApplication::translate(
                               "TunnelWorker", "The server stopped answering (no reply for %n second(s)).",
                               nullptr, m_settings.deadAfterSeconds)};
            break;
        }
    }
    m_connections.clear();
    m_active.store(0);
    ssh_event_remove_session(event, session);
    ssh_event_free(event);
    ssh_set_counters(session, nullptr, nullptr);
    ssh_set_blocking(session, 1);
    m_driving = false;
    if (bridge)
        bridge->resumeThread();
    return result;
}

} // namespace supadesk
