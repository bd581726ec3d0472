// SPDX-License-Identifier: GPL-3.0-or-later
// PostgreSQL tuning: the production guide's reference host gets the guide's values, every other host
// follows the same formulas, and nothing generated can exhaust the host's memory.
#include "core/setup/pgconfigwriter.h"
#include "core/setup/pgtuner.h"
#include "core/setup/tuningcomparison.h"

#include <QtTest>

using namespace supadesk;

class TestSetupPgTuner : public QObject
{
    Q_OBJECT

    static HostProfile host(qint64 ramGb, int cpus, StorageKind storage, int connections, Workload workload)
    {
        HostProfile h;
        h.ramMb = ramGb * 1024;
        h.cpus = cpus;
        h.storage = storage;
        h.connections = connections;
        h.workload = workload;
        return h;
    }

    static HostProfile reference() { return host(16, 4, StorageKind::Ssd, 200, Workload::Web); }

    static QHash<QString, PgSetting> byName(const PgSettings &settings)
    {
        QHash<QString, PgSetting> out;
        for (const PgSetting &s : settings)
            out.insert(s.name, s);
        return out;
    }

    static QHash<QString, PgSetting> tuned(const HostProfile &h)
    {
        const Result<PgSettings> settings = PgTuner::tune(h);
        if (!settings.ok())
            qFatal("%s", qPrintable(settings.error().message));
        return byName(settings.value());
    }

    // Inverse of PgTuner::formatKb, written independently: PostgreSQL's memory units.
    static qint64 kb(const QString &value)
    {
        static const QList<QPair<QString, qint64>> units{
            {"TB", 1LL << 30}, {"GB", 1 << 20}, {"MB", 1 << 10}, {"kB", 1}};
        for (const auto &[unit, factor] : units)
            if (value.endsWith(unit))
                return value.chopped(unit.size()).toLongLong() * factor;
        return -1;
    }

private slots:
    void referenceHostGetsTheGuidesValues_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::newRow("shared_buffers") << "shared_buffers"
                                        << "4GB";
        QTest::newRow("effective_cache_size") << "effective_cache_size"
                                              << "12GB";
        QTest::newRow("maintenance_work_mem") << "maintenance_work_mem"
                                              << "1GB";
        QTest::newRow("wal_buffers") << "wal_buffers"
                                     << "16MB";
        QTest::newRow("min_wal_size") << "min_wal_size"
                                      << "1GB";
        QTest::newRow("max_wal_size") << "max_wal_size"
                                      << "4GB";
        QTest::newRow("checkpoint_completion_target") << "checkpoint_completion_target"
                                                      << "0.9";
        QTest::newRow("random_page_cost") << "random_page_cost"
                                          << "1.1";
        QTest::newRow("effective_io_concurrency") << "effective_io_concurrency"
                                                  << "200";
        QTest::newRow("default_statistics_target") << "default_statistics_target"
                                                   << "100";
        QTest::newRow("max_connections") << "max_connections"
                                         << "200";
        // (16GB − 4GB) / (200 × 3) / 2 workers per gather = 10485kB, shown in whole megabytes.
        QTest::newRow("work_mem") << "work_mem"
                                  << "10MB";
        QTest::newRow("max_parallel_workers_per_gather") << "max_parallel_workers_per_gather"
                                                         << "2";
        QTest::newRow("max_parallel_workers") << "max_parallel_workers"
                                              << "4";
    }

    void referenceHostGetsTheGuidesValues()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        const auto settings = tuned(reference());
        QVERIFY2(settings.contains(name), qPrintable(name));
        QCOMPARE(settings.value(name).value, value);
    }

    void everySettingExplainsItself()
    {
        HostProfile h = reference();
        h.walArchiveDir = QStringLiteral("/var/lib/postgresql/wal-archive");
        for (const PgSetting &s : PgTuner::tune(h).value()) {
            QVERIFY2(!s.formula.isEmpty(), qPrintable(s.name));
            QVERIFY2(s.reason.size() > 20, qPrintable(s.name));
        }
        const auto settings = tuned(h);
        for (const char *name : {"shared_buffers", "max_connections", "wal_buffers", "max_worker_processes",
                                 "shared_preload_libraries", "archive_mode", "autovacuum_max_workers"})
            QVERIFY2(settings.value(QString::fromLatin1(name)).needsRestart, name);
        for (const char *name : {"work_mem", "effective_cache_size", "random_page_cost", "max_wal_size",
                                 "log_min_duration_statement", "archive_command"})
            QVERIFY2(!settings.value(QString::fromLatin1(name)).needsRestart, name);
        QCOMPARE(
            settings.value(QStringLiteral("archive_command")).value,
            QStringLiteral(
                "test ! -f /var/lib/postgresql/wal-archive/%f && cp %p /var/lib/postgresql/wal-archive/%f"));
        QVERIFY(!tuned(reference()).contains(QStringLiteral("archive_mode")));
    }

    void memoryStaysInsideTheHost_data()
    {
        QTest::addColumn<int>("ramGb");
        QTest::addColumn<int>("cpus");
        QTest::addColumn<int>("connections");
        QTest::addColumn<int>("workload");
        for (int ram : {1, 2, 4, 16, 64, 256})
            for (int cpus : {1, 2, 8, 32})
                for (int connections : {20, 200, 1000})
                    for (int w = 0; w < 4; ++w)
                        QTest::addRow("%dGB %d vCPU %d conn w%d", ram, cpus, connections, w)
                            << ram << cpus << connections << w;
    }

    void memoryStaysInsideTheHost()
    {
        QFETCH(int, ramGb);
        QFETCH(int, cpus);
        QFETCH(int, connections);
        QFETCH(int, workload);
        const auto s =
            tuned(host(ramGb, cpus, StorageKind::Ssd, connections, static_cast<Workload>(workload)));
        const qint64 ramKb = qint64(ramGb) * 1024 * 1024;
        const qint64 shared = kb(s.value(QStringLiteral("shared_buffers")).value);
        const qint64 work = kb(s.value(QStringLiteral("work_mem")).value);
        const qint64 maintenance = kb(s.value(QStringLiteral("maintenance_work_mem")).value);
        QVERIFY(shared > 0 && work >= 64 && maintenance > 0);
        QVERIFY(shared % 8 == 0);
        QVERIFY2(work * connections + shared <= ramKb,
                 qPrintable(QString::number(work * connections + shared)));
        QVERIFY(kb(s.value(QStringLiteral("effective_cache_size")).value) < ramKb);
        QVERIFY(maintenance <= 2 * 1024 * 1024);
        QVERIFY(kb(s.value(QStringLiteral("wal_buffers")).value) <= 16 * 1024);
        QVERIFY(s.value(QStringLiteral("max_parallel_workers")).value.toInt() <= cpus);
        QVERIFY(s.value(QStringLiteral("max_parallel_workers_per_gather")).value.toInt() <=
                s.value(QStringLiteral("max_parallel_workers")).value.toInt());
        QVERIFY(s.value(QStringLiteral("max_worker_processes")).value.toInt() >= 8 + cpus);
    }

    void storageAndWorkloadChangeWhatTheyShould()
    {
        const auto hdd = tuned(host(16, 4, StorageKind::Hdd, 200, Workload::Web));
        QCOMPARE(hdd.value(QStringLiteral("random_page_cost")).value, QStringLiteral("4"));
        QCOMPARE(hdd.value(QStringLiteral("effective_io_concurrency")).value, QStringLiteral("2"));
        const auto analytics = tuned(host(16, 4, StorageKind::Ssd, 200, Workload::Analytics));
        QCOMPARE(analytics.value(QStringLiteral("default_statistics_target")).value, QStringLiteral("500"));
        QCOMPARE(analytics.value(QStringLiteral("maintenance_work_mem")).value, QStringLiteral("2GB"));
        QCOMPARE(analytics.value(QStringLiteral("max_wal_size")).value, QStringLiteral("16GB"));
        const auto oltp = tuned(host(16, 4, StorageKind::Ssd, 200, Workload::Oltp));
        QCOMPARE(oltp.value(QStringLiteral("min_wal_size")).value, QStringLiteral("2GB"));
        QCOMPARE(oltp.value(QStringLiteral("max_wal_size")).value, QStringLiteral("8GB"));
        const auto single = tuned(host(2, 1, StorageKind::Ssd, 50, Workload::Web));
        QCOMPARE(single.value(QStringLiteral("max_parallel_workers_per_gather")).value, QStringLiteral("0"));
        // More connections on the same host: less memory per sort.
        QVERIFY(kb(tuned(host(16, 4, StorageKind::Ssd, 400, Workload::Web))
                       .value(QStringLiteral("work_mem"))
                       .value) < kb(tuned(reference()).value(QStringLiteral("work_mem")).value));
    }

    void preloadListIsExtendedNotReplaced()
    {
        HostProfile h = reference();
        const auto unknown = tuned(h).value(QStringLiteral("shared_preload_libraries"));
        QVERIFY(unknown.appendToList);
        QCOMPARE(unknown.value, QStringLiteral("pg_stat_statements"));

        h.preloadLibraries = QStringList{QStringLiteral("pg_cron"), QStringLiteral("pg_net")};
        const auto known = tuned(h).value(QStringLiteral("shared_preload_libraries"));
        QVERIFY(!known.appendToList);
        QCOMPARE(known.value, QStringLiteral("pg_cron, pg_net, pg_stat_statements"));

        h.preloadLibraries = QStringList{QStringLiteral("pg_stat_statements"), QStringLiteral("pg_cron")};
        QCOMPARE(tuned(h).value(QStringLiteral("shared_preload_libraries")).value,
                 QStringLiteral("pg_stat_statements, pg_cron"));
    }

    void badHostsAreRefusedWithTheReason_data()
    {
        QTest::addColumn<qint64>("ramMb");
        QTest::addColumn<int>("cpus");
        QTest::addColumn<int>("connections");
        QTest::addColumn<QString>("archive");
        QTest::addColumn<QString>("code");
        QTest::newRow("tiny RAM") << qint64(512) << 2 << 100 << ""
                                  << "host.ram.range";
        QTest::newRow("no CPU") << qint64(4096) << 0 << 100 << ""
                                << "host.cpus.range";
        QTest::newRow("few connections") << qint64(4096) << 2 << 5 << ""
                                         << "host.connections.range";
        QTest::newRow("relative archive") << qint64(4096) << 2 << 100 << "wal"
                                          << "host.walarchive";
        QTest::newRow("shell in archive") << qint64(4096) << 2 << 100 << "/x;rm -rf /"
                                          << "host.walarchive";
    }

    void badHostsAreRefusedWithTheReason()
    {
        QFETCH(qint64, ramMb);
        QFETCH(int, cpus);
        QFETCH(int, connections);
        QFETCH(QString, archive);
        QFETCH(QString, code);
        HostProfile h;
        h.ramMb = ramMb;
        h.cpus = cpus;
        h.connections = connections;
        h.walArchiveDir = archive;
        const Result<PgSettings> r = PgTuner::tune(h);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QVERIFY(!r.error().message.isEmpty());
    }

    void parsesMemorySizes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("mb");
        QTest::newRow("GiB") << "16GiB" << qint64(16384);
        QTest::newRow("GB") << "16GB" << qint64(16384);
        QTest::newRow("G lower") << "8g" << qint64(8192);
        QTest::newRow("MiB") << "2048MiB" << qint64(2048);
        QTest::newRow("fraction") << "1.5GB" << qint64(1536);
        QTest::newRow("TB") << "1TB" << qint64(1048576);
        QTest::newRow("spaces") << " 4 GiB " << qint64(4096);
        QTest::newRow("no unit") << "16" << qint64(-1);
        QTest::newRow("junk") << "lots" << qint64(-1);
    }

    void parsesMemorySizes()
    {
        QFETCH(QString, text);
        QFETCH(qint64, mb);
        const Result<qint64> r = HostProfile::parseMemoryMb(text);
        QCOMPARE(r.ok() ? r.value() : -1, mb);
    }

    void formatsMemoryLikeShow_data()
    {
        QTest::addColumn<qint64>("kb");
        QTest::addColumn<QString>("text");
        QTest::newRow("GB") << qint64(4194304) << "4GB";
        QTest::newRow("MB not GB") << qint64(1536 * 1024) << "1536MB";
        QTest::newRow("kB") << qint64(10485) << "10485kB";
        QTest::newRow("TB") << qint64(1LL << 30) << "1TB";
    }

    void formatsMemoryLikeShow()
    {
        QFETCH(qint64, kb);
        QFETCH(QString, text);
        QCOMPARE(PgTuner::formatKb(kb), text);
    }

    void comparesByMeaning_data()
    {
        QTest::addColumn<QString>("proposed");
        QTest::addColumn<QString>("current");
        QTest::addColumn<bool>("same");
        QTest::newRow("equal") << "4GB"
                               << "4GB" << true;
        QTest::newRow("other unit") << "1GB"
                                    << "1024MB" << true;
        QTest::newRow("memory differs") << "4GB"
                                        << "128MB" << false;
        QTest::newRow("time") << "1s"
                              << "1000ms" << true;
        QTest::newRow("minutes") << "15min"
                                 << "5min" << false;
        QTest::newRow("decimal") << "0.9"
                                 << "0.90" << true;
        QTest::newRow("number") << "200"
                                << "100" << false;
        QTest::newRow("bool") << "on"
                              << "on" << true;
        QTest::newRow("string") << "%m [%p] %q%u@%d "
                                << "%m [%p] " << false;
    }

    void comparesByMeaning()
    {
        QFETCH(QString, proposed);
        QFETCH(QString, current);
        QFETCH(bool, same);
        PgSetting s;
        s.name = QStringLiteral("x");
        s.value = proposed;
        QCOMPARE(TuningComparison::sameValue(s, current), same);
    }

    void comparisonTellsWhatChangesAndWhetherToRestart()
    {
        const PgSettings settings = PgTuner::tune(reference()).value();
        QHash<QString, QString> current;
        for (const PgSetting &s : settings)
            current.insert(s.name, s.value);
        // A Supabase-like server: several preloaded libraries, pg_stat_statements among them.
        current.insert(QStringLiteral("shared_preload_libraries"),
                       QStringLiteral("pg_stat_statements, pg_cron, \"pg_net\""));
        QList<SettingChange> changes = TuningComparison::compare(settings, current);
        for (const SettingChange &c : changes)
            QVERIFY2(!c.changes, qPrintable(c.proposed.name));
        QVERIFY(!TuningComparison::restartNeeded(changes));

        current.insert(QStringLiteral("work_mem"), QStringLiteral("4MB"));
        changes = TuningComparison::compare(settings, current);
        QVERIFY(!TuningComparison::restartNeeded(changes));
        current.insert(QStringLiteral("shared_buffers"), QStringLiteral("128MB"));
        current.insert(QStringLiteral("shared_preload_libraries"), QStringLiteral("pg_cron"));
        changes = TuningComparison::compare(settings, current);
        QVERIFY(TuningComparison::restartNeeded(changes));
        QStringList changed;
        for (const SettingChange &c : changes)
            if (c.changes)
                changed.append(c.proposed.name);
        QCOMPARE(changed, QStringList({"shared_buffers", "work_mem", "shared_preload_libraries"}));
    }

    void writersProduceSqlAndConf()
    {
        HostProfile h = reference();
        const PgSettings settings = PgTuner::tune(h).value();
        const QString sql = PgConfigWriter::alterSystemSql(settings);
        QVERIFY(sql.contains(QLatin1String("ALTER SYSTEM SET shared_buffers = '4GB';\n")));
        QVERIFY(sql.contains(QLatin1String("ALTER SYSTEM SET log_line_prefix = '%m [%p] %q%u@%d ';\n")));
        QVERIFY(sql.contains(QLatin1String("\\gexec")));
        QVERIFY(sql.contains(QLatin1String("SELECT pg_reload_conf();")));
        const QString conf = PgConfigWriter::conf(settings);
        QVERIFY(conf.contains(QLatin1String("\nshared_buffers = '4GB'\n")));
        QVERIFY(conf.contains(QLatin1String("\n#shared_preload_libraries = 'pg_stat_statements'\n")));
        // Every non-comment line is one setting; count matches.
        int assignments = 0;
        for (const QString &line : conf.split(QLatin1Char('\n')))
            if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
                ++assignments;
        QCOMPARE(assignments, settings.size() - 1);
        h.preloadLibraries = QStringList{QStringLiteral("pg_cron")};
        QVERIFY(PgConfigWriter::alterSystemSql(PgTuner::tune(h).value())
                    .contains(QLatin1String(
                        "ALTER SYSTEM SET shared_preload_libraries = 'pg_cron', 'pg_stat_statements';")));
        QCOMPARE(PgConfigWriter::quoteLiteral(QStringLiteral("it's")), QStringLiteral("'it''s'"));
    }
};

QTEST_GUILESS_MAIN(TestSetupPgTuner)
#include "tst_setuppgtuner.moc"
