// SPDX-License-Identifier: GPL-3.0-or-later
// `supadesk-cli host`: this machine (--local) and the harness's sshd as a server, in JSON and as text;
// the figures are this machine's own (sysconf, statvfs), and a server that cannot be reached ends with
// a message and a non-zero status.
#include "harness/clirun.h"
#include "harness/testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QtTest>

#include <sys/statvfs.h>
#include <unistd.h>

namespace {

using Run = clirun::Result;

Run cli(const QStringList &args)
{
    return clirun::run(args, QProcessEnvironment::systemEnvironment());
}

// The figures every reading of this machine must have, whichever way it was read.
void checkThisMachine(const QJsonObject &o)
{
    const qint64 physical = qint64(sysconf(_SC_PHYS_PAGES)) * sysconf(_SC_PAGESIZE);
    QVERIFY(std::llabs(qint64(o[QStringLiteral("memory")][QStringLiteral("total_bytes")].toDouble()) -
                       physical) < sysconf(_SC_PAGESIZE));
    QCOMPARE(o[QStringLiteral("cpu")][QStringLiteral("cpus")].toInt(), int(sysconf(_SC_NPROCESSORS_ONLN)));
    const double busy = o[QStringLiteral("cpu")][QStringLiteral("busy_pct")].toDouble(-1);
    QVERIFY(busy >= 0 && busy <= 100); // two readings a second apart give a rate
    QVERIFY(!o[QStringLiteral("load")].isNull());
    struct statvfs vfs = {};
    QCOMPARE(statvfs("/", &vfs), 0);
    bool root = false;
    for (const QJsonValue &m : o[QStringLiteral("mounts")].toArray()) {
        if (m[QStringLiteral("mount")].toString() != QLatin1String("/"))
            continue;
        root = true;
        QCOMPARE(qint64(m[QStringLiteral("total_bytes")].toDouble()),
                 qint64(vfs.f_blocks) * qint64(vfs.f_frsize));
        QVERIFY(m[QStringLiteral("days_until_full")].isNull()); // two readings are no trend
    }
    QVERIFY(root);
    QVERIFY(o[QStringLiteral("server_cpu_seconds")].toDouble(-1) >= 0);
    QVERIFY(o[QStringLiteral("containers")].isArray());
    const QString docker = o[QStringLiteral("docker")].toString();
    QVERIFY2(docker == QLatin1String("unavailable") || docker == QLatin1String("not-found"),
             qPrintable(docker));
}

} // namespace

class TestHostCli : public QObject
{
    Q_OBJECT

private slots:
    void localJson()
    {
        const Run r = cli({QStringLiteral("host"), QStringLiteral("--local"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        checkThisMachine(o);
        qInfo("server-side CPU time of one host sample (local): %.3f s",
              o[QStringLiteral("server_cpu_seconds")].toDouble());
    }

    void overSsh()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "OpenSSH sshd (apt-get install openssh-server)");
        const Run r =
            cli(QStringList{QStringLiteral("host"), QStringLiteral("--json")} + clirun::sshTarget());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        checkThisMachine(o); // the harness's sshd is this machine
        QVERIFY(o[QStringLiteral("round_trip_ms")].toDouble() > 0);
        qInfo("server-side CPU time of one host sample (over SSH): %.3f s",
              o[QStringLiteral("server_cpu_seconds")].toDouble());
    }

    void text()
    {
        const Run r = cli({QStringLiteral("host"), QStringLiteral("--local")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Memory: ")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("Disk /: ")));
        QVERIFY(r.out.contains(QLatin1String("Containers: ")));
        QVERIFY(r.out.contains(QLatin1String("Cost of this reading on the server: ")));
    }

    void unreachable()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QString port = QString::number(probe.serverPort());
        probe.close(); // nothing listens there now
        const Run r = cli({QStringLiteral("host"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                           QStringLiteral("--port"), port, QStringLiteral("--user"), QStringLiteral("nobody"),
                           QStringLiteral("--timeout"), QStringLiteral("5")});
        QVERIFY(r.code != 0);
        QVERIFY(!r.err.trimmed().isEmpty());
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHostCli)
#include "tst_hostcli.moc"
