// SPDX-License-Identifier: GPL-3.0-or-later
// The app's probe rounds are stored on a thread of their own: the caller goes on while the history
// file is busy (another connection holds SQLite's write lock, as a slow disk would hold a commit),
// the round lands once the file is free, and rounds handed in before the writer goes are not lost.
#include "db/uptimestore.h"
#include "services/uptime/uptimeprobewriter.h"

#include <QDateTime>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;

namespace {

ProbeResults round(qint64 tMs)
{
    return {{tMs, QStringLiteral("ssh"), true, 4, QString(), UptimeStore::AppSource},
            {tMs, QStringLiteral("postgres"), false, 5000, QStringLiteral("connection refused"),
             UptimeStore::AppSource}};
}

constexpr qint64 Nov1 = 1'793'491'200'000;

} // namespace

class TestUptimeProbeWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    qsizetype stored(const QString &directory, const QString &stack)
    {
        UptimeStore reader(directory);
        if (!reader.open().ok())
            return -1;
        return reader.probes(stack, {0, Nov1 + 86'400'000LL * 30}).value().size();
    }

private slots:
    void storesOnItsOwnThread()
    {
        const QString dir = m_dir.filePath(QStringLiteral("own-thread"));
        UptimeProbeWriter writer(dir);
        QSignalSpy written(&writer, &UptimeProbeWriter::written);
        writer.write(QStringLiteral("prod"), round(Nov1));
        QTRY_COMPARE(written.size(), 1);
        QCOMPARE(written.first().at(0).toString(), QStringLiteral("prod"));
        QCOMPARE(written.first().at(1).toInt(), 2);
        QCOMPARE(writer.pending(), 0);
        QCOMPARE(stored(dir, QStringLiteral("prod")), 2);
        // The same round again is recognised: nothing new.
        writer.write(QStringLiteral("prod"), round(Nov1));
        QTRY_COMPARE(written.size(), 2);
        QCOMPARE(written.last().at(1).toInt(), 0);
    }

    void busyFileDoesNotHoldTheCaller()
    {
        const QString dir = m_dir.filePath(QStringLiteral("busy"));
        UptimeProbeWriter writer(dir);
        QSignalSpy written(&writer, &UptimeProbeWriter::written);
        writer.write(QStringLiteral("prod"), round(Nov1));
        QTRY_COMPARE(written.size(), 1);

        // Another connection takes the write lock and keeps it.
        {
            QSqlDatabase blocker =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("blocker"));
            UptimeStore probe(dir);
            blocker.setDatabaseName(probe.filePath());
            QVERIFY(blocker.open());
            QSqlQuery lock(blocker);
            QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));

            writer.write(QStringLiteral("prod"), round(Nov1 + 60'000));
            QCOMPARE(writer.pending(), 1); // handed over, not stored
            // The caller's event loop keeps running while the writer waits for the lock.
            int ticks = 0;
            QTimer tick;
            connect(&tick, &QTimer::timeout, this, [&] { ++ticks; });
            tick.start(10);
            QTRY_VERIFY(ticks >= 10);
            QCOMPARE(written.size(), 1); // still waiting for the file

            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
            blocker.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("blocker"));
        QTRY_COMPARE(written.size(), 2);
        QCOMPARE(written.last().at(1).toInt(), 2);
        QCOMPARE(stored(dir, QStringLiteral("prod")), 4);
    }

    void roundsHandedInAreKeptWhenTheWriterGoes()
    {
        const QString dir = m_dir.filePath(QStringLiteral("flush"));
        {
            UptimeProbeWriter writer(dir);
            for (int minute = 0; minute < 50; ++minute)
                writer.write(QStringLiteral("prod"), round(Nov1 + minute * 60'000LL));
        } // destroyed at once: the thread finishes the queue first
        QCOMPARE(stored(dir, QStringLiteral("prod")), 100);
    }

    void killedMidWriteLosesAtMostTheRoundInFlight()
    {
        // A child process stores rounds as fast as it can; it is killed (SIGKILL) in the middle.
        const QString dir = m_dir.filePath(QStringLiteral("killed"));
        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments({QStringLiteral("--write-rounds"), dir});
        child.start();
        QVERIFY(child.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(child.canReadLine(), 20000);
        child.kill();
        QVERIFY(child.waitForFinished());

        UptimeStore reader(dir);
        QVERIFY2(reader.open().ok(), qPrintable(reader.recoveryMessage()));
        QVERIFY(reader.recoveryMessage().isEmpty()); // not damaged, nothing set aside
        const ProbeResults all = reader.probes(QStringLiteral("prod"), {0, Nov1 + 86'400'000LL * 30}).value();
        QVERIFY(all.size() >= 2);
        QCOMPARE(all.size() % 2, 0); // whole rounds only
        // The roll-ups agree with the raw probes that made it: each stored round is complete there too.
        const Result<QList<UptimeDayRollup>> days =
            reader.dailyRollups(QStringLiteral("prod"), Nov1 - 86'400'000LL, Nov1 + 86'400'000LL * 30);
        QVERIFY(days.ok());
        int counted = 0;
        for (const UptimeDayRollup &d : days.value())
            if (d.component != QLatin1String("*"))
                counted += d.probes;
        QCOMPARE(counted, int(all.size()));
    }

    void unwritableDirectoryIsReported()
    {
        const QString file = m_dir.filePath(QStringLiteral("not-a-directory"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        UptimeProbeWriter writer(file + QStringLiteral("/history"));
        QSignalSpy failed(&writer, &UptimeProbeWriter::failed);
        writer.write(QStringLiteral("prod"), round(Nov1));
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("prod"));
        QVERIFY(!failed.first().at(1).toString().isEmpty());
        QCOMPARE(writer.pending(), 0);
    }
};

// `--write-rounds DIR`: the child of killedMidWriteLosesAtMostTheRoundInFlight(), storing one round
// after another until it is killed.
int main(int argc, char **argv)
{
    if (argc == 3 && QByteArray(argv[1]) == "--write-rounds") {
        QCoreApplication app(argc, argv);
        UptimeProbeWriter writer(QString::fromLocal8Bit(argv[2]));
        qint64 minute = 0;
        QObject::connect(&writer, &UptimeProbeWriter::written, &app, [&] {
            if (minute == 20) {
                fputs("writing\n", stdout); // enough rounds stored: the parent may kill now
                fflush(stdout);
            }
            writer.write(QStringLiteral("prod"), round(Nov1 + ++minute * 60'000));
        });
        writer.write(QStringLiteral("prod"), round(Nov1));
        return app.exec();
    }
    QCoreApplication app(argc, argv);
    TestUptimeProbeWriter test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_uptimeprobewriter.moc"
