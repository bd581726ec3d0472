// SPDX-License-Identifier: GPL-3.0-or-later
// The server-side uptime probe script, run for real against the harness's PostgreSQL and an HTTP
// server on loopback, and its log read back by the parser and by `supadesk-cli uptime`.
#include "core/uptime/probelogparser.h"
#include "harness/testenv.h"
#include "services/apikeyhttpserver.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace supadesk;

namespace {

const QString script = QStringLiteral(SUPADESK_SOURCE_DIR "/resources/probe/supadesk-uptime-probe.sh");

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestProbeScript : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_web;
    QProcess m_http;
    quint16 m_httpPort = 0;

    QProcessEnvironment probeEnv(const QString &logDir, const QString &targets)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SUPADESK_PROBE_CONFIG"), logDir + QStringLiteral("/no-config"));
        env.insert(QStringLiteral("SUPADESK_UPTIME_DIR"), logDir);
        env.insert(QStringLiteral("SUPADESK_PROBE_TARGETS"), targets);
        env.insert(QStringLiteral("SUPADESK_PROBE_TIMEOUT"), QStringLiteral("3"));
        env.insert(QStringLiteral("PATH"),
                   QStringLiteral("/usr/lib/postgresql/15/bin:") + env.value(QStringLiteral("PATH")));
        return env;
    }

    QString targets() const
    {
        const QString pg =
            QStringLiteral("postgresql://postgres@%1:%2/postgres")
                .arg(testenv::value("SUPADESK_TEST_PG_HOST"), testenv::value("SUPADESK_TEST_PG_PORT"));
        const QString web = QStringLiteral("http://127.0.0.1:%1").arg(m_httpPort);
        return QStringList{QStringLiteral("postgres=") + pg,
                           QStringLiteral("rest=") + web + QStringLiteral("/health"),
                           QStringLiteral("auth=") + web + QStringLiteral("/missing"),
                           QStringLiteral("storage=http://127.0.0.1:%1/").arg(freePort()),
                           QStringLiteral("wrongdb=") + pg.left(pg.lastIndexOf(QLatin1Char('/'))) +
                               QStringLiteral("/no_such_db")}
            .join(QLatin1Char(' '));
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "PostgreSQL 15 (apt-get install postgresql-15)");
        QFile health(m_web.filePath(QStringLiteral("health")));
        QVERIFY(health.open(QIODevice::WriteOnly));
        health.write("ok\n");
        health.close();
        m_httpPort = freePort();
        m_http.setWorkingDirectory(m_web.path());
        m_http.start(QStringLiteral("python3"),
                     {QStringLiteral("-m"), QStringLiteral("http.server"), QString::number(m_httpPort),
                      QStringLiteral("--bind"), QStringLiteral("127.0.0.1")});
        QVERIFY2(m_http.waitForStarted(), "python3 is needed for a loopback HTTP server");
        for (int i = 0; i < 200; ++i) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_httpPort);
            if (socket.waitForConnected(100))
                return;
            QThread::msleep(50);
        }
        QFAIL("the loopback HTTP server did not start");
    }

    void cleanupTestCase()
    {
        m_http.kill();
        m_http.waitForFinished();
    }

    void shellcheckClean()
    {
        const Run r = run(QStringLiteral("shellcheck"), {QStringLiteral("--shell=sh"), script});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }

    void probesForReal()
    {
        QTemporaryDir logs;
        const QProcessEnvironment env = probeEnv(logs.path(), targets());
        const QDateTime before = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 2; ++i) {
            const Run r = run(script, {}, env);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        const QDateTime after = QDateTime::currentDateTimeUtc();
        // One file per UTC month, named after it.
        const QStringList files = QDir(logs.path()).entryList(QDir::Files);
        QVERIFY(files.size() == 1 || (files.size() == 2 && before.date().month() != after.date().month()));
        QCOMPARE(files.first(), before.toString(QStringLiteral("yyyy-MM")) + QStringLiteral(".log"));

        QByteArray text;
        for (const QString &f : files) {
            QFile file(QDir(logs.path()).filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            text += file.readAll();
        }
        const ProbeLogParser::Parsed parsed = ProbeLogParser::parse(text);
        QCOMPARE(parsed.malformedLines, 0);
        QCOMPARE(parsed.consumedBytes, text.size());
        QCOMPARE(parsed.results.size(), 10);
        QHash<QString, ProbeResult> last;
        for (const ProbeResult &p : parsed.results) {
            QVERIFY(p.tMs >= before.toMSecsSinceEpoch() - 1000 && p.tMs <= after.toMSecsSinceEpoch());
            QVERIFY(p.latencyMs.has_value());
            last.insert(p.component, p);
        }
        QVERIFY2(last.value(QStringLiteral("postgres")).ok,
                 qPrintable(last.value(QStringLiteral("postgres")).reason));
        QVERIFY2(last.value(QStringLiteral("rest")).ok,
                 qPrintable(last.value(QStringLiteral("rest")).reason));
        QVERIFY(!last.value(QStringLiteral("auth")).ok);
        QCOMPARE(last.value(QStringLiteral("auth")).reason, QStringLiteral("HTTP 404"));
        QVERIFY(!last.value(QStringLiteral("storage")).ok);
        QCOMPARE(last.value(QStringLiteral("storage")).reason, QStringLiteral("connection refused"));
        QVERIFY(!last.value(QStringLiteral("wrongdb")).ok);
        QVERIFY2(last.value(QStringLiteral("wrongdb")).reason.contains(QLatin1String("no_such_db")),
                 qPrintable(last.value(QStringLiteral("wrongdb")).reason));
        QVERIFY(!last.value(QStringLiteral("wrongdb")).reason.contains(QLatin1Char('\n')));

        // The same log through the CLI: two failures in a row make an incident for each failing
        // component; the healthy ones are at 100%.
        const Run cli =
            run(QStringLiteral(SUPADESK_CLI_PATH),
                {QStringLiteral("uptime"), QStringLiteral("--log"), QDir(logs.path()).filePath(files.first()),
                 QStringLiteral("--month"), before.toString(QStringLiteral("yyyy-MM")),
                 QStringLiteral("--time-zone"), QStringLiteral("UTC"), QStringLiteral("--json")});
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
        const QJsonObject root = QJsonDocument::fromJson(cli.out.toUtf8()).object();
        QCOMPARE(root.value(QLatin1String("components")).toArray().size(), 5);
        for (const QJsonValue &v : root.value(QLatin1String("components")).toArray()) {
            const QJsonObject c = v.toObject();
            const QString name = c.value(QLatin1String("component")).toString();
            const bool healthy = name == QLatin1String("postgres") || name == QLatin1String("rest");
            QCOMPARE(c.value(QLatin1String("availability_pct")).toDouble() == 100.0, healthy);
            QCOMPARE(c.value(QLatin1String("incidents")).toArray().size(), healthy ? 0 : 1);
            if (name == QLatin1String("storage"))
                QCOMPARE(c.value(QLatin1String("incidents"))
                             .toArray()
                             .at(0)
                             .toObject()
                             .value(QLatin1String("reason"))
                             .toString(),
                         QStringLiteral("connection refused"));
        }
        QCOMPARE(
            root.value(QLatin1String("stack")).toObject().value(QLatin1String("incidents")).toArray().size(),
            1);
    }

    void appendsNeverRewrites()
    {
        QTemporaryDir logs;
        const QString month = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM"));
        QFile existing(QDir(logs.path()).filePath(month + QStringLiteral(".log")));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        const QByteArray earlier = "2026-01-01T00:00:00Z\tpostgres\tok\t1\t-\n";
        existing.write(earlier);
        existing.close();
        const Run r =
            run(script, {},
                probeEnv(logs.path(), QStringLiteral("rest=http://127.0.0.1:%1/health").arg(m_httpPort)));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(existing.open(QIODevice::ReadOnly));
        const QByteArray text = existing.readAll();
        QVERIFY(text.startsWith(earlier));
        QCOMPARE(text.count('\n'), 2);
    }

    void oldMonthsAreRemoved()
    {
        QTemporaryDir logs;
        const auto make = [&](const QString &name, int daysOld) {
            QFile f(logs.filePath(name));
            f.open(QIODevice::WriteOnly);
            f.write("x\n");
            f.flush(); // a write after setting the time would set it again
            f.setFileTime(QDateTime::currentDateTime().addDays(-daysOld), QFileDevice::FileModificationTime);
        };
        make(QStringLiteral("2024-01.log"), 500);
        make(QStringLiteral("2025-10.log"), 20);
        make(QStringLiteral("notes.txt"), 500);
        QProcessEnvironment env =
            probeEnv(logs.path(), QStringLiteral("rest=http://127.0.0.1:%1/health").arg(m_httpPort));
        env.insert(QStringLiteral("SUPADESK_UPTIME_KEEP_DAYS"), QStringLiteral("400"));
        QCOMPARE(run(script, {}, env).exitCode, 0);
        QVERIFY(!QFile::exists(logs.filePath(QStringLiteral("2024-01.log"))));
        QVERIFY(QFile::exists(logs.filePath(QStringLiteral("2025-10.log"))));
        QVERIFY(QFile::exists(logs.filePath(QStringLiteral("notes.txt")))); // not ours
    }

    void unwritableLogFails()
    {
        QTemporaryDir logs;
        // The month's log is a directory: appending to it must fail loudly, not silently.
        QVERIFY(QDir(logs.path())
                    .mkdir(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM")) +
                           QStringLiteral(".log")));
        const Run r =
            run(script, {},
                probeEnv(logs.path(), QStringLiteral("rest=http://127.0.0.1:%1/health").arg(m_httpPort)));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("cannot append")));
    }

    void badSettingsAreRefused()
    {
        QTemporaryDir logs;
        QProcessEnvironment env = probeEnv(logs.path(), QStringLiteral("rest=http://127.0.0.1:1/"));
        env.insert(QStringLiteral("SUPADESK_PROBE_TIMEOUT"), QStringLiteral("soon"));
        const Run r = run(script, {}, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("SUPADESK_PROBE_TIMEOUT")));
        QVERIFY(QDir(logs.path()).entryList(QDir::Files).isEmpty());

        const Run junk = run(script, {}, probeEnv(logs.path(), QStringLiteral("junk")));
        QCOMPARE(junk.exitCode, 0);
        QVERIFY(junk.err.contains(QLatin1String("NAME=URL")));
    }

    void uptimeCommandText()
    {
        // A constructed log in Tbilisi's November: postgres down 10:00-10:03 local time (06:00 UTC).
        QTemporaryDir logs;
        QFile log(logs.filePath(QStringLiteral("2026-11.log")));
        QVERIFY(log.open(QIODevice::WriteOnly));
        const QDateTime start(QDate(2026, 11, 10), QTime(5, 0), QTimeZone::utc());
        for (int i = 0; i < 120; ++i) {
            const bool failing = i >= 60 && i < 63;
            log.write(QStringLiteral("%1\tpostgres\t%2\t4\t%3\n")
                          .arg(start.addSecs(60 * i).toString(Qt::ISODate),
                               failing ? QStringLiteral("fail") : QStringLiteral("ok"),
                               failing ? QStringLiteral("connection refused") : QStringLiteral("-"))
                          .toUtf8());
        }
        log.close();
        const Run r =
            run(QStringLiteral(SUPADESK_CLI_PATH),
                {QStringLiteral("uptime"), log.fileName(), QStringLiteral("--month"),
                 QStringLiteral("2026-11"), QStringLiteral("--time-zone"), QStringLiteral("Asia/Tbilisi"),
                 QStringLiteral("--gaps"), QStringLiteral("exclude")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String(
                     "10/11/2026 10:00 to 10/11/2026 10:03 (3.0 min) postgres: connection refused")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("97.500%")), qPrintable(r.out)); // 117 of 120 measured minutes

        const Run json =
            run(QStringLiteral(SUPADESK_CLI_PATH),
                {QStringLiteral("uptime"), QStringLiteral("--log"), log.fileName(), QStringLiteral("--month"),
                 QStringLiteral("2026-11"), QStringLiteral("--time-zone"), QStringLiteral("Asia/Tbilisi"),
                 QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(root.value(QLatin1String("period_start")).toString(),
                 QStringLiteral("2026-11-01T00:00:00+04:00"));
        const QJsonObject pg = root.value(QLatin1String("components")).toArray().at(0).toObject();
        QCOMPARE(pg.value(QLatin1String("downtime_minutes")).toDouble(), 3.0);
        // Under the default policy the days before and after the log are no data, not downtime.
        QCOMPARE(pg.value(QLatin1String("availability_pct")).toDouble(), 97.5);
        QCOMPARE(pg.value(QLatin1String("error_budget"))
                     .toObject()
                     .value(QLatin1String("remaining_minutes"))
                     .toDouble(),
                 43.2 - 3.0);
    }

    void uptimeCommandRefusesBadArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no month") << QStringList{QStringLiteral("uptime"), QStringLiteral("--log"),
                                                 QStringLiteral("x.log")};
        QTest::newRow("bad month") << QStringList{QStringLiteral("uptime"), QStringLiteral("x.log"),
                                                  QStringLiteral("--month"), QStringLiteral("2026-13")};
        QTest::newRow("bad zone") << QStringList{
            QStringLiteral("uptime"),  QStringLiteral("x.log"),       QStringLiteral("--month"),
            QStringLiteral("2026-11"), QStringLiteral("--time-zone"), QStringLiteral("Mars/Olympus")};
        QTest::newRow("bad target") << QStringList{QStringLiteral("uptime"),   QStringLiteral("x.log"),
                                                   QStringLiteral("--month"),  QStringLiteral("2026-11"),
                                                   QStringLiteral("--target"), QStringLiteral("100")};
        QTest::newRow("bad window") << QStringList{
            QStringLiteral("uptime"),  QStringLiteral("x.log"),         QStringLiteral("--month"),
            QStringLiteral("2026-11"), QStringLiteral("--maintenance"), QStringLiteral("tomorrow")};
    }

    void uptimeCommandRefusesBadArguments()
    {
        QFETCH(QStringList, args);
        const Run r = run(QStringLiteral(SUPADESK_CLI_PATH), args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        const Run missing = run(QStringLiteral(SUPADESK_CLI_PATH),
                                {QStringLiteral("uptime"), QStringLiteral("/nonexistent/2026-11.log"),
                                 QStringLiteral("--month"), QStringLiteral("2026-11")});
        QCOMPARE(missing.exitCode, 1);
    }

    void configFileIsRead()
    {
        QTemporaryDir logs;
        QFile config(logs.filePath(QStringLiteral("probe.conf")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("SUPADESK_PROBE_TARGETS='web=http://127.0.0.1:%1/health'\n")
                         .arg(m_httpPort)
                         .toUtf8());
        config.close();
        QProcessEnvironment env = probeEnv(logs.path(), QString());
        env.remove(QStringLiteral("SUPADESK_PROBE_TARGETS"));
        env.insert(QStringLiteral("SUPADESK_PROBE_CONFIG"), config.fileName());
        QVERIFY(run(script, {}, env).exitCode == 0);
        QFile log(QDir(logs.path())
                      .filePath(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM")) +
                                QStringLiteral(".log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const ProbeLogParser::Parsed parsed = ProbeLogParser::parse(log.readAll());
        QCOMPARE(parsed.results.size(), 1);
        QCOMPARE(parsed.results.at(0).component, QStringLiteral("web"));
        QVERIFY(parsed.results.at(0).ok);
    }

    void stackEnvSuppliesTheKeys()
    {
        // The stack's .env as Supabase writes it (values may be quoted): the probe takes the anon key
        // for Kong and the database password from it, so its own settings hold no secret.
        QTemporaryDir logs;
        const QByteArray key = "eyJ.anon-from-the-env.sig";
        QFile env(logs.filePath(QStringLiteral(".env")));
        QVERIFY(env.open(QIODevice::WriteOnly));
        env.write("# Supabase\nPOSTGRES_PASSWORD='s3cret pass'\nANON_KEY=\"" + key + "\"\nJWT_SECRET=x\n");
        env.close();
        // A psql stand-in that notes the password it was given and answers as SELECT 1 does.
        const QString bin = logs.filePath(QStringLiteral("bin"));
        QVERIFY(QDir().mkpath(bin));
        QFile psql(bin + QStringLiteral("/psql"));
        QVERIFY(psql.open(QIODevice::WriteOnly));
        psql.write("#!/bin/sh\nprintf '%s' \"$PGPASSWORD\" > \"$(dirname \"$0\")/password\"\necho 1\n");
        psql.close();
        psql.setPermissions(psql.permissions() | QFile::ExeOwner);
        ApiKeyHttpServer kong(key);
        QVERIFY(kong.listen());

        QProcessEnvironment environment =
            probeEnv(logs.path(), QStringLiteral("postgres=postgresql://postgres@127.0.0.1:1/postgres "
                                                 "rest=http://127.0.0.1:%1/rest/v1/")
                                      .arg(kong.port()));
        environment.insert(QStringLiteral("SUPADESK_STACK_ENV"), env.fileName());
        environment.insert(QStringLiteral("PATH"),
                           bin + QLatin1Char(':') + environment.value(QStringLiteral("PATH")));
        environment.remove(QStringLiteral("PGPASSWORD"));
        QProcess probe;
        probe.setProcessEnvironment(environment);
        probe.start(script, {});
        QVERIFY(probe.waitForStarted());
        while (probe.state() != QProcess::NotRunning)
            QTest::qWait(20); // the Kong stand-in answers from this event loop
        QCOMPARE(probe.exitCode(), 0);

        QFile log(QDir(logs.path())
                      .filePath(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM")) +
                                QStringLiteral(".log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const ProbeLogParser::Parsed parsed = ProbeLogParser::parse(log.readAll());
        QCOMPARE(parsed.results.size(), 2);
        for (const ProbeResult &r : parsed.results)
            QVERIFY2(r.ok, qPrintable(r.component + QStringLiteral(": ") + r.reason));
        QCOMPARE(kong.accepted, 1);
        QFile password(bin + QStringLiteral("/password"));
        QVERIFY(password.open(QIODevice::ReadOnly));
        QCOMPARE(password.readAll(), QByteArray("s3cret pass"));
    }
};

QTEST_GUILESS_MAIN(TestProbeScript)
#include "tst_probescript.moc"
