// SPDX-License-Identifier: GPL-3.0-or-later
// Pulling the server's probe logs over the harness's real sshd (SFTP from an offset): only new bytes
// travel, and a log that was truncated, replaced or rotated to a new month is handled.
#include "db/uptimestore.h"
#include "harness/harnessstack.h"
#include "services/stackconnection.h"
#include "services/uptime/uptimelogpuller.h"
#include "ssh/sshtestsupport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;

namespace {

constexpr qint64 Nov1 = 1'793'491'200'000;

QByteArray line(int minute, const char *component = "postgres", bool ok = true)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(Nov1 + minute * 60'000LL, QTimeZone::utc());
    return t.toString(Qt::ISODate).toUtf8() + '\t' + component + '\t' +
           (ok ? "ok\t4\t-" : "fail\t5000\trefused") + '\n';
}

QByteArray lines(int from, int to)
{
    QByteArray out;
    for (int m = from; m < to; ++m)
        out += line(m);
    return out;
}

bool writeFile(const QString &path, const QByteArray &data, QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QFile f(path);
    return f.open(mode) && f.write(data) == data.size();
}

} // namespace

class TestUptimeLogPuller : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_logs;
    std::unique_ptr<StackConnection> m_connection;
    std::unique_ptr<UptimeStore> m_store;

    StackConnection::Settings settings() const
    {
        StackConnection::Settings s = testenv::harnessSsh(m_dir.filePath(QStringLiteral("known_hosts")));
        return s;
    }

    // One pull, to its end.
    UptimePullReport pull(UptimeLogPuller &puller, bool *ok = nullptr)
    {
        QSignalSpy done(&puller, &UptimeLogPuller::pulled);
        QSignalSpy failed(&puller, &UptimeLogPuller::failed);
        const Status started = puller.pull();
        if (!started.ok())
            qWarning() << started.error().message;
        QElapsedTimer t;
        t.start();
        while (done.size() + failed.size() == 0 && t.elapsed() < 20000)
            QTest::qWait(10);
        if (done.size() + failed.size() != 1)
            qWarning() << "the pull did not finish";
        if (!failed.isEmpty())
            qWarning() << failed.first();
        if (ok)
            *ok = failed.isEmpty();
        return done.isEmpty() ? UptimePullReport() : done.first().first().value<UptimePullReport>();
    }

    qsizetype storedProbes() const
    {
        return m_store->probes(QStringLiteral("prod"), {0, Nov1 + 400LL * 86'400'000}).value().size();
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "the test sshd");
        m_logs = m_dir.filePath(QStringLiteral("uptime"));
        QVERIFY(QDir().mkpath(m_logs));
        m_connection = std::make_unique<StackConnection>(settings());
        QVERIFY(m_connection->connectToStack().ok());
        QElapsedTimer t;
        t.start();
        while (m_connection->state() != StackConnection::State::Connected && t.elapsed() < 20000)
            QTest::qWait(20);
        QVERIFY2(m_connection->state() == StackConnection::State::Connected,
                 qPrintable(m_connection->reason()));
    }

    void init()
    {
        m_store = std::make_unique<UptimeStore>(
            m_dir.filePath(QStringLiteral("data-%1").arg(QTest::currentTestFunction())));
        QVERIFY(m_store->open().ok());
        for (const QString &f : QDir(m_logs).entryList(QDir::Files))
            QFile::remove(QDir(m_logs).filePath(f));
    }

    void onlyNewLinesTravel()
    {
        const QString log = m_logs + QStringLiteral("/2026-11.log");
        QVERIFY(writeFile(log, lines(0, 30)));
        UptimeLogPuller puller(m_connection.get(), m_store.get(), QStringLiteral("prod"));
        puller.setLogDirectory(m_logs);
        bool ok = false;
        UptimePullReport r = pull(puller, &ok);
        QVERIFY(ok);
        QCOMPARE(r.newProbes, 30);
        QCOMPARE(r.bytesRead, QFileInfo(log).size());
        QCOMPARE(r.files, QStringList{QStringLiteral("2026-11.log")});
        QVERIFY(!r.restarted);

        // More lines, the last one still being written.
        const QByteArray more = lines(30, 40);
        const QByteArray partial = line(40).left(15);
        QVERIFY(writeFile(log, more + partial, QIODevice::Append));
        r = pull(puller);
        QCOMPARE(r.newProbes, 10);
        QCOMPARE(r.bytesRead, more.size() + partial.size());
        QCOMPARE(m_store->pullCursor(QStringLiteral("prod")).value().log.offset,
                 QFileInfo(log).size() - partial.size());

        // The line completed: it is read again from its start, and nothing before it.
        QVERIFY(writeFile(log, line(40).mid(15) + line(41), QIODevice::Append));
        r = pull(puller);
        QCOMPARE(r.newProbes, 2);
        QCOMPARE(r.bytesRead, line(40).size() + line(41).size());

        r = pull(puller);
        QCOMPARE(r.newProbes, 0);
        QCOMPARE(r.bytesRead, 0);
        QCOMPARE(storedProbes(), 42);
        QVERIFY(m_store->pullCursor(QStringLiteral("prod")).value().inode != 0);
    }

    void truncatedLogIsReadFromItsStart()
    {
        const QString log = m_logs + QStringLiteral("/2026-11.log");
        QVERIFY(writeFile(log, lines(0, 50)));
        UptimeLogPuller puller(m_connection.get(), m_store.get(), QStringLiteral("prod"));
        puller.setLogDirectory(m_logs);
        QCOMPARE(pull(puller).newProbes, 50);
        // Cut short and written again (e.g. restored from an older copy, then appended to).
        QVERIFY(writeFile(log, lines(0, 5) + lines(100, 103), QIODevice::WriteOnly | QIODevice::Truncate));
        const UptimePullReport r = pull(puller);
        QVERIFY(r.restarted);
        QCOMPARE(r.newProbes, 3); // the first five were stored already
        QCOMPARE(storedProbes(), 53);
        QCOMPARE(m_store->pullCursor(QStringLiteral("prod")).value().log.offset, QFileInfo(log).size());
    }

    void replacedLogIsReadFromItsStart()
    {
        const QString log = m_logs + QStringLiteral("/2026-11.log");
        QVERIFY(writeFile(log, lines(0, 10)));
        UptimeLogPuller puller(m_connection.get(), m_store.get(), QStringLiteral("prod"));
        puller.setLogDirectory(m_logs);
        QCOMPARE(pull(puller).newProbes, 10);
        // Another file moved over it: longer, and starting with other lines.
        QVERIFY(writeFile(log + QStringLiteral(".new"), lines(200, 230)));
        QFile::remove(log);
        QVERIFY(QFile::rename(log + QStringLiteral(".new"), log));
        const UptimePullReport r = pull(puller);
        QVERIFY(r.restarted);
        QCOMPARE(r.newProbes, 30);
    }

    void newMonthStartsAtZeroAfterTheOldOneIsFinished()
    {
        const QString november = m_logs + QStringLiteral("/2026-11.log");
        QVERIFY(writeFile(november, lines(0, 10)));
        UptimeLogPuller puller(m_connection.get(), m_store.get(), QStringLiteral("prod"));
        puller.setLogDirectory(m_logs);
        QCOMPARE(pull(puller).newProbes, 10);
        // The last minutes of November, then December's first lines in a file of their own.
        QVERIFY(writeFile(november, lines(10, 12), QIODevice::Append));
        QVERIFY(writeFile(m_logs + QStringLiteral("/2026-12.log"), lines(30 * 1440, 30 * 1440 + 5)));
        QVERIFY(writeFile(m_logs + QStringLiteral("/notes.txt"), "not a log\n"));
        const UptimePullReport r = pull(puller);
        QCOMPARE(r.newProbes, 7);
        QCOMPARE(r.files, (QStringList{QStringLiteral("2026-11.log"), QStringLiteral("2026-12.log")}));
        QCOMPARE(m_store->pullCursor(QStringLiteral("prod")).value().log.file, QStringLiteral("2026-12.log"));
        QCOMPARE(pull(puller).newProbes, 0);
    }

    void longLogInChunks()
    {
        QVERIFY(writeFile(m_logs + QStringLiteral("/2026-11.log"), lines(0, 500)));
        UptimeLogPuller puller(m_connection.get(), m_store.get(), QStringLiteral("prod"));
        puller.setLogDirectory(m_logs);
        puller.setChunkBytes(1000);
        const UptimePullReport r = pull(puller);
        QCOMPARE(r.newProbes, 500);
        QCOMPARE(storedProbes(), 500);
    }

    // A line longer than one read (a stray dump into the log) is skipped as malformed, and the
    // lines after it are still imported, on this pull and the next ones.
    void overlongLineIsSkippedAndCounted()
    {
        const QString log = m_logs + QStringLiteral("/2026-11.log");
        QVERIFY(writeFile(log, lines(0, 10) + QByteArray(5000, 'x') + '\n' + lines(10, 20)));
        UptimeLogPuller puller(m_connection.get(), m_store.get(), QStringLiteral("prod"));
        puller.setLogDirectory(m_logs);
        puller.setChunkBytes(1000);
        bool ok = false;
        UptimePullReport r = pull(puller, &ok);
        QVERIFY(ok);
        QCOMPARE(r.newProbes, 20);
        QCOMPARE(r.malformedLines, 1);
        QCOMPARE(storedProbes(), 20);
        QCOMPARE(m_store->pullCursor(QStringLiteral("prod")).value().log.offset, QFileInfo(log).size());

        QVERIFY(writeFile(log, lines(20, 25), QIODevice::Append));
        r = pull(puller);
        QCOMPARE(r.newProbes, 5);
        QCOMPARE(r.malformedLines, 0);

        // One still being written (no newline yet) is waited for, then skipped whole.
        QVERIFY(writeFile(log, QByteArray(3000, 'y'), QIODevice::Append));
        r = pull(puller, &ok);
        QVERIFY(ok);
        QCOMPARE(r.newProbes, 0);
        QCOMPARE(r.malformedLines, 0);
        QVERIFY(writeFile(log, QByteArray(3000, 'y') + '\n' + lines(25, 27), QIODevice::Append));
        r = pull(puller, &ok);
        QVERIFY(ok);
        QCOMPARE(r.newProbes, 2);
        QCOMPARE(r.malformedLines, 1);

        // The next month is read too.
        QVERIFY(writeFile(m_logs + QStringLiteral("/2026-12.log"), lines(30 * 1440, 30 * 1440 + 3)));
        r = pull(puller);
        QCOMPARE(r.newProbes, 3);
        QCOMPARE(storedProbes(), 30);
    }

    // A first line longer than the bytes kept to recognise the file does not make every pull
    // read the whole log again.
    void longFirstLineIsRecognised()
    {
        const QString log = m_logs + QStringLiteral("/2026-11.log");
        QVERIFY(writeFile(log, QByteArray(400, 'z') + '\n' + lines(0, 5)));
        UptimeLogPuller puller(m_connection.get(), m_store.get(), QStringLiteral("prod"));
        puller.setLogDirectory(m_logs);
        UptimePullReport r = pull(puller);
        QCOMPARE(r.newProbes, 5);
        QCOMPARE(r.malformedLines, 1);
        QVERIFY(writeFile(log, lines(5, 7), QIODevice::Append));
        r = pull(puller);
        QVERIFY(!r.restarted);
        QCOMPARE(r.newProbes, 2);
        QCOMPARE(r.malformedLines, 0);
        QCOMPARE(r.bytesRead, lines(5, 7).size());
    }

    void noLogDirectoryYetIsNothingToFetch()
    {
        UptimeLogPuller puller(m_connection.get(), m_store.get(), QStringLiteral("prod"));
        puller.setLogDirectory(m_dir.filePath(QStringLiteral("no-such-dir")));
        bool ok = false;
        const UptimePullReport r = pull(puller, &ok);
        QVERIFY(ok);
        QCOMPARE(r.newProbes, 0);
    }

    void refusedWhileDisconnected()
    {
        StackConnection offline(settings());
        UptimeLogPuller puller(&offline, m_store.get(), QStringLiteral("prod"));
        const Status started = puller.pull();
        QVERIFY(!started.ok());
        QCOMPARE(started.error().code, QStringLiteral("uptime.pull.offline"));
    }

    void cleanupTestCase()
    {
        m_store.reset();
        if (m_connection)
            m_connection->disconnectFromStack();
    }
};

QTEST_MAIN(TestUptimeLogPuller)
#include "tst_uptimelogpuller.moc"
