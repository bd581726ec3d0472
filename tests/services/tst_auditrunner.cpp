// SPDX-License-Identifier: GPL-3.0-or-later
// The audit's runner over a real SSH connection (the harness's sshd, with the stack's forwards): one
// result per check of every group, progress, cancel, and a stack that is not connected.
#include "core/audit/auditresult.h"
#include "harness/harnessstack.h"
#include "services/audit/auditcheckgroup.h"
#include "services/audit/auditrunner.h"
#include "services/stackconnection.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;

class TestAuditRunner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_install;

    Stack stack(const QString &name) const
    {
        Stack s = testenv::harnessStack(name);
        s.installDir = m_install.path();
        return s;
    }

    // A connection of the test's own to the harness's sshd with the stack's usual forwards.
    static std::unique_ptr<StackConnection> connect(const Stack &s)
    {
        StackConnection::Settings settings = StackConnection::settingsFor(s);
        settings.ssh = testenv::harnessSsh().ssh;
        auto connection = std::make_unique<StackConnection>(settings);
        if (!connection->connectToStack().ok())
            return nullptr;
        if (!testenv::waitFor([&] { return connection->state() == StackConnection::State::Connected; }))
            return nullptr;
        return connection;
    }

    static QStringList ids(const AuditReport &report)
    {
        QStringList list;
        for (const AuditCheckResult &r : report.checks)
            list << r.id;
        return list;
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "the test sshd");
        QVERIFY(m_install.isValid());
        QFile env(m_install.filePath(QStringLiteral(".env")));
        QVERIFY(env.open(QIODevice::WriteOnly));
        env.write("POSTGRES_PASSWORD=your-super-secret-and-long-postgres-password\n");
    }

    void everyCheckAnswersOnce()
    {
        const Stack s = stack(QStringLiteral("audited"));
        auto connection = connect(s);
        QVERIFY(connection);
        AuditRunner runner;
        QSignalSpy progress(&runner, &AuditRunner::progress);
        QSignalSpy stackFinished(&runner, &AuditRunner::stackFinished);
        QSignalSpy finished(&runner, &AuditRunner::finished);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        QVERIFY(runner.start({AuditTarget{s, connection.get(), QString()}}));
        QVERIFY(runner.isRunning());
        QVERIFY(!runner.start({AuditTarget{s, connection.get(), QString()}})); // one run at a time
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!runner.isRunning());
        QCOMPARE(stackFinished.size(), 1);
        const auto report = stackFinished.first().first().value<AuditReport>();
        QCOMPARE(report.stackId, s.id);
        QCOMPARE(report.stackName, s.name);
        QVERIFY(!report.cancelled);
        QVERIFY(report.startedAt >= before.addSecs(-1));
        QVERIFY(report.finishedAt >= report.startedAt);
        QCOMPARE(ids(report), allAuditCheckIds());
        // The last progress says everything is done; every check that started was announced.
        QVERIFY(!progress.isEmpty());
        const int total = int(allAuditCheckIds().size());
        QCOMPARE(progress.last().at(0).toInt(), total);
        QCOMPARE(progress.last().at(1).toInt(), total);
        QStringList announced;
        for (const auto &args : std::as_const(progress)) {
            QVERIFY(args.at(0).toInt() <= args.at(1).toInt());
            if (!args.at(3).toString().isEmpty()) {
                QCOMPARE(args.at(2).toString(), s.name);
                announced << args.at(3).toString();
            }
        }
        for (const QString &id : announced)
            QVERIFY2(allAuditCheckIds().contains(id), qPrintable(id));
        if (total > 0)
            QCOMPARE(announced.value(0), allAuditCheckIds().first());
    }

    void onlyTheChosenChecksRun()
    {
        const QStringList all = allAuditCheckIds();
        const Stack s = stack(QStringLiteral("chosen"));
        auto connection = connect(s);
        QVERIFY(connection);
        AuditOptions options;
        options.checks = QStringList{QStringLiteral("no-such-check")};
        if (!all.isEmpty())
            options.checks << all.last();
        const Result<AuditReport> report =
            AuditRunner::runBlocking(AuditTarget{s, connection.get(), QString()}, options);
        QVERIFY(report.ok());
        QCOMPARE(ids(report.value()), all.isEmpty() ? QStringList() : QStringList{all.last()});
    }

    void cancelMarksTheReport()
    {
        const Stack s = stack(QStringLiteral("cancelled"));
        auto connection = connect(s);
        QVERIFY(connection);
        AuditRunner runner;
        QSignalSpy stackFinished(&runner, &AuditRunner::stackFinished);
        QSignalSpy finished(&runner, &AuditRunner::finished);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(runner.start({AuditTarget{s, connection.get(), QString()},
                              AuditTarget{stack(QStringLiteral("second")), connection.get(), QString()}}));
        runner.cancel();
        QVERIFY(finished.wait(10000));
        QVERIFY(timer.elapsed() < 10000);
        QCOMPARE(finished.first().first().toBool(), true);
        // The first stack had begun: its report says it was cancelled; the second is skipped.
        QCOMPARE(stackFinished.size(), 1);
        const auto report = stackFinished.first().first().value<AuditReport>();
        QCOMPARE(report.stackId, s.id);
        QVERIFY(report.cancelled);
        QVERIFY(report.checks.size() < allAuditCheckIds().size() || allAuditCheckIds().isEmpty());
        // The runner can run again afterwards.
        QVERIFY(runner.start({AuditTarget{s, nullptr, QString()}}));
        QVERIFY(finished.wait(10000));
    }

    void destroyingARunningRunnerDoesNotHang()
    {
        const Stack s = stack(QStringLiteral("destroyed"));
        auto connection = connect(s);
        QVERIFY(connection);
        QElapsedTimer timer;
        timer.start();
        {
            AuditRunner runner;
            QVERIFY(runner.start({AuditTarget{s, connection.get(), QString()}}));
            QTest::qWait(50);
        }
        QVERIFY(timer.elapsed() < 5000);
    }

    void aStackThatIsNotConnectedIsUnknownThroughout()
    {
        const Stack s = stack(QStringLiteral("offline"));
        StackConnection disconnected(StackConnection::settingsFor(s));
        for (StackConnection *connection : {static_cast<StackConnection *>(nullptr), &disconnected}) {
            const Result<AuditReport> report =
                AuditRunner::runBlocking(AuditTarget{s, connection, QStringLiteral("secret")});
            QVERIFY(report.ok());
            QVERIFY(!report.value().cancelled);
            QCOMPARE(ids(report.value()), allAuditCheckIds());
            for (const AuditCheckResult &r : report.value().checks) {
                QCOMPARE(r.status, AuditStatus::Unknown);
                QVERIFY2(r.evidence.contains(QStringLiteral("Not connected")), qPrintable(r.evidence));
            }
            QCOMPARE(report.value().score(), -1);
        }
    }

    void aConnectionClosedMidRunIsAnErrorNotAHang()
    {
        const Stack s = stack(QStringLiteral("closed"));
        auto connection = connect(s);
        QVERIFY(connection);
        AuditRunner runner;
        QSignalSpy finished(&runner, &AuditRunner::finished);
        QSignalSpy stackFinished(&runner, &AuditRunner::stackFinished);
        QVERIFY(runner.start({AuditTarget{s, connection.get(), QString()}}));
        connection.reset(); // gone before the first command could be sent
        QVERIFY(finished.wait(30000));
        QCOMPARE(stackFinished.size(), 1);
        const auto report = stackFinished.first().first().value<AuditReport>();
        QCOMPARE(ids(report), allAuditCheckIds());
    }
};

QTEST_MAIN(TestAuditRunner)
#include "tst_auditrunner.moc"
