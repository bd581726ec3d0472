// SPDX-License-Identifier: GPL-3.0-or-later
// PostgreSQL in transit with the generated settings: a scratch cluster gets PgSslConfig's ssl lines and
// Supabase's pg_hba.conf rewritten by PgSslConfig::requireSsl, and a client in a network namespace of
// the test's own (a real non-local address, 10.x) connects with sslmode=require and a SCRAM password,
// while a plain connection is refused. Before the rewrite the same plain connection works, so the
// refusal is the rewrite's doing.
#include "core/tls/pgsslconfig.h"
#include "setup/scratchpostgres.h"
#include "tlstesthelpers.h"

#include <QtTest>

#include <unistd.h>

using namespace supadesk;
using namespace tlstest;

class TstTlsPostgres : public QObject
{
    Q_OBJECT

    ScratchPostgres m_pg;
    QString m_ns;
    QString m_hostIf;
    QString m_serverIp;
    int m_port = 0;

    static bool sh(const QString &script, QString *error = nullptr)
    {
        const Run r = run(QStringLiteral("sh"), {QStringLiteral("-ec"), script});
        if (r.code != 0 && error)
            *error = r.err;
        return r.code == 0;
    }

    // psql from inside the namespace; the password comes in the environment, never on the command line.
    Run clientQuery(const QString &sslmode) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("tls-test-password"));
        env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
        return run(QStringLiteral("ip"),
                   {QStringLiteral("netns"), QStringLiteral("exec"), m_ns,
                    ScratchPostgres::bin(QStringLiteral("psql")), QStringLiteral("-X"), QStringLiteral("-At"),
                    QStringLiteral("host=%1 port=%2 user=postgres dbname=postgres sslmode=%3")
                        .arg(m_serverIp)
                        .arg(m_port)
                        .arg(sslmode),
                    QStringLiteral("-c"),
                    QStringLiteral("select ssl, version from pg_stat_ssl where pid = pg_backend_pid()")},
                   env, {}, 30000);
    }

    // psql through the cluster's socket (its name carries the port).
    Run local(const QString &sql) const
    {
        const ScratchPostgres::Run r = m_pg.psql({sql}, {QStringLiteral("-p"), QString::number(m_port)});
        return {r.code, r.out, r.err};
    }

    bool writeHba(const QString &text)
    {
        const QString file = m_pg.dataDir() + QStringLiteral("/pg_hba.conf");
        if (!writeFile(file, text.toUtf8()))
            return false;
        ScratchPostgres::handOver(file);
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(::geteuid() == 0, "the test builds a network namespace and needs root");
        const int id = int(::getpid() % 200) + 20;
        m_ns = QStringLiteral("sdtlspg%1").arg(id);
        m_hostIf = QStringLiteral("sdtlsh%1").arg(id);
        m_serverIp = QStringLiteral("10.231.%1.1").arg(id);
        QString error;
        sh(QStringLiteral("ip netns del %1 2>/dev/null || true; ip link del %2 2>/dev/null || true")
               .arg(m_ns, m_hostIf));
        QVERIFY2(
            sh(QStringLiteral("ip netns add %1\n"
                              "ip link add %2 type veth peer name eth0 netns %1\n"
                              "ip addr add 10.231.%3.1/30 dev %2\nip link set %2 up\n"
                              "ip netns exec %1 ip addr add 10.231.%3.2/30 dev eth0\n"
                              "ip netns exec %1 ip link set eth0 up\nip netns exec %1 ip link set lo up\n")
                   .arg(m_ns, m_hostIf)
                   .arg(id),
               &error),
            qPrintable(error));

        QVERIFY(m_pg.isValid());
        QVERIFY2(m_pg.init(), qPrintable(m_pg.lastError()));
        const QString cert = m_pg.path() + QStringLiteral("/server.crt");
        const QString key = m_pg.path() + QStringLiteral("/server.key");
        QVERIFY(selfSigned(cert, key, {QStringLiteral("db.supadesk.test")}).isEmpty());
        QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner);
        ScratchPostgres::handOver(m_pg.path());
        m_port = freePort();
        QVERIFY(m_pg.writeTuning(
            PgSslConfig::settings(cert, key) +
            QStringLiteral("listen_addresses = '%1'\nport = %2\n").arg(m_serverIp).arg(m_port)));
        QVERIFY(m_pg.start());
        QCOMPARE(local(QStringLiteral("alter role postgres password 'tls-test-password'")).code, 0);
        QCOMPARE(local(QStringLiteral("show ssl")).out.trimmed(), QStringLiteral("on"));
    }

    void sslRequiredFromOutside()
    {
        // Supabase's image's rules, in substance: loopback trusted, the Docker networks and the world
        // by password, nothing asking for SSL.
        const QString supabase = QStringLiteral("local all all trust\n"
                                                "host all all 127.0.0.1/32 trust\n"
                                                "host all all ::1/128 trust\n"
                                                "host all all 172.16.0.0/12 scram-sha-256\n"
                                                "host all all 0.0.0.0/0 scram-sha-256\n");
        QVERIFY(writeHba(supabase));
        QCOMPARE(local(QStringLiteral("select pg_reload_conf()")).code, 0);
        const Run before = clientQuery(QStringLiteral("disable"));
        QVERIFY2(before.code == 0, qPrintable(before.err));
        QCOMPARE(before.out.trimmed().section(QLatin1Char('|'), 0, 0), QStringLiteral("f"));

        const PgSslConfig::HbaRewrite rewrite = PgSslConfig::requireSsl(supabase);
        QCOMPARE(rewrite.changes.size(), 1);
        QVERIFY(writeHba(rewrite.text));
        QCOMPARE(local(QStringLiteral("select pg_reload_conf()")).code, 0);
        // The server took the file as it is (no line it could not read).
        QCOMPARE(local(QStringLiteral("select count(*) from pg_hba_file_rules where error is not null"))
                     .out.trimmed(),
                 QStringLiteral("0"));

        const Run secure = clientQuery(QStringLiteral("require"));
        QVERIFY2(secure.code == 0, qPrintable(secure.err));
        QVERIFY2(secure.out.trimmed().startsWith(QStringLiteral("t|TLSv1.")), qPrintable(secure.out));

        const Run plain = clientQuery(QStringLiteral("disable"));
        QVERIFY(plain.code != 0);
        QVERIFY2(plain.err.contains(QStringLiteral("no encryption")), qPrintable(plain.err));

        // The server's own socket (Supadesk's connections come through the SSH tunnel from the server)
        // keeps working.
        QCOMPARE(local(QStringLiteral("select 1")).out.trimmed(), QStringLiteral("1"));
    }

    void cleanupTestCase()
    {
        m_pg.stop();
        if (!m_ns.isEmpty())
            sh(QStringLiteral("ip netns del %1 2>/dev/null || true; ip link del %2 2>/dev/null || true")
                   .arg(m_ns, m_hostIf));
    }
};

QTEST_GUILESS_MAIN(TstTlsPostgres)
#include "tst_tlspostgres.moc"
