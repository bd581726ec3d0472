// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace supadesk {

// One backup of a stack: a file of the backup folder as the nightly script (BackupScriptWriter) names
// it, a base backup or the WAL range of the PITR folder (PitrRules' layout), or a copy on the rclone
// remote.
struct BackupFile
{
    enum class Kind {
        Dump,    // DB-YYYYMMDDTHHMMSSZ.dump: a custom-format pg_dump
        Globals, // DB-YYYYMMDDTHHMMSSZ.globals.sql: pg_dumpall --globals-only
        Partial, // *.partial: a run that did not finish
        Other,
        BaseBackup, // base/YYYYMMDDTHHMMSSZ of the PITR folder: a pg_basebackup
        WalRange,   // the archived WAL segments, first..last, as one entry
        Storage,    // storage-YYYYMMDDTHHMMSSZ.tar.gz: an archive of the Storage files volume
    };
    QString name;
    qint64 size = 0;
    QDateTime modified; // UTC
    Kind kind = Kind::Other;
    QDateTime taken;        // from the name's stamp (UTC); else the modification time
    bool encrypted = false; // the name ends in .age or .gpg
    bool remote = false;    // a copy on the rclone remote, not a file on the server
    QDateTime until;        // a WAL range: when its newest segment was archived
    int segments = 0;       // a WAL range: how many segments it holds
};

// What a restore could bring back: each is the time of the newest backup of that part, invalid when none.
struct BackupCoverage
{
    QDateTime database;   // the newest good dump
    QDateTime roles;      // the globals beside that dump
    QDateTime storage;    // the newest complete Storage archive
    QDateTime pitrFrom;   // point in time: from the end of the oldest base backup…
    QDateTime pitrUntil;  // …to the newest archived WAL segment
    bool offsite = false; // the newest good dump is on the rclone remote too
    bool pointInTime() const { return pitrFrom.isValid() && pitrUntil.isValid(); }
};

// One run of the nightly script, read from its log.
struct BackupLogRun
{
    enum class Outcome { Ok, Failed, Unfinished };
    QDateTime started; // UTC
    QDateTime finished;
    Outcome outcome = Outcome::Unfinished;
    QString file; // the dump it wrote (a path on the server)
    qint64 size = -1;
    int entries = -1;
    QString message;   // the FAILED: reason
    QStringList notes; // removed old dumps, off-site copy
};

struct BackupCatalogue
{
    QString dir;
    QString log;              // the backup log's path, when known
    QList<BackupFile> files;  // newest first
    QList<BackupLogRun> runs; // newest first
    QString pitrDir;          // the PITR folder listed; empty when the server has none
    QString remote;           // the nightly script's rclone remote; empty: no off-site copy
    QString remoteError;      // why the remote's copies could not be listed

    // The newest dump the log says was written cleanly (or, without a log, the newest dump).
    const BackupFile *newestGoodDump() const;
    // The run that wrote `file`, if the log has it.
    const BackupLogRun *runFor(const BackupFile &file) const;
    BackupCoverage coverage() const;
};

// How a stack's nightly backup stands: the Backups tab, the fleet overview's tile and the Audit show it.
struct BackupHealth
{
    enum class State {
        Ok,       // the newest run succeeded, and its dump is less than kMaxAgeHours old
        Failed,   // the newest run of the log failed
        Missing,  // no good dump within kMaxAgeHours: a nightly run did not happen
        NoBackup, // no good dump at all
    };
    static constexpr int kMaxAgeHours = 26; // a day and the time a run may take
    State state = State::NoBackup;
    QDateTime newestGood; // UTC; invalid without one
    qint64 ageSeconds = -1;
    bool red() const { return state != State::Ok; }

    static BackupHealth of(const BackupCatalogue &catalogue, const QDateTime &now);
    // One line for the fleet overview's tile when red (the tab says more).
    static QString problemText(const BackupCatalogue &catalogue, const BackupHealth &health);
};

// Reads a backup folder's listing and the backup log into a catalogue (no I/O).
class BackupCatalogueReader
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::BackupCatalogueReader)

public:
    static BackupFile::Kind kindOf(const QString &name);
    // "%T@ %s %f" lines of find(1): a folder's files (kind and time come with read()).
    static QList<BackupFile> parseListing(const QString &output);
    // `rclone lsjson` of the remote: its files, marked remote.
    static QList<BackupFile> parseRemote(const QString &json);
    // Base backup folders ("%T@ SIZE NAME" lines) and the WAL archive's summary ("first NAME %T@ SIZE",
    // "last NAME %T@ SIZE", "count N BYTES") of the PITR folder, as catalogue entries.
    static QList<BackupFile> parsePitr(const QString &baseListing, const QString &walSummary);
    // The log lines the script writes: "2026-12-07T03:17:00Z backup of postgres started", "… backup PATH
    // written: N bytes, M entries", "… FAILED: reason", "… removed PATH (…)", "… copied to REMOTE".
    static QList<BackupLogRun> parseLog(const QString &log);
    static BackupCatalogue read(const QString &dir, QList<BackupFile> files, const QString &log);

    // Stable: "dump", "globals", "partial", "other", "base-backup", "wal-range", "storage".
    static QString kindText(BackupFile::Kind kind);
    static QString outcomeText(BackupLogRun::Outcome outcome); // stable: "ok", "failed", "unfinished"
    static QJsonObject toJson(const BackupCatalogue &catalogue);
    // "Covered: the database (date), roles, Storage files (date), a point in time from … to …" and what
    // is not, for the health line and the CLI.
    static QString coverageText(const BackupCoverage &coverage);
};

} // namespace supadesk
