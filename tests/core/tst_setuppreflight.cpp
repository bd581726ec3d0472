// SPDX-License-Identifier: GPL-3.0-or-later
// Preflight on captured answers of real servers: the batch's output is parsed into facts, and the
// facts are measured against the production minimum (4 vCPU, 8 GB RAM, 100 GB SSD, Ubuntu 22.04 /
// Debian 11+, Docker 20.10+ with compose v2). Missing tools are findings, never errors.
#include "core/setup/hostfactsparser.h"
#include "core/setup/preflightevaluator.h"
#include "core/shellquote.h"

#include <QFile>
#include <QtTest>

using namespace supadesk;
using Level = PreflightFinding::Level;

namespace {

QByteArray composeExcerpt()
{
    QFile file(QStringLiteral(SUPADESK_TEST_DATA_DIR "/setup/docker-compose.excerpt.yml"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read docker-compose.excerpt.yml");
    return file.readAll();
}

QByteArray section(const char *name, const QByteArray &body, int rc = 0)
{
    QByteArray out = QByteArray("@@section ") + name + '\n' + body;
    // As the batch prints it: the marker starts on a line of its own after a newline of its own.
    out += QByteArray("\n@@rc ") + name + ' ' + QByteArray::number(rc) + '\n';
    return out;
}

// A production-sized Ubuntu 22.04 server with Supabase installed, as the batch reports it.
QByteArray ubuntu2204()
{
    return section("nproc", "4\n") +
           section("meminfo", "MemTotal:       16376200 kB\nMemFree:         9123456 kB\n"
                              "MemAvailable:   14512344 kB\nBuffers:          234567 kB\n"
                              "SwapTotal:       2097148 kB\nSwapFree:        2097148 kB\n") +
           section("diskpath", "/opt/supabase/supabase/docker\n") +
           section("df", "Filesystem        1-blocks        Used    Available Capacity Mounted on\n"
                         "/dev/sda1     165164584960 12345678848 152802041856       8% /\n") +
           section("lsblkdev", "   0\n") +
           section("lsblk", "loop0    0 loop\nsda      0 disk\nsr0      1 rom\n") +
           section("osrelease",
                   "PRETTY_NAME=\"Ubuntu 22.04.4 LTS\"\nNAME=\"Ubuntu\"\nVERSION_ID=\"22.04\"\n"
                   "VERSION=\"22.04.4 LTS (Jammy Jellyfish)\"\nVERSION_CODENAME=jammy\nID=ubuntu\n"
                   "ID_LIKE=debian\n") +
           section("uname", "5.15.0-105-generic\n") + section("dockerclient", "24.0.7\n") +
           section("dockerserver", "24.0.7\n") + section("composeversion", "2.21.0\n") +
           section("composelegacy", "", 127) +
           section("daemonjson",
                   "{\n  \"log-driver\": \"json-file\",\n  \"log-opts\": {\"max-size\": \"10m\", "
                   "\"max-file\": \"3\"}\n}\n") +
           section("ss", "State  Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess\n"
                         "LISTEN 0      4096   127.0.0.53%lo:53         0.0.0.0:*\n"
                         "LISTEN 0      128          0.0.0.0:22         0.0.0.0:*\n"
                         "LISTEN 0      4096         0.0.0.0:80         0.0.0.0:*\n"
                         "LISTEN 0      4096         0.0.0.0:443        0.0.0.0:*\n"
                         "LISTEN 0      4096         0.0.0.0:5432       0.0.0.0:*\n"
                         "LISTEN 0      4096         0.0.0.0:6543       0.0.0.0:*\n"
                         "LISTEN 0      4096       127.0.0.1:8000       0.0.0.0:*\n"
                         "LISTEN 0      128             [::]:22            [::]:*\n"
                         "LISTEN 0      4096            [::]:5432          [::]:*\n") +
           section("timedatectl", "NTP=yes\nNTPSynchronized=yes\n") + section("chrony", "", 127) +
           section("installdir", "/opt/supabase/supabase/docker\n") +
           section("install", "dir\nenv\ncompose\n") + section("compose", composeExcerpt()) +
           section("composeoverride", "", 1) + section("id", "0\n") + section("user", "root\n") +
           section("sudo", "", 0) + section("ufw", "/usr/sbin/ufw\n");
}

// A small Debian 12 VPS without Docker, on a spinning disk, reached as an ordinary user without sudo.
QByteArray debian12Small()
{
    return section("nproc", "2\n") +
           section("meminfo", "MemTotal:        4013364 kB\nMemFree:          3123456 kB\n"
                              "MemAvailable:     3712344 kB\nSwapTotal:              0 kB\n") +
           section("diskpath", "/opt\n") +
           section("df", "Filesystem     1-blocks       Used   Available Capacity Mounted on\n"
                         "/dev/vda1   42141548544 2841548544 37141548544       8% /\n") +
           section("lsblkdev", "   1\n") + section("lsblk", "vda    1 disk\n") +
           section("osrelease", "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nNAME=\"Debian GNU/Linux\"\n"
                                "VERSION_ID=\"12\"\nVERSION=\"12 (bookworm)\"\nVERSION_CODENAME=bookworm\n"
                                "ID=debian\n") +
           section("uname", "6.1.0-18-amd64\n") + section("dockerclient", "", 127) +
           section("dockerserver", "", 127) + section("composeversion", "", 127) +
           section("composelegacy", "", 127) + section("daemonjson", "", 1) +
           section("ss", "State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess\n"
                         "LISTEN 0      128          0.0.0.0:22        0.0.0.0:*\n"
                         "LISTEN 0      128             [::]:22           [::]:*\n") +
           section("timedatectl", "NTP=no\nNTPSynchronized=no\n") +
           section("chrony", "Reference ID    : A9FEA97B (169.254.169.123)\nStratum         : 4\n"
                             "Leap status     : Normal\n") +
           section("installdir", "/opt/supabase/supabase/docker\n") + section("install", "") +
           section("compose", "", 1) + section("composeoverride", "", 1) + section("id", "1000\n") +
           section("user", "deploy\n") + section("sudo", "", 1) + section("ufw", "", 127);
}

const PreflightFinding *find(const PreflightFindings &findings, const QString &prefix)
{
    for (const PreflightFinding &f : findings)
        if (f.code == prefix || f.code.startsWith(prefix + QLatin1Char('.')))
            return &f;
    return nullptr;
}

} // namespace

class TestSetupPreflight : public QObject
{
    Q_OBJECT

private slots:
    void parsesAnUbuntu2204Server()
    {
        const HostFacts f = HostFactsParser::parse(ubuntu2204());
        QCOMPARE(f.cpus, 4);
        QCOMPARE(f.memTotalKb, 16376200);
        QCOMPARE(f.ramMb(), 15992);
        QCOMPARE(f.swapTotalKb, 2097148);
        QCOMPARE(f.diskDevice, QStringLiteral("/dev/sda1"));
        QCOMPARE(f.diskMountPoint, QStringLiteral("/"));
        QCOMPARE(f.diskTotalBytes, 165164584960LL);
        QCOMPARE(f.diskFreeBytes, 152802041856LL);
        QCOMPARE(f.rotational, std::optional<bool>(false));
        QCOMPARE(f.osId, QStringLiteral("ubuntu"));
        QCOMPARE(f.osVersionId, QStringLiteral("22.04"));
        QCOMPARE(f.osPrettyName, QStringLiteral("Ubuntu 22.04.4 LTS"));
        QCOMPARE(f.kernel, QStringLiteral("5.15.0-105-generic"));
        QCOMPARE(f.dockerServerVersion, QStringLiteral("24.0.7"));
        QCOMPARE(f.composeVersion, QStringLiteral("2.21.0"));
        QVERIFY(f.legacyComposeVersion.isEmpty());
        QCOMPARE(f.logMaxSize, QStringLiteral("10m"));
        QCOMPARE(f.logMaxFile, QStringLiteral("3"));
        QVERIFY(f.listeningKnown);
        QVERIFY(f.listening.contains(ListeningSocket{QStringLiteral("127.0.0.53"), 53}));
        QVERIFY(f.listening.contains(ListeningSocket{QStringLiteral("::"), 5432}));
        QCOMPARE(f.timeSynchronized, std::optional<bool>(true));
        QCOMPARE(f.timeSource, QStringLiteral("timedatectl"));
        QCOMPARE(f.installDir, QStringLiteral("/opt/supabase/supabase/docker"));
        QVERIFY(f.installDirExists && f.envExists && f.composeExists && !f.composeOverrideExists);
        QCOMPARE(f.pooler, PoolerKind::Supavisor);
        QVERIFY(f.composeHasDb);
        QVERIFY(f.composeServices.contains(QStringLiteral("kong")));
        QVERIFY(f.isRoot());
        QVERIFY(f.ufwInstalled);
        QCOMPARE(f.missingTools, QStringList({QStringLiteral("chronyc"), QStringLiteral("docker-compose")}));
    }

    void productionUbuntuIsGreenExceptThePublishedDatabasePorts()
    {
        const PreflightFindings findings = PreflightEvaluator::evaluate(HostFactsParser::parse(ubuntu2204()));
        QStringList notGreen;
        for (const PreflightFinding &f : findings) {
            QVERIFY2(!f.title.isEmpty() && !f.observed.isEmpty(), qPrintable(f.code));
            if (f.level != Level::Green) {
                notGreen << f.code;
                QVERIFY2(!f.reason.isEmpty() && !f.fix.isEmpty(), qPrintable(f.code));
            }
        }
        QCOMPARE(notGreen, QStringList{QStringLiteral("preflight.ports.exposed")});
        QVERIFY(
            find(findings, QStringLiteral("preflight.ports"))->reason.contains(QStringLiteral("5432, 6543")));
        QCOMPARE(find(findings, QStringLiteral("preflight.pooler"))->observed,
                 QStringLiteral("db and Supavisor"));
        QCOMPARE(PreflightEvaluator::worst(findings), Level::Amber);
    }

    void smallDebianWithoutDockerGetsAFixForEveryShortcoming()
    {
        const HostFacts f = HostFactsParser::parse(debian12Small());
        QCOMPARE(f.rotational, std::optional<bool>(true));
        QCOMPARE(f.timeSynchronized, std::optional<bool>(true)); // chrony knows better than timedatectl
        QCOMPARE(f.timeSource, QStringLiteral("chrony"));
        QVERIFY(!f.installDirExists);
        QCOMPARE(f.pooler, PoolerKind::Unknown);
        QVERIFY(!f.canAdminister());
        QVERIFY(f.missingTools.contains(QStringLiteral("docker")));

        const PreflightFindings findings = PreflightEvaluator::evaluate(f);
        const QList<std::pair<const char *, Level>> expected{
            {"preflight.cpu", Level::Amber},
            {"preflight.ram", Level::Amber},
            {"preflight.disk.size", Level::Amber},
            {"preflight.disk.free", Level::Green},
            {"preflight.disk.type", Level::Amber},
            {"preflight.os", Level::Green},
            {"preflight.kernel", Level::Green},
            {"preflight.docker.missing", Level::Red},
            {"preflight.compose.missing", Level::Red},
            {"preflight.logrotation.missing", Level::Amber},
            {"preflight.ports", Level::Green},
            {"preflight.time", Level::Green},
            {"preflight.installdir.missing", Level::Amber},
            {"preflight.privileges.nosudo", Level::Red},
            {"preflight.firewall.missing", Level::Amber},
        };
        QCOMPARE(findings.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(findings.at(i).code, QString::fromLatin1(expected.at(i).first));
            QCOMPARE(int(findings.at(i).level), int(expected.at(i).second));
            if (findings.at(i).level != Level::Green)
                QVERIFY2(!findings.at(i).fix.isEmpty(), expected.at(i).first);
        }
        QCOMPARE(findings.at(0).observed, QStringLiteral("2 vCPU(s)"));
        QCOMPARE(PreflightEvaluator::worst(findings), Level::Red);
        // No root and no sudo: red, naming the user in what was seen and in the fix.
        QCOMPARE(f.userName, QStringLiteral("deploy"));
        const PreflightFinding *privileges = find(findings, QStringLiteral("preflight.privileges"));
        QCOMPARE(privileges->observed, QStringLiteral("deploy: not root, no sudo without a password"));
        QVERIFY(privileges->fix.contains(QStringLiteral("NOPASSWD")));
        QVERIFY(privileges->fix.contains(QStringLiteral("deploy ALL=(ALL) NOPASSWD: ALL")));
        QVERIFY(privileges->fix.contains(QStringLiteral("log in as root")));

        const HostProfile profile = PreflightEvaluator::suggestedProfile(f);
        QCOMPARE(profile.cpus, 2);
        QCOMPARE(profile.ramMb, 3919);
        QCOMPARE(profile.storage, StorageKind::Hdd);
    }

    // A server that answered almost nothing (a minimal container, a broken PATH) is still evaluated:
    // every unknown fact is an amber or red finding with a fix.
    void emptyAnswerGivesUnknownFindingsNotErrors()
    {
        const HostFacts f = HostFactsParser::parse(QByteArray("garbage\n@@rc nothing 0\n"));
        QCOMPARE(f.cpus, 0);
        QVERIFY(!f.rotational);
        const PreflightFindings findings = PreflightEvaluator::evaluate(f);
        QVERIFY(findings.size() >= 14);
        for (const PreflightFinding &finding : findings) {
            QVERIFY2(finding.level != Level::Green || finding.code == QLatin1String("preflight.ports") ||
                         finding.code == QLatin1String("preflight.disk.type"),
                     qPrintable(finding.code));
            if (finding.level != Level::Green)
                QVERIFY2(!finding.fix.isEmpty(), qPrintable(finding.code));
        }
    }

    void dockerWithoutDaemonAndOnlyComposeV1()
    {
        // What Debian's docker.io client prints without a running daemon, and Debian's docker-compose 1.29.
        const QByteArray out =
            section("dockerclient", "20.10.24+dfsg1\n") +
            section("dockerserver",
                    "\nCannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the "
                    "docker daemon running?\n",
                    1) +
            section("composeversion", "docker: 'compose' is not a docker command.\nSee 'docker --help'\n",
                    1) +
            section("composelegacy", "1.29.2\n") + section("daemonjson", "{ \"log-driver\": \"local\" }\n");
        const HostFacts f = HostFactsParser::parse(out);
        QCOMPARE(f.dockerClientVersion, QStringLiteral("20.10.24+dfsg1"));
        QVERIFY(f.dockerServerVersion.isEmpty());
        QVERIFY(f.dockerError.startsWith(QStringLiteral("Cannot connect to the Docker daemon")));
        QVERIFY(f.composeVersion.isEmpty());
        QCOMPARE(f.legacyComposeVersion, QStringLiteral("1.29.2"));
        const PreflightFindings findings = PreflightEvaluator::evaluate(f);
        QCOMPARE(find(findings, QStringLiteral("preflight.docker"))->code,
                 QStringLiteral("preflight.docker.daemon"));
        QCOMPARE(find(findings, QStringLiteral("preflight.docker"))->level, Level::Amber);
        QCOMPARE(find(findings, QStringLiteral("preflight.compose"))->code,
                 QStringLiteral("preflight.compose.v1"));
        QCOMPARE(find(findings, QStringLiteral("preflight.compose"))->level, Level::Red);
        QCOMPARE(find(findings, QStringLiteral("preflight.logrotation"))->level, Level::Green);
    }

    void oldDockerAndBrokenDaemonJsonAreRed()
    {
        const QByteArray out = section("dockerclient", "19.03.13\n") + section("dockerserver", "19.03.13\n") +
                               section("composeversion", "v2.3.3\n") +
                               section("daemonjson", "{ \"log-opts\": { ,\n");
        const PreflightFindings findings = PreflightEvaluator::evaluate(HostFactsParser::parse(out));
        QCOMPARE(find(findings, QStringLiteral("preflight.docker"))->code,
                 QStringLiteral("preflight.docker.old"));
        QCOMPARE(find(findings, QStringLiteral("preflight.docker"))->level, Level::Red);
        QCOMPARE(find(findings, QStringLiteral("preflight.compose"))->level, Level::Green);
        QCOMPARE(find(findings, QStringLiteral("preflight.logrotation"))->code,
                 QStringLiteral("preflight.logrotation.invalid"));
    }

    void operatingSystems_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("version");
        QTest::addColumn<int>("level");
        QTest::newRow("ubuntu 24.04") << "ubuntu"
                                      << "24.04" << int(Level::Green);
        QTest::newRow("ubuntu 22.04") << "ubuntu"
                                      << "22.04" << int(Level::Green);
        QTest::newRow("ubuntu 20.04") << "ubuntu"
                                      << "20.04" << int(Level::Red);
        QTest::newRow("debian 11") << "debian"
                                   << "11" << int(Level::Green);
        QTest::newRow("debian 10") << "debian"
                                   << "10" << int(Level::Red);
        QTest::newRow("rocky 9") << "rocky"
                                 << "9.3" << int(Level::Amber);
    }
    void operatingSystems()
    {
        QFETCH(QString, id);
        QFETCH(QString, version);
        QFETCH(int, level);
        const QByteArray out = section(
            "osrelease",
            QStringLiteral("ID=%1\nVERSION_ID=\"%2\"\nPRETTY_NAME=\"%1 %2\"\n").arg(id, version).toUtf8());
        const PreflightFindings findings = PreflightEvaluator::evaluate(HostFactsParser::parse(out));
        QCOMPARE(int(find(findings, QStringLiteral("preflight.os"))->level), level);
    }

    void sizes_data()
    {
        QTest::addColumn<int>("cpus");
        QTest::addColumn<qint64>("memKb");
        QTest::addColumn<qint64>("diskBytes");
        QTest::addColumn<QString>("expected"); // levels of cpu, ram, disk.size: g/a/r
        // An "8 GB" server reports about 7.6 GiB: it meets the minimum.
        QTest::newRow("minimum as sold") << 4 << qint64(7'990'000) << qint64(98'000'000'000) << "ggg";
        QTest::newRow("large") << 32 << qint64(263'000'000) << qint64(2'000'000'000'000) << "ggg";
        QTest::newRow("staging") << 2 << qint64(3'900'000) << qint64(60'000'000'000) << "aaa";
        QTest::newRow("tiny") << 1 << qint64(1'000'000) << qint64(20'000'000'000) << "rrr";
    }
    void sizes()
    {
        QFETCH(int, cpus);
        QFETCH(qint64, memKb);
        QFETCH(qint64, diskBytes);
        QFETCH(QString, expected);
        HostFacts f;
        f.cpus = cpus;
        f.memTotalKb = memKb;
        f.diskTotalBytes = diskBytes;
        f.diskFreeBytes = diskBytes / 2;
        const PreflightFindings findings = PreflightEvaluator::evaluate(f);
        const QString keys = QStringLiteral("gar");
        QString got;
        for (const char *code : {"preflight.cpu", "preflight.ram", "preflight.disk.size"})
            got += keys.at(int(find(findings, QString::fromLatin1(code))->level));
        QCOMPARE(got, expected);
    }

    void listeningSockets_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("isPublic");
        QTest::newRow("ipv4 any") << "LISTEN 0 4096 0.0.0.0:5432 0.0.0.0:*"
                                  << "0.0.0.0" << 5432 << true;
        QTest::newRow("loopback") << "LISTEN 0 4096 127.0.0.1:6543 0.0.0.0:*"
                                  << "127.0.0.1" << 6543 << false;
        QTest::newRow("ipv6 any") << "LISTEN 0 128 [::]:22 [::]:*"
                                  << "::" << 22 << true;
        QTest::newRow("ipv6 loopback") << "LISTEN 0 128 [::1]:5432 [::]:*"
                                       << "::1" << 5432 << false;
        QTest::newRow("interface") << "LISTEN 0 4096 127.0.0.53%lo:53 0.0.0.0:*"
                                   << "127.0.0.53" << 53 << false;
        QTest::newRow("star") << "LISTEN 0 4096 *:8000 *:*"
                              << "*" << 8000 << true;
    }
    void listeningSockets()
    {
        QFETCH(QString, line);
        QFETCH(QString, address);
        QFETCH(int, port);
        QFETCH(bool, isPublic);
        const QList<ListeningSocket> sockets = HostFactsParser::parseListening(
            QStringLiteral("State Recv-Q Send-Q Local Address:Port\n") + line);
        QCOMPARE(sockets.size(), 1);
        QCOMPARE(sockets.first().address, address);
        QCOMPARE(sockets.first().port, port);
        QCOMPARE(sockets.first().isPublic(), isPublic);
    }

    void composePooler()
    {
        QStringList services;
        bool db = false;
        QCOMPARE(HostFactsParser::poolerOf(QString::fromUtf8(composeExcerpt()), &services, &db),
                 PoolerKind::Supavisor);
        QVERIFY(db);
        QCOMPARE(services.first(), QStringLiteral("studio"));
        QVERIFY(services.contains(QStringLiteral("supavisor")));
        QVERIFY(!services.contains(QStringLiteral("image")));

        const QString bouncer =
            QStringLiteral("name: x\nservices:\n  db:\n    image: supabase/postgres:15.8.1\n"
                           "  pooler:\n    image: edoburu/pgbouncer:1.22\n    ports:\n"
                           "      - 6543:6543\nvolumes:\n  db:\n");
        services.clear();
        QCOMPARE(HostFactsParser::poolerOf(bouncer, &services, &db), PoolerKind::PgBouncer);
        QCOMPARE(services, QStringList({QStringLiteral("db"), QStringLiteral("pooler")}));

        const QString noDb = QStringLiteral("services:\n  web:\n    image: nginx\n");
        QCOMPARE(HostFactsParser::poolerOf(noDb, nullptr, &db), PoolerKind::None);
        QVERIFY(!db);
        HostFacts f;
        f.composeExists = true;
        f.composeHasDb = false;
        const PreflightFindings findings = PreflightEvaluator::evaluate(f);
        QCOMPARE(find(findings, QStringLiteral("preflight.composefile"))->code,
                 QStringLiteral("preflight.composefile.nodb"));
        QCOMPARE(find(findings, QStringLiteral("preflight.composefile"))->level, Level::Red);
    }

    void versionsCompareNumerically()
    {
        QVERIFY(PreflightEvaluator::compareVersions(QStringLiteral("20.10.24+dfsg1"),
                                                    QStringLiteral("20.10")) >= 0);
        QVERIFY(PreflightEvaluator::compareVersions(QStringLiteral("9.10"), QStringLiteral("20.10")) < 0);
        QVERIFY(PreflightEvaluator::compareVersions(QStringLiteral("24.0.7"), QStringLiteral("20.10")) > 0);
        QVERIFY(PreflightEvaluator::compareVersions(QStringLiteral("2.24.6-desktop.1"), QStringLiteral("2")) >
                0);
        QCOMPARE(PreflightEvaluator::compareVersions(QStringLiteral("22.04"), QStringLiteral("22.04")), 0);
    }

    void batchIsPlainShAndQuotesTheInstallDir()
    {
        const QString command = HostFactsParser::command(QStringLiteral("/srv/it's here"));
        QVERIFY(command.contains(QStringLiteral("d='/srv/it'\\''s here'")));
        QVERIFY(!command.contains(QStringLiteral("[[")));
        QCOMPARE(shellQuote(QStringLiteral("a'b")), QStringLiteral("'a'\\''b'"));
    }
};

QTEST_GUILESS_MAIN(TestSetupPreflight)
#include "tst_setuppreflight.moc"
