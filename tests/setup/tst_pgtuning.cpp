// SPDX-License-Identifier: GPL-3.0-or-later
// Generated settings on a real PostgreSQL 15: for a grid of hosts the server starts with the
// postgresql.tuning.conf include and SHOW reports every value back; tuning.sql applied through psql
// (ALTER SYSTEM) survives a restart and adds pg_stat_statements to the preload list without dropping
// what was there.
#include "core/setup/pgconfigwriter.h"
#include "core/setup/pgtuner.h"
#include "core/setup/tuningcomparison.h"
#include "scratchpostgres.h"

#include <QtTest>

using namespace supadesk;

class TestPgTuning : public QObject
{
    Q_OBJECT

    ScratchPostgres m_pg;

    static qint64 kb(const QString &value)
    {
        static const QList<QPair<QString, qint64>> units{
            {"TB", 1LL << 30}, {"GB", 1 << 20}, {"MB", 1 << 10}, {"kB", 1}};
        for (const auto &[unit, factor] : units)
            if (value.endsWith(unit))
                return value.chopped(unit.size()).toLongLong() * factor;
        return -1;
    }

    QStringList show(const PgSettings &settings)
    {
        QStringList commands;
        for (const PgSetting &s : settings)
            commands << QStringLiteral("SHOW %1").arg(s.name);
        const ScratchPostgres::Run r = m_pg.psql(commands);
        if (r.code != 0)
            qWarning("%s", qPrintable(r.err));
        // One line per SHOW; an empty setting is an empty line, so only the final newline is dropped.
        QStringList lines = r.out.split(QLatin1Char('\n'));
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        return lines;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(ScratchPostgres::bin(QStringLiteral("initdb"))),
                 "PostgreSQL 15 is missing: apt-get install postgresql-15");
        QVERIFY(m_pg.isValid());
        QVERIFY2(m_pg.init(), qPrintable(m_pg.lastError()));
    }

    // A failed check must not leave the server running for the next row.
    void cleanup() { m_pg.stop(); }

    // A fresh cluster runs PostgreSQL's defaults: the comparison shows what changes and asks for a restart.
    void defaultsDifferAndNeedARestart()
    {
        QVERIFY(m_pg.writeTuning(QString()));
        QVERIFY2(m_pg.start(), qPrintable(m_pg.lastError()));
        HostProfile host;
        host.ramMb = 16384;
        host.cpus = 4;
        host.connections = 200;
        const PgSettings settings = PgTuner::tune(host).value();
        const QStringList shown = show(settings);
        QVERIFY(m_pg.stop());
        QCOMPARE(shown.size(), settings.size());
        QHash<QString, QString> current;
        for (int i = 0; i < shown.size(); ++i)
            current.insert(settings.at(i).name, shown.at(i));
        const QList<SettingChange> changes = TuningComparison::compare(settings, current);
        QVERIFY(TuningComparison::restartNeeded(changes));
        QHash<QString, SettingChange> byName;
        for (const SettingChange &c : changes)
            byName.insert(c.proposed.name, c);
        QCOMPARE(byName.value(QStringLiteral("shared_buffers")).current, QStringLiteral("128MB"));
        QVERIFY(byName.value(QStringLiteral("shared_buffers")).changes);
        QVERIFY(byName.value(QStringLiteral("random_page_cost")).changes);
        QVERIFY(
            !byName.value(QStringLiteral("log_checkpoints")).changes); // on by default since PostgreSQL 15
        QCOMPARE(byName.value(QStringLiteral("max_connections")).current, QStringLiteral("100"));
        QVERIFY(byName.value(QStringLiteral("max_connections")).changes);
    }

    void serverStartsWithGeneratedSettingsAndReportsThem_data()
    {
        QTest::addColumn<int>("ramMb");
        QTest::addColumn<int>("cpus");
        QTest::addColumn<int>("storage");
        QTest::addColumn<int>("connections");
        QTest::addColumn<int>("workload");
        QTest::addColumn<bool>("archive");
        QTest::newRow("2GB 1 vCPU HDD 20 web")
            << 2048 << 1 << int(StorageKind::Hdd) << 20 << int(Workload::Web) << false;
        QTest::newRow("3GB 3 vCPU HDD 500 mixed")
            << 3072 << 3 << int(StorageKind::Hdd) << 500 << int(Workload::Mixed) << false;
        QTest::newRow("4GB 2 vCPU SSD 100 oltp")
            << 4096 << 2 << int(StorageKind::Ssd) << 100 << int(Workload::Oltp) << true;
        QTest::newRow("8GB 4 vCPU HDD 300 analytics")
            << 8192 << 4 << int(StorageKind::Hdd) << 300 << int(Workload::Analytics) << false;
        QTest::newRow("16GB 4 vCPU SSD 200 web (reference)")
            << 16384 << 4 << int(StorageKind::Ssd) << 200 << int(Workload::Web) << false;
        QTest::newRow("12GB 16 vCPU SSD 50 oltp")
            << 12288 << 16 << int(StorageKind::Ssd) << 50 << int(Workload::Oltp) << true;
        QTest::newRow("32GB 8 vCPU SSD 500 mixed")
            << 32768 << 8 << int(StorageKind::Ssd) << 500 << int(Workload::Mixed) << false;
        QTest::newRow("64GB 32 vCPU SSD 400 analytics")
            << 65536 << 32 << int(StorageKind::Ssd) << 400 << int(Workload::Analytics) << false;
    }

    void serverStartsWithGeneratedSettingsAndReportsThem()
    {
        QFETCH(int, ramMb);
        QFETCH(int, cpus);
        QFETCH(int, storage);
        QFETCH(int, connections);
        QFETCH(int, workload);
        QFETCH(bool, archive);
        HostProfile host;
        host.ramMb = ramMb;
        host.cpus = cpus;
        host.storage = static_cast<StorageKind>(storage);
        host.connections = connections;
        host.workload = static_cast<Workload>(workload);
        host.preloadLibraries = QStringList{}; // a fresh cluster preloads nothing
        if (archive) {
            host.walArchiveDir = m_pg.path() + QStringLiteral("/wal-archive");
            QDir().mkpath(host.walArchiveDir);
            ScratchPostgres::handOver(host.walArchiveDir);
        }
        const Result<PgSettings> settings = PgTuner::tune(host);
        QVERIFY(settings.ok());
        QVERIFY(m_pg.writeTuning(PgConfigWriter::conf(settings.value())));
        QVERIFY2(m_pg.start(), qPrintable(m_pg.lastError()));
        const QStringList shown = show(settings.value());
        QCOMPARE(shown.size(), settings.value().size());
        for (int i = 0; i < shown.size(); ++i)
            QCOMPARE(settings.value().at(i).name + QLatin1String(" = ") + shown.at(i),
                     settings.value().at(i).name + QLatin1String(" = ") + settings.value().at(i).value);
        // Compared with what the server now reports, nothing is left to change.
        QHash<QString, QString> current;
        for (int i = 0; i < shown.size(); ++i)
            current.insert(settings.value().at(i).name, shown.at(i));
        for (const SettingChange &c : TuningComparison::compare(settings.value(), current))
            QVERIFY2(!c.changes, qPrintable(c.proposed.name));

        // What the server now reports: every connection sorting at once still fits in RAM.
        const ScratchPostgres::Run mem =
            m_pg.psql({QStringLiteral("SHOW work_mem"), QStringLiteral("SHOW max_connections"),
                       QStringLiteral("SHOW shared_buffers")});
        const QStringList values = mem.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(values.size(), 3);
        QVERIFY(kb(values.at(0)) * values.at(1).toLongLong() + kb(values.at(2)) <= qint64(ramMb) * 1024);

        if (archive) {
            // The archive command works as written: a switched segment lands in the archive.
            const ScratchPostgres::Run r =
                m_pg.psql({QStringLiteral("CREATE TABLE IF NOT EXISTS t AS SELECT 1"),
                           QStringLiteral("SELECT pg_switch_wal()"), QStringLiteral("CHECKPOINT")});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            bool archived = false;
            for (int i = 0; i < 100 && !archived; ++i) {
                archived = !QDir(host.walArchiveDir).entryList(QDir::Files).isEmpty();
                if (!archived)
                    QTest::qWait(100);
            }
            QVERIFY2(archived, "no WAL segment was archived");
        }
        QVERIFY(m_pg.stop());
    }

    void tuningSqlAppliesThroughAlterSystemAndKeepsPreloads()
    {
        // Start from a server that already preloads a library, as Supabase's image does.
        QVERIFY(m_pg.writeTuning(QStringLiteral("shared_preload_libraries = 'auto_explain'\n")));
        QVERIFY2(m_pg.start(), qPrintable(m_pg.lastError()));
        HostProfile host;
        host.ramMb = 8192;
        host.cpus = 2;
        host.connections = 150;
        const PgSettings settings = PgTuner::tune(host).value(); // preload list unknown: merged on the server
        QFile sql(m_pg.path() + QStringLiteral("/tuning.sql"));
        QVERIFY(sql.open(QIODevice::WriteOnly));
        sql.write(PgConfigWriter::alterSystemSql(settings).toUtf8());
        sql.close();
        ScratchPostgres::handOver(sql.fileName());
        for (int pass = 0; pass < 2; ++pass) { // applying twice must not list the library twice
            const ScratchPostgres::Run r = m_pg.psql({}, {QStringLiteral("-f"), sql.fileName()});
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
        QVERIFY(m_pg.stop());
        QVERIFY2(m_pg.start(), qPrintable(m_pg.lastError()));
        const QStringList shown = show(settings);
        QCOMPARE(shown.size(), settings.size());
        for (int i = 0; i < shown.size(); ++i) {
            const PgSetting &s = settings.at(i);
            const QString expected =
                s.appendToList ? QStringLiteral("auto_explain, pg_stat_statements") : s.value;
            QCOMPARE(s.name + QLatin1String(" = ") + shown.at(i), s.name + QLatin1String(" = ") + expected);
        }
        const ScratchPostgres::Run r =
            m_pg.psql({QStringLiteral("CREATE EXTENSION pg_stat_statements"),
                       QStringLiteral("SELECT count(*) > 0 FROM pg_stat_statements")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.trimmed().endsWith(QLatin1Char('t')));
        QVERIFY(m_pg.stop());
    }
};

QTEST_GUILESS_MAIN(TestPgTuning)
#include "tst_pgtuning.moc"
