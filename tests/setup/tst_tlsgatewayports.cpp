// SPDX-License-Identifier: GPL-3.0-or-later
// The TLS steps' closing of the gateway's ports with real iptables, in a network namespace of the test's
// own that has a default route and a DOCKER-USER chain as Docker makes it: the close step adds one DROP
// rule per port on the public interface (and only once when run again), its undo removes exactly the
// rules it added and leaves one that was there before; without a DOCKER-USER chain it changes nothing.
#include "core/tls/tlssetupplan.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace supadesk;

namespace {

struct Run
{
    int code = -1;
    QString out;
};

Run sh(const QString &script)
{
    QProcess p;
    p.start(QStringLiteral("sh"), {QStringLiteral("-c"), script});
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
}

} // namespace

class TestTlsGatewayPorts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ns = QStringLiteral("sdtls%1").arg(getpid());

    Run inNs(const QString &script) const
    {
        return sh(QStringLiteral("ip netns exec %1 sh -c %2").arg(m_ns, shellQuoted(script)));
    }
    static QString shellQuoted(QString s)
    {
        return QLatin1Char('\'') + s.replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
    }
    QStringList dropRules() const
    {
        QStringList rules;
        for (const QString &line :
             inNs(QStringLiteral("iptables -S DOCKER-USER")).out.split(QLatin1Char('\n')))
            if (line.contains(QStringLiteral("-j DROP")))
                rules << line;
        return rules;
    }

private slots:
    void initTestCase()
    {
        if (geteuid() != 0 || QStandardPaths::findExecutable(QStringLiteral("iptables")).isEmpty())
            QSKIP("needs root and iptables for a network namespace");
        QVERIFY(m_dir.isValid());
        // The persisted rules, script and unit go under the test's folder, not this machine's /etc.
        qputenv("SUPADESK_DOCKER_USER_ROOT", m_dir.filePath(QStringLiteral("root")).toUtf8());
        const Run made =
            sh(QStringLiteral("ip netns add %1 && ip link add %2 type veth peer name pub0 netns %1 && "
                              "ip addr add 10.77.%3.1/30 dev %2 && ip link set %2 up && "
                              "ip netns exec %1 ip addr add 10.77.%3.2/30 dev pub0 && "
                              "ip netns exec %1 ip link set pub0 up && "
                              "ip netns exec %1 ip route add default via 10.77.%3.1")
                   .arg(m_ns, QStringLiteral("sdtlh%1").arg(getpid() % 100000))
                   .arg(getpid() % 250));
        QVERIFY2(made.code == 0, qPrintable(made.out));
    }

    void cleanupTestCase() { sh(QStringLiteral("ip netns del %1 2>/dev/null").arg(m_ns)); }

    void withoutDockerNothingChanges()
    {
        const QString state = m_dir.filePath(QStringLiteral("none"));
        const Run r = inNs(TlsSetupPlanner::closePortsCommand({8000, 8443}, state));
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("No DOCKER-USER chain")));
        QCOMPARE(inNs(TlsSetupPlanner::reopenPortsCommand({8000, 8443}, state)).code, 0);
    }

    void closeAndReopen()
    {
        QCOMPARE(inNs(QStringLiteral("iptables -N DOCKER-USER && iptables -A DOCKER-USER -j RETURN")).code,
                 0);
        // A rule for 8443 the administrator had already.
        QCOMPARE(
            inNs(QStringLiteral("iptables -I DOCKER-USER -i pub0 -p tcp -m conntrack --ctorigdstport 8443 "
                                "--ctdir ORIGINAL -j DROP"))
                .code,
            0);
        const QString state = m_dir.filePath(QStringLiteral("state/closed-ports"));
        const QString close = TlsSetupPlanner::closePortsCommand({8000, 8443}, state);
        Run r = inNs(close);
        QVERIFY2(r.code == 0, qPrintable(r.out));
        QStringList rules = dropRules();
        QCOMPARE(rules.size(), 2);
        QVERIFY2(rules.filter(QStringLiteral("--ctorigdstport 8000")).size() == 1,
                 qPrintable(rules.join('\n')));
        QVERIFY(rules.first().contains(QStringLiteral("-i pub0")));

        // Persisted for the unit that puts them back after a reboot: both ports on the public interface.
        const QString persisted = m_dir.filePath(QStringLiteral("root/etc/supadesk/docker-user.d/tls.rules"));
        QFile list(persisted);
        QVERIFY(list.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(list.readAll()), QStringLiteral("pub0 8000\npub0 8443\n"));
        list.close();
        // A reboot: the chain comes back empty; the persisted script restores both rules, once.
        QCOMPARE(inNs(QStringLiteral("iptables -F DOCKER-USER && iptables -A DOCKER-USER -j RETURN")).code,
                 0);
        QVERIFY(dropRules().isEmpty());
        const QString reapply = QStringLiteral("sh ") +
                                m_dir.filePath(QStringLiteral("root/usr/local/sbin/supadesk-docker-user"));
        QCOMPARE(inNs(reapply).code, 0);
        QCOMPARE(inNs(reapply).code, 0);
        QCOMPARE(dropRules().size(), 2);
        // As before the reboot, with the administrator's own 8443 rule.
        QCOMPARE(
            inNs(QStringLiteral("iptables -D DOCKER-USER -i pub0 -p tcp -m conntrack --ctorigdstport 8000 "
                                "--ctdir ORIGINAL -j DROP"))
                .code,
            0);
        QCOMPARE(inNs(close).code, 0);
        QCOMPARE(dropRules().size(), 2);

        r = inNs(TlsSetupPlanner::reopenPortsCommand({8000, 8443}, state));
        QVERIFY2(r.code == 0, qPrintable(r.out));
        rules = dropRules();
        QCOMPARE(rules.size(), 1); // the administrator's own stays
        QVERIFY(rules.first().contains(QStringLiteral("--ctorigdstport 8443")));
        QVERIFY(!QFile::exists(state));
        QVERIFY(!QFile::exists(persisted));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("root/usr/local/sbin/supadesk-docker-user"))));

        // Closed twice (an apply after an earlier one): nothing doubles, and the second run's undo
        // removes nothing, since it added nothing.
        QCOMPARE(inNs(close).code, 0);
        QCOMPARE(dropRules().size(), 2);
        QCOMPARE(inNs(close).code, 0);
        QCOMPARE(dropRules().size(), 2);
        QCOMPARE(inNs(TlsSetupPlanner::reopenPortsCommand({8000, 8443}, state)).code, 0);
        QCOMPARE(dropRules().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTlsGatewayPorts)
#include "tst_tlsgatewayports.moc"
