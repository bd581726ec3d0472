// SPDX-License-Identifier: GPL-3.0-or-later
#include "pitrserverrestore.h"

#include "core/backup/backupserverscripts.h"
#include "core/errorcode.h"
#include "core/locale/displayformat.h"
#include "core/shellquote.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace supadesk {

namespace {

QString assign(const char *name, const QString &value)
{
    return QLatin1String(name) + QLatin1Char('=') + shellQuote(value) + QLatin1Char('\n');
}

bool safeDir(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^/[A-Za-z0-9_./-]*$"));
    return pattern.match(value).hasMatch() && !value.contains(QLatin1String(".."));
}

Status checkScratch(const PitrServerPaths &paths, const QString &scratchDir)
{
    const QString name = QFileInfo(scratchDir).fileName();
    if (!safeDir(scratchDir) || QFileInfo(scratchDir).path() != paths.scratchBase ||
        !name.startsWith(QLatin1String("supadesk-pitr-")))
        return Error{ErrorCode::BackupPath,
                     PitrServerRestore::tr("%1 is not a scratch instance of a point-in-time restore.")
                         .arg(scratchDir)};
    return success();
}

// clang-format off
const char kCommon[] = R"SH(
set -uo pipefail
umask 077
export LC_MESSAGES=C TZ=UTC PATH="$PATH:/usr/sbin:/sbin"
echo "@@pid $$ $(ps -o pgid= -p $$ | tr -d ' ')"
as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
section() { echo "@@$1"; cat -- "$2" 2>/dev/null; echo; }
if [ -z "$BIN_DIR" ]; then
    for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V); do [ -x "$d/pg_ctl" ] && BIN_DIR=$d; done
fi
if [ -z "$BIN_DIR" ] && p=$(command -v pg_ctl 2>/dev/null); then BIN_DIR=$(dirname "$p"); fi
)SH";

// The scratch restore. The trap removes the scratch folder on any failure or cancel; on success the
// instance is stopped cleanly and kept for the replacement.
const char kRestore[] = R"SH(
made=
kept=
finish() {
    local rc=$?
    if [ -n "$made" ] && [ -z "$kept" ]; then
        [ -f "$SCRATCH/data/postmaster.pid" ] &&
            as_owner "$BIN_DIR/pg_ctl" -D "$SCRATCH/data" -m immediate -w stop >/dev/null 2>&1
        rm -rf -- "$SCRATCH"
        echo "@@removed $SCRATCH"
    fi
    echo "@@exit $rc"
}
trap finish EXIT
trap 'echo "@@error backup.cancelled"; exit 130' TERM INT HUP
[ -n "$BIN_DIR" ] && [ -x "$BIN_DIR/pg_ctl" ] || { echo "@@error pitr.restore nobin"; exit 3; }
base="$PITR_DIR/base/$BASE"
[ -f "$base/base.tar.gz" ] || { echo "@@error backup.missing base $base"; exit 3; }
echo "@@wal"
ls -1 -- "$PITR_DIR/wal" 2>/dev/null
echo "@@step disk"
[ -d "$SCRATCH_BASE" ] || { echo "@@error backup.missing scratchbase $SCRATCH_BASE"; exit 3; }
size=$(du -sb -- "$base" | cut -f1)
need=$((size * 4 + 67108864))
avail=$(($(df -Pk -- "$SCRATCH_BASE" | awk 'NR == 2 { print $4 }') * 1024))
if [ "$avail" -lt "$need" ]; then echo "@@error backup.disk $need $avail $SCRATCH_BASE"; exit 3; fi
mkdir -m 700 -- "$SCRATCH" || { echo "@@error pitr.restore scratch $SCRATCH"; exit 3; }
made=1
echo "@@step unpack"
mkdir -p "$SCRATCH/data/pg_wal"
tar -xzf "$base/base.tar.gz" -C "$SCRATCH/data" 2>"$SCRATCH/unpack.err" ||
    { echo "@@error pitr.restore unpack $base/base.tar.gz"; section detail "$SCRATCH/unpack.err"; exit 3; }
if [ -f "$base/pg_wal.tar.gz" ]; then
    tar -xzf "$base/pg_wal.tar.gz" -C "$SCRATCH/data/pg_wal" 2>"$SCRATCH/unpack.err" ||
        { echo "@@error pitr.restore unpack $base/pg_wal.tar.gz"; section detail "$SCRATCH/unpack.err"; exit 3; }
fi
# The source's own settings stay beside, for the replacement: the replay runs on a private socket.
for f in postgresql.conf postgresql.auto.conf pg_hba.conf; do
    [ -f "$SCRATCH/data/$f" ] && mv -- "$SCRATCH/data/$f" "$SCRATCH/data/$f.supadesk-source"
done
rm -f -- "$SCRATCH/data/postmaster.pid" "$SCRATCH/data/postmaster.opts" "$SCRATCH/data/standby.signal"
printf '%s' "$RECOVERY_CONF" >"$SCRATCH/data/postgresql.conf"
: >"$SCRATCH/data/postgresql.auto.conf"
printf 'local all all trust\n' >"$SCRATCH/data/pg_hba.conf"
[ -f "$SCRATCH/data/pg_ident.conf" ] || : >"$SCRATCH/data/pg_ident.conf"
: >"$SCRATCH/data/recovery.signal"
chmod 700 "$SCRATCH/data"
[ "$(id -u)" = 0 ] && chown -R postgres: "$SCRATCH"
echo "@@step replay"
as_owner "$BIN_DIR/pg_ctl" -D "$SCRATCH/data" -l "$SCRATCH/server.log" -w -t "$REPLAY_SECONDS" start >/dev/null 2>&1
end=$((SECONDS + REPLAY_SECONDS))
while [ "$SECONDS" -lt "$end" ]; do
    grep -q 'database system is ready to accept connections' "$SCRATCH/server.log" 2>/dev/null && break
    grep -q 'FATAL:' "$SCRATCH/server.log" 2>/dev/null && break
    [ -f "$SCRATCH/data/postmaster.pid" ] || { sleep 0.5; break; }
    sleep 0.2
done
section log "$SCRATCH/server.log"
grep -q 'database system is ready to accept connections' "$SCRATCH/server.log" 2>/dev/null || exit 4
echo "@@step inspect"
psql=("$BIN_DIR/psql" -h "$SCRATCH" -U postgres -X -A -t -q -F '|')
echo "@@tables"
for db in $(as_owner "${psql[@]}" -d postgres -c "SELECT datname FROM pg_database WHERE datallowconn AND NOT datistemplate ORDER BY 1"); do
    as_owner "${psql[@]}" -d "$db" -c "$TABLES_SQL"
done
as_owner "$BIN_DIR/pg_ctl" -D "$SCRATCH/data" -m fast -w stop >/dev/null 2>&1 ||
    { echo "@@error pitr.restore stopscratch"; exit 3; }
rm -f -- "$SCRATCH/data/recovery.signal"
kept=1
echo "@@scratch $SCRATCH"
exit 0
)SH";

const char kDiscard[] = R"SH(
if [ -d "$SCRATCH" ]; then
    [ -f "$SCRATCH/data/postmaster.pid" ] && [ -n "$BIN_DIR" ] &&
        as_owner "$BIN_DIR/pg_ctl" -D "$SCRATCH/data" -m immediate -w stop >/dev/null 2>&1
    rm -rf -- "$SCRATCH"
fi
echo "@@removed $SCRATCH"
)SH";

// The replacement. It is not interrupted half-way (TERM is ignored): a cancel between moving the live
// folder aside and starting the restored one would leave no database at all.
const char kReplace[] = R"SH(
trap '' TERM INT HUP
new="$SCRATCH/data"
[ -f "$new/PG_VERSION" ] || { echo "@@error pitr.restore noscratch $SCRATCH"; exit 3; }
[ -f "$new/postmaster.pid" ] && { echo "@@error pitr.restore running $SCRATCH"; exit 3; }
[ -f "$LIVE/PG_VERSION" ] || { echo "@@error pitr.restore nolive $LIVE"; exit 3; }
if [ "$(cat "$new/PG_VERSION")" != "$(cat "$LIVE/PG_VERSION")" ]; then
    echo "@@error pitr.restore version $(cat "$new/PG_VERSION") $(cat "$LIVE/PG_VERSION")"; exit 3
fi
if docker compose version >/dev/null 2>&1; then dc=(docker compose); else dc=(docker-compose); fi
service() { (cd "$COMPOSE_DIR" && "${dc[@]}" "$1" "$SERVICE") >>"$SCRATCH/service.log" 2>&1; }
answers() {
    local end=$((SECONDS + VERIFY_SECONDS))
    while [ "$SECONDS" -lt "$end" ]; do
        r=$(docker exec "$CONTAINER" psql -U supabase_admin -d postgres -X -A -t -c 'SELECT pg_is_in_recovery()' 2>/dev/null)
        [ "$r" = f ] && return 0
        sleep 1
    done
    return 1
}
stamp=$(date -u +%Y%m%dT%H%M%SZ)
aside="$LIVE.before-pitr-$stamp"
failed="$LIVE.failed-pitr-$stamp"
echo "@@step stop"
service stop || { echo "@@error pitr.restore stop"; section detail "$SCRATCH/service.log"; exit 4; }
echo "@@step swap"
mv -- "$LIVE" "$aside" || { service start; echo "@@error pitr.restore moveaside $LIVE"; exit 4; }
echo "@@aside $aside"
if ! mv -- "$new" "$LIVE"; then
    mv -- "$aside" "$LIVE"
    service start
    echo "@@error pitr.restore movein $LIVE"
    exit 4
fi
for f in postgresql.conf postgresql.auto.conf pg_hba.conf; do
    [ -f "$LIVE/$f.supadesk-source" ] && mv -f -- "$LIVE/$f.supadesk-source" "$LIVE/$f"
done
rm -f -- "$LIVE/recovery.signal" "$LIVE/standby.signal"
chown -R --reference="$aside" -- "$LIVE"
chmod 700 "$LIVE"
echo "@@step start"
service start
echo "@@step verify"
if answers; then
    echo "@@verified"
    rm -rf -- "$SCRATCH"
    exit 0
fi
echo "@@step rollback"
section detail "$SCRATCH/service.log"
service stop
mv -- "$LIVE" "$failed" && mv -- "$aside" "$LIVE" && echo "@@failedkept $failed"
service start
if answers; then echo "@@rolledback ok"; else echo "@@rolledback failed"; fi
exit 5
)SH";
// clang-format on

// Every user table of a database with its exact row count: query_to_xml runs one count(*) per table
// inside one statement, so no function has to be created in the restore.
const char kTablesSql[] =
    "SELECT current_database(), n.nspname || '.' || c.relname, "
    "(xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I', n.nspname, "
    "c.relname), false, true, '')))[1]::text "
    "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
    "WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
    "AND n.nspname NOT LIKE 'pg\\_toast%' ORDER BY 2";

QString header(const PitrServerPaths &paths, const QString &scratchDir)
{
    return QStringLiteral("#!/usr/bin/env bash\n# Generated by Supadesk.\n") + assign("SCRATCH", scratchDir) +
           assign("SCRATCH_BASE", paths.scratchBase) + assign("BIN_DIR", paths.binDir) +
           QString::fromLatin1(kCommon);
}

Error scriptError(const QString &line, const QHash<QString, QString> &s)
{
    const QString code = line.section(QLatin1Char(' '), 0, 0);
    const QString what = line.section(QLatin1Char(' '), 1, 1);
    const QString rest = line.section(QLatin1Char(' '), 2);
    const QString detail = s.value(QStringLiteral("detail")).trimmed().section(QLatin1Char('\n'), -3);
    const auto withDetail = [&](const QString &message) {
        return detail.isEmpty() ? message : message + QLatin1Char(' ') + detail;
    };
    const std::optional<ErrorCode> known = ErrorCatalogue::fromCode(code);
    if (known == ErrorCode::BackupCancelled)
        return Error{ErrorCode::BackupCancelled,
                     PitrServerRestore::tr("The restore was cancelled; its scratch instance was removed.")};
    if (known == ErrorCode::BackupDisk) {
        // "backup.disk NEEDED AVAILABLE DIR"
        const DisplayFormat f;
        return Error{ErrorCode::BackupDisk,
                     PitrServerRestore::tr("The restore needs about %1 free in %2, which has %3.")
                         .arg(f.bytes(what.toLongLong()), rest.section(QLatin1Char(' '), 1),
                              f.bytes(rest.section(QLatin1Char(' '), 0, 0).toLongLong()))};
    }
    if (what == QLatin1String("base"))
        return Error{ErrorCode::BackupMissing,
                     PitrServerRestore::tr("The base backup %1 has no base.tar.gz on the server.").arg(rest)};
    if (what == QLatin1String("scratchbase"))
        return Error{ErrorCode::BackupMissing,
                     PitrServerRestore::tr("The scratch folder %1 does not exist on the server.").arg(rest)};
    if (what == QLatin1String("nobin"))
        return Error{
            ErrorCode::PitrRestore,
            PitrServerRestore::tr("The server has no PostgreSQL programs (pg_ctl, psql) for a scratch "
                                  "instance: install postgresql of the stack's major version.")};
    if (what == QLatin1String("scratch"))
        return Error{ErrorCode::PitrRestore,
                     PitrServerRestore::tr("The scratch folder %1 could not be made.").arg(rest)};
    if (what == QLatin1String("unpack"))
        return Error{ErrorCode::PitrRestore,
                     withDetail(PitrServerRestore::tr("%1 could not be unpacked.").arg(rest))};
    if (what == QLatin1String("stopscratch"))
        return Error{ErrorCode::PitrRestore,
                     PitrServerRestore::tr("The scratch instance did not stop cleanly after the restore.")};
    if (what == QLatin1String("noscratch"))
        return Error{ErrorCode::PitrRestore,
                     PitrServerRestore::tr("There is no restored instance in %1: restore into a scratch "
                                           "instance first.")
                         .arg(rest)};
    if (what == QLatin1String("running"))
        return Error{ErrorCode::PitrRestore,
                     PitrServerRestore::tr("The scratch instance in %1 is still running.").arg(rest)};
    if (what == QLatin1String("nolive"))
        return Error{ErrorCode::PitrRestore,
                     PitrServerRestore::tr("%1 is not a PostgreSQL data directory: the live database was "
                                           "not touched.")
                         .arg(rest)};
    if (what == QLatin1String("version"))
        return Error{ErrorCode::PitrRestore,
                     PitrServerRestore::tr("The restore is PostgreSQL %1, the live database %2: the live "
                                           "database was not touched.")
                         .arg(rest.section(QLatin1Char(' '), 0, 0), rest.section(QLatin1Char(' '), 1, 1))};
    if (what == QLatin1String("stop"))
        return Error{ErrorCode::PitrRestore,
                     withDetail(PitrServerRestore::tr("The database service could not be stopped; nothing "
                                                      "was moved."))};
    if (what == QLatin1String("moveaside") || what == QLatin1String("movein"))
        return Error{ErrorCode::PitrRestore,
                     PitrServerRestore::tr("%1 could not be moved; the live database was put back and "
                                           "started.")
                         .arg(rest)};
    return Error{ErrorCode::PitrRestore, PitrServerRestore::tr("The restore failed: %1").arg(line)};
}

} // namespace

QString PitrServerPaths::composeDir() const
{
    return QFileInfo(layout.envFile).path();
}

QString PitrServerPaths::liveData() const
{
    return liveDataDir.isEmpty() ? composeDir() + QStringLiteral("/volumes/db/data") : liveDataDir;
}

PitrWindow PitrServerRestore::window(const PitrStatus &status)
{
    PitrWindow w;
    w.earliest = status.restorableFrom;
    // The newest archived segment holds WAL written up to about the moment it was archived.
    w.latest = status.archiver.lastArchivedTime;
    if (!status.baseBackups.isEmpty() && w.latest.isValid() && w.latest < status.baseBackups.last().stopTime)
        w.latest = status.baseBackups.last().stopTime;
    return w;
}

Result<BaseBackupInfo> PitrServerRestore::checkTarget(const PitrStatus &status, const QDateTime &target)
{
    if (status.baseBackups.isEmpty())
        return Error{ErrorCode::PitrRestore,
                     tr("There is no base backup to restore from: point-in-time recovery needs one.")};
    if (!target.isValid())
        return Error{ErrorCode::PitrTarget, tr("No target time was given.")};
    const PitrWindow w = window(status);
    if (w.latest.isValid() && target > w.latest)
        return Error{ErrorCode::PitrTarget,
                     tr("%1 is after the newest archived WAL (%2): the times that can be restored are %3 "
                        "to %2.")
                         .arg(target.toUTC().toString(Qt::ISODate), w.latest.toUTC().toString(Qt::ISODate),
                              w.earliest.toUTC().toString(Qt::ISODate))};
    return PitrRules::chooseBaseBackup(status.baseBackups, target);
}

QString PitrServerRestore::scratchDirFor(const PitrServerPaths &paths, const QDateTime &now)
{
    return paths.scratchBase + QStringLiteral("/supadesk-pitr-") +
           now.toUTC().toString(QStringLiteral("yyyyMMddTHHmmsszzz"));
}

Result<QString> PitrServerRestore::restoreScript(const PitrServerPaths &paths, const BaseBackupInfo &base,
                                                 const QDateTime &target, const QString &scratchDir)
{
    if (const Status valid = paths.layout.validate(); !valid.ok())
        return valid.error();
    if (const Status scratch = checkScratch(paths, scratchDir); !scratch.ok())
        return scratch.error();
    static const QRegularExpression folder(QStringLiteral("^[0-9]{8}T[0-9]{6}Z$"));
    if (!folder.match(base.folder()).hasMatch())
        return Error{ErrorCode::PitrRestore, tr("\"%1\" is not a base backup of Supadesk.").arg(base.label)};
    return header(paths, scratchDir) + assign("PITR_DIR", paths.layout.hostDir) +
           assign("BASE", base.folder()) + assign("REPLAY_SECONDS", QStringLiteral("3600")) +
           assign("RECOVERY_CONF", PitrRules::recoveryConf(paths.layout.walDir(), target, scratchDir)) +
           assign("TABLES_SQL", QString::fromLatin1(kTablesSql)) + QString::fromLatin1(kRestore);
}

Result<PitrScratchRestore> PitrServerRestore::parseRestore(const QString &output, const BaseBackupInfo &base,
                                                           const QDateTime &target)
{
    const QHash<QString, QString> s = BackupServerScripts::sections(output);
    if (s.contains(QStringLiteral("nosudo")))
        return Error{ErrorCode::PitrRestore,
                     tr("A restore needs root on the server: the login needs passwordless sudo.")};
    if (s.contains(QStringLiteral("error")))
        return scriptError(s.value(QStringLiteral("error")).trimmed(), s);
    PitrScratchRestore r;
    r.base = base;
    r.target = target.toUTC();
    r.outcome = PitrRules::readRecoveryLog(s.value(QStringLiteral("log")));
    const QString when = r.target.toString(Qt::ISODate);
    if (r.outcome.kind != RecoveryOutcome::Kind::Reached || !s.contains(QStringLiteral("scratch"))) {
        const QStringList wal = s.value(QStringLiteral("wal")).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        switch (r.outcome.kind) {
        case RecoveryOutcome::Kind::TargetNotReached:
            if (const auto gap = PitrRules::firstMissingSegment(wal, base.startWal))
                return Error{ErrorCode::PitrWalMissing,
                             tr("The WAL segment %1 is missing from the archive: the replay stopped there, "
                                "before %2. Restore to an earlier time, or find the segment.")
                                 .arg(*gap, when)};
            return Error{ErrorCode::PitrTarget,
                         tr("The archive ends before %1: pick an earlier time, or wait until the WAL of that "
                            "time is archived.")
                             .arg(when)};
        case RecoveryOutcome::Kind::BeforeConsistent:
            return Error{ErrorCode::PitrTarget, tr("%1 is before the base backup %2 was complete: pick a "
                                                   "later time.")
                                                    .arg(when, base.label)};
        case RecoveryOutcome::Kind::Reached:
        case RecoveryOutcome::Kind::Failed:
            break;
        }
        return Error{ErrorCode::PitrRestore,
                     tr("The replay failed: %1")
                         .arg(r.outcome.fatal.isEmpty()
                                  ? tr("exit status %1").arg(s.value(QStringLiteral("exit")).trimmed())
                                  : r.outcome.fatal)};
    }
    r.scratchDir = s.value(QStringLiteral("scratch")).trimmed();
    for (const QString &line :
         s.value(QStringLiteral("tables")).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList f = line.split(QLatin1Char('|'));
        if (f.size() == 3)
            r.tables << PitrScratchTable{f.at(0), f.at(1), f.at(2).toLongLong()};
    }
    static const QRegularExpression logTime(QStringLiteral("log time (.+)$"));
    if (const auto m = logTime.match(r.outcome.lastTransaction); m.hasMatch())
        r.lastReplayed = PitrRules::parseServerTime(m.captured(1));
    r.evidence
        << tr("Base backup %1, ended at %2.").arg(base.label, base.stopTime.toUTC().toString(Qt::ISODate));
    if (!r.outcome.stoppedAt.isEmpty())
        r.evidence << r.outcome.stoppedAt;
    if (!r.outcome.lastTransaction.isEmpty())
        r.evidence << r.outcome.lastTransaction;
    r.evidence << tr("The restored instance is kept, stopped, in %1 on the server.").arg(r.scratchDir);
    return r;
}

Result<QString> PitrServerRestore::discardScript(const PitrServerPaths &paths, const QString &scratchDir)
{
    if (const Status scratch = checkScratch(paths, scratchDir); !scratch.ok())
        return scratch.error();
    return header(paths, scratchDir) + QString::fromLatin1(kDiscard);
}

bool PitrServerRestore::confirmed(const QString &stackName, const QString &typed)
{
    return !stackName.isEmpty() && typed.trimmed() == stackName;
}

Result<QString> PitrServerRestore::replaceScript(const PitrServerPaths &paths, const QString &scratchDir)
{
    if (const Status valid = paths.layout.validate(); !valid.ok())
        return valid.error();
    if (const Status scratch = checkScratch(paths, scratchDir); !scratch.ok())
        return scratch.error();
    if (!safeDir(paths.liveData()) || !safeDir(paths.composeDir()))
        return Error{ErrorCode::BackupPath,
                     tr("\"%1\" must be an absolute path of letters, digits, '_', '.', '-' and '/'.")
                         .arg(paths.liveData())};
    return header(paths, scratchDir) + assign("LIVE", paths.liveData()) +
           assign("COMPOSE_DIR", paths.composeDir()) + assign("SERVICE", paths.layout.service) +
           assign("CONTAINER", paths.layout.container) +
           assign("VERIFY_SECONDS", QString::number(std::max(5, paths.verifySeconds))) +
           QString::fromLatin1(kReplace);
}

Result<PitrReplaceResult> PitrServerRestore::parseReplace(const QString &output)
{
    const QHash<QString, QString> s = BackupServerScripts::sections(output);
    if (s.contains(QStringLiteral("nosudo")))
        return Error{
            ErrorCode::PitrRestore,
            tr("Replacing the database needs root on the server: the login needs passwordless sudo.")};
    if (s.contains(QStringLiteral("error")))
        return scriptError(s.value(QStringLiteral("error")).trimmed(), s);
    const QString aside = s.value(QStringLiteral("aside")).trimmed();
    if (s.contains(QStringLiteral("verified"))) {
        PitrReplaceResult r;
        r.asideDir = aside;
        r.evidence << tr("The restored database runs in place of the live one.")
                   << tr("The old data directory is kept in %1; remove it once you are sure.").arg(aside)
                   << tr("Take a base backup now: the restored database starts a new WAL timeline.");
        return r;
    }
    const QString failed = s.value(QStringLiteral("failedkept")).trimmed();
    const QString detail = s.value(QStringLiteral("detail")).trimmed().section(QLatin1Char('\n'), -3);
    if (s.value(QStringLiteral("rolledback")).trimmed() == QLatin1String("ok"))
        return Error{ErrorCode::PitrRestore,
                     tr("The restored database did not answer, so the old one was moved back and runs "
                        "again. The restored data directory is kept in %1. %2")
                         .arg(failed, detail)
                         .trimmed()};
    const QString where =
        failed.isEmpty()
            ? tr("The old data directory is still in %1.").arg(aside)
            : tr("The old data directory is back in place; the restored one is kept in %1.").arg(failed);
    return Error{ErrorCode::PitrRestore,
                 tr("The restored database did not answer, and after the rollback the database does not "
                    "answer either. %1 Start the db service by hand and read its log. %2")
                     .arg(where, detail)
                     .trimmed()};
}

std::optional<PitrStep> PitrServerRestore::stepOf(const QString &line)
{
    static const char *names[] = {"disk", "unpack", "replay", "inspect", "stop",
                                  "swap", "start",  "verify", "rollback"};
    if (!line.startsWith(QLatin1String("@@step ")))
        return std::nullopt;
    const QString name = line.mid(7).trimmed();
    for (int i = 0; i < int(std::size(names)); ++i)
        if (name == QLatin1String(names[i]))
            return PitrStep(i);
    return std::nullopt;
}

QString PitrServerRestore::stepText(PitrStep step)
{
    switch (step) {
    case PitrStep::Disk:
        return tr("Checking free disk space");
    case PitrStep::Unpack:
        return tr("Unpacking the base backup");
    case PitrStep::Replay:
        return tr("Replaying WAL up to the target time");
    case PitrStep::Inspect:
        return tr("Counting the rows of the restored tables");
    case PitrStep::Stop:
        return tr("Stopping the database service");
    case PitrStep::Swap:
        return tr("Moving the live data directory aside and the restored one in");
    case PitrStep::Start:
        return tr("Starting the database service");
    case PitrStep::Verify:
        return tr("Checking that the database answers");
    case PitrStep::Rollback:
        break;
    }
    return tr("Moving the old data directory back");
}

} // namespace supadesk
