// SPDX-License-Identifier: GPL-3.0-or-later
#include "locallistener.h"

#include <QCoreApplication>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace supadesk {

LocalListener::~LocalListener()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

Result<std::shared_ptr<LocalListener>> LocalListener::listen(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return Error{ErrorCode::SshForwardSocket,
                     QCoreApplication::translate("LocalListener", "Cannot create a socket: %1")
                         .arg(QString::fromLocal8Bit(strerror(errno)))};
    const int one = 1;
    // Lets a restarted tunnel take its port back while old connections linger in TIME_WAIT.
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) < 0 || ::listen(fd, 1024) < 0) {
        const int error = errno;
        ::close(fd);
        if (error == EADDRINUSE)
            return Error{ErrorCode::SshForwardPortInUse,
                         QCoreApplication::translate(
                             "LocalListener", "Local port %1 is already in use by another program. Choose "
                                              "another port, or leave it empty to pick a free one.")
                             .arg(port)};
        return Error{ErrorCode::SshForwardBind,
                     QCoreApplication::translate("LocalListener", "Cannot listen on 127.0.0.1:%1: %2")
                         .arg(port)
                         .arg(QString::fromLocal8Bit(strerror(error)))};
    }
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length);
    return std::shared_ptr<LocalListener>(new LocalListener(fd, ntohs(address.sin_port)));
}

} // namespace supadesk
