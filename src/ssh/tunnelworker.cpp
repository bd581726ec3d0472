// SPDX-License-Identifier: GPL-3.0-or-later
#include "tunnelworker.h"

#include "sshsession.h"

#include <QCoreApplication>

#include <libssh/callbacks.h>
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

// A bounded byte buffer: append at the end, consume from the front. Memory grows on demand up
// to the bound, so hundreds of mostly idle connections stay small.
class ByteQueue
{
public:
    explicit ByteQueue(size_t capacity) : m_capacity(capacity) {}
    size_t size() const { return m_tail - m_head; }
    bool empty() const { return m_head == m_tail; }
    size_t room() const { return m_capacity - size(); }
    const char *front() const { return m_data.data() + m_head; }
    void consume(size_t n)
    {
        m_head += n;
        if (m_head == m_tail)
            m_head = m_tail = 0;
    }
    // Up to `length` bytes of contiguous space at the end (fewer when the bound is near).
    char *reserve(size_t &length)
    {
        length = std::min(length, room());
        if (m_data.size() - m_tail < length && m_head > 0) {
            std::memmove(m_data.data(), m_data.data() + m_head, size());
            m_tail -= m_head;
            m_head = 0;
        }
        // Grow (by doubling) only when nearly full: a reader asking for "as much as fits" must
        // not claim the whole bound for a connection that carries small messages.
        if (m_data.size() - m_tail < std::min(length, size_t(4096)) && m_data.size() < m_capacity)
            m_data.resize(std::min(m_capacity, std::max(m_data.size() * 2, size_t(16384))));
        length = std::min(length, m_data.size() - m_tail);
        return m_data.data() + m_tail;
    }
    void commit(size_t n) { m_tail += n; }
    // The caller makes sure n <= room().
    void append(const char *data, size_t n)
    {
        while (n > 0) {
            size_t length = n;
            char *space = reserve(length);
            std::memcpy(space, data, length);
            commit(length);
            data += length;
            n -= length;
        }
    }

private:
    std::vector<char> m_data;
    size_t m_capacity;
    size_t m_head = 0;
    size_t m_tail = 0;
};

} // namespace

struct TunnelWorker::Connection
{
    Connection(int clientFd, const Forward &f, size_t bufferBytes)
        : fd(clientFd), forward(f), toChannel(bufferBytes), toClient(bufferBytes)
    {}

    int fd;
    const Forward &forward;
    ssh_channel channel = nullptr;
    ssh_channel_callbacks_struct callbacks{};
    bool open = false;
    ByteQueue toChannel;
    ByteQueue toClient;
    bool clientEof = false;      // the client finished sending
    bool eofSent = false;        // ... and the server was told
    bool channelEof = false;     // the server finished sending
    bool clientShutdown = false; // ... and the client was told
    bool channelClosed = false;
    bool channelBacklog = false; // libssh holds data the client had no room for yet
    bool dead = false;

    // Data from the server: written straight to the client when possible, else queued; what does
    // not fit stays in libssh's channel buffer, and the channel window stops the server.
    static int onData(ssh_session, ssh_channel, void *data, uint32_t length, int isStderr, void *userdata)
    {
        auto *c = static_cast<Connection *>(userdata);
        if (isStderr || c->dead)
            return int(length);
        const char *bytes = static_cast<const char *>(data);
        size_t used = 0;
        if (c->toClient.empty()) {
            const ssize_t sent = ::send(c->fd, bytes, length, MSG_NOSIGNAL | MSG_DONTWAIT);
            if (sent > 0)
                used = size_t(sent);
            else if (sent < 0 && errno != EAGAIN && errno != EWOULDBLOCK) {
                c->dead = true;
                return int(length);
            }
        }
        const size_t queued = std::min(size_t(length) - used, c->toClient.room());
        c->toClient.append(bytes + used, queued);
        used += queued;
        c->channelBacklog = used < length;
        return int(used);
    }
    static void onEof(ssh_session, ssh_channel, void *userdata)
    {
        static_cast<Connection *>(userdata)->channelEof = true;
    }
    static void onClose(ssh_session, ssh_channel, void *userdata)
    {
        auto *c = static_cast<Connection *>(userdata);
        c->channelClosed = true;
        c->channelEof = true;
    }

    void start(ssh_session session)
    {
        channel = ssh_channel_new(session);
        if (!channel) {
            dead = true;
            return;
        }
        callbacks.userdata = this;
        callbacks.channel_data_function = &Connection::onData;
        callbacks.channel_eof_function = &Connection::onEof;
        callbacks.channel_close_function = &Connection::onClose;
        ssh_callbacks_init(&callbacks);
        ssh_set_channel_callbacks(channel, &callbacks);
        progressOpen();
    }

    void progressOpen()
    {
        const int rc = ssh_channel_open_forward(channel, forward.remoteHost.toUtf8().constData(),
                                                forward.remotePort, "127.0.0.1", forward.listener->port());
        if (rc == SSH_OK)
            open = true;
        else if (rc == SSH_ERROR)
            dead = true; // refused by the server (nothing listens there): the client sees a close
    }

    void readClient()
    {
        while (!clientEof && toChannel.room() > 0) {
            size_t length = toChannel.room();
            char *space = toChannel.reserve(length);
            const ssize_t n = ::recv(fd, space, length, MSG_DONTWAIT);
            if (n > 0) {
                toChannel.commit(size_t(n));
                if (size_t(n) < length)
                    break;
            } else if (n == 0) {
                clientEof = true;
            } else {
                if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
                    dead = true;
                break;
            }
        }
    }

    void writeChannel()
    {
        while (open && !toChannel.empty() && !channelClosed) {
            const uint32_t window = ssh_channel_window_size(channel);
            if (window == 0)
                return;
            const uint32_t length = uint32_t(std::min<size_t>(toChannel.size(), window));
            const int n = ssh_channel_write(channel, toChannel.front(), length);
            if (n < 0) {
                dead = true;
                return;
            }
            if (n == 0)
                return;
            toChannel.consume(size_t(n));
        }
        if (open && clientEof && toChannel.empty() && !eofSent && !channelClosed) {
            ssh_channel_send_eof(channel);
            eofSent = true;
        }
    }

    void writeClient()
    {
        for (;;) {
            while (!toClient.empty()) {
                const ssize_t n = ::send(fd, toClient.front(), toClient.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
                if (n > 0) {
                    toClient.consume(size_t(n));
                    continue;
                }
                if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
                    dead = true;
                return;
            }
            if (!channelBacklog || !open)
                break;
            // Pull what libssh kept back while the client was slow.
            size_t length = toClient.room();
            char *space = toClient.reserve(length);
            const int n = ssh_channel_read_nonblocking(channel, space, uint32_t(length), 0);
            if (n > 0)
                toClient.commit(size_t(n));
            if (n <= 0 || size_t(n) < length)
                channelBacklog = false;
            if (n <= 0)
                break;
        }
        if (channelEof && toClient.empty() && !channelBacklog && !clientShutdown) {
            ::shutdown(fd, SHUT_WR);
            clientShutdown = true;
        }
    }

    bool finished() const
    {
        if (dead)
            return true;
        const bool serverSideDone = channelClosed || (channelEof && eofSent);
        return serverSideDone && toClient.empty() && !channelBacklog && (clientShutdown || channelClosed);
    }

    short clientEvents() const
    {
        short events = 0;
        if (!clientEof && toChannel.room() > 0)
            events |= POLLIN;
        if (!toClient.empty())
            events |= POLLOUT;
        return events;
    }

    ~Connection()
    {
        if (channel) {
            // No callback may reach this object once it is gone.
            ssh_remove_channel_callbacks(channel, &callbacks);
            if (ssh_channel_is_open(channel))
                ssh_channel_close(channel);
            ssh_channel_free(channel);
        }
        ::close(fd);
    }
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
    ssh_set_blocking(m_session.handle(), 1);
    for (Task &task : tasks)
        task(m_session);
    ssh_set_blocking(m_session.handle(), 0);
}

void TunnelWorker::acceptClients(const Forward &forward)
{
    for (;;) {
        const int fd = ::accept4(forward.listener->fd(), nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0)
            return;
        const int one = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        auto connection = std::make_unique<Connection>(fd, forward, size_t(m_settings.bufferBytes));
        connection->start(m_session.handle());
        m_connections.push_back(std::move(connection));
    }
}

Status TunnelWorker::run()
{
    ssh_session session = m_session.handle();
    ssh_set_blocking(session, 0);
    ssh_event event = ssh_event_new();
    ssh_event_add_session(event, session);
    const int sshFd = ssh_get_fd(session);

    auto lastInbound = Clock::now();
    auto lastKeepalive = Clock::now();
    const auto keepalive = std::chrono::seconds(m_settings.keepaliveSeconds);
    const auto deadAfter = std::chrono::seconds(m_settings.deadAfterSeconds);
    std::vector<pollfd> fds;
    Status result = success();

    while (!m_stopping.load()) {
        runTasks();
        fds.clear();
        fds.push_back({m_wakeFd, POLLIN, 0});
        const int flags = ssh_get_poll_flags(session);
        fds.push_back({sshFd, short(POLLIN | ((flags & SSH_WRITE_PENDING) ? POLLOUT : 0)), 0});
        for (const Forward &f : m_forwards)
            fds.push_back({f.listener->fd(), POLLIN, 0});
        for (const auto &c : m_connections)
            fds.push_back({c->fd, c->clientEvents(), 0});

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
        // Incoming packets run the channel callbacks, which fill the client queues.
        const bool sshActive = fds[1].revents != 0;
        if (sshActive) {
            if (fds[1].revents & (POLLIN | POLLHUP | POLLERR))
                lastInbound = Clock::now();
            ssh_event_dopoll(event, 0);
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
            if (fds[2 + i].revents & POLLIN)
                acceptClients(m_forwards[i]);
        const size_t firstClient = 2 + m_forwards.size();
        for (size_t i = 0; i < m_connections.size(); ++i) {
            Connection &c = *m_connections[i];
            const short revents = i < known ? fds[firstClient + i].revents : short(0);
            if (!c.open && !c.dead && (sshActive || i >= known))
                c.progressOpen();
            if (revents & (POLLIN | POLLHUP | POLLERR))
                c.readClient();
            if (c.open) {
                c.writeChannel();
                c.writeClient();
            }
        }
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
    ssh_set_blocking(session, 1);
    return result;
}

} // namespace supadesk
