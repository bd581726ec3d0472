// SPDX-License-Identifier: GPL-3.0-or-later
// The Uptime workspace's "Pull now" (StoreUptimeSource) reads the server probe's logs where the
// probe was installed: the probe is installed over the harness's sshd into a scratch root, and the
// pull then fetches its first round from there rather than from the default directory.
#include "db/uptimestore.h"
#include "gui/uptime/storeuptimesource.h"
#include "harness/harnessstack.h"
#include "services/secretstore.h"
#include "services/uptime/uptimeprobeinstaller.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;

class TestUptimeStorePull : public QObject
{
    Q_OBJECT

private slots:
    void pullReadsWhereTheProbeWasInstalled()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "the test sshd");
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "the test PostgreSQL");
        REQUIRE_SERVICE("SUPADESK_TEST_KEYRING", "a Secret Service keyring (gnome-keyring)");
        QTemporaryDir dir;
        SecretStore secrets(QStringLiteral("Supadesk uptime pull test"));
        ConnectionManager connections(&secrets);
        const Stack stack = testenv::harnessStack(QStringLiteral("Pulled"));
        QVERIFY(testenv::connectStack(connections, stack));
        UptimeStore history(dir.filePath(QStringLiteral("history")));
        StoreUptimeSource source([stack] { return StackList{stack}; }, &connections, &history);

        QString why;
        std::unique_ptr<UptimeProbeInstaller> installer(source.probeInstaller(stack, nullptr, &why));
        QVERIFY2(installer, qPrintable(why));
        UptimeProbeLayout layout;
        layout.root = dir.filePath(QStringLiteral("server"));
        installer->setLayout(layout);
        installer->setScheduler(UptimeProbeInstaller::Scheduler::Cron);
        QSignalSpy installed(installer.get(), &UptimeProbeInstaller::finished);
        UptimeProbeSettings settings = UptimeProbeSettings::forStack(stack);
        settings.gatewayPort = 0;
        QVERIFY(installer->install(settings).ok());
        QVERIFY(installed.wait(60000));
        const auto report = installed.takeFirst().at(0).value<UptimeProbeInstallReport>();
        QVERIFY2(report.ok, qPrintable(report.error.message));
        QCOMPARE(report.logDirectory, layout.logPath());

        QSignalSpy pulled(&source, &UptimeSource::pullFinished);
        source.pullNow(stack);
        QVERIFY(pulled.wait(30000));
        QCOMPARE(pulled.first().at(1).toString(), QString()); // no error
        UptimeStore store(dir.filePath(QStringLiteral("history")));
        QVERIFY(store.open().ok());
        const Result<ProbeResults> probes = store.probes(
            stack.id, {0, QDateTime::currentMSecsSinceEpoch() + 60'000}, QStringLiteral("postgres"));
        QVERIFY(probes.ok());
        QCOMPARE(probes.value().size(), 1);
        QCOMPARE(probes.value().first().source, UptimeStore::ServerSource);
        QVERIFY(probes.value().first().ok);
    }
};

QTEST_MAIN(TestUptimeStorePull)
#include "tst_uptimestorepull.moc"
