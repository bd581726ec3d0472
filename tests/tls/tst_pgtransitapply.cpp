// SPDX-License-Identifier: GPL-3.0-or-later
// The Setup wizard's "database in transit" steps (PgTransitPlanner) run as the applier runs them, on a
// real PostgreSQL 15 cluster the test owns: before, a client from a non-local address (a network
// namespace of the test's own) connects unencrypted and the audit's pg-ssl check fails; after the
// steps, the plain connection is refused, an SSL one works and shows the certificate whose fingerprint
// the step printed (the pin), a TCP connection from loopback (where Supadesk's SSH tunnel arrives)
// still works, and pg-ssl passes; the undo steps, run in reverse, bring back the state before.
#include "core/audit/databaseauditevaluator.h"
#include "core/setup/altersystemundo.h"
#include "core/tls/pgtransitplan.h"
#include "setup/scratchpostgres.h"
#include "tlstesthelpers.h"

#include <QtTest>

#include <unistd.h>

using namespace supadesk;
using namespace tlstest;

class TstPgTransitApply : public QObject
{
    Q_OBJECT

    ScratchPostgres m_pg;
    QString m_ns;
    QString m_hostIf;
    QString m_serverIp;
    int m_port = 0;

    static Run sh(const QString &script) { return run(QStringLiteral("sh"), {QStringLiteral("-c"), script}); }

    QString psqlCommand() const
    {
        return QStringLiteral(
                   "runuser -u postgres -- %1 -h %2 -p %3 -U postgres -d postgres -v ON_ERROR_STOP=1 "
                   "-X -q")
            .arg(ScratchPostgres::bin(QStringLiteral("psql")), m_pg.socketDir())
            .arg(m_port);
    }

    Run local(const QString &sql) const
    {
        return sh(psqlCommand() + QStringLiteral(" -At -c \"") + sql + "\"");
    }

    // psql over TCP from `ns` (empty: this host's loopback) to `host`.
    Run client(const QString &ns, const QString &host, const QString &sslmode) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("transit-test-password"));
        env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
        QStringList args{ScratchPostgres::bin(QStringLiteral("psql")),
                         QStringLiteral("-X"),
                         QStringLiteral("-At"),
                         QStringLiteral("host=%1 port=%2 user=postgres dbname=postgres sslmode=%3")
                             .arg(host)
                             .arg(m_port)
                             .arg(sslmode),
                         QStringLiteral("-c"),
                         QStringLiteral("select ssl from pg_stat_ssl where pid = pg_backend_pid()")};
        if (!ns.isEmpty())
            args = QStringList{QStringLiteral("netns"), QStringLiteral("exec"), ns} + args;
        return run(ns.isEmpty() ? args.takeFirst() : QStringLiteral("ip"), args, env, {}, 30000);
    }

    // The audit's pg-ssl check on the facts as its collector reads them (same query, same evaluator).
    AuditStatus auditPgSsl() const
    {
        SslFacts f;
        f.ssl = local(QStringLiteral("show ssl")).out.trimmed();
        const Run hba = local(QStringLiteral(
            "SELECT line_number, type, array_to_string(database, ','), array_to_string(user_name, ','), "
            "coalesce(address, ''), coalesce(netmask, ''), coalesce(auth_method, '') FROM pg_hba_file_rules "
            "WHERE error IS NULL ORDER BY line_number"));
        QList<HbaRuleFact> rules;
        for (const QString &line : hba.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList c = line.split(QLatin1Char('|'));
            if (c.size() == 7)
                rules << HbaRuleFact{
                    c[0].toInt(), c[1], c[2].split(QLatin1Char(',')), c[3].split(QLatin1Char(',')), c[4],
                    c[5],         c[6]};
        }
        f.hbaRules = rules;
        return DatabaseAuditEvaluator::pgSsl(f).status;
    }

    // What the applier does with a step: capture the undo of a RunSql, then run it through sh.
    Run apply(ApplyStep &step)
    {
        if (!step.undoCaptureSql.isEmpty()) {
            const Run capture =
                sh(ApplyStep::withHereDoc(step.command + QStringLiteral(" -At"), step.undoCaptureSql));
            if (capture.code != 0)
                return capture;
            if (const QString undo = AlterSystemUndo::undoSql(capture.out); !undo.isEmpty())
                step.undoSql = undo;
        }
        return sh(step.remoteCommand());
    }

    void plainFromOutside(bool works)
    {
        const Run plain = client(m_ns, m_serverIp, QStringLiteral("disable"));
        if (works) {
            QVERIFY2(plain.code == 0, qPrintable(plain.err));
            QCOMPARE(plain.out.trimmed(), QStringLiteral("f"));
        } else {
            QVERIFY(plain.code != 0);
            QVERIFY2(plain.err.contains(QStringLiteral("no encryption")), qPrintable(plain.err));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(::geteuid() == 0, "the test builds a network namespace and needs root");
        const int id = int(::getpid() % 200) + 20;
        m_ns = QStringLiteral("sdpgtr%1").arg(id);
        m_hostIf = QStringLiteral("sdpgth%1").arg(id);
        m_serverIp = QStringLiteral("10.232.%1.1").arg(id);
        sh(QStringLiteral("ip netns del %1 2>/dev/null; ip link del %2 2>/dev/null").arg(m_ns, m_hostIf));
        const Run net =
            sh(QStringLiteral("set -e\nip netns add %1\n"
                              "ip link add %2 type veth peer name eth0 netns %1\n"
                              "ip addr add 10.232.%3.1/30 dev %2\nip link set %2 up\n"
                              "ip netns exec %1 ip addr add 10.232.%3.2/30 dev eth0\n"
                              "ip netns exec %1 ip link set eth0 up\nip netns exec %1 ip link set lo up\n")
                   .arg(m_ns, m_hostIf)
                   .arg(id));
        QVERIFY2(net.code == 0, qPrintable(net.err));

        QVERIFY(m_pg.isValid());
        QVERIFY2(m_pg.init(), qPrintable(m_pg.lastError()));
        m_port = freePort();
        QVERIFY(m_pg.writeTuning(
            QStringLiteral("listen_addresses = '127.0.0.1,%1'\nport = %2\n").arg(m_serverIp).arg(m_port)));
        // Supabase's image's rules, in substance: nothing asks for SSL.
        QVERIFY(writeFile(m_pg.dataDir() + QStringLiteral("/pg_hba.conf"),
                          "# Supabase's rules\nlocal all all trust\n"
                          "host all all 127.0.0.1/32 scram-sha-256\n"
                          "host all all 172.16.0.0/12 scram-sha-256\n"
                          "host all all 0.0.0.0/0 md5\n"));
        ScratchPostgres::handOver(m_pg.dataDir() + QStringLiteral("/pg_hba.conf"));
        QVERIFY(m_pg.start());
        QCOMPARE(local(QStringLiteral("alter role postgres password 'transit-test-password'")).code, 0);
        QCOMPARE(local(QStringLiteral("show ssl")).out.trimmed(), QStringLiteral("off"));
    }

    void stepsTurnSslOnAndUndoThem()
    {
        plainFromOutside(true);
        QCOMPARE(auditPgSsl(), AuditStatus::Fail);

        PgTransitInput input;
        input.options.enabled = true;
        input.psqlCommand = psqlCommand();
        input.dbShell.clear(); // the cluster's files are on this host
        input.certificateName = QStringLiteral("db.supadesk.test");
        const Run read = sh(PgTransitPlanner::readCommand(input.psqlCommand, input.dbShell));
        QVERIFY2(read.code == 0, qPrintable(read.err));
        PgTransitPlanner::parseRead(read.out, &input.hbaPath, &input.hbaText);
        QCOMPARE(input.hbaPath, m_pg.dataDir() + QStringLiteral("/pg_hba.conf"));
        QVERIFY(input.hbaText.contains(QStringLiteral("0.0.0.0/0 md5")));

        ApplyPlan plan;
        QVERIFY(PgTransitPlanner::appendSteps(plan, input).ok());
        QCOMPARE(plan.size(), 3);
        QCOMPARE(plan.steps().at(0).id, QStringLiteral("pg-ssl-certificate"));
        QCOMPARE(plan.steps().at(2).id, QStringLiteral("pg-ssl-hba"));

        const Run certificate = apply(plan.steps()[0]);
        QVERIFY2(certificate.code == 0, qPrintable(certificate.err));
        const QString pin = PgTransitPlanner::fingerprint(certificate.out);
        QVERIFY2(!pin.isEmpty(), qPrintable(certificate.out));
        const Run settings = apply(plan.steps()[1]);
        QVERIFY2(settings.code == 0, qPrintable(settings.err));
        QVERIFY(plan.steps().at(1).undoSql.contains(QStringLiteral("ALTER SYSTEM RESET ssl;")));
        const Run hba = apply(plan.steps()[2]);
        QVERIFY2(hba.code == 0, qPrintable(hba.err));
        QCOMPARE(local(QStringLiteral("show ssl")).out.trimmed(), QStringLiteral("on"));

        // From outside: SSL or nothing.
        plainFromOutside(false);
        const Run secure = client(m_ns, m_serverIp, QStringLiteral("require"));
        QVERIFY2(secure.code == 0, qPrintable(secure.err));
        QCOMPARE(secure.out.trimmed(), QStringLiteral("t"));
        // The certificate served is the pinned one.
        const Run served =
            sh(QStringLiteral("ip netns exec %1 openssl s_client -starttls postgres -connect %2:%3 "
                              "</dev/null 2>/dev/null | openssl x509 -noout -fingerprint -sha256")
                   .arg(m_ns, m_serverIp)
                   .arg(m_port));
        QCOMPARE(PgTransitPlanner::fingerprint(served.out), pin);
        // Where the SSH tunnel arrives (loopback on the server), plain TCP still works.
        const Run tunnel = client(QString(), QStringLiteral("127.0.0.1"), QStringLiteral("disable"));
        QVERIFY2(tunnel.code == 0, qPrintable(tunnel.err));
        QCOMPARE(tunnel.out.trimmed(), QStringLiteral("f"));
        QCOMPARE(auditPgSsl(), AuditStatus::Pass);

        // A pg_hba.conf changed since it was read is left alone.
        ApplyStep stale = plan.steps().at(2);
        const Run refused = sh(stale.remoteCommand());
        QVERIFY(refused.code != 0);
        QVERIFY2(refused.err.contains(QStringLiteral("changed since it was read")), qPrintable(refused.err));

        // The rollback, in reverse.
        for (int i = plan.size() - 1; i >= 0; --i) {
            const Run undo = sh(plan.steps().at(i).remoteUndoCommand());
            QVERIFY2(undo.code == 0, qPrintable(plan.steps().at(i).id + QLatin1Char(' ') + undo.err));
        }
        QTRY_COMPARE_WITH_TIMEOUT(local(QStringLiteral("show ssl")).out.trimmed(), QStringLiteral("off"),
                                  5000);
        QCOMPARE(QString::fromUtf8(readFile(input.hbaPath)), input.hbaText);
        QVERIFY(!QFile::exists(m_pg.dataDir() + QLatin1Char('/') + PgTransitPlanner::keyFile()));
        plainFromOutside(true);
    }

    void cleanupTestCase()
    {
        m_pg.stop();
        if (!m_ns.isEmpty())
            sh(QStringLiteral("ip netns del %1 2>/dev/null; ip link del %2 2>/dev/null").arg(m_ns, m_hostIf));
    }
};

QTEST_GUILESS_MAIN(TstPgTransitApply)
#include "tst_pgtransitapply.moc"
