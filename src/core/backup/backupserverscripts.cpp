// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupserverscripts.h"

#include "core/backup/drillrules.h"
#include "core/errorcode.h"
#include "core/shellquote.h"

#include <QRegularExpression>

namespace supadesk {

namespace {

// The nightly script's settings, read from the installed script (BackupScriptWriter writes them as
// NAME='value' lines at its top, quoted for the shell).
const char kReadSettings[] = R"SH(
[ -r "$BACKUP_SCRIPT" ] || { echo "@@error backup.missing script $BACKUP_SCRIPT"; exit 3; }
BACKUP_DIR= LOG_FILE= ENV_FILE= CONTAINER= DB_HOST= DB_PORT= DB_NAME= DB_USER=
eval "$(grep -E '^(BACKUP_DIR|LOG_FILE|ENV_FILE|CONTAINER|DB_HOST|DB_PORT|DB_NAME|DB_USER)=' "$BACKUP_SCRIPT")"
)SH";

const char kCatalogue[] = R"SH(
echo "@@dir $BACKUP_DIR"
echo "@@log $LOG_FILE"
if [ -d "$BACKUP_DIR" ]; then
    echo "@@files"
    find "$BACKUP_DIR" -maxdepth 1 -type f -printf '%T@ %s %f\n'
else
    echo "@@error backup.missing dir $BACKUP_DIR"
fi
if [ -r "$LOG_FILE" ]; then
    echo "@@logtext"
    tail -n 2000 -- "$LOG_FILE"
fi
PITR_DIR=
if [ -r "$PITR_SCRIPT" ]; then
    HOST_DIR=
    eval "$(grep -E '^HOST_DIR=' "$PITR_SCRIPT")"
    PITR_DIR=$HOST_DIR
fi
[ -n "$PITR_DIR" ] || PITR_DIR="$BACKUP_DIR/pitr"
if [ -d "$PITR_DIR" ]; then
    echo "@@pitr $PITR_DIR"
    echo "@@base"
    for d in "$PITR_DIR"/base/*/; do
        [ -d "$d" ] || continue
        printf '%s %s %s\n' "$(stat -c %Y -- "$d")" "$(du -sb -- "$d" | cut -f1)" "$(basename -- "$d")"
    done
    echo "@@walrange"
    find "$PITR_DIR/wal" -maxdepth 1 -type f -regextype posix-extended -regex '.*/[0-9A-F]{24}' \
        -printf '%f %T@ %s\n' 2>/dev/null | sort |
        awk '{ n++; bytes += $3; if (n == 1) print "first", $0; last = $0 }
             END { if (n) { print "last", last; print "count", n, bytes } }'
fi
RCLONE_REMOTE=
eval "$(grep -E '^RCLONE_REMOTE=' "$BACKUP_SCRIPT")"
if [ -n "$RCLONE_REMOTE" ]; then
    echo "@@remote $RCLONE_REMOTE"
    if ! command -v rclone >/dev/null 2>&1; then
        echo "@@remoteerror norclone"
    elif listing=$(timeout 120 rclone lsjson --files-only -- "$RCLONE_REMOTE" 2>"/tmp/.supadesk-rclone.$$"); then
        echo "@@remotejson"
        printf '%s\n' "$listing"
    else
        echo "@@remoteerror failed"
        tail -n 3 -- "/tmp/.supadesk-rclone.$$"
    fi
    rm -f -- "/tmp/.supadesk-rclone.$$"
fi
echo "@@end"
)SH";

// clang-format off
const char kDrill[] = R"SH(
set -uo pipefail
umask 077
export LC_MESSAGES=C TZ=UTC PATH="$PATH:/usr/sbin:/sbin"
if [ -n "$RESULT_DIR" ]; then
    mkdir -p "$RESULT_DIR" || exit 1
    exec >"$RESULT_DIR/drill-$(date -u +%Y%m%dT%H%M%SZ).out.partial" 2>&1
fi
echo "@@pid $$ $(ps -o pgid= -p $$ | tr -d ' ')"
echo "@@started $(date -u +%Y-%m-%dT%H:%M:%SZ)"
scratch=
gnupg=
drill_container=
finish() {
    local rc=$?
    if [ -n "$gnupg" ]; then
        gpgconf --homedir "$gnupg" --kill gpg-agent >/dev/null 2>&1
        rm -rf -- "$gnupg"
    fi
    if [ -n "$drill_container" ]; then
        docker rm -f "$drill_container" >/dev/null 2>&1
        echo "@@removedcontainer $drill_container"
    elif [ -n "$scratch" ] && [ -f "$scratch/data/postmaster.pid" ]; then
        as_owner "$BIN_DIR/pg_ctl" -D "$scratch/data" -m immediate -w stop >/dev/null 2>&1
    fi
    if [ -n "$scratch" ]; then
        rm -rf -- "$scratch"
        echo "@@removed $scratch"
    fi
    echo "@@exit $rc"
    echo "@@finished $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    if [ -n "$RESULT_DIR" ]; then
        f=$(ls -1 "$RESULT_DIR"/drill-*.out.partial 2>/dev/null | tail -n 1)
        [ -n "$f" ] && mv -- "$f" "${f%.partial}"
    fi
}
trap finish EXIT
trap 'echo "@@error backup.cancelled"; exit 130' TERM INT HUP
as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
section() { echo "@@$1"; cat -- "$2"; echo; }
# A PostgreSQL program of the scratch instance, run as its owner: in the throwaway container, or from
# BIN_DIR on the server. Files go in on stdin, so the owner need not read the (root-only) backup folder.
pg() {
    local program=$1
    shift
    if [ -n "$drill_container" ]; then
        docker exec -i -u postgres "$drill_container" "$program" "$@"
    else
        as_owner "$BIN_DIR/$program" "$@"
    fi
}
)SH" R"SH(
[ -d "$BACKUP_DIR" ] || { echo "@@error backup.missing dir $BACKUP_DIR"; exit 3; }
if [ -z "$DUMP" ]; then
    DUMP=$(ls -1 "$BACKUP_DIR/$DB_NAME"-*.dump "$BACKUP_DIR/$DB_NAME"-*.dump.gpg 2>/dev/null | sort | tail -n 1)
    [ -n "$DUMP" ] || { echo "@@error backup.missing nodump $BACKUP_DIR"; exit 3; }
fi
[ -f "$DUMP" ] || { echo "@@error backup.missing dump $DUMP"; exit 3; }
SEALED=
[ "${DUMP%.gpg}" = "$DUMP" ] || SEALED=.gpg
GLOBALS="${DUMP%.dump$SEALED}.globals.sql$SEALED"
[ -f "$GLOBALS" ] || GLOBALS=
echo "@@dump $DUMP"
echo "@@globalsfile $GLOBALS"
# The scratch instance: a throwaway container from the db service's own image where Docker runs (the
# same PostgreSQL and extensions as the live database), else a scratch cluster from the server's programs.
DRILL_IMAGE=
if [ "$DRILL_IN" != cluster ] && command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
    compose="$(dirname -- "$ENV_FILE")/docker-compose.yml"
    [ -r "$compose" ] && DRILL_IMAGE=$(awk '
        /^services:/ { in_services = 1; next }
        in_services && /^[^[:space:]#]/ { in_services = 0 }
        in_services && /^  [A-Za-z0-9_.-]+:/ { service = $1; sub(/:$/, "", service) }
        in_services && service == "db" && $1 == "image:" { gsub(/["\047]/, "", $2); print $2; exit }
    ' "$compose")
    case $DRILL_IMAGE in *'$'*) DRILL_IMAGE= ;; esac
fi
)SH" R"SH(
if [ -n "$DRILL_IMAGE" ]; then
    echo "@@step scratch"
    scratch=$(mktemp -d "$SCRATCH_BASE/supadesk-drill-XXXXXX") || { echo "@@error backup.drill scratch $SCRATCH_BASE"; exit 3; }
    # Set before the run: the trap removes the container however far its start got. No network, no
    # password: the restore only talks to itself on a socket in the scratch folder.
    drill_container="supadesk-drill-${scratch##*-}"
    echo "@@container $DRILL_IMAGE $drill_container"
    docker run -d --rm --name "$drill_container" --network none -v "$scratch:$scratch" \
        --entrypoint sleep "$DRILL_IMAGE" infinity >/dev/null 2>"$scratch/runerror" &&
        docker exec "$drill_container" chown postgres "$scratch" 2>>"$scratch/runerror" ||
        { section initerror "$scratch/runerror"; echo "@@error backup.drill container $DRILL_IMAGE"; exit 3; }
else
  if [ -z "$BIN_DIR" ]; then
    for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V); do [ -x "$d/initdb" ] && BIN_DIR=$d; done
fi
if [ -z "$BIN_DIR" ] && p=$(command -v initdb 2>/dev/null); then BIN_DIR=$(dirname "$p"); fi
  [ -n "$BIN_DIR" ] && [ -x "$BIN_DIR/initdb" ] || { echo "@@error backup.drill nobin"; exit 3; }
fi
echo "@@restoreversion $(pg pg_restore --version)"

if [ -n "$SEALED" ]; then
    # An encrypted backup: the secret key comes from the desktop's keychain on this script's stdin and
    # lives only in a gpg home in memory (/dev/shm) until the trap removes it; the plain dump goes into
    # the scratch folder, which the trap removes too.
    echo "@@step decrypt"
    command -v gpg >/dev/null || { echo "@@error backup.drill nogpg"; exit 3; }
    [ -n "$scratch" ] || scratch=$(mktemp -d "$SCRATCH_BASE/supadesk-drill-XXXXXX") ||
        { echo "@@error backup.drill scratch $SCRATCH_BASE"; exit 3; }
    gnupg=$(mktemp -d /dev/shm/supadesk-gpg-XXXXXX 2>/dev/null) || gnupg=$(mktemp -d "$scratch/gnupg-XXXXXX") ||
        { echo "@@error backup.drill scratch $SCRATCH_BASE"; exit 3; }
    gpg --homedir "$gnupg" --batch --quiet --import >/dev/null 2>&1 &&
        gpg --homedir "$gnupg" --batch --quiet --list-secret-keys 2>/dev/null | grep -q . ||
        { echo "@@error backup.drill nokey"; exit 3; }
    for f in "$DUMP" ${GLOBALS:+"$GLOBALS"}; do
        plain="$scratch/$(basename -- "${f%.gpg}")"
        gpg --homedir "$gnupg" --batch --quiet --output "$plain" --decrypt "$f" 2>"$scratch/decrypterror" ||
            { section initerror "$scratch/decrypterror"; echo "@@error backup.drill decrypt"; exit 3; }
    done
    gpgconf --homedir "$gnupg" --kill gpg-agent >/dev/null 2>&1
    rm -rf -- "$gnupg"
    gnupg=
    DUMP="$scratch/$(basename -- "${DUMP%.gpg}")"
    [ -z "$GLOBALS" ] || GLOBALS="$scratch/$(basename -- "${GLOBALS%.gpg}")"
fi

echo "@@step toc"
pg pg_restore --list <"$DUMP" >"$SCRATCH_BASE/.supadesk-toc.$$" 2>"$SCRATCH_BASE/.supadesk-tocerr.$$"
echo "@@tocexit $?"
section toc "$SCRATCH_BASE/.supadesk-toc.$$"
section tocerror "$SCRATCH_BASE/.supadesk-tocerr.$$"
rm -f -- "$SCRATCH_BASE/.supadesk-toc.$$" "$SCRATCH_BASE/.supadesk-tocerr.$$"

echo "@@step disk"
size=$(stat -c %s -- "$DUMP")
avail=$(($(df -Pk -- "$SCRATCH_BASE" | awk 'NR == 2 { print $4 }') * 1024))
echo "@@disk $size $avail"
[ "$avail" -ge $((size * DISK_FACTOR + DISK_BASE)) ] || exit 4

echo "@@step live"
password=$(sed -n 's/^[[:space:]]*\(export[[:space:]]\+\)\{0,1\}POSTGRES_PASSWORD=//p' "$ENV_FILE" 2>/dev/null | tail -n 1)
password=${password%%[[:space:]]}
password=${password#\"}
password=${password%\"}
password=${password#\'}
password=${password%\'}
[ -n "$scratch" ] || scratch=$(mktemp -d "$SCRATCH_BASE/supadesk-drill-XXXXXX") ||
    { echo "@@error backup.drill scratch $SCRATCH_BASE"; exit 3; }
[ -n "$drill_container" ] || [ "$(id -u)" != 0 ] || chown postgres "$scratch"
# The live database is only read: a read-only transaction, its password in docker's environment.
PGPASSWORD=$password PGOPTIONS='-c default_transaction_read_only=on' docker exec -i -e PGPASSWORD -e PGOPTIONS \
    "$CONTAINER" psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" -X -A -t -q -F '|' \
    -v ON_ERROR_STOP=1 -c "$(printf "$TABLES_SQL" "$EXACT_LIMIT")" >"$scratch/live" 2>"$scratch/liveerror"
echo "@@liveexit $?"
section live "$scratch/live"
section liveerror "$scratch/liveerror"
unset password

echo "@@step scratch"
pg initdb -D "$scratch/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync \
    >"$scratch/initdb" 2>&1 || { section initerror "$scratch/initdb"; echo "@@error backup.drill initdb"; exit 3; }
printf "\nlisten_addresses = ''\nunix_socket_directories = '%s'\nfsync = off\nfull_page_writes = off\nsynchronous_commit = off\nautovacuum = off\n" \
    "$scratch" >>"$scratch/data/postgresql.conf"
pg pg_ctl -D "$scratch/data" -l "$scratch/data/server.log" -w -t 120 start >/dev/null 2>&1 ||
    { section initerror "$scratch/data/server.log"; echo "@@error backup.drill start"; exit 3; }
connect=(-h "$scratch" -U postgres --no-password)

if [ -n "$GLOBALS" ]; then
    echo "@@step globals"
    echo "@@globalsroles"
    grep '^CREATE ROLE ' -- "$GLOBALS"
    pg psql "${connect[@]}" -X -q -d postgres -f - <"$GLOBALS" >/dev/null 2>"$scratch/globalserror"
    echo "@@globalsexit $?"
    section globalserror "$scratch/globalserror"
    owner=()
else
    owner=(--no-owner --no-privileges)
fi

echo "@@step restore"
pg pg_restore "${connect[@]}" -d postgres "${owner[@]}" <"$DUMP" >/dev/null 2>"$scratch/restoreerror"
echo "@@restoreexit $?"
section restoreerror "$scratch/restoreerror"

echo "@@step compare"
pg psql "${connect[@]}" -d postgres -X -A -t -q -F '|' -v ON_ERROR_STOP=1 \
    -c "$(printf "$TABLES_SQL" 9223372036854775807)" >"$scratch/restored" 2>&1
echo "@@restoredexit $?"
section restored "$scratch/restored"
echo "@@roles"
pg psql "${connect[@]}" -d postgres -X -A -t -q -c 'SELECT rolname FROM pg_catalog.pg_roles ORDER BY 1'
echo "@@step remove"
exit 0
)SH";
// clang-format on

// The tables pg_dump dumps (as DrillInventory reads them), each with its estimate, its changes since the
// last analyze, when that was, and an exact count below the limit (printf fills %s) where readable.
const char kTablesSql[] =
    "SELECT n.nspname, c.relname, coalesce(s.n_live_tup, 0), coalesce(s.n_mod_since_analyze, 0), "
    "coalesce((extract(epoch FROM greatest(s.last_analyze, s.last_autoanalyze)) * 1000)::bigint, -1), "
    "CASE WHEN coalesce(s.n_live_tup, 0) < %s AND has_table_privilege(c.oid, 'SELECT') THEN "
    "(xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %%I.%%I', n.nspname, "
    "c.relname), false, true, '')))[1]::text::bigint ELSE -1 END "
    "FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
    "LEFT JOIN pg_catalog.pg_stat_user_tables s ON s.relid = c.oid "
    "WHERE c.relkind IN ('r', 'p') AND c.relpersistence <> 't' "
    "AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
    "AND n.nspname NOT LIKE 'pg\\_toast%%' AND n.nspname NOT LIKE 'pg\\_temp\\_%%' "
    "AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_class'::regclass "
    "AND d.objid = c.oid AND d.deptype = 'e') ORDER BY 1, 2";

QString assign(const char *name, const QString &value)
{
    return QLatin1String(name) + QLatin1Char('=') + shellQuote(value) + QLatin1Char('\n');
}

QString header(const BackupServerPaths &paths)
{
    return QStringLiteral("#!/usr/bin/env bash\n# Generated by Supadesk.\n") +
           assign("BACKUP_SCRIPT", paths.backupScript) + QString::fromLatin1(kReadSettings);
}

// "|"-separated rows of kTablesSql; `live`: the side whose estimate and changes count.
QList<DrillSideTable> parseTables(const QString &text, const QDateTime &dumpTime, bool live)
{
    QList<DrillSideTable> out;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList f = line.split(QLatin1Char('|'));
        if (f.size() != 6)
            continue;
        DrillSideTable t;
        t.schema = f.at(0);
        t.name = f.at(1);
        const qint64 exact = f.at(5).toLongLong();
        t.exact = exact >= 0;
        t.rows = t.exact ? exact : f.at(2).toLongLong();
        if (live) {
            const qint64 analyzed = f.at(4).toLongLong();
            // The dump's time has whole seconds: an analyze within that second came before it.
            if (analyzed < 0 || !dumpTime.isValid() || analyzed < dumpTime.toMSecsSinceEpoch() + 1000)
                t.changedSinceDump = f.at(3).toLongLong();
        }
        out << t;
    }
    return out;
}

Error errorFrom(const QString &line)
{
    // "backup.missing dir PATH", "backup.missing dump PATH", "backup.drill initdb", …
    const QString code = line.section(QLatin1Char(' '), 0, 0);
    const QString what = line.section(QLatin1Char(' '), 1, 1);
    const QString rest = line.section(QLatin1Char(' '), 2);
    if (ErrorCatalogue::fromCode(code) == ErrorCode::BackupCancelled)
        return Error{ErrorCode::BackupCancelled,
                     BackupServerScripts::tr("The drill was cancelled; its scratch cluster was removed.")};
    if (what == QLatin1String("script"))
        return Error{ErrorCode::BackupMissing,
                     BackupServerScripts::tr("There is no nightly backup script %1 on the server: install it "
                                             "on the Setup wizard's Backups page.")
                         .arg(rest)};
    if (what == QLatin1String("dir"))
        return Error{ErrorCode::BackupMissing,
                     BackupServerScripts::tr("The backup folder %1 does not exist on the server.").arg(rest)};
    if (what == QLatin1String("nodump"))
        return Error{ErrorCode::BackupMissing,
                     BackupServerScripts::tr("The backup folder %1 holds no dump.").arg(rest)};
    if (what == QLatin1String("dump"))
        return Error{ErrorCode::BackupMissing,
                     BackupServerScripts::tr("The dump %1 does not exist on the server.").arg(rest)};
    if (what == QLatin1String("nobin"))
        return Error{ErrorCode::BackupDrill,
                     BackupServerScripts::tr("The server has no PostgreSQL programs (initdb, pg_ctl, "
                                             "pg_restore) for a scratch cluster: install postgresql-client "
                                             "and postgresql of the stack's major version.")};
    if (what == QLatin1String("nogpg"))
        return Error{ErrorCode::BackupDrill,
                     BackupServerScripts::tr("The backup is encrypted, and the server has no gpg to decrypt "
                                             "it for the drill (apt-get install gnupg).")};
    if (what == QLatin1String("nokey"))
        return Error{ErrorCode::BackupDrill,
                     BackupServerScripts::tr("The backup is encrypted: a drill needs the stack's backup key "
                                             "from this computer's keychain. Run the drill from Supadesk on "
                                             "the computer that made the key.")};
    if (what == QLatin1String("decrypt"))
        return Error{
            ErrorCode::BackupDrill,
            BackupServerScripts::tr("The backup could not be decrypted with the stack's backup key:")};
    if (what == QLatin1String("container"))
        return Error{ErrorCode::BackupDrill,
                     BackupServerScripts::tr("A scratch container from %1 could not be started:").arg(rest)};
    if (what == QLatin1String("scratch"))
        return Error{ErrorCode::BackupDrill,
                     BackupServerScripts::tr("No scratch folder could be made in %1.").arg(rest)};
    return Error{ErrorCode::BackupDrill,
                 BackupServerScripts::tr("The scratch cluster could not be started (%1).").arg(what)};
}

} // namespace

QHash<QString, QString> BackupServerScripts::sections(const QString &output)
{
    QHash<QString, QString> out;
    QString name;
    QString text;
    const auto flush = [&] {
        if (!name.isEmpty())
            out.insert(name, text);
    };
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("@@"))) {
            flush();
            name = line.mid(2).section(QLatin1Char(' '), 0, 0);
            text = line.mid(2).section(QLatin1Char(' '), 1);
            if (!text.isEmpty())
                text += QLatin1Char('\n');
            continue;
        }
        if (!name.isEmpty())
            text += line + QLatin1Char('\n');
    }
    flush();
    return out;
}

QString BackupServerScripts::asRoot(const QString &script, const QString &pathFirst)
{
    QString body = script;
    if (!pathFirst.isEmpty())
        body.prepend(QStringLiteral("PATH=") + shellQuote(pathFirst) +
                     QStringLiteral(":$PATH; export PATH\n"));
    body.prepend(QStringLiteral("PATH=\"$PATH:/usr/sbin:/sbin\"; export PATH\n"));
    const QString encoded = QString::fromLatin1(body.toUtf8().toBase64());
    return QStringLiteral(
               "s=$(printf %s '%1' | base64 -d); if [ \"$(id -u)\" = 0 ]; then exec bash -c \"$s\" "
               "supadesk; elif sudo -n true 2>/dev/null; then exec sudo -n bash -c \"$s\" supadesk; "
               "else echo @@nosudo; exit %2; fi")
        .arg(encoded)
        .arg(kNoSudo);
}

QString BackupServerScripts::catalogueScript(const BackupServerPaths &paths)
{
    return header(paths) + assign("PITR_SCRIPT", paths.pitrScript) + QString::fromLatin1(kCatalogue);
}

Result<BackupCatalogue> BackupServerScripts::parseCatalogue(const QString &output)
{
    const QHash<QString, QString> s = sections(output);
    if (s.contains(QStringLiteral("nosudo")))
        return Error{ErrorCode::BackupMissing,
                     tr("Reading the backups needs root: the login needs passwordless sudo.")};
    if (s.contains(QStringLiteral("error")))
        return errorFrom(s.value(QStringLiteral("error")).trimmed());
    const QString dir = s.value(QStringLiteral("dir")).trimmed();
    QList<BackupFile> files = BackupCatalogueReader::parseListing(s.value(QStringLiteral("files")));
    files += BackupCatalogueReader::parsePitr(s.value(QStringLiteral("base")),
                                              s.value(QStringLiteral("walrange")));
    files += BackupCatalogueReader::parseRemote(s.value(QStringLiteral("remotejson")));
    BackupCatalogue catalogue = BackupCatalogueReader::read(dir, files, s.value(QStringLiteral("logtext")));
    catalogue.pitrDir = s.value(QStringLiteral("pitr")).trimmed();
    catalogue.remote = s.value(QStringLiteral("remote")).trimmed();
    const QString remoteError = s.value(QStringLiteral("remoteerror")).trimmed();
    if (remoteError == QLatin1String("norclone"))
        catalogue.remoteError =
            tr("rclone is not installed on the server: the copies on %1 cannot be listed.")
                .arg(catalogue.remote);
    else if (!remoteError.isEmpty())
        catalogue.remoteError =
            tr("rclone could not list %1: %2")
                .arg(catalogue.remote, remoteError.section(QLatin1Char('\n'), 1).simplified());
    catalogue.log = s.value(QStringLiteral("log")).trimmed();
    return catalogue;
}

QString BackupServerScripts::backupNowScript(const BackupServerPaths &paths)
{
    return QStringLiteral("echo \"@@pid $$ $(ps -o pgid= -p $$ | tr -d ' ')\"\n") + header(paths) +
           QStringLiteral("echo @@output\nbash -- \"$BACKUP_SCRIPT\" 2>&1\necho \"@@exit $?\"\n");
}

QString BackupServerScripts::killScript(qint64 processGroup)
{
    return QStringLiteral("kill -TERM -- -%1 2>/dev/null; exit 0\n").arg(processGroup);
}

qint64 BackupServerScripts::processGroupOf(const QString &output)
{
    static const QRegularExpression pid(QStringLiteral("^@@pid (\\d+) (\\d+)$"),
                                        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = pid.match(output);
    return m.hasMatch() ? m.captured(2).toLongLong() : 0;
}

QString BackupServerScripts::drillScript(const BackupServerPaths &paths, const QString &dumpFile,
                                         const QString &resultDir)
{
    QString sql = QString::fromLatin1(kTablesSql);
    return header(paths) + assign("DUMP", dumpFile) + assign("RESULT_DIR", resultDir) +
           assign("SCRATCH_BASE", paths.scratchBase) + assign("BIN_DIR", paths.binDir) +
           assign("DRILL_IN", paths.drillIn) +
           assign("DISK_FACTOR", QString::number(DrillRules::kDiskFactor)) +
           assign("DISK_BASE", QString::number(DrillRules::kDiskBaseBytes)) +
           assign("EXACT_LIMIT", QString::number(DrillRules::kExactRowLimit)) + assign("TABLES_SQL", sql) +
           QString::fromLatin1(kDrill);
}

std::optional<DrillStep> BackupServerScripts::stepOf(const QString &line)
{
    static const QHash<QString, DrillStep> steps{
        {QStringLiteral("decrypt"), DrillStep::Decrypt}, {QStringLiteral("toc"), DrillStep::Toc},
        {QStringLiteral("disk"), DrillStep::Disk},       {QStringLiteral("live"), DrillStep::Live},
        {QStringLiteral("scratch"), DrillStep::Scratch}, {QStringLiteral("globals"), DrillStep::Globals},
        {QStringLiteral("restore"), DrillStep::Restore}, {QStringLiteral("compare"), DrillStep::Compare},
        {QStringLiteral("remove"), DrillStep::Remove},
    };
    if (!line.startsWith(QLatin1String("@@step ")))
        return std::nullopt;
    const auto it = steps.constFind(line.mid(7).trimmed());
    return it == steps.cend() ? std::nullopt : std::optional<DrillStep>(*it);
}

QString BackupServerScripts::stepText(DrillStep step)
{
    switch (step) {
    case DrillStep::Decrypt:
        return tr("Decrypting the backup with the key from the keychain");
    case DrillStep::Toc:
        return tr("Reading the dump's table of contents");
    case DrillStep::Disk:
        return tr("Checking the free disk for the scratch restore");
    case DrillStep::Live:
        return tr("Counting the live database's tables");
    case DrillStep::Scratch:
        return tr("Creating the scratch cluster");
    case DrillStep::Globals:
        return tr("Restoring the roles and globals");
    case DrillStep::Restore:
        return tr("Restoring the dump");
    case DrillStep::Compare:
        return tr("Comparing the restore with the live database");
    case DrillStep::Remove:
        return tr("Removing the scratch cluster");
    }
    return {};
}

Result<DrillResult> BackupServerScripts::parseDrill(const QString &output, const QString &stackId)
{
    const QHash<QString, QString> s = sections(output);
    const auto value = [&](const char *name) { return s.value(QLatin1String(name)).trimmed(); };
    if (s.contains(QStringLiteral("nosudo")))
        return Error{ErrorCode::BackupDrill, tr("A restore drill needs root on the server: the login needs "
                                                "passwordless sudo.")};
    if (s.contains(QStringLiteral("error"))) {
        Error e = errorFrom(value("error"));
        if (s.contains(QStringLiteral("initerror")))
            e.message += QLatin1Char(' ') + value("initerror").section(QLatin1Char('\n'), -3);
        return e;
    }
    DrillResult r;
    r.stackId = stackId;
    r.dumpFile = value("dump");
    r.globalsFile = value("globalsfile");
    r.startedAt = QDateTime::fromString(value("started"), Qt::ISODate).toUTC();
    const int restoreMajor = DrillRules::majorOf(value("restoreversion").section(QLatin1Char(')'), 1));

    // The archive's header: what made it, and whether the server's PostgreSQL can read it.
    if (!s.contains(QStringLiteral("tocexit")))
        return Error{ErrorCode::BackupDrill,
                     tr("The drill ended before it read the dump (%1).")
                         .arg(value("exit").isEmpty() ? tr("no exit status") : value("exit"))};
    if (value("tocexit") != QLatin1String("0")) {
        const QString why = value("tocerror");
        if (DrillRules::isUnsupportedArchive(why))
            return Error{ErrorCode::BackupNewer,
                         tr("PostgreSQL %1's pg_restore on the server cannot read %2, which a newer pg_dump "
                            "wrote: %3")
                             .arg(restoreMajor)
                             .arg(r.dumpFile, why)};
        r.restoreErrors = DrillRules::errorLines(why);
        if (r.restoreErrors.isEmpty())
            r.restoreErrors << why;
        r.evidence << tr("pg_restore cannot read the dump %1: %2").arg(r.dumpFile, r.restoreErrors.first());
        r.status = DrillResult::Status::Fail;
        return r;
    }
    const Result<DumpToc> toc = DrillRules::parseToc(s.value(QStringLiteral("toc")));
    if (!toc.ok())
        return toc.error();
    if (const auto newer = DrillRules::versionProblem(toc.value(), restoreMajor))
        return *newer;
    r.dumpCreatedAt = toc.value().createdAt;
    r.dumpedFrom = toc.value().dumpedFrom;

    const QStringList disk = value("disk").split(QLatin1Char(' '));
    if (disk.size() == 2)
        if (const auto problem = DrillRules::diskProblem(disk.at(0).toLongLong(), disk.at(1).toLongLong()))
            return Error{problem->id, problem->message + QLatin1Char(' ') + tr("(on the server)")};
    if (s.contains(QStringLiteral("error")) || !s.contains(QStringLiteral("liveexit")))
        return Error{ErrorCode::BackupDrill,
                     tr("The drill ended early (exit status %1).").arg(value("exit"))};
    if (value("liveexit") != QLatin1String("0"))
        return Error{
            ErrorCode::BackupDrill,
            tr("The live database could not be read through the container: %1").arg(value("liveerror"))};
    if (!s.contains(QStringLiteral("restoredexit")))
        return Error{ErrorCode::BackupDrill,
                     tr("The drill ended early (exit status %1).").arg(value("exit"))};
    const QString container = value("container");
    if (container.isEmpty())
        r.evidence << tr("Scratch cluster: PostgreSQL %1 on the server.").arg(restoreMajor);
    else
        r.evidence << tr("Scratch container from the db service's image %1 (PostgreSQL %2).")
                          .arg(container.section(QLatin1Char(' '), 0, 0))
                          .arg(restoreMajor);

    if (!r.globalsFile.isEmpty()) {
        r.roles = DrillRules::rolesOf(s.value(QStringLiteral("globalsroles")));
        r.restoreErrors += DrillRules::errorLines(s.value(QStringLiteral("globalserror")));
        if (value("globalsexit") != QLatin1String("0") && r.restoreErrors.isEmpty())
            r.restoreErrors << value("globalserror");
    }
    QStringList restoreErrors = DrillRules::errorLines(s.value(QStringLiteral("restoreerror")));
    if (value("restoreexit") != QLatin1String("0") && restoreErrors.isEmpty())
        restoreErrors
            << tr("pg_restore exited with status %1: %2").arg(value("restoreexit"), value("restoreerror"));
    r.restoreErrors += restoreErrors;
    if (value("restoredexit") != QLatin1String("0"))
        return Error{ErrorCode::BackupDrill,
                     tr("The restore's tables could not be listed: %1").arg(value("restored"))};

    r.tables = DrillRules::compareTables(parseTables(s.value(QStringLiteral("live")), r.dumpCreatedAt, true),
                                         parseTables(s.value(QStringLiteral("restored")), {}, false));
    const QStringList present = s.value(QStringLiteral("roles")).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &role : std::as_const(r.roles))
        if (!present.contains(role))
            r.missingRoles << role;
    DrillRules::judge(r);
    if (s.contains(QStringLiteral("removedcontainer")))
        r.evidence << tr("The scratch container %1 was removed.").arg(value("removedcontainer"));
    else if (s.contains(QStringLiteral("removed")))
        r.evidence << tr("The scratch cluster was removed.");
    const QDateTime finished = QDateTime::fromString(value("finished"), Qt::ISODate);
    if (finished.isValid() && r.startedAt.isValid())
        r.durationMs = r.startedAt.msecsTo(finished);
    return r;
}

QString BackupServerScripts::scheduleScript(const BackupServerPaths &paths, int dayOfMonth, int hour,
                                            int minute)
{
    const QString drill = drillScript(paths, QString(), paths.resultDir);
    const QString encoded = QString::fromLatin1(drill.toUtf8().toBase64());
    const QString when = QStringLiteral("%1 %2 %3 * *").arg(minute).arg(hour).arg(dayOfMonth);
    const QString calendar = QStringLiteral("*-*-%1 %2:%3:00")
                                 .arg(dayOfMonth, 2, 10, QLatin1Char('0'))
                                 .arg(hour, 2, 10, QLatin1Char('0'))
                                 .arg(minute, 2, 10, QLatin1Char('0'));
    return QStringLiteral("set -e\n") + assign("DRILL", paths.drillScript) +
           assign("RESULT_DIR", paths.resultDir) + assign("UNIT_DIR", paths.unitDir) +
           assign("CRON_FILE", paths.cronFile) +
           QStringLiteral("mkdir -p \"$(dirname \"$DRILL\")\" \"$RESULT_DIR\" \"$(dirname \"$CRON_FILE\")\"\n"
                          "printf %s '") +
           encoded +
           QStringLiteral(
               "' | base64 -d >\"$DRILL.new\"\n"
               "chmod 700 \"$DRILL.new\"\nmv \"$DRILL.new\" \"$DRILL\"\n"
               "if [ -d /run/systemd/system ] && command -v systemctl >/dev/null; then\n"
               "  printf '[Unit]\\nDescription=Supadesk monthly restore "
               "drill\\n\\n[Service]\\nType=oneshot\\n"
               "ExecStart=%s\\n' \"$DRILL\" >\"$UNIT_DIR/supadesk-restore-drill.service\"\n"
               "  printf '[Unit]\\nDescription=Supadesk monthly restore drill\\n\\n[Timer]\\nOnCalendar=") +
           calendar +
           QStringLiteral("\\nPersistent=true\\n\\n[Install]\\nWantedBy=timers.target\\n' "
                          ">\"$UNIT_DIR/supadesk-restore-drill.timer\"\n"
                          "  systemctl daemon-reload && systemctl enable --now supadesk-restore-drill.timer\n"
                          "  echo \"@@scheduled systemd\"\n"
                          "else\n"
                          "  printf '%s root %s >/dev/null 2>&1\\n' '") +
           when +
           QStringLiteral("' \"$DRILL\" >\"$CRON_FILE\"\n"
                          "  chmod 644 \"$CRON_FILE\"\n"
                          "  echo \"@@scheduled cron\"\n"
                          "fi\n");
}

QString BackupServerScripts::unscheduleScript(const BackupServerPaths &paths)
{
    return assign("DRILL", paths.drillScript) + assign("UNIT_DIR", paths.unitDir) +
           assign("CRON_FILE", paths.cronFile) +
           QStringLiteral("if [ -f \"$UNIT_DIR/supadesk-restore-drill.timer\" ]; then\n"
                          "  systemctl disable --now supadesk-restore-drill.timer 2>/dev/null || true\n"
                          "  rm -f \"$UNIT_DIR/supadesk-restore-drill.service\" "
                          "\"$UNIT_DIR/supadesk-restore-drill.timer\"\n"
                          "  systemctl daemon-reload 2>/dev/null || true\nfi\n"
                          "rm -f \"$CRON_FILE\" \"$DRILL\"\necho @@unscheduled\n");
}

QString BackupServerScripts::pullScript(const BackupServerPaths &paths)
{
    return assign("RESULT_DIR", paths.resultDir) +
           QStringLiteral(
               "for f in \"$RESULT_DIR\"/drill-*.out; do\n"
               "  [ -f \"$f\" ] || continue\n"
               "  echo \"@@file $f\"\n  cat -- \"$f\"\n  echo\n  echo \"@@endfile\"\n"
               "  mv -- \"$f\" \"$f.pulled\"\n"
               "done\n"
               "find \"$RESULT_DIR\" -name 'drill-*.out.pulled' -mtime +400 -delete 2>/dev/null\nexit 0\n");
}

QHash<QString, QString> BackupServerScripts::pulledFiles(const QString &output)
{
    // A result file holds "@@" lines of its own: split on the file markers only.
    QHash<QString, QString> files;
    QString current;
    QString text;
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("@@file "))) {
            current = line.mid(7);
            text.clear();
        } else if (line == QLatin1String("@@endfile")) {
            if (!current.isEmpty())
                files.insert(current, text);
            current.clear();
        } else if (!current.isEmpty()) {
            text += line + QLatin1Char('\n');
        }
    }
    return files;
}

} // namespace supadesk
