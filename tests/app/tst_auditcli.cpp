// SPDX-License-Identifier: GPL-3.0-or-later
// `supadesk-cli audit` over the harness's sshd and PostgreSQL, run as cron or CI would run it: the exit
// status tells a failing server (1) from a clean one (0) and from one that cannot be reached (2).
#include "core/setup/supabasesecrets.h"
#include "harness/clirun.h"
#include "harness/testenv.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using Run = clirun::Result;

Run cli(const QStringList &args)
{
    return clirun::run(args, QProcessEnvironment::systemEnvironment());
}

} // namespace

class TestAuditCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_install;

    // The harness's sshd as an ad hoc target, its install directory the test's own folder.
    QStringList target() const
    {
        return QStringList{QStringLiteral("audit")} + clirun::sshTarget() +
               QStringList{QStringLiteral("--install-dir"), m_install.path(), QStringLiteral("--db-port"),
                           testenv::value("SUPADESK_TEST_PG_PORT")};
    }

    static QJsonObject parsed(const Run &r)
    {
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON: %s\n%s", qPrintable(r.out), qPrintable(r.err));
        return o;
    }

    static QJsonObject check(const QJsonObject &report, const QString &id)
    {
        for (const QJsonValue &value : report.value(QLatin1String("checks")).toArray()) {
            if (value.toObject().value(QLatin1String("id")).toString() == id)
                return value.toObject();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "OpenSSH server (apt-get install openssh-server)");
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "PostgreSQL 15 (apt-get install postgresql-15)");
        QVERIFY(m_install.isValid());
        QVERIFY(clirun::writeFile(
            m_install.filePath(QStringLiteral("docker-compose.yml")),
            clirun::readFile(QStringLiteral(SUPADESK_TEST_DATA_DIR "/setup/docker-compose.excerpt.yml"))));
    }

    void listsEveryCheck()
    {
        const Run r = cli({QStringLiteral("audit"), QStringLiteral("--list-checks")});
        QCOMPARE(r.code, 0);
        const QStringList ids = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const char *id : {"demo-jwt-keys", "db-port-public", "default-passwords", "tls-certificate",
                               "rls-disabled-in-public"})
            QVERIFY2(ids.contains(QLatin1String(id)), id);
        QCOMPARE(ids.size(), QSet<QString>(ids.begin(), ids.end()).size());
    }

    void unknownCheckIsUsage()
    {
        const Run r = cli({QStringLiteral("audit"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                           QStringLiteral("--check"), QStringLiteral("no-such-check")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("no-such-check")), qPrintable(r.err));
    }

    // The example .env of Supabase: its demo keys are a failed check, and the exit status says so.
    void exampleKeysFail()
    {
        QVERIFY(
            clirun::writeFile(m_install.filePath(QStringLiteral(".env")),
                              clirun::readFile(QStringLiteral(SUPADESK_TEST_DATA_DIR "/setup/env.example"))));
        const Run r = cli(target() + QStringList{QStringLiteral("--json")});
        QVERIFY2(r.code == 1, qPrintable(r.err + r.out));
        const QJsonObject report = parsed(r);
        QCOMPARE(report.value(QLatin1String("stack")).toString(), testenv::value("SUPADESK_TEST_SSH_HOST"));
        const QJsonObject demo = check(report, QStringLiteral("demo-jwt-keys"));
        QCOMPARE(demo.value(QLatin1String("status")).toString(), QStringLiteral("fail"));
        QVERIFY(!demo.value(QLatin1String("evidence")).toString().isEmpty());
        QVERIFY(!demo.value(QLatin1String("why")).toString().isEmpty());
        QVERIFY(!demo.value(QLatin1String("fix")).toString().isEmpty());
        const int score = report.value(QLatin1String("score")).toInt(-1);
        QVERIFY(score >= 0 && score < 100);
        // Every check answers, none is left out of the JSON.
        const Run list = cli({QStringLiteral("audit"), QStringLiteral("--list-checks")});
        QCOMPARE(report.value(QLatin1String("checks")).toArray().size(),
                 int(list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size()));

        // The table names the failing check and its fix.
        const Run table =
            cli(target() + QStringList{QStringLiteral("--check"), QStringLiteral("demo-jwt-keys")});
        QCOMPARE(table.code, 1);
        QVERIFY(table.out.contains(QLatin1String("demo-jwt-keys")));
        QVERIFY(table.out.contains(QLatin1String("FAIL")));
    }

    // Secrets made the way the Setup wizard makes them pass the same checks: exit 0.
    void generatedKeysPass()
    {
        QByteArray env = clirun::readFile(QStringLiteral(SUPADESK_TEST_DATA_DIR "/setup/env.example"));
        QByteArray generated;
        for (const supadesk::EnvAssignment &a :
             supadesk::SupabaseSecrets::generate(QDateTime::currentDateTimeUtc()))
            generated += a.key.toUtf8() + '=' + a.value.toUtf8() + '\n';
        QVERIFY(clirun::writeFile(m_install.filePath(QStringLiteral(".env")), env + '\n' + generated));
        const Run r =
            cli(target() + QStringList{QStringLiteral("--check"), QStringLiteral("demo-jwt-keys"),
                                       QStringLiteral("--check"), QStringLiteral("jwt-secret-strength"),
                                       QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        const QJsonObject report = parsed(r);
        QCOMPARE(report.value(QLatin1String("checks")).toArray().size(), 2);
        QCOMPARE(check(report, QStringLiteral("demo-jwt-keys")).value(QLatin1String("status")).toString(),
                 QStringLiteral("pass"));
        QCOMPARE(
            check(report, QStringLiteral("jwt-secret-strength")).value(QLatin1String("status")).toString(),
            QStringLiteral("pass"));
        QCOMPARE(report.value(QLatin1String("score")).toInt(), 100);
    }

    // A server that does not answer is not a failed check: exit 2, and the reason on stderr.
    void unreachableIsTwo()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString port = QString::number(closed.serverPort());
        closed.close();
        const Run r = cli({QStringLiteral("audit"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                           QStringLiteral("--port"), port, QStringLiteral("--timeout"), QStringLiteral("3"),
                           QStringLiteral("--json")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.trimmed().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAuditCli)
#include "tst_auditcli.moc"
