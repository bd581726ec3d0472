// SPDX-License-Identifier: GPL-3.0-or-later
// The bundle as a whole: the files a server needs, secrets private and scripts executable, and a .env that
// cannot be edited safely stops everything before a single file is produced.
#include "core/setup/envfile.h"
#include "core/setup/setupbundle.h"

#include <QFile>
#include <QtTest>

using namespace supadesk;

class TestSetupBundle : public QObject
{
    Q_OBJECT

    static BundleInput input()
    {
        BundleInput in;
        in.host.ramMb = 16384;
        in.host.cpus = 4;
        in.host.connections = 200;
        in.now = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
        return in;
    }

    static const BundleFile *file(const Bundle &b, const char *name)
    {
        for (const BundleFile &f : b.files)
            if (f.name == QLatin1String(name))
                return &f;
        return nullptr;
    }

private slots:
    void fromScratchHoldsEveryFile()
    {
        const Result<Bundle> b = SetupBundle::build(input());
        QVERIFY(b.ok());
        QStringList names;
        for (const BundleFile &f : b.value().files) {
            names.append(f.name);
            QVERIFY2(!f.content.isEmpty(), qPrintable(f.name));
        }
        QCOMPARE(names, QStringList({"tuning.sql", "postgresql.tuning.conf", ".env", "pgbouncer.ini",
                                     "docker-compose.override.yml", "firewall.sh", "backup.sh", "crontab.txt",
                                     "README.md"}));
        QCOMPARE(file(b.value(), ".env")->kind, BundleFile::Kind::Secret);
        QCOMPARE(file(b.value(), "firewall.sh")->kind, BundleFile::Kind::Script);
        QCOMPARE(file(b.value(), "backup.sh")->kind, BundleFile::Kind::Script);
        QVERIFY(b.value().findings.isEmpty());
        const EnvFile env = EnvFile::parse(QString::fromUtf8(file(b.value(), ".env")->content));
        QCOMPARE(env.value(QStringLiteral("POOLER_DEFAULT_POOL_SIZE")), QStringLiteral("20"));
        QVERIFY(env.value(QStringLiteral("JWT_SECRET")).size() >= 32);
    }

    void knownPreloadListNeedsNoPsqlTrick()
    {
        BundleInput in = input();
        QVERIFY(QString::fromUtf8(file(SetupBundle::build(in).value(), "tuning.sql")->content)
                    .contains(QLatin1String("\\gexec")));
        in.host.preloadLibraries = QStringList{QStringLiteral("pg_cron")};
        const QString sql = QString::fromUtf8(file(SetupBundle::build(in).value(), "tuning.sql")->content);
        QVERIFY(!sql.contains(QLatin1String("\\gexec")));
        QVERIFY(sql.contains(QLatin1String("shared_preload_libraries = 'pg_cron', 'pg_stat_statements';")));
    }

    void malformedEnvStopsTheBundle()
    {
        BundleInput in = input();
        in.envIn = QStringLiteral("A=1\nnot an assignment\n");
        const Result<Bundle> b = SetupBundle::build(in);
        QVERIFY(!b.ok());
        QCOMPARE(b.error().code, QStringLiteral("bundle.env.malformed"));
        QVERIFY(b.error().message.contains(QLatin1String("Line 2")));
    }

    void duplicatesAreReportedAndBothCopiesUpdated()
    {
        BundleInput in = input();
        in.envIn = QStringLiteral("POSTGRES_PASSWORD=a\n# again\nPOSTGRES_PASSWORD=b\n");
        const Result<Bundle> b = SetupBundle::build(in);
        QVERIFY(b.ok());
        QCOMPARE(b.value().findings.first().code, QStringLiteral("env.duplicate"));
        QCOMPARE(b.value().findings.first().line, 3);
        const QStringList lines =
            QString::fromUtf8(file(b.value(), ".env")->content).split(QLatin1Char('\n'));
        QCOMPARE(lines.at(1), QStringLiteral("# again"));
        QCOMPARE(lines.at(0), lines.at(2));
        QVERIFY(lines.at(0) != QLatin1String("POSTGRES_PASSWORD=a"));
    }

    void badHostIsAnErrorNotABundle()
    {
        BundleInput in = input();
        in.host.cpus = 0;
        QVERIFY(!SetupBundle::build(in).ok());
        in = input();
        in.firewall.sshPort = 5432;
        QCOMPARE(SetupBundle::build(in).error().code, QStringLiteral("firewall.sshclosed"));
    }
};

QTEST_GUILESS_MAIN(TestSetupBundle)
#include "tst_setupbundle.moc"
