// SPDX-License-Identifier: GPL-3.0-or-later
// A backup folder and the nightly script's log read into a catalogue: file kinds by name, runs with their
// outcome (written, FAILED, never finished), a log cut in the middle of a run, and the newest good dump.
#include "core/backup/backupcatalogue.h"

#include <QtTest>

using namespace supadesk;

namespace {

BackupFile file(const QString &name, qint64 size = 100)
{
    BackupFile f;
    f.name = name;
    f.size = size;
    f.modified = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
    return f;
}

} // namespace

class TestBackupCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void kindsByName()
    {
        QCOMPARE(BackupCatalogueReader::kindOf(QStringLiteral("postgres-20261207T031700Z.dump")),
                 BackupFile::Kind::Dump);
        QCOMPARE(BackupCatalogueReader::kindOf(QStringLiteral("postgres-20261207T031700Z.globals.sql")),
                 BackupFile::Kind::Globals);
        QCOMPARE(BackupCatalogueReader::kindOf(QStringLiteral("postgres-20261207T031700Z.dump.partial")),
                 BackupFile::Kind::Partial);
        QCOMPARE(BackupCatalogueReader::kindOf(QStringLiteral("notes.txt")), BackupFile::Kind::Other);
        // The nightly job's Storage archive, and files encrypted before they leave the server.
        QCOMPARE(BackupCatalogueReader::kindOf(QStringLiteral("storage-20261207T031700Z.tar.gz")),
                 BackupFile::Kind::Storage);
        QCOMPARE(BackupCatalogueReader::kindOf(QStringLiteral("storage-20261207T031700Z.tar.gz.age")),
                 BackupFile::Kind::Storage);
        QCOMPARE(BackupCatalogueReader::kindOf(QStringLiteral("storage-20261207T031700Z.tar.gz.partial")),
                 BackupFile::Kind::Partial);
        QCOMPARE(BackupCatalogueReader::kindOf(QStringLiteral("postgres-20261207T031700Z.dump.gpg")),
                 BackupFile::Kind::Dump);
        QCOMPARE(BackupCatalogueReader::kindOf(QStringLiteral("storage.tar.gz")), BackupFile::Kind::Other);
    }

    void datesByNameElseByFileTime()
    {
        const QList<BackupFile> listed = BackupCatalogueReader::parseListing(
            QStringLiteral("1765000000.5 42 postgres-20261207T031700Z.dump\n"
                           "1765000000 7 by hand.dump\n"
                           "not a line\n"));
        QCOMPARE(listed.size(), 2);
        const BackupCatalogue c = BackupCatalogueReader::read(QStringLiteral("/b"), listed, QString());
        QCOMPARE(c.files.at(0).taken, QDateTime(QDate(2026, 12, 7), QTime(3, 17), Qt::UTC));
        QCOMPARE(c.files.at(1).name, QStringLiteral("by hand.dump"));
        QCOMPARE(c.files.at(1).taken, QDateTime::fromSecsSinceEpoch(1765000000, Qt::UTC));
    }

    void everyKindAndWhatIsCovered()
    {
        const QString log =
            QStringLiteral("2026-12-07T03:17:00Z backup of postgres started\n"
                           "2026-12-07T03:17:03Z backup /b/postgres-20261207T031700Z.dump.age written: 10 "
                           "bytes, 3 entries\n");
        QList<BackupFile> files{file(QStringLiteral("postgres-20261207T031700Z.dump.age")),
                                file(QStringLiteral("postgres-20261207T031700Z.globals.sql.age"))};
        const BackupCatalogue noStorage = BackupCatalogueReader::read(QStringLiteral("/b"), files, log);
        BackupCoverage cover = noStorage.coverage();
        QVERIFY(cover.database.isValid());
        QVERIFY(cover.roles.isValid());
        QVERIFY(!cover.storage.isValid());
        QVERIFY(!cover.pointInTime());
        QVERIFY(!cover.offsite);
        QVERIFY(noStorage.files.first().encrypted);
        QVERIFY(
            BackupCatalogueReader::coverageText(cover).contains(QStringLiteral("Not covered: Storage files, "
                                                                               "a point in time.")));

        files << file(QStringLiteral("storage-20261207T031800Z.tar.gz"));
        // Base backups (folders named by their stamp) and the WAL archive's first and last segment.
        const qint64 first = QDateTime(QDate(2026, 12, 6), QTime(1, 50), Qt::UTC).toSecsSinceEpoch();
        const qint64 last = QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC).toSecsSinceEpoch();
        files += BackupCatalogueReader::parsePitr(
            QStringLiteral(
                "%1 3000 20261206T014700Z\n%2 3100 20261207T014700Z\n%2 10 20261207T020000Z.partial\n")
                .arg(first)
                .arg(last),
            QStringLiteral("first 000000010000000000000003 %1 16777216\nlast 000000010000000000000009 %2.25 "
                           "16777216\ncount 7 117440512\n")
                .arg(first)
                .arg(last));
        files += BackupCatalogueReader::parseRemote(QStringLiteral(
            R"([{"Path":"postgres-20261207T031700Z.dump.age","Name":"postgres-20261207T031700Z.dump.age",)"
            R"("Size":10,"ModTime":"2026-12-07T03:20:00.000000000Z","IsDir":false},)"
            R"({"Path":"old","Name":"old","Size":-1,"ModTime":"2026-12-01T00:00:00Z","IsDir":true}])"));
        const BackupCatalogue c = BackupCatalogueReader::read(QStringLiteral("/b"), files, log);
        QHash<BackupFile::Kind, int> kinds;
        for (const BackupFile &f : c.files)
            ++kinds[f.kind];
        QCOMPARE(kinds.value(BackupFile::Kind::Dump), 2); // the server's and the remote's
        QCOMPARE(kinds.value(BackupFile::Kind::Globals), 1);
        QCOMPARE(kinds.value(BackupFile::Kind::Storage), 1);
        QCOMPARE(kinds.value(BackupFile::Kind::BaseBackup), 2);
        QCOMPARE(kinds.value(BackupFile::Kind::WalRange), 1);
        QCOMPARE(kinds.value(BackupFile::Kind::Partial), 1);
        const auto wal = std::find_if(c.files.cbegin(), c.files.cend(), [](const BackupFile &f) {
            return f.kind == BackupFile::Kind::WalRange;
        });
        QCOMPARE(wal->name, QStringLiteral("wal/000000010000000000000003 … 000000010000000000000009"));
        QCOMPARE(wal->taken, QDateTime::fromSecsSinceEpoch(first, Qt::UTC));
        QCOMPARE(wal->size, 117440512);
        QCOMPARE(wal->segments, 7);
        // The remote copy is no newer good dump of the server, yet it makes the dump off-site.
        QVERIFY(!c.newestGoodDump()->remote);
        cover = c.coverage();
        QVERIFY(cover.offsite);
        QCOMPARE(cover.storage, QDateTime(QDate(2026, 12, 7), QTime(3, 18), Qt::UTC));
        QVERIFY(cover.pointInTime());
        QCOMPARE(cover.pitrFrom, QDateTime(QDate(2026, 12, 6), QTime(1, 47), Qt::UTC));
        QCOMPARE(cover.pitrUntil, QDateTime::fromMSecsSinceEpoch(last * 1000 + 250, Qt::UTC));
        QVERIFY2(!BackupCatalogueReader::coverageText(cover).contains(QStringLiteral("Not covered")),
                 qPrintable(BackupCatalogueReader::coverageText(cover)));
        const QJsonObject json = BackupCatalogueReader::toJson(c);
        QVERIFY(!json.value(QStringLiteral("covered")).toObject().value(QStringLiteral("storage")).isNull());
        QCOMPARE(json.value(QStringLiteral("files")).toArray().size(), c.files.size());
    }

    // The nightly script's gpg encryption: X.gpg is of X's kind, under X's stamp.
    void encryptedFilesKeepTheirKind()
    {
        QCOMPARE(BackupCatalogueReader::kindOf(QStringLiteral("postgres-20261207T031700Z.dump.gpg")),
                 BackupFile::Kind::Dump);
        QCOMPARE(BackupCatalogueReader::kindOf(QStringLiteral("postgres-20261207T031700Z.globals.sql.gpg")),
                 BackupFile::Kind::Globals);
        QCOMPARE(BackupCatalogueReader::kindOf(QStringLiteral("postgres-20261207T031700Z.dump.partial.gpg")),
                 BackupFile::Kind::Partial);
        BackupFile sealed;
        sealed.name = QStringLiteral("postgres-20261207T031700Z.dump.gpg");
        sealed.size = 10;
        const BackupCatalogue c = BackupCatalogueReader::read(QStringLiteral("/b"), {sealed}, QString());
        QCOMPARE(c.files.first().taken, QDateTime(QDate(2026, 12, 7), QTime(3, 17), Qt::UTC));
    }

    void readsRuns()
    {
        const QString log = QStringLiteral(
            "2026-12-05T03:17:03Z backup /b/postgres-20261205T031700Z.dump written: 10 bytes, 3 entries\n"
            "2026-12-06T03:17:00Z backup of postgres started\n"
            "2026-12-06T03:17:02Z globals /b/postgres-20261206T031700Z.globals.sql written: 5 bytes\n"
            "2026-12-06T03:17:03Z backup /b/postgres-20261206T031700Z.dump written: 20 bytes, 4 entries\n"
            "2026-12-06T03:17:04Z removed /b/postgres-20261120T031700Z.dump (older than 14 days)\n"
            "garbage line\n"
            "2026-12-07T03:17:00Z backup of postgres started\n"
            "2026-12-07T03:17:01Z FAILED: pg_dump exited with an error\n"
            "2026-12-08T03:17:00Z backup of postgres started\n");
        const QList<BackupLogRun> runs = BackupCatalogueReader::parseLog(log);
        QCOMPARE(runs.size(), 4);
        QCOMPARE(runs.at(0).outcome, BackupLogRun::Outcome::Unfinished);
        QCOMPARE(runs.at(1).outcome, BackupLogRun::Outcome::Failed);
        QCOMPARE(runs.at(1).message, QStringLiteral("pg_dump exited with an error"));
        QCOMPARE(runs.at(2).outcome, BackupLogRun::Outcome::Ok);
        QCOMPARE(runs.at(2).size, 20);
        QCOMPARE(runs.at(2).entries, 4);
        QCOMPARE(runs.at(2).notes.size(), 2);
        QCOMPARE(runs.at(2).started, QDateTime(QDate(2026, 12, 6), QTime(3, 17), Qt::UTC));
        // The log began after its run's start line: the run starts at its first line.
        QCOMPARE(runs.at(3).outcome, BackupLogRun::Outcome::Ok);
        QCOMPARE(runs.at(3).file, QStringLiteral("/b/postgres-20261205T031700Z.dump"));
    }

    void findsTheNewestGoodDump()
    {
        const QString log = QStringLiteral(
            "2026-12-05T03:17:00Z backup of postgres started\n"
            "2026-12-05T03:17:03Z backup /b/postgres-20261205T031700Z.dump written: 10 bytes, 3 entries\n");
        const BackupCatalogue c =
            BackupCatalogueReader::read(QStringLiteral("/b"),
                                        {file(QStringLiteral("postgres-20261205T031700Z.dump")),
                                         file(QStringLiteral("postgres-20261206T031700Z.dump")),
                                         file(QStringLiteral("postgres-20261205T031700Z.globals.sql"))},
                                        log);
        // Newest first, by the stamp in the name.
        QCOMPARE(c.files.first().name, QStringLiteral("postgres-20261206T031700Z.dump"));
        QCOMPARE(c.files.first().taken, QDateTime(QDate(2026, 12, 6), QTime(3, 17), Qt::UTC));
        // The 6th's dump has no run in the log that wrote it: the 5th's is the newest good one.
        QVERIFY(c.newestGoodDump());
        QCOMPARE(c.newestGoodDump()->name, QStringLiteral("postgres-20261205T031700Z.dump"));
        // Without a log, the newest dump is taken at its word.
        const BackupCatalogue noLog = BackupCatalogueReader::read(
            QStringLiteral("/b"), {file(QStringLiteral("postgres-20261206T031700Z.dump"))}, QString());
        QCOMPARE(noLog.newestGoodDump()->name, QStringLiteral("postgres-20261206T031700Z.dump"));
        const QJsonObject json = BackupCatalogueReader::toJson(c);
        QCOMPARE(json.value(QStringLiteral("newestGoodDump")).toString(),
                 QStringLiteral("postgres-20261205T031700Z.dump"));
        QCOMPARE(json.value(QStringLiteral("files")).toArray().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestBackupCatalogue)
#include "tst_backupcatalogue.moc"
