// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

#include <memory>

namespace supadesk {

// A listening TCP socket on 127.0.0.1 for one local forward. It outlives SSH sessions: after a
// reconnect the new session serves the same socket, so the port never changes and clients that
// connect meanwhile wait in the backlog instead of being refused.
class LocalListener
{
public:
    ~LocalListener();
    LocalListener(const LocalListener &) = delete;
    LocalListener &operator=(const LocalListener &) = delete;

    // Port 0 picks a free port. A port in use is an error with code "ssh.forward.portinuse".
    static Result<std::shared_ptr<LocalListener>> listen(quint16 port);

    int fd() const { return m_fd; }
    quint16 port() const { return m_port; }

private:
    LocalListener(int fd, quint16 port) : m_fd(fd), m_port(port) {}
    int m_fd = -1;
    quint16 m_port = 0;
};

} // namespace supadesk
