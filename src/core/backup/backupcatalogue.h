// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace supadesk {

// One file of a backup folder as the nightly script (BackupScriptWriter) names them.
struct BackupFile
{
    enum class Kind {
        Dump,    // DB-YYYYMMDDTHHMMSSZ.dump: a custom-format pg_dump
        Globals, // DB-YYYYMMDDTHHMMSSZ.globals.sql: pg_dumpall --globals-only
        Partial, // *.partial: a run that did not finish
        Other,
    };
    QString name;
    qint64 size = 0;
    QDateTime modified; // UTC
    Kind kind = Kind::Other;
    QDateTime taken; // from the name's stamp (UTC); else the modification time
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

    // The newest dump the log says was written cleanly (or, without a log, the newest dump).
    const BackupFile *newestGoodDump() const;
    // The run that wrote `file`, if the log has it.
    const BackupLogRun *runFor(const BackupFile &file) const;
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
};

// Reads a backup folder's listing and the backup log into a catalogue (no I/O).
class BackupCatalogueReader
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::BackupCatalogueReader)

public:
    static BackupFile::Kind kindOf(const QString &name);
    // The log lines the script writes: "2026-12-07T03:17:00Z backup of postgres started", "… backup PATH
    // written: N bytes, M entries", "… FAILED: reason", "… removed PATH (…)", "… copied to REMOTE".
    static QList<BackupLogRun> parseLog(const QString &log);
    static BackupCatalogue read(const QString &dir, QList<BackupFile> files, const QString &log);

    static QString kindText(BackupFile::Kind kind); // stable: "dump", "globals", "partial", "other"
    static QString outcomeText(BackupLogRun::Outcome outcome); // stable: "ok", "failed", "unfinished"
    static QJsonObject toJson(const BackupCatalogue &catalogue);
};

} // namespace supadesk
