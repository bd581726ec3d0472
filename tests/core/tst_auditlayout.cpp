// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a server's release layout from its compose file(s) and .env: the install directories of both
// layouts in tests/data/audit, overlays chosen by COMPOSE_FILE, and the port syntaxes Compose accepts.
#include "core/audit/stacklayout.h"
#include "core/setup/envfile.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace supadesk;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

// An install directory of tests/data/audit as the runner reads it: every compose file and the .env.
StackLayout layoutOf(const QString &name, QHash<QString, QString> *envOut = nullptr)
{
    const QDir dir(QStringLiteral(SUPADESK_TEST_DATA_DIR "/audit/") + name);
    QList<ComposeFile> files;
    for (const QString &file :
         dir.entryList({QStringLiteral("docker-compose*.yml")}, QDir::Files, QDir::Name))
        files << ComposeFile{file, readText(dir.filePath(file))};
    const QHash<QString, QString> env =
        EnvFile::parse(readText(dir.filePath(QStringLiteral(".env")))).values();
    if (envOut)
        *envOut = env;
    return StackLayoutReader::read(files, env);
}

} // namespace

class TestAuditLayout : public QObject
{
    Q_OBJECT

private slots:
    void kongLayout()
    {
        const StackLayout l = layoutOf(QStringLiteral("kong"));
        QVERIFY(l.isKnown());
        QCOMPARE(l.release, ReleaseLayout::Kong);
        QCOMPARE(l.gatewayService, QStringLiteral("kong"));
        QCOMPARE(l.gatewayPortVariable, QStringLiteral("KONG_HTTP_PORT"));
        QCOMPARE(l.gatewayPort, 8000);
        QCOMPARE(l.pooler, PoolerKind::Supavisor);
        QCOMPARE(l.poolerService, QStringLiteral("supavisor"));
        QCOMPARE(l.poolerPort, 6543);
        QCOMPARE(l.postgresPort, 5432);
        QCOMPARE(l.postgresImage, QStringLiteral("supabase/postgres:15.8.1.085"));
        QCOMPARE(l.postgresMajor, 15);
        QCOMPARE(l.composeFiles, QStringList{QStringLiteral("docker-compose.yml")});
        QVERIFY(l.overlays.isEmpty());
        QVERIFY(l.availableOverlays.isEmpty());
        QVERIFY(l.hasService(QStringLiteral("studio")));
        QVERIFY(!l.hasService(QStringLiteral("api-gw")));

        // Supavisor publishes 5432 and 6543 on every interface; Kong 8000 and 8443.
        QList<PublishedPort> pooler;
        for (const PublishedPort &p : l.published)
            if (p.service == QLatin1String("supavisor"))
                pooler << p;
        QCOMPARE(pooler.size(), 2);
        QCOMPARE(pooler.at(0).hostPort, 5432);
        QCOMPARE(pooler.at(0).containerPort, 5432);
        QCOMPARE(pooler.at(0).hostAddress, QStringLiteral("0.0.0.0"));
        QVERIFY(pooler.at(0).isPublic());
        QCOMPARE(pooler.at(0).text, QStringLiteral("${POSTGRES_PORT}:5432"));
        QCOMPARE(pooler.at(0).file, QStringLiteral("docker-compose.yml"));
        const QStringList lines =
            readText(QStringLiteral(SUPADESK_TEST_DATA_DIR "/audit/kong/docker-compose.yml"))
                .split(QLatin1Char('\n'));
        QVERIFY(lines.value(pooler.at(0).line - 1).contains(QStringLiteral("${POSTGRES_PORT}:5432")));
        QCOMPARE(pooler.at(1).hostPort, 6543);
        const int kongPorts =
            int(std::count_if(l.published.cbegin(), l.published.cend(),
                              [](const PublishedPort &p) { return p.service == QLatin1String("kong"); }));
        QCOMPARE(kongPorts, 2);
    }

    void envoyLayoutWithOverlays()
    {
        const StackLayout l = layoutOf(QStringLiteral("envoy"));
        QVERIFY(l.isKnown());
        QCOMPARE(l.release, ReleaseLayout::Envoy);
        QCOMPARE(l.gatewayService, QStringLiteral("api-gw"));
        QCOMPARE(l.gatewayPortVariable, QStringLiteral("API_GW_HTTP_PORT"));
        QCOMPARE(l.gatewayPort, 8080);
        QCOMPARE(l.postgresMajor, 17);
        QCOMPARE(l.postgresImage, QStringLiteral("supabase/postgres:17.6.1.021"));
        QCOMPARE(l.pooler, PoolerKind::Supavisor);
        // COMPOSE_FILE activates Caddy; the logs overlay is there but not read.
        QCOMPARE(l.composeFiles, (QStringList{QStringLiteral("docker-compose.yml"),
                                              QStringLiteral("docker-compose.caddy.yml")}));
        QCOMPARE(l.overlays, QStringList{QStringLiteral("docker-compose.caddy.yml")});
        QCOMPARE(l.availableOverlays, QStringList{QStringLiteral("docker-compose.logs.yml")});
        QVERIFY(l.hasService(QStringLiteral("caddy")));
        QVERIFY(!l.hasService(QStringLiteral("analytics")));
        QVERIFY(!l.hasService(QStringLiteral("kong")));
        bool https = false;
        for (const PublishedPort &p : l.published)
            https =
                https || (p.service == QLatin1String("caddy") && p.hostPort == 443 && p.containerPort == 443);
        QVERIFY(https);
    }

    void defaultsWithoutComposeFileVariable()
    {
        const QStringList present{QStringLiteral("docker-compose.yml"),
                                  QStringLiteral("docker-compose.override.yml"),
                                  QStringLiteral("docker-compose.logs.yml")};
        QCOMPARE(StackLayoutReader::activeFiles(present, {}),
                 (QStringList{QStringLiteral("docker-compose.yml"),
                              QStringLiteral("docker-compose.override.yml")}));
        QCOMPARE(StackLayoutReader::activeFiles(
                     {QStringLiteral("compose.yaml"), QStringLiteral("docker-compose.yml")}, {}),
                 QStringList{QStringLiteral("compose.yaml")});
        const QHash<QString, QString> env{{QStringLiteral("COMPOSE_FILE"), QStringLiteral("a.yml;./b.yml")},
                                          {QStringLiteral("COMPOSE_PATH_SEPARATOR"), QStringLiteral(";")}};
        QCOMPARE(StackLayoutReader::activeFiles(present, env),
                 (QStringList{QStringLiteral("a.yml"), QStringLiteral("b.yml")}));
        QVERIFY(StackLayoutReader::activeFiles({}, {}).isEmpty());
    }

    void overrideRebindsThePoolerOnLoopback()
    {
        // Compose adds the override's ports to the file's; `!override` replaces them.
        const ComposeFile main{QStringLiteral("docker-compose.yml"),
                               QStringLiteral("services:\n  supavisor:\n    image: supabase/supavisor:2.7.4\n"
                                              "    ports:\n      - ${POSTGRES_PORT}:5432\n"
                                              "      - ${POOLER_PROXY_PORT_TRANSACTION:-6543}:6543\n"
                                              "  kong:\n    image: kong:2.8.1\n    ports:\n"
                                              "    - ${KONG_HTTP_PORT}:8000/tcp\n")};
        const ComposeFile override{QStringLiteral("docker-compose.override.yml"),
                                   QStringLiteral("services:\n  supavisor:\n    ports: !override\n"
                                                  "      - \"127.0.0.1:${POSTGRES_PORT}:5432\"\n"
                                                  "      - target: 6543\n        published: \"6543\"\n"
                                                  "        host_ip: 127.0.0.1\n")};
        const QHash<QString, QString> env{{QStringLiteral("POSTGRES_PORT"), QStringLiteral("5433")},
                                          {QStringLiteral("KONG_HTTP_PORT"), QStringLiteral("8001")}};
        const StackLayout l = StackLayoutReader::read({main, override}, env);
        QCOMPARE(l.overlays, QStringList{QStringLiteral("docker-compose.override.yml")});
        QCOMPARE(l.postgresPort, 5433);
        QCOMPARE(l.poolerPort, 6543);
        QCOMPARE(l.gatewayPort, 8001);
        QList<PublishedPort> pooler;
        for (const PublishedPort &p : l.published)
            if (p.service == QLatin1String("supavisor"))
                pooler << p;
        QCOMPARE(pooler.size(), 2);
        QCOMPARE(pooler.at(0).hostAddress, QStringLiteral("127.0.0.1"));
        QCOMPARE(pooler.at(0).hostPort, 5433);
        QVERIFY(!pooler.at(0).isPublic());
        QCOMPARE(pooler.at(1).hostAddress, QStringLiteral("127.0.0.1"));
        QCOMPARE(pooler.at(1).hostPort, 6543);
        QCOMPARE(pooler.at(1).containerPort, 6543);
        QCOMPARE(pooler.at(1).file, QStringLiteral("docker-compose.override.yml"));
        QCOMPARE(pooler.at(1).line, 5);
        QVERIFY(!pooler.at(1).isPublic());

        // Without `!override`, the file's public ports stay beside the override's.
        ComposeFile adding = override;
        adding.text.replace(QStringLiteral("ports: !override"), QStringLiteral("ports:"));
        const StackLayout merged = StackLayoutReader::read({main, adding}, env);
        const int publicPooler =
            int(std::count_if(merged.published.cbegin(), merged.published.cend(), [](const PublishedPort &p) {
                return p.service == QLatin1String("supavisor") && p.isPublic();
            }));
        QCOMPARE(publicPooler, 2);
    }

    void substitution()
    {
        const QHash<QString, QString> env{{QStringLiteral("A"), QStringLiteral("1")},
                                          {QStringLiteral("EMPTY"), QString()}};
        QCOMPARE(StackLayoutReader::substitute(QStringLiteral("${A}:${B:-2}:${EMPTY:-3}:${EMPTY-4}:$A"), env),
                 QStringLiteral("1:2:3::1"));
        QCOMPARE(StackLayoutReader::postgresMajorOf(QStringLiteral("supabase/postgres:15.8.1.085")), 15);
        QCOMPARE(StackLayoutReader::postgresMajorOf(QStringLiteral("postgres:17-alpine")), 17);
        QCOMPARE(StackLayoutReader::postgresMajorOf(QStringLiteral("supabase/postgres")), 0);
    }

    void readOutputSplitsFiles()
    {
        const QByteArray output = "@@file docker-compose.yml\nservices:\n  db:\n    image: x\n\n"
                                  "@@file docker-compose.caddy.yml\nservices: {}\n\n"
                                  "@@file docker-compose.yml\nduplicate\n";
        const QList<ComposeFile> files = StackLayoutReader::parseReadOutput(output);
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0).name, QStringLiteral("docker-compose.yml"));
        QVERIFY(files.at(0).text.contains(QStringLiteral("image: x")));
        QCOMPARE(files.at(1).name, QStringLiteral("docker-compose.caddy.yml"));
        QVERIFY(StackLayoutReader::readCommand(QStringLiteral("/opt/my dir"))
                    .contains(QStringLiteral("'/opt/my dir'")));
    }

    void nothingReadIsUnknown()
    {
        const StackLayout none = StackLayoutReader::read({}, {});
        QVERIFY(!none.isKnown());
        QCOMPARE(none.release, ReleaseLayout::Unknown);
        QCOMPARE(none.pooler, PoolerKind::Unknown);
        const StackLayout missing =
            StackLayoutReader::read({ComposeFile{QStringLiteral("docker-compose.yml"),
                                                 QStringLiteral("services:\n  db:\n    image: x\n")}},
                                    {{QStringLiteral("COMPOSE_FILE"), QStringLiteral("elsewhere.yml")}});
        QCOMPARE(missing.missingFiles, QStringList{QStringLiteral("elsewhere.yml")});
        QVERIFY(!missing.isKnown());
    }
};

QTEST_GUILESS_MAIN(TestAuditLayout)
#include "tst_auditlayout.moc"
