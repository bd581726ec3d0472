// SPDX-License-Identifier: GPL-3.0-or-later
// The disaster-recovery runbook of a stack: the stack's own paths and container in the commands of every
// scenario, the contacts, the last drill's verdict, the missing off-site copy and PITR said plainly, and
// the same runbook in Georgian (prose translated, commands unchanged).
#include "core/backup/disasterrunbook.h"

#include <QtTest>

using namespace supadesk;

namespace {

RunbookInput input()
{
    RunbookInput in;
    in.stack.name = QStringLiteral("prod");
    in.stack.sshHost = QStringLiteral("db.example.com");
    in.stack.sshUser = QStringLiteral("ops");
    in.stack.installDir = QStringLiteral("/srv/supabase/docker");
    in.backup.backupDir = QStringLiteral("/var/backups/supabase");
    in.generatedAt = QDateTime(QDate(2026, 12, 7), QTime(21, 0), QTimeZone::utc());
    return in;
}

} // namespace

class TestDisasterRunbook : public QObject
{
    Q_OBJECT

private slots:
    void everyScenarioHasTheStacksCommands()
    {
        RunbookInput in = input();
        in.contacts << QStringLiteral("Nino Beridze, DBA, +995 555 00 00 00");
        in.pitr = PitrLayout();
        const QString md = DisasterRunbook::markdown(in, QStringLiteral("en"));
        QVERIFY(md.startsWith(QLatin1String("# Disaster-recovery runbook: prod\n")));
        QVERIFY(md.contains(QLatin1String("`ops@db.example.com`")));
        QVERIFY(md.contains(QLatin1String("Nino Beridze, DBA")));
        QVERIFY(md.contains(QLatin1String("cd /srv/supabase/docker && docker compose down")));
        QVERIFY(md.contains(QLatin1String(
            "docker exec -i supabase-db pg_restore -U supabase_admin -d postgres --clean --if-exists < "
            "/var/backups/supabase/postgres-STAMP.dump")));
        QVERIFY(md.contains(QLatin1String("Scenario 2: the server is lost")));
        QVERIFY(
            md.contains(QLatin1String("supadesk-cli pitr restore --data-dir /var/backups/supabase/pitr")));
        QVERIFY(md.contains(QLatin1String("restore_command = 'cp /var/lib/postgresql/pitr/wal/%%f")));
        QVERIFY(md.contains(QLatin1String("**No off-site copy is configured**")));
        QVERIFY(md.contains(QLatin1String("**No restore drill is on record**")));
    }

    void withoutPitrTheBadMigrationGoesBackToADump()
    {
        RunbookInput in = input();
        in.backup.rcloneRemote = QStringLiteral("b2:bucket/prod");
        DrillResult drill;
        drill.status = DrillResult::Status::Fail;
        drill.dumpFile = QStringLiteral("/var/backups/supabase/postgres-20261201T031700Z.dump");
        drill.startedAt = QDateTime(QDate(2026, 12, 1), QTime(4, 0), QTimeZone::utc());
        DrillTable table;
        table.schema = QStringLiteral("public");
        table.name = QStringLiteral("orders");
        table.verdict = DrillTable::Verdict::MissingInRestore;
        drill.tables << table;
        in.lastDrill = drill;
        const QString md = DisasterRunbook::markdown(in, QStringLiteral("en"));
        QVERIFY(md.contains(QLatin1String("Point-in-time recovery is not set up")));
        QVERIFY(md.contains(QLatin1String("everything written since that dump is lost")));
        QVERIFY(!md.contains(QLatin1String("pitr restore")));
        QVERIFY(md.contains(QLatin1String("rclone copy b2:bucket/prod/postgres-STAMP.dump")));
        QVERIFY(md.contains(QLatin1String("**FAILED**")));
        QVERIFY(md.contains(QLatin1String("public.orders")));
    }

    void georgianTranslatesTheProseNotTheCommands()
    {
        RunbookInput in = input();
        in.pitr = PitrLayout();
        const QString en = DisasterRunbook::markdown(in, QStringLiteral("en"));
        const QString ka = DisasterRunbook::markdown(in, QStringLiteral("ka"));
        QVERIFY(ka != en);
        QVERIFY2(ka.section(QLatin1Char('\n'), 0, 0).contains(QChar(0x10D0)), qPrintable(ka.left(200))); // ა
        QVERIFY(ka.contains(QLatin1String("cd /srv/supabase/docker && docker compose down")));
        QVERIFY(
            ka.contains(QLatin1String("supadesk-cli pitr restore --data-dir /var/backups/supabase/pitr")));
        // Every prose line of the English runbook is translated.
        const QStringList headings =
            ka.split(QLatin1Char('\n')).filter(QRegularExpression(QStringLiteral("^#")));
        for (const QString &h : headings)
            QVERIFY2(h.contains(QRegularExpression(QStringLiteral("[\\x{10D0}-\\x{10FF}]"))), qPrintable(h));
    }
};

QTEST_GUILESS_MAIN(TestDisasterRunbook)
#include "tst_disasterrunbook.moc"
