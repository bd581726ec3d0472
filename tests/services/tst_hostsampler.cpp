// SPDX-License-Identifier: GPL-3.0-or-later
// The host view over a real SSH session (the harness's sshd): the sampler runs its one batch at the
// interval, with a `docker` stand-in first on PATH that prints captured `docker ps` / `stats` /
// `inspect` output and records its arguments; readings carry rates from the second on and go to the
// history under the stack's key; a container is restarted (and a failure is a "host.container" error);
// a container's log is followed on an SSH session of its own and stops when asked.
#include "core/host/hostrates.h"
#include "db/historystore.h"
#include "harness/harnessstack.h"
#include "services/host/containeractions.h"
#include "services/host/containerlogfollower.h"
#include "services/host/hostsampler.h"
#include "services/stackconnection.h"

#include <QDateTime>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;

namespace {

bool writeFile(const QString &path, const QByteArray &data, QFile::Permissions permissions)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return false;
    f.close();
    return QFile::setPermissions(path, permissions);
}

constexpr QFile::Permissions Executable = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                          QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                          QFile::ExeOther;
constexpr QFile::Permissions Open = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                    QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;

} // namespace

class TestHostSampler : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<StackConnection> m_connection;

    QString bin() const { return m_dir.filePath(QStringLiteral("bin")); }
    QString argsLog() const { return m_dir.filePath(QStringLiteral("docker-args.log")); }
    QString installDir() const { return m_dir.filePath(QStringLiteral("supabase/docker")); }
    QStringList calls() const
    {
        QFile f(argsLog());
        return f.open(QIODevice::ReadOnly)
                   ? QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                   : QStringList();
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "OpenSSH sshd (apt-get install openssh-server)");
        QVERIFY(m_dir.isValid());
        // The ssh login may be another user than the test's: it must reach the stand-in and its files.
        QVERIFY(QFile::setPermissions(m_dir.path(), Executable));
        QVERIFY(QDir().mkpath(bin()));
        QVERIFY(QDir().mkpath(installDir()));
        QVERIFY(writeFile(argsLog(), {}, Open));
        const QString data = QStringLiteral(SUPADESK_TEST_DATA_DIR "/host");
        const QString script =
            QStringLiteral(
                "#!/bin/sh\n"
                "# SPDX-License-Identifier: GPL-3.0-or-later\n"
                "printf '%s\\n' \"$*\" >> %1\n"
                "case $1 in\n"
                "ps) cat %2/docker-ps.txt ;;\n"
                "stats) cat %2/docker-stats.jsonl ;;\n"
                "inspect) cat %2/docker-inspect.json ;;\n"
                "restart) if [ \"$2\" = supabase-missing ]; then "
                "echo \"Error response from daemon: No such container: $2\" >&2; exit 1; fi; echo \"$2\" ;;\n"
                "logs) i=1; while [ $i -le 5 ]; do echo \"line $i of $5\"; i=$((i+1)); done; "
                "t=1; while [ $t -le 300 ]; do sleep 0.1; echo \"tick $t\"; t=$((t+1)); done ;;\n"
                "*) echo \"unknown command $1\" >&2; exit 1 ;;\n"
                "esac\n")
                .arg(argsLog(), data);
        QVERIFY(writeFile(bin() + QStringLiteral("/docker"), script.toUtf8(), Executable));

        m_connection = std::make_unique<StackConnection>(testenv::harnessSsh());
        QVERIFY(m_connection->connectToStack().ok());
        QVERIFY(testenv::waitFor([&] { return m_connection->state() == StackConnection::State::Connected; }));
    }

    void samplesOverSsh()
    {
        QTemporaryDir history;
        HostSampler sampler;
        sampler.setPathFirst({bin()});
        QSignalSpy sampled(&sampler, &HostSampler::sampled);
        QSignalSpy failed(&sampler, &HostSampler::failed);
        sampler.start(m_connection.get(), installDir(), 700, history.path(), QStringLiteral("stack-1"));
        QVERIFY(testenv::waitFor([&] { return sampled.size() >= 3 || !failed.isEmpty(); }, 30000));
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        sampler.stop();

        const HostReading first = sampled.at(0).first().value<HostReading>();
        const HostReading last = sampled.at(2).first().value<HostReading>();
        QCOMPARE(first.sample.docker, DockerState::Ok);
        QCOMPARE(first.sample.containers.size(), 7);
        QCOMPARE(first.sample.containers.at(3).name, QStringLiteral("supabase-storage"));
        QVERIFY(first.sample.containers.at(3).oomKilled);
        QVERIFY(first.sample.memory && first.sample.load && first.sample.cpu);
        QVERIFY(!first.rates.cpuBusyPercent); // one reading has no rate
        QVERIFY(last.rates.cpuBusyPercent.has_value());
        QVERIFY(*last.rates.cpuBusyPercent >= 0 && *last.rates.cpuBusyPercent <= 100);
        QVERIFY(last.sample.tMs > first.sample.tMs);
        QVERIFY(last.sample.serverCpuSeconds >= 0);
        qInfo("one host sample over SSH: %.3f s CPU on the server, %.1f ms round trip",
              last.sample.serverCpuSeconds, double(last.roundTripUs) / 1000.0);

        // One `ps` per reading for the stack's compose directory, then stats and inspect of its ids.
        const QStringList log = calls();
        const QString ids = QString::fromUtf8([] {
                                QFile f(QStringLiteral(SUPADESK_TEST_DATA_DIR "/host/docker-ps.txt"));
                                return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
                            }())
                                .trimmed()
                                .replace(QLatin1Char('\n'), QLatin1Char(' '));
        QVERIFY2(log.size() >= 9, qPrintable(log.join('\n')));
        QCOMPARE(log.at(0),
                 QStringLiteral("ps -aq --no-trunc --filter label=com.docker.compose.project.working_dir=") +
                     installDir());
        QCOMPARE(log.at(1), QStringLiteral("stats --no-stream --no-trunc --format {{json .}} ") + ids);
        QCOMPARE(log.at(2), QStringLiteral("inspect ") + ids);

        // The history holds the host's series beside the database's, under the stack's key.
        HistoryStore store(history.path());
        QVERIFY(store.openForReading().ok());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const QString &metric :
             {QStringLiteral("host.mem.used"), QStringLiteral("host.cpu"), QStringLiteral("host.load1"),
              HostSeries::diskUsedMetric(QStringLiteral("/"))}) {
            const auto points = store.query(QStringLiteral("stack-1"), metric, now - 600000, now + 1000,
                                            HistoryResolution::Raw);
            QVERIFY2(points.ok() && !points.value().isEmpty(), qPrintable(metric));
        }
    }

    void restartsAContainer()
    {
        QFile::resize(argsLog(), 0);
        std::optional<int> exitStatus;
        // The stand-in is found through the same PATH the batch uses: run restart through a prefix.
        m_connection->exec(QStringLiteral("PATH=%1:$PATH; export PATH; ").arg(bin()) +
                               ContainerActions::restartCommand(QStringLiteral("supabase-db")),
                           this,
                           [&](Result<ExecResult> r) { exitStatus = r.ok() ? r.value().exitStatus : -2; });
        QVERIFY(testenv::waitFor([&] { return exitStatus.has_value(); }));
        QCOMPARE(*exitStatus, 0);
        QCOMPARE(calls(), QStringList{QStringLiteral("restart supabase-db")});
    }

    void restartFailureIsHostContainer()
    {
        // ContainerActions::restart as the panel calls it: the login's PATH has no docker stand-in, so
        // this is the server's real answer for a docker that cannot do it.
        std::optional<Status> done;
        ContainerActions::restart(m_connection.get(), QStringLiteral("supabase-missing"), this,
                                  [&](Status s) { done = s; });
        QVERIFY(testenv::waitFor([&] { return done.has_value(); }));
        QVERIFY(!done->ok());
        QCOMPARE(done->error().id, ErrorCode::HostContainer);
        QVERIFY2(done->error().message.contains(QLatin1String("supabase-missing")),
                 qPrintable(done->error().message));
    }

    void followsALogAndStops()
    {
        QFile::resize(argsLog(), 0);
        ContainerLogFollower follower;
        QByteArray received;
        connect(&follower, &ContainerLogFollower::output, this,
                [&](const QByteArray &chunk) { received += chunk; });
        follower.startCommand(m_connection->settings().ssh,
                              QStringLiteral("PATH=%1:$PATH; export PATH; ").arg(bin()) +
                                  ContainerActions::followLogsCommand(QStringLiteral("supabase-db")));
        QVERIFY(testenv::waitFor([&] { return received.contains("tick 3"); }, 20000));
        QVERIFY(received.startsWith("line 1 of supabase-db\n"));
        QElapsedTimer clock;
        clock.start();
        follower.stop();
        QVERIFY2(clock.elapsed() < 3000, "stopping a follow must not wait for the remote command");
        QVERIFY(!follower.isRunning());
        QCOMPARE(calls().value(0), QStringLiteral("logs --follow --tail 200 supabase-db"));
        const int before = int(received.size());
        QTest::qWait(500);
        QCOMPARE(int(received.size()), before);
    }
};

QTEST_MAIN(TestHostSampler)
#include "tst_hostsampler.moc"
