// SPDX-License-Identifier: GPL-3.0-or-later
// Local port forwarding through StackConnection against the harness's sshd and PostgreSQL: many
// concurrent libpq clients, clean closes, half-close, backpressure, reconnect on the same port.
#include "services/stackconnection.h"
#include "ssh/sshtestsupport.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <postgresql/libpq-fe.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace supadesk;

namespace {

// Opens `count` libpq connections at once (asynchronously, all in flight together), runs one
// query on each while all are open, and returns how many succeeded.
int concurrentQueries(quint16 port, int count, QString *firstError)
{
    const QByteArray conninfo =
        QStringLiteral("host=127.0.0.1 port=%1 user=%2 dbname=postgres connect_timeout=20")
            .arg(port)
            .arg(testenv::value("SUPADESK_TEST_PG_USER"))
            .toUtf8();
    std::vector<PGconn *> conns;
    std::vector<PostgresPollingStatusType> state;
    for (int i = 0; i < count; ++i) {
        conns.push_back(PQconnectStart(conninfo.constData()));
        state.push_back(PGRES_POLLING_WRITING);
    }
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        std::vector<pollfd> fds;
        std::vector<int> index;
        for (int i = 0; i < count; ++i) {
            if (state[i] == PGRES_POLLING_OK || state[i] == PGRES_POLLING_FAILED)
                continue;
            fds.push_back(
                {PQsocket(conns[i]), short(state[i] == PGRES_POLLING_READING ? POLLIN : POLLOUT), 0});
            index.push_back(i);
        }
        if (fds.empty() || timer.elapsed() > 40000)
            break;
        ::poll(fds.data(), fds.size(), 200);
        for (size_t k = 0; k < fds.size(); ++k)
            if (fds[k].revents)
                state[index[k]] = PQconnectPoll(conns[index[k]]);
    }
    int ok = 0;
    for (int i = 0; i < count; ++i) {
        if (PQstatus(conns[i]) == CONNECTION_OK) {
            PGresult *r = PQexec(conns[i], QStringLiteral("SELECT %1 + 1").arg(i).toUtf8().constData());
            if (PQresultStatus(r) == PGRES_TUPLES_OK && QByteArray(PQgetvalue(r, 0, 0)).toInt() == i + 1)
                ++ok;
            else if (firstError && firstError->isEmpty())
                *firstError = QString::fromUtf8(PQerrorMessage(conns[i]));
            PQclear(r);
        } else if (firstError && firstError->isEmpty()) {
            *firstError = QString::fromUtf8(PQerrorMessage(conns[i]));
        }
    }
    for (PGconn *c : conns)
        PQfinish(c);
    return ok;
}

QByteArray pattern(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char((i * 7 + i / 251) & 0xff);
    return data;
}

// Writes all of `data` to a blocking socket (less when the peer goes away).
void sendAll(int fd, const QByteArray &data)
{
    for (qsizetype sent = 0; sent < data.size();) {
        const ssize_t n = ::send(fd, data.constData() + sent, size_t(data.size() - sent), MSG_NOSIGNAL);
        if (n <= 0)
            return;
        sent += n;
    }
}

// A service on its own thread (plain sockets): for each one-byte request it answers `answer`
// bytes in one write, then waits for the next request.
class BurstService
{
public:
    BurstService(int rounds, QByteArray answer) : m_answer(std::move(answer))
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        ::bind(m_listener, reinterpret_cast<sockaddr *>(&address), sizeof address);
        ::listen(m_listener, 4);
        ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length);
        m_port = ntohs(address.sin_port);
        m_thread = std::thread([this, rounds] {
            const int fd = ::accept(m_listener, nullptr, nullptr);
            char request;
            for (int i = 0; i < rounds && ::recv(fd, &request, 1, 0) == 1; ++i)
                sendAll(fd, m_answer);
            ::close(fd);
        });
    }
    ~BurstService()
    {
        ::shutdown(m_listener, SHUT_RDWR); // ends a thread still waiting in accept()
        m_thread.join();
        ::close(m_listener);
    }
    quint16 port() const { return m_port; }

private:
    QByteArray m_answer;
    int m_listener = -1;
    quint16 m_port = 0;
    std::thread m_thread;
};

// Sends `rounds` one-byte requests through 127.0.0.1:port, each after the whole answer to the
// previous one arrived; returns the slowest round in milliseconds (-1 when an answer was short).
int connectTo(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(port);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// Asks a BurstService for `rounds` answers on the connection `fd`; the slowest round's milliseconds,
// or -1 when an answer arrived incomplete.
qint64 slowestRoundOn(int fd, int rounds, qsizetype answerSize)
{
    qint64 slowest = 0;
    std::vector<char> buffer(static_cast<size_t>(answerSize));
    for (int i = 0; i < rounds && slowest >= 0; ++i) {
        QElapsedTimer round;
        round.start();
        ::send(fd, "?", 1, MSG_NOSIGNAL);
        qsizetype received = 0;
        while (received < answerSize) {
            const ssize_t n = ::recv(fd, buffer.data(), buffer.size(), 0);
            if (n <= 0)
                break;
            received += n;
        }
        slowest = received == answerSize ? std::max(slowest, round.elapsed()) : -1;
    }
    return slowest;
}

qint64 slowestRound(quint16 port, int rounds, qsizetype answerSize)
{
    const int fd = connectTo(port);
    if (fd < 0)
        return -1;
    const qint64 slowest = slowestRoundOn(fd, rounds, answerSize);
    ::close(fd);
    return slowest;
}

} // namespace

class TestTunnel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    StackConnection::Settings settings(quint16 sshPort, quint16 remotePort) const
    {
        StackConnection::Settings s;
        s.ssh.host = QStringLiteral("127.0.0.1");
        s.ssh.port = sshPort;
        s.ssh.user = testenv::value("SUPADESK_TEST_SSH_USER");
        s.ssh.auth = AuthMethod::KeyFile;
        s.ssh.keyFile = testenv::value("SUPADESK_TEST_SSH_KEY");
        s.ssh.knownHostsFile = m_dir.filePath(QStringLiteral("known_hosts"));
        s.ssh.acceptNewHostKey = true;
        s.ssh.timeoutSeconds = 5;
        s.forwards = {PortForward{StackConnection::Database, 0, QStringLiteral("127.0.0.1"), remotePort}};
        return s;
    }

    static bool waitForState(StackConnection &c, StackConnection::State state, int ms = 20000)
    {
        QElapsedTimer t;
        t.start();
        while (c.state() != state && t.elapsed() < ms)
            QTest::qWait(20);
        return c.state() == state;
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "the test sshd");
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "the test PostgreSQL");
    }

    void twoHundredConcurrentDatabaseConnections()
    {
        StackConnection connection(settings(testenv::value("SUPADESK_TEST_SSH_PORT").toUShort(),
                                            testenv::value("SUPADESK_TEST_PG_PORT").toUShort()));
        QSignalSpy states(&connection, &StackConnection::stateChanged);
        QVERIFY(connection.connectToStack().ok());
        QCOMPARE(connection.state(), StackConnection::State::Connecting);
        QVERIFY2(waitForState(connection, StackConnection::State::Connected),
                 qPrintable(connection.reason()));
        const quint16 port = connection.localPort(StackConnection::Database);
        QVERIFY(port != 0);
        QString error;
        QCOMPARE(concurrentQueries(port, 200, &error), 200);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTRY_COMPARE(connection.activeConnections(), 0);
        connection.disconnectFromStack();
        QCOMPARE(connection.state(), StackConnection::State::Disconnected);
        QCOMPARE(connection.localPort(StackConnection::Database), quint16(0));
        QCOMPARE(states.first().first().value<StackConnection::State>(), StackConnection::State::Connecting);
    }

    void serverClosingMidStreamGivesTheClientACleanClose()
    {
        // A "remote" service that sends 3 MiB and then closes, without waiting for the client.
        QTcpServer service;
        QVERIFY(service.listen(QHostAddress::LocalHost));
        const QByteArray payload = pattern(3 << 20);
        connect(&service, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *s = service.nextPendingConnection();
            s->write(payload);
            s->disconnectFromHost();
        });
        StackConnection connection(
            settings(testenv::value("SUPADESK_TEST_SSH_PORT").toUShort(), service.serverPort()));
        QVERIFY(connection.connectToStack().ok());
        QVERIFY(waitForState(connection, StackConnection::State::Connected));
        for (int round = 0; round < 3; ++round) {
            QTcpSocket client;
            client.connectToHost(QHostAddress::LocalHost, connection.localPort(StackConnection::Database));
            QVERIFY(client.waitForConnected(5000));
            QByteArray received;
            QElapsedTimer t;
            t.start();
            // The service lives in this thread's event loop, so wait by running it.
            while (client.state() == QAbstractSocket::ConnectedState && t.elapsed() < 20000) {
                QTest::qWait(5);
                received += client.readAll();
            }
            received += client.readAll();
            QCOMPARE(received.size(), payload.size());
            QVERIFY(received == payload);
            QCOMPARE(client.error(), QAbstractSocket::RemoteHostClosedError);
        }
        QTRY_COMPARE(connection.activeConnections(), 0);
        QCOMPARE(connection.state(), StackConnection::State::Connected);
    }

    void nothingListeningRemotelyClosesTheClient()
    {
        StackConnection connection(
            settings(testenv::value("SUPADESK_TEST_SSH_PORT").toUShort(), sshtest::freePort()));
        QVERIFY(connection.connectToStack().ok());
        QVERIFY(waitForState(connection, StackConnection::State::Connected));
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, connection.localPort(StackConnection::Database));
        QVERIFY(client.waitForConnected(5000));
        client.write("hello");
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, 10000);
        QCOMPARE(connection.state(), StackConnection::State::Connected);
    }

    void halfCloseAndBackpressure()
    {
        // An echo service that answers only after the client has finished sending (half-close),
        // with more data than any buffer on the way, read slowly by the client.
        // QTcpSocket closes on end-of-file, so the service is plain sockets on a thread of its own.
        const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        QVERIFY(::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
        QVERIFY(::listen(listener, 4) == 0);
        ::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length);
        const quint16 servicePort = ntohs(address.sin_port);
        std::thread service([listener] {
            const int fd = ::accept(listener, nullptr, nullptr);
            QByteArray buffer;
            char chunk[65536];
            for (ssize_t n; (n = ::recv(fd, chunk, sizeof chunk, 0)) > 0;)
                buffer.append(chunk, n);
            buffer += buffer;
            sendAll(fd, buffer);
            ::close(fd);
        });
        // On an early failure the service may still wait in accept(): shutting the listener down ends it.
        auto joinService = qScopeGuard([&] {
            ::shutdown(listener, SHUT_RDWR);
            service.join();
            ::close(listener);
        });
        StackConnection connection(
            settings(testenv::value("SUPADESK_TEST_SSH_PORT").toUShort(), servicePort));
        QVERIFY(connection.connectToStack().ok());
        QVERIFY(waitForState(connection, StackConnection::State::Connected));

        QTcpSocket client;
        client.setReadBufferSize(64 * 1024); // a slow reader: Qt stops reading when this is full
        client.connectToHost(QHostAddress::LocalHost, connection.localPort(StackConnection::Database));
        QVERIFY(client.waitForConnected(5000));
        const QByteArray sent = pattern(4 << 20);
        client.write(sent);
        QTRY_COMPARE_WITH_TIMEOUT(client.bytesToWrite(), qint64(0), 20000);
        ::shutdown(int(client.socketDescriptor()), SHUT_WR);
        QByteArray received;
        QElapsedTimer t;
        t.start();
        while (received.size() < 2 * sent.size() && t.elapsed() < 30000) {
            QTest::qWait(1);
            received += client.read(16 * 1024);
        }
        QCOMPARE(received.size(), 2 * sent.size());
        QVERIFY(received == sent + sent);
        QTRY_COMPARE(connection.activeConnections(), 0);
    }

    void burstsArriveWithoutWaitingForAPollTimeout_data()
    {
        QTest::addColumn<bool>("throughJumpHost");
        QTest::newRow("direct") << false;
        QTest::newRow("jump host") << true;
    }

    void burstsArriveWithoutWaitingForAPollTimeout()
    {
        // Answers larger than one libssh read (4 KiB) and than one SSH packet (32 KiB), each
        // written at once by the service: every byte must reach the client as soon as it arrives,
        // never left in a buffer until the forwarding loop's next wake-up (up to 1 s later) or
        // the next request. 40 rounds on a busy machine stay far below 40 such waits.
        QFETCH(bool, throughJumpHost);
        constexpr int rounds = 40;
        const qsizetype answerSize = 100 * 1024 + 17;
        BurstService service(rounds, pattern(answerSize));
        StackConnection::Settings s =
            settings(testenv::value("SUPADESK_TEST_SSH_PORT").toUShort(), service.port());
        if (throughJumpHost)
            s.ssh.proxyJump =
                QStringLiteral("%1@127.0.0.1:%2")
                    .arg(testenv::value("SUPADESK_TEST_SSH_USER"), testenv::value("SUPADESK_TEST_SSH_PORT"));
        StackConnection connection(s);
        QVERIFY(connection.connectToStack().ok());
        QVERIFY2(waitForState(connection, StackConnection::State::Connected),
                 qPrintable(connection.reason()));
        QElapsedTimer all;
        all.start();
        const qint64 slowest =
            slowestRound(connection.localPort(StackConnection::Database), rounds, answerSize);
        QVERIFY2(slowest >= 0, "an answer arrived incomplete");
        QVERIFY2(all.elapsed() < rounds * 1000 / 4,
                 qPrintable(QStringLiteral("%1 rounds took %2 ms (slowest %3 ms)")
                                .arg(rounds)
                                .arg(all.elapsed())
                                .arg(slowest)));
    }

    void localPortInUseIsReportedAtOnce()
    {
        QTcpServer other;
        QVERIFY(other.listen(QHostAddress::LocalHost));
        StackConnection::Settings s = settings(testenv::value("SUPADESK_TEST_SSH_PORT").toUShort(), 5432);
        s.forwards.first().localPort = other.serverPort();
        StackConnection connection(s);
        const Status started = connection.connectToStack();
        QVERIFY(!started.ok());
        QCOMPARE(started.error().code, QStringLiteral("ssh.forward.portinuse"));
        QCOMPARE(connection.state(), StackConnection::State::Failed);
        QVERIFY(connection.reason().contains(QString::number(other.serverPort())));
    }

    void unknownHostKeyFailsUntilTrusted()
    {
        StackConnection::Settings s = settings(testenv::value("SUPADESK_TEST_SSH_PORT").toUShort(),
                                               testenv::value("SUPADESK_TEST_PG_PORT").toUShort());
        s.ssh.knownHostsFile = m_dir.filePath(QStringLiteral("fresh_known_hosts"));
        s.ssh.acceptNewHostKey = false;
        StackConnection connection(s);
        QSignalSpy rejected(&connection, &StackConnection::hostKeyRejected);
        QVERIFY(connection.connectToStack().ok());
        QVERIFY(waitForState(connection, StackConnection::State::Failed));
        QCOMPARE(connection.errorCode(), QStringLiteral("ssh.hostkey.unknown"));
        QCOMPARE(rejected.size(), 1);
        QVERIFY(connection.reason().contains(connection.hostKeyCheck().key.fingerprint()));
        QVERIFY(connection.trustPresentedHostKey().ok());
        QVERIFY(connection.connectToStack().ok());
        QVERIFY2(waitForState(connection, StackConnection::State::Connected),
                 qPrintable(connection.reason()));
    }

    void execAndFilesGoThroughTheConnectedSession()
    {
        StackConnection connection(settings(testenv::value("SUPADESK_TEST_SSH_PORT").toUShort(),
                                            testenv::value("SUPADESK_TEST_PG_PORT").toUShort()));
        bool answered = false;
        connection.exec(QStringLiteral("true"), this, [&](Result<ExecResult> r) {
            answered = true;
            QCOMPARE(r.ok() ? QString() : r.error().code, QStringLiteral("ssh.notconnected"));
        });
        QTRY_VERIFY(answered);
        QVERIFY(connection.connectToStack().ok());
        QVERIFY(waitForState(connection, StackConnection::State::Connected));
        std::optional<Result<ExecResult>> result;
        connection.exec(QStringLiteral("echo out; echo err >&2; exit 4"), this,
                        [&](Result<ExecResult> r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QVERIFY(result->ok());
        QCOMPARE(result->value().standardOutput, QByteArray("out\n"));
        QCOMPARE(result->value().standardError, QByteArray("err\n"));
        QCOMPARE(result->value().exitStatus, 4);

        const QString path = m_dir.filePath(QStringLiteral("config.toml"));
        std::optional<Result<QString>> written;
        connection.writeFile(path, "a = 1\n", this, [&](Result<QString> r) { written = r; });
        QTRY_VERIFY(written.has_value());
        QVERIFY(written->ok());
        written.reset();
        connection.writeFile(path, "a = 2\n", this, [&](Result<QString> r) { written = r; });
        QTRY_VERIFY(written.has_value());
        QVERIFY(written->ok());
        QCOMPARE(sshtest::readAll(written->value()), QByteArray("a = 1\n"));
        std::optional<Result<QByteArray>> read;
        connection.readFile(path, this, [&](Result<QByteArray> r) { read = r; });
        QTRY_VERIFY(read.has_value());
        QCOMPARE(read->value(), QByteArray("a = 2\n"));
    }

    void commandsAndForwardingTakeTurnsThroughAJumpHost()
    {
        // Through a jump host the worker's loop copies the jump session's bytes itself; a command
        // blocks in libssh meanwhile and needs the bridge's own thread back for as long as it runs,
        // after which forwarding goes on in the loop again.
        constexpr int rounds = 6;
        const qsizetype answerSize = 40 * 1024 + 3;
        BurstService service(2 * rounds, pattern(answerSize));
        StackConnection::Settings s =
            settings(testenv::value("SUPADESK_TEST_SSH_PORT").toUShort(), service.port());
        s.ssh.proxyJump =
            QStringLiteral("%1@127.0.0.1:%2")
                .arg(testenv::value("SUPADESK_TEST_SSH_USER"), testenv::value("SUPADESK_TEST_SSH_PORT"));
        StackConnection connection(s);
        QVERIFY(connection.connectToStack().ok());
        QVERIFY2(waitForState(connection, StackConnection::State::Connected),
                 qPrintable(connection.reason()));
        const int client = connectTo(connection.localPort(StackConnection::Database));
        QVERIFY(client >= 0);
        const auto closeClient = qScopeGuard([client] { ::close(client); });
        QVERIFY(slowestRoundOn(client, rounds, answerSize) >= 0);
        for (int i = 0; i < 3; ++i) {
            std::optional<Result<ExecResult>> result;
            connection.exec(QStringLiteral("head -c 70000 /dev/zero | tr '\\0' x; echo; exit 3"), this,
                            [&](Result<ExecResult> r) { result = r; });
            QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
            QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().message));
            QCOMPARE(result->value().standardOutput, QByteArray(70000, 'x') + '\n');
            QCOMPARE(result->value().exitStatus, 3);
        }
        QVERIFY(slowestRoundOn(client, rounds, answerSize) >= 0);
        QCOMPARE(connection.state(), StackConnection::State::Connected);
    }

    void disconnectDoesNotWaitForAStalledHandshake()
    {
        // A server that accepts TCP connections and never says a word.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        StackConnection::Settings s = settings(silent.serverPort(), 5432);
        s.ssh.timeoutSeconds = 120;
        StackConnection connection(s);
        QVERIFY(connection.connectToStack().ok());
        QTest::qWait(300);
        QCOMPARE(connection.state(), StackConnection::State::Connecting);
        QVERIFY(connection.reason().contains(QStringLiteral("120")));
        QElapsedTimer t;
        t.start();
        connection.disconnectFromStack();
        QVERIFY(t.elapsed() < 60000); // far from the 120 s the handshake was allowed
        QCOMPARE(connection.state(), StackConnection::State::Disconnected);
    }

    void reconnectsAfterSshdRestartOnTheSameLocalPort()
    {
        sshtest::OwnSshd sshd;
        QVERIFY(sshd.start());
        StackConnection::Settings s =
            settings(sshd.port(), testenv::value("SUPADESK_TEST_PG_PORT").toUShort());
        s.keepaliveSeconds = 1;
        s.deadAfterSeconds = 3;
        StackConnection connection(s);
        QSignalSpy states(&connection, &StackConnection::stateChanged);
        QVERIFY(connection.connectToStack().ok());
        QVERIFY(waitForState(connection, StackConnection::State::Connected));
        const quint16 port = connection.localPort(StackConnection::Database);
        QString error;
        QCOMPARE(concurrentQueries(port, 5, &error), 5);

        sshd.kill();
        QVERIFY(waitForState(connection, StackConnection::State::Reconnecting));
        QVERIFY(!connection.reason().isEmpty());
        QVERIFY(sshd.start());
        QVERIFY2(waitForState(connection, StackConnection::State::Connected, 30000),
                 qPrintable(connection.reason()));
        QCOMPARE(connection.localPort(StackConnection::Database), port);
        QCOMPARE(concurrentQueries(port, 5, &error), 5);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestTunnel)
#include "tst_tunnel.moc"
