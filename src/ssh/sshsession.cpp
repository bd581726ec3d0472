// SPDX-License-Identifier: GPL-3.0-or-later
#include "sshsession.h"

#include "jumpbridge.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <libssh/libssh.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace supadesk {

namespace {

QString endpoint(const SshConnectOptions &o)
{
    return QStringLiteral("%1:%2").arg(o.host).arg(o.port);
}

struct AddrInfoDeleter
{
    void operator()(addrinfo *info) const { freeaddrinfo(info); }
};

// Passphrase callback for ssh_pki_import_privkey_file: being called at all means the key is encrypted.
struct PassphraseRequest
{
    QByteArray passphrase;
    bool asked = false;
};

int providePassphrase(const char *, char *buffer, size_t length, int, int, void *userdata)
{
    auto *request = static_cast<PassphraseRequest *>(userdata);
    request->asked = true;
    if (request->passphrase.isEmpty() || size_t(request->passphrase.size()) + 1 > length)
        return -1;
    std::memcpy(buffer, request->passphrase.constData(), size_t(request->passphrase.size()) + 1);
    return 0;
}

} // namespace

SshSession::SshSession() : m_session(ssh_new()) {}

SshSession::~SshSession()
{
    disconnect();
    ssh_free(m_session);
    if (const int fd = m_abortFd.exchange(-1); fd >= 0)
        ::close(fd);
}

void SshSession::abort()
{
    if (const int fd = m_abortFd.load(); fd >= 0)
        ::shutdown(fd, SHUT_RDWR);
}

bool SshSession::isConnected() const
{
    return m_session && ssh_is_connected(m_session);
}

void SshSession::disconnect()
{
    if (isConnected())
        ssh_disconnect(m_session);
    // After libssh let go of its end of the socket pair, so the bridge sees the end of the stream.
    m_jump.reset();
}

QString SshSession::sessionUser() const
{
    // Without an explicit user libssh uses the local account name, as ssh does.
    char *user = nullptr;
    if (ssh_options_get(m_session, SSH_OPTIONS_USER, &user) != SSH_OK)
        return QString();
    const QString name = QString::fromUtf8(user);
    ssh_string_free_char(user);
    return name;
}

QString SshSession::lastLibraryError() const
{
    return QString::fromUtf8(ssh_get_error(m_session));
}

Status SshSession::open(const SshConnectOptions &options)
{
    if (Status s = connectTransport(options); !s.ok())
        return s;
    if (Status s = verifyHostKey(options); !s.ok()) {
        disconnect();
        return s;
    }
    if (Status s = authenticate(options); !s.ok()) {
        disconnect();
        return s;
    }
    return success();
}

Result<int> SshSession::connectSocket(const SshConnectOptions &options)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    const QByteArray host = options.host.toUtf8();
    const QByteArray port = QByteArray::number(options.port);
    const int rc = getaddrinfo(host.constData(), port.constData(), &hints, &found);
    if (rc != 0)
        return Error{ErrorCode::SshDns,
                     QCoreApplication::translate("SshSession",
                                                 "The host name %1 could not be resolved (%2). Check the "
                                                 "spelling and your DNS settings.")
                         .arg(options.host, QString::fromLocal8Bit(gai_strerror(rc)))};
    std::unique_ptr<addrinfo, AddrInfoDeleter> addresses(found);

    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(options.timeoutSeconds);
    int lastErrno = ETIMEDOUT;
    for (addrinfo *a = addresses.get(); a; a = a->ai_next) {
        const int fd = ::socket(a->ai_family, a->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, a->ai_protocol);
        if (fd < 0)
            continue;
        int result = ::connect(fd, a->ai_addr, a->ai_addrlen);
        if (result < 0 && errno == EINPROGRESS) {
            // Poll in short slices so that a cancel is noticed quickly.
            lastErrno = ETIMEDOUT;
            while (std::chrono::steady_clock::now() < deadline && !cancelled()) {
                pollfd p{fd, POLLOUT, 0};
                if (::poll(&p, 1, 100) > 0) {
                    socklen_t length = sizeof lastErrno;
                    getsockopt(fd, SOL_SOCKET, SO_ERROR, &lastErrno, &length);
                    result = lastErrno == 0 ? 0 : -1;
                    break;
                }
            }
        } else if (result < 0) {
            lastErrno = errno;
        }
        if (result == 0) {
            // Forwarded traffic is mostly small request/response packets (SQL): Nagle's delay
            // would add tens of milliseconds to each round trip.
            const int one = 1;
            ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            // libssh drives the socket in blocking mode from here on.
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
            m_abortFd.store(::fcntl(fd, F_DUPFD_CLOEXEC, 0));
            return fd;
        }
        ::close(fd);
        if (cancelled())
            return Error{ErrorCode::SshCancelled,
                         QCoreApplication::translate("SshSession", "Connecting was cancelled.")};
        if (std::chrono::steady_clock::now() >= deadline)
            break;
    }
    switch (lastErrno) {
    case ECONNREFUSED:
        return Error{
            ErrorCode::SshRefused,
            QCoreApplication::translate(
                "SshSession", "%1 refused the connection: no SSH server listens on port %2. Check the port.")
                .arg(options.host)
                .arg(options.port)};
    case ETIMEDOUT:
        return Error{ErrorCode::SshTimeout,
                     QCoreApplication::translate("SshSession",
                                                 "%1 did not answer within %n second(s). Check the host, the "
                                                 "port and any firewall in between.",
                                                 nullptr, options.timeoutSeconds)
                         .arg(endpoint(options))};
    default:
        return Error{ErrorCode::SshUnreachable,
                     QCoreApplication::translate("SshSession", "%1 cannot be reached: %2.")
                         .arg(endpoint(options), QString::fromLocal8Bit(strerror(lastErrno)))};
    }
}

Result<int> SshSession::openSocket(const SshConnectOptions &options)
{
    const Result<QList<JumpHost>> hops = JumpHostList::parse(options.proxyJump);
    if (!hops.ok())
        return hops.error();
    m_jump.reset();
    if (hops.value().isEmpty())
        return connectSocket(options);
    Result<std::unique_ptr<JumpBridge>> bridge =
        JumpBridge::open(options, hops.value(), m_cancel, &m_hostKeyCheck);
    if (!bridge.ok())
        return bridge.error();
    m_jump = std::move(bridge.value());
    const int fd = m_jump->takeTargetSocket();
    m_abortFd.store(::fcntl(fd, F_DUPFD_CLOEXEC, 0));
    return fd;
}

Status SshSession::connectTransport(const SshConnectOptions &options)
{
    const Result<int> fd = openSocket(options);
    if (!fd.ok())
        return fd.error();
    const QByteArray host = options.host.toUtf8();
    const QByteArray user = options.user.toUtf8();
    const unsigned int port = unsigned(options.port);
    const long timeout = options.timeoutSeconds;
    const int no = 0;
    socket_t socket = fd.value();
    ssh_options_set(m_session, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(m_session, SSH_OPTIONS_PORT, &port);
    if (!user.isEmpty())
        ssh_options_set(m_session, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &timeout);
    // Host aliases from ~/.ssh/config are resolved by Supadesk itself, not by libssh behind its back.
    ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &no);
    // libssh orders its host-key algorithms by what these files know, as OpenSSH does; the
    // verdict itself is HostKeyVerifier's.
    if (!options.knownHostsFile.isEmpty())
        ssh_options_set(m_session, SSH_OPTIONS_KNOWNHOSTS, options.knownHostsFile.toUtf8().constData());
    if (!options.userKnownHostsFile.isEmpty())
        ssh_options_set(m_session, SSH_OPTIONS_GLOBAL_KNOWNHOSTS,
                        options.userKnownHostsFile.toUtf8().constData());
        // With AES instructions AES-GCM is several times cheaper than ChaCha20-Poly1305, and the
        // tunnel's throughput is bound by the cipher; without them libssh's own order stays.
#if defined(__x86_64__) || defined(__i386__)
    if (__builtin_cpu_supports("aes")) {
        const char *ciphers = "aes128-gcm@openssh.com,aes256-gcm@openssh.com,chacha20-poly1305@openssh.com,"
                              "aes128-ctr,aes192-ctr,aes256-ctr";
        ssh_options_set(m_session, SSH_OPTIONS_CIPHERS_C_S, ciphers);
        ssh_options_set(m_session, SSH_OPTIONS_CIPHERS_S_C, ciphers);
    }
#endif
    ssh_options_set(m_session, SSH_OPTIONS_FD, &socket);
    if (ssh_connect(m_session) != SSH_OK) {
        const QString detail = lastLibraryError();
        ssh_disconnect(m_session);
        if (detail.contains(QLatin1String("imeout")))
            return Error{ErrorCode::SshTimeout,
                         QCoreApplication::translate(
                             "SshSession",
                             "%1 accepted the connection but the SSH handshake did not finish within %n "
                             "second(s).",
                             nullptr, options.timeoutSeconds)
                             .arg(endpoint(options))};
        return Error{ErrorCode::SshHandshake,
                     QCoreApplication::translate("SshSession", "The SSH handshake with %1 failed: %2")
                         .arg(endpoint(options), detail)};
    }
    return success();
}

Status SshSession::verifyHostKey(const SshConnectOptions &options)
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(m_session, &key) != SSH_OK)
        return Error{ErrorCode::SshHostKeyMissing,
                     QCoreApplication::translate("SshSession", "%1 sent no host key: %2")
                         .arg(endpoint(options), lastLibraryError())};
    char *base64 = nullptr;
    const int rc = ssh_pki_export_pubkey_base64(key, &base64);
    ssh_key_free(key);
    if (rc != SSH_OK)
        return Error{ErrorCode::SshHostKeyMalformed,
                     QCoreApplication::translate("SshSession", "The host key of %1 cannot be read.")
                         .arg(endpoint(options))};
    const Result<HostKey> hostKey = HostKey::fromBase64(QByteArray(base64));
    ssh_string_free_char(base64);
    if (!hostKey.ok())
        return hostKey.error();

    const HostKeyVerifier verifier = HostKeyVerifier::forOptions(options);
    const Result<HostKeyCheck> check = verifier.check(options.host, options.port, hostKey.value());
    if (!check.ok())
        return check.error();
    m_hostKeyCheck = check.value();
    const HostKey &k = m_hostKeyCheck.key;
    switch (m_hostKeyCheck.state) {
    case HostKeyCheck::State::Trusted:
        return success();
    case HostKeyCheck::State::Changed:
        return Error{
            ErrorCode::SshHostKeyChanged,
            QCoreApplication::translate(
                "SshSession",
                "WARNING: the host key of %1 has changed. Someone may be intercepting the connection "
                "(man-in-the-middle), or the server was reinstalled. The server now presents %2 key %3. "
                "The old key is in %4, line %5. Supadesk refused to connect; remove the old key only if "
                "you know why it changed.")
                .arg(endpoint(options), k.typeLabel(), k.fingerprint(), m_hostKeyCheck.file)
                .arg(m_hostKeyCheck.line)};
    case HostKeyCheck::State::Revoked:
        return Error{
            ErrorCode::SshHostKeyRevoked,
            QCoreApplication::translate(
                "SshSession",
                "The host key of %1 (%2 %3) is marked as revoked in %4, line %5. Supadesk refused to "
                "connect.")
                .arg(endpoint(options), k.typeLabel(), k.fingerprint(), m_hostKeyCheck.file)
                .arg(m_hostKeyCheck.line)};
    case HostKeyCheck::State::Unknown:
        break;
    }
    // Not a first connection: the host is known by a key of another type. Accept-new is for hosts
    // never seen before (as with OpenSSH), so a person has to look at this key.
    if (!m_hostKeyCheck.otherKeyTypes.isEmpty())
        return Error{
            ErrorCode::SshHostKeyOtherType,
            QCoreApplication::translate(
                "SshSession",
                "%1 is known by its %2 key, but now presents a %3 key that is not known for it (fingerprint "
                "%4). The server may have gained a new key, or someone may be intercepting the connection. "
                "Supadesk refused to connect and did not record the key; trust it only after checking the "
                "fingerprint with the server's administrator.")
                .arg(endpoint(options), m_hostKeyCheck.otherKeyTypes.join(QStringLiteral(", ")),
                     k.typeLabel(), k.fingerprint())};
    if (!options.acceptNewHostKey)
        return Error{
            ErrorCode::SshHostKeyUnknown,
            QCoreApplication::translate(
                "SshSession",
                "The authenticity of %1 cannot be established. Its %2 key fingerprint is %3. Trust it "
                "only if it is the fingerprint of your server.")
                .arg(endpoint(options), k.typeLabel(), k.fingerprint())};
    if (Status s = verifier.trust(options.host, options.port, k); !s.ok())
        return s;
    m_hostKeyCheck.state = HostKeyCheck::State::Trusted;
    m_hostKeyCheck.file = options.knownHostsFile;
    return success();
}

Status SshSession::authenticate(const SshConnectOptions &options)
{
    if (cancelled())
        return Error{ErrorCode::SshCancelled,
                     QCoreApplication::translate("SshSession", "Connecting was cancelled.")};
    switch (options.auth) {
    case AuthMethod::Agent:
        return authenticateWithAgent(options);
    case AuthMethod::KeyFile:
        return authenticateWithKeyFile(options);
    case AuthMethod::Password:
        return authenticateWithPassword(options);
    }
    return authenticateWithAgent(options);
}

Status SshSession::authResult(int rc, const SshConnectOptions &options, const QString &denied)
{
    switch (rc) {
    case SSH_AUTH_SUCCESS:
        return success();
    case SSH_AUTH_PARTIAL:
        return Error{ErrorCode::SshAuthPartial,
                     QCoreApplication::translate("SshSession",
                                                 "%1 asks for a further authentication step, which Supadesk "
                                                 "does not support yet.")
                         .arg(endpoint(options))};
    case SSH_AUTH_DENIED:
        return Error{ErrorCode::SshAuthFailed, denied};
    default:
        return Error{ErrorCode::SshAuthError,
                     QCoreApplication::translate("SshSession", "Authentication with %1 failed: %2")
                         .arg(endpoint(options), lastLibraryError())};
    }
}

Status SshSession::authenticateWithAgent(const SshConnectOptions &options)
{
    const QString socket = qEnvironmentVariable("SSH_AUTH_SOCK");
    if (socket.isEmpty())
        return Error{
            ErrorCode::SshAgentAbsent,
            QCoreApplication::translate(
                "SshSession",
                "No SSH agent is running (SSH_AUTH_SOCK is not set). Start ssh-agent and add your key "
                "with ssh-add, or choose a key file.")};
    if (!QFileInfo::exists(socket))
        return Error{
            ErrorCode::SshAgentAbsent,
            QCoreApplication::translate(
                "SshSession",
                "The SSH agent socket %1 does not exist: the agent has stopped. Start it again, or choose "
                "a key file.")
                .arg(socket)};
    return authResult(
        ssh_userauth_agent(m_session, nullptr), options,
        QCoreApplication::translate("SshSession", "%1 accepted none of the SSH agent's keys for user %2.")
            .arg(endpoint(options), sessionUser()));
}

Status SshSession::authenticateWithKeyFile(const SshConnectOptions &options)
{
    const QString path = options.keyFile;
    if (path.isEmpty())
        return Error{
            ErrorCode::SshAuthKeyMissing,
            QCoreApplication::translate("SshSession", "No private key file is set for this connection.")};
    if (!QFileInfo::exists(path))
        return Error{
            ErrorCode::SshAuthKeyMissing,
            QCoreApplication::translate("SshSession", "The private key file %1 does not exist.").arg(path)};
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly))
        return Error{ErrorCode::SshAuthKeyUnreadable,
                     QCoreApplication::translate("SshSession", "The private key file %1 cannot be read: %2")
                         .arg(path, probe.errorString())};
    probe.close();

    PassphraseRequest request{options.passphrase.toUtf8(), false};
    ssh_key key = nullptr;
    const int rc = ssh_pki_import_privkey_file(QFile::encodeName(path).constData(), nullptr,
                                               providePassphrase, &request, &key);
    if (rc != SSH_OK) {
        if (request.asked && request.passphrase.isEmpty())
            return Error{
                ErrorCode::SshAuthKeyPassphrase,
                QCoreApplication::translate(
                    "SshSession", "The private key %1 is protected by a passphrase. Enter the passphrase.")
                    .arg(path)};
        if (request.asked)
            return Error{
                ErrorCode::SshAuthKeyBadPassphrase,
                QCoreApplication::translate("SshSession", "The passphrase for the private key %1 is wrong.")
                    .arg(path)};
        return Error{ErrorCode::SshAuthKeyInvalid,
                     QCoreApplication::translate(
                         "SshSession",
                         "%1 is not a private key Supadesk can read (ed25519, ecdsa or rsa in OpenSSH or PEM "
                         "format).")
                         .arg(path)};
    }
    const int auth = ssh_userauth_publickey(m_session, nullptr, key);
    ssh_key_free(key);
    return authResult(auth, options,
                      QCoreApplication::translate("SshSession", "%1 did not accept the key %2 for user %3.")
                          .arg(endpoint(options), path, sessionUser()));
}

Status SshSession::authenticateWithPassword(const SshConnectOptions &options)
{
    const int rc = ssh_userauth_password(m_session, nullptr, options.password.toUtf8().constData());
    return authResult(
        rc, options,
        QCoreApplication::translate(
            "SshSession", "%1 did not accept the password for user %2 (or does not allow password log-in).")
            .arg(endpoint(options), sessionUser()));
}

Result<ExecResult> SshSession::exec(const QString &command, const QByteArray &standardInput,
                                    const OutputHandler &onOutput)
{
    auto failed = [this](const QString &what) {
        return Error{ErrorCode::SshExec,
                     QCoreApplication::translate("SshSession", "Running a remote command failed (%1): %2")
                         .arg(what, lastLibraryError())};
    };
    ssh_channel channel = ssh_channel_new(m_session);
    if (!channel)
        return failed(QStringLiteral("channel"));
    // Frees the channel on every path out.
    std::unique_ptr<ssh_channel_struct, void (*)(ssh_channel)> guard(channel, [](ssh_channel c) {
        ssh_channel_close(c);
        ssh_channel_free(c);
    });
    if (ssh_channel_open_session(channel) != SSH_OK)
        return failed(QStringLiteral("open"));
    if (ssh_channel_request_exec(channel, command.toUtf8().constData()) != SSH_OK)
        return failed(QStringLiteral("exec"));
    if (!standardInput.isEmpty() && ssh_channel_write(channel, standardInput.constData(),
                                                      uint32_t(standardInput.size())) != standardInput.size())
        return failed(QStringLiteral("stdin"));
    ssh_channel_send_eof(channel);

    ExecResult result;
    char buffer[32768];
    for (;;) {
        const int out = ssh_channel_read_timeout(channel, buffer, sizeof buffer, 0, 50);
        if (out > 0) {
            result.standardOutput.append(buffer, out);
            if (onOutput)
                onOutput(QByteArray(buffer, out), false);
        }
        const int err = ssh_channel_read_nonblocking(channel, buffer, sizeof buffer, 1);
        if (err > 0) {
            result.standardError.append(buffer, err);
            if (onOutput)
                onOutput(QByteArray(buffer, err), true);
        }
        if (out == SSH_ERROR || err == SSH_ERROR)
            return failed(QStringLiteral("read"));
        if (out <= 0 && err <= 0 && ssh_channel_is_eof(channel))
            break;
    }
    result.exitStatus = ssh_channel_get_exit_status(channel);
    return result;
}

} // namespace supadesk
