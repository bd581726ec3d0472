// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <libssh/callbacks.h>
#include <libssh/libssh.h>

#include <cstddef>
#include <vector>

namespace supadesk {

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
    void consume(size_t n);
    // Up to `length` bytes of contiguous space at the end (fewer when the bound is near).
    char *reserve(size_t &length);
    void commit(size_t n) { m_tail += n; }
    // The caller makes sure n <= room().
    void append(const char *data, size_t n);

private:
    std::vector<char> m_data;
    size_t m_capacity;
    size_t m_head = 0;
    size_t m_tail = 0;
};

// Copies bytes both ways between a non-blocking local socket and one SSH channel of a session
// in non-blocking mode, driven by the owner's poll() loop: data from the server is written to
// the socket from libssh's callback the moment its packet is decrypted; data from the socket is
// written to the channel in the same turn it is read. Each direction has a bounded buffer; a full
// buffer stops reading that side (towards the server, the channel window does the same), so a
// slow peer never makes memory grow. Half-closes travel both ways. Owns the socket and channel.
class ChannelPump
{
public:
    ChannelPump(int fd, size_t bufferBytes);
    ~ChannelPump();
    ChannelPump(const ChannelPump &) = delete;
    ChannelPump &operator=(const ChannelPump &) = delete;

    // Opens a direct-tcpip channel to host:port, in as many calls of progressOpen() as the
    // non-blocking session needs.
    void startForward(ssh_session session, const QByteArray &host, quint16 port, quint16 originPort);
    void progressOpen();
    // Takes over a channel that is already open.
    void adopt(ssh_channel channel);

    // The poll() events the socket waits for.
    short socketEvents() const;
    // One turn after poll(): reads the socket when it was ready, then writes what can be written.
    void pump(short socketRevents);

    int fd() const { return m_fd; }
    bool isOpen() const { return m_open; }
    bool isDead() const { return m_dead; }
    bool finished() const;

private:
    static int onData(ssh_session, ssh_channel, void *data, uint32_t length, int isStderr, void *userdata);
    static void onEof(ssh_session, ssh_channel, void *userdata);
    static void onClose(ssh_session, ssh_channel, void *userdata);
    void attach(ssh_channel channel);
    void readSocket();
    void writeChannel();
    void writeSocket();

    int m_fd;
    ssh_channel m_channel = nullptr;
    ssh_channel_callbacks_struct m_callbacks{};
    QByteArray m_host;
    quint16 m_port = 0;
    quint16 m_originPort = 0;
    bool m_open = false;
    ByteQueue m_toChannel;
    ByteQueue m_toSocket;
    bool m_socketEof = false;      // the local side finished sending
    bool m_eofSent = false;        // ... and the server was told
    bool m_channelEof = false;     // the server finished sending
    bool m_socketShutdown = false; // ... and the local side was told
    bool m_channelClosed = false;
    bool m_channelBacklog = false; // libssh holds data the socket had no room for yet
    bool m_dead = false;
};

// Lets libssh read what the session's socket holds after poll() said it is readable: libssh reads
// at most 4 KiB per call, each behind a poll() of its own, so a burst (a large result) is taken in
// several reads in one turn rather than one per turn of the caller's loop. A small answer, the
// common case, stops after the first read. `counter` is the session's socket counter
// (ssh_set_counters). Returns false when libssh reported an error.
bool readSessionInput(ssh_event event, const ssh_counter_struct &counter);

} // namespace supadesk
