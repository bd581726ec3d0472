// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelpump.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace supadesk {

void ByteQueue::consume(size_t n)
{
    m_head += n;
    if (m_head == m_tail)
        m_head = m_tail = 0;
}

char *ByteQueue::reserve(size_t &length)
{
    length = std::min(length, room());
    if (m_data.size() - m_tail < length && m_head > 0) {
        std::memmove(m_data.data(), m_data.data() + m_head, size());
        m_tail -= m_head;
        m_head = 0;
    }
    // Grow (by doubling) only when nearly full: a reader asking for "as much as fits" must not
    // claim the whole bound for a connection that carries small messages.
    if (m_data.size() - m_tail < std::min(length, size_t(4096)) && m_data.size() < m_capacity)
        m_data.resize(std::min(m_capacity, std::max(m_data.size() * 2, size_t(16384))));
    length = std::min(length, m_data.size() - m_tail);
    return m_data.data() + m_tail;
}

void ByteQueue::append(const char *data, size_t n)
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

ChannelPump::ChannelPump(int fd, size_t bufferBytes)
    : m_fd(fd), m_toChannel(bufferBytes), m_toSocket(bufferBytes)
{}

ChannelPump::~ChannelPump()
{
    if (m_channel) {
        // No callback may reach this object once it is gone.
        ssh_remove_channel_callbacks(m_channel, &m_callbacks);
        if (ssh_channel_is_open(m_channel))
            ssh_channel_close(m_channel);
        ssh_channel_free(m_channel);
    }
    ::close(m_fd);
}

// Data from the server: written straight to the socket when possible, else queued; what does not
// fit stays in libssh's channel buffer, and the channel window stops the server.
int ChannelPump::onData(ssh_session, ssh_channel, void *data, uint32_t length, int isStderr, void *userdata)
{
    auto *p = static_cast<ChannelPump *>(userdata);
    if (isStderr || p->m_dead)
        return int(length);
    const char *bytes = static_cast<const char *>(data);
    size_t used = 0;
    if (p->m_toSocket.empty()) {
        const ssize_t sent = ::send(p->m_fd, bytes, length, MSG_NOSIGNAL | MSG_DONTWAIT);
        if (sent > 0)
            used = size_t(sent);
        else if (sent < 0 && errno != EAGAIN && errno != EWOULDBLOCK) {
            p->m_dead = true;
            return int(length);
        }
    }
    const size_t queued = std::min(size_t(length) - used, p->m_toSocket.room());
    p->m_toSocket.append(bytes + used, queued);
    used += queued;
    p->m_channelBacklog = used < length;
    return int(used);
}

void ChannelPump::onEof(ssh_session, ssh_channel, void *userdata)
{
    static_cast<ChannelPump *>(userdata)->m_channelEof = true;
}

void ChannelPump::onClose(ssh_session, ssh_channel, void *userdata)
{
    auto *p = static_cast<ChannelPump *>(userdata);
    p->m_channelClosed = true;
    p->m_channelEof = true;
}

void ChannelPump::attach(ssh_channel channel)
{
    m_channel = channel;
    m_callbacks.userdata = this;
    m_callbacks.channel_data_function = &ChannelPump::onData;
    m_callbacks.channel_eof_function = &ChannelPump::onEof;
    m_callbacks.channel_close_function = &ChannelPump::onClose;
    ssh_callbacks_init(&m_callbacks);
    ssh_set_channel_callbacks(m_channel, &m_callbacks);
}

void ChannelPump::startForward(ssh_session session, const QByteArray &host, quint16 port, quint16 originPort)
{
    m_host = host;
    m_port = port;
    m_originPort = originPort;
    ssh_channel channel = ssh_channel_new(session);
    if (!channel) {
        m_dead = true;
        return;
    }
    attach(channel);
    progressOpen();
}

void ChannelPump::adopt(ssh_channel channel)
{
    attach(channel);
    m_open = true;
    // Data that arrived before the callbacks were set waits in libssh's channel buffer.
    m_channelBacklog = true;
}

void ChannelPump::progressOpen()
{
    if (m_open || m_dead)
        return;
    const int rc = ssh_channel_open_forward(m_channel, m_host.constData(), m_port, "127.0.0.1", m_originPort);
    if (rc == SSH_OK)
        m_open = true;
    else if (rc == SSH_ERROR)
        m_dead = true; // refused by the server (nothing listens there): the client sees a close
}

short ChannelPump::socketEvents() const
{
    short events = 0;
    if (!m_socketEof && m_toChannel.room() > 0)
        events |= POLLIN;
    if (!m_toSocket.empty())
        events |= POLLOUT;
    return events;
}

void ChannelPump::pump(short socketRevents)
{
    if (socketRevents & (POLLIN | POLLHUP | POLLERR))
        readSocket();
    if (m_open) {
        writeChannel();
        writeSocket();
    }
}

void ChannelPump::readSocket()
{
    while (!m_socketEof && m_toChannel.room() > 0) {
        size_t length = m_toChannel.room();
        char *space = m_toChannel.reserve(length);
        const ssize_t n = ::recv(m_fd, space, length, MSG_DONTWAIT);
        if (n > 0) {
            m_toChannel.commit(size_t(n));
            if (size_t(n) < length)
                break;
        } else if (n == 0) {
            m_socketEof = true;
        } else {
            if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
                m_dead = true;
            break;
        }
    }
}

void ChannelPump::writeChannel()
{
    while (!m_toChannel.empty() && !m_channelClosed) {
        const uint32_t window = ssh_channel_window_size(m_channel);
        if (window == 0)
            return;
        const uint32_t length = uint32_t(std::min<size_t>(m_toChannel.size(), window));
        const int n = ssh_channel_write(m_channel, m_toChannel.front(), length);
        if (n < 0) {
            m_dead = true;
            return;
        }
        if (n == 0)
            return;
        m_toChannel.consume(size_t(n));
    }
    if (m_socketEof && m_toChannel.empty() && !m_eofSent && !m_channelClosed) {
        ssh_channel_send_eof(m_channel);
        m_eofSent = true;
    }
}

void ChannelPump::writeSocket()
{
    for (;;) {
        while (!m_toSocket.empty()) {
            const ssize_t n =
                ::send(m_fd, m_toSocket.front(), m_toSocket.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
            if (n > 0) {
                m_toSocket.consume(size_t(n));
                continue;
            }
            if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
                m_dead = true;
            return;
        }
        if (!m_channelBacklog)
            break;
        // Pull what libssh kept back while the socket was full.
        size_t length = m_toSocket.room();
        char *space = m_toSocket.reserve(length);
        const int n = ssh_channel_read_nonblocking(m_channel, space, uint32_t(length), 0);
        if (n > 0)
            m_toSocket.commit(size_t(n));
        if (n <= 0 || size_t(n) < length)
            m_channelBacklog = false;
        if (n <= 0)
            break;
    }
    if (m_channelEof && m_toSocket.empty() && !m_channelBacklog && !m_socketShutdown) {
        ::shutdown(m_fd, SHUT_WR);
        m_socketShutdown = true;
    }
}

bool ChannelPump::finished() const
{
    if (m_dead)
        return true;
    const bool serverSideDone = m_channelClosed || (m_channelEof && m_eofSent);
    return serverSideDone && m_toSocket.empty() && !m_channelBacklog && (m_socketShutdown || m_channelClosed);
}

bool readSessionInput(ssh_event event, const ssh_counter_struct &counter)
{
    // A read that filled libssh's buffer means more is probably waiting.
    constexpr uint64_t libsshReadSize = 4096;
    for (int round = 0; round < 16; ++round) {
        const uint64_t before = counter.in_bytes;
        const int rc = ssh_event_dopoll(event, 0);
        if (rc == SSH_ERROR)
            return false;
        if (rc != SSH_OK || counter.in_bytes - before < libsshReadSize)
            break;
    }
    return true;
}

} // namespace supadesk
