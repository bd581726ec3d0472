// SPDX-License-Identifier: GPL-3.0-or-later
#include "replicafailover.h"

#include "core/replication/replicarules.h"
#include "core/shellquote.h"
#include "hostcommandrunner.h"
#include "replicadb.h"
#include "replicahba.h"
#include "streamingcheck.h"

namespace supadesk {

namespace {

// Runs `command` on `host`; a failure is `code` with the command's last error line.
Result<QByteArray> runOn(HostCommandRunner *host, const QString &command, ErrorCode code,
                         const QByteArray &input = {}, const SecretEnvironment &secrets = {})
{
    const Result<ExecResult> r = host->run(command, input, secrets);
    if (!r.ok())
        return Error{code, r.error().message};
    if (r.value().exitStatus != 0)
        return Error{code, HostCommandRunner::lastLine(r.value().standardError).isEmpty()
                               ? HostCommandRunner::lastLine(r.value().standardOutput)
                               : HostCommandRunner::lastLine(r.value().standardError)};
    return r.value().standardOutput;
}

QString bin(const QString &dir)
{
    return dir.isEmpty() ? QString() : dir + QLatin1Char('/');
}

} // namespace

bool ReplicaPromote::answersFromStandby(const ReplicaPromoteRequest &request)
{
    if (!request.standbyHost || request.primaryAddress.isEmpty())
        return false;
    const Result<ExecResult> ready =
        request.standbyHost->run(QStringLiteral("%1pg_isready -q -h %2 -p %3 -t 5")
                                     .arg(bin(request.binDir), shellQuote(request.primaryAddress))
                                     .arg(request.primaryPort));
    // 0: accepting, 1: rejecting (starting up, shutting down): both mean a server is there.
    return ready.ok() && (ready.value().exitStatus == 0 || ready.value().exitStatus == 1);
}

Status ReplicaPromote::run(const ReplicaPromoteRequest &request, const ReplicaLog &log, PromoteFacts *facts)
{
    PromoteFacts ignored;
    PromoteFacts &found = facts ? *facts : ignored;
    const auto say = [&](const QString &line) {
        if (log)
            log(line);
    };
    ReplicaDb standby(request.standbyDsn);
    if (const Status opened = standby.open(); !opened.ok())
        return opened;
    const auto recovering = standby.value(QStringLiteral("SELECT pg_is_in_recovery()"));
    if (!recovering.ok())
        return recovering.error();
    if (!recovering.value().toBool())
        return Error{
            ErrorCode::ReplicaStep,
            tr("%1 is not a standby: it already accepts writes.").arg(request.standbyDsn.redacted())};

    const auto answersFromStandby = [&] { return ReplicaPromote::answersFromStandby(request); };
    const bool fromDesktop = ReplicaDb::answers(request.primaryDsn);
    const bool fromStandby = !fromDesktop && answersFromStandby();
    found.primaryFromDesktop = fromDesktop;
    found.primaryFromStandby = fromStandby;
    if (fromStandby)
        say(tr("The primary does not answer from here, but it does from the standby's host."));
    if (fromDesktop || fromStandby) {
        if (request.confirmation.isEmpty() || request.confirmation != request.expectedConfirmation)
            return Error{
                ErrorCode::ReplicaPromoteRefused,
                tr("The primary %1 still answers. Promoting the standby now would leave two primaries. "
                   "Confirm with \"%2\" to stop the old primary first and then promote.")
                    .arg(request.primaryDsn.redacted(), request.expectedConfirmation)};
        if (!request.primaryHost || request.primaryDataDir.isEmpty())
            return Error{ErrorCode::ReplicaPromoteRefused,
                         tr("The primary still answers and cannot be fenced: its host and data directory are "
                            "not known. Stop it yourself, then promote.")};
        say(tr("Fencing the old primary: stopping it."));
        const auto stopped = runOn(request.primaryHost,
                                   QStringLiteral("%1pg_ctl -D %2 -m fast -w -t 120 stop")
                                       .arg(bin(request.binDir), shellQuote(request.primaryDataDir)),
                                   ErrorCode::ReplicaPromoteRefused);
        if (!stopped.ok())
            return Error{ErrorCode::ReplicaPromoteRefused,
                         tr("The old primary could not be stopped (%1); nothing was promoted.")
                             .arg(stopped.error().message)};
        if (ReplicaDb::answers(request.primaryDsn) || answersFromStandby())
            return Error{ErrorCode::ReplicaPromoteRefused,
                         tr("The old primary still answers after it was stopped; nothing was promoted.")};
        found.fenced = true;
    } else {
        say(tr("The primary does not answer."));
    }

    // How far behind the standby was: what a promotion now loses of what it had received.
    if (const auto lag = standby.rows(
            QStringLiteral("SELECT pg_wal_lsn_diff(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn()), "
                           "EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp())"));
        lag.ok() && !lag.value().isEmpty()) {
        const QVariantList row = lag.value().first();
        if (!row.value(0).isNull())
            found.lagBytes = row.value(0).toLongLong();
        if (!row.value(1).isNull())
            found.secondsSinceReplay = row.value(1).toDouble();
    }
    say(tr("Promoting the standby."));
    const auto promoted = standby.value(QStringLiteral("SELECT pg_promote(true, 60)"));
    if (!promoted.ok())
        return promoted.error();
    if (!promoted.value().toBool())
        return Error{ErrorCode::ReplicaStep,
                     tr("The standby did not finish its promotion within 60 seconds.")};
    // A transaction id is only handed out by a server that takes writes.
    const auto written = standby.value(QStringLiteral("SELECT txid_current()"));
    if (!written.ok())
        return Error{ErrorCode::ReplicaStep,
                     tr("The promoted server does not take writes: %1").arg(written.error().message)};
    say(tr("The standby is the primary now and takes writes."));
    return success();
}

Status ReplicaRejoin::run(const ReplicaRejoinRequest &r, const ReplicaLog &log)
{
    const auto say = [&](const QString &line) {
        if (log)
            log(line);
    };
    const auto failed = [](const QString &why) { return Error{ErrorCode::ReplicaRejoin, why}; };
    if (!ReplicaRules::isValidIdentifier(r.role) || !ReplicaRules::isValidIdentifier(r.slot))
        return Error{ErrorCode::CliUsage,
                     tr("Role and slot names are lower-case letters, digits and underscores (at most 63).")};
    ReplicaDb primary(r.newPrimaryDsn);
    if (const Status opened = primary.open(ErrorCode::ReplicaRejoin); !opened.ok())
        return opened;
    const auto row =
        primary.rows(QStringLiteral("SELECT pg_is_in_recovery(), current_setting('data_directory'), "
                                    "current_setting('hba_file'), "
                                    "EXISTS (SELECT 1 FROM pg_replication_slots WHERE slot_name = ?)"),
                     {r.slot});
    if (!row.ok() || row.value().isEmpty())
        return failed(row.ok() ? QString() : row.error().message);
    if (row.value().first().at(0).toBool())
        return failed(tr("%1 is still a standby: promote it first.").arg(r.newPrimaryDsn.redacted()));
    const QString newDataDir = row.value().first().at(1).toString();
    const QString hbaFile = row.value().first().at(2).toString();
    const bool slotExists = row.value().first().at(3).toBool();
    const QString b = bin(r.binDir);
    const QString dir = shellQuote(r.oldDataDir);

    // The replication password: given, or the one the promoted standby was set up with.
    QString password = r.password;
    if (password.isEmpty()) {
        const auto conf = runOn(
            r.newPrimaryHost,
            QStringLiteral("cat %1").arg(shellQuote(newDataDir + QStringLiteral("/postgresql.auto.conf"))),
            ErrorCode::ReplicaRejoin);
        if (conf.ok())
            if (const auto info = ReplicaRules::confValue(conf.value(), QStringLiteral("primary_conninfo")))
                for (const auto &part : ReplicaRules::parseConninfo(*info))
                    if (part.first == QLatin1String("password"))
                        password = part.second;
        if (password.isEmpty())
            return failed(tr("The replication role's password is not known: give it."));
    }

    // Fence: the old primary must not run while it is rewound (and not as a second primary at all).
    const Result<ExecResult> status =
        r.oldPrimaryHost->run(QStringLiteral("%1pg_ctl -D %2 status").arg(b, dir));
    if (status.ok() && status.value().exitStatus == 0) {
        say(tr("Stopping the old primary."));
        if (const auto stopped =
                runOn(r.oldPrimaryHost, QStringLiteral("%1pg_ctl -D %2 -m fast -w -t 120 stop").arg(b, dir),
                      ErrorCode::ReplicaRejoin);
            !stopped.ok())
            return stopped.error();
    }
    const auto control =
        runOn(r.oldPrimaryHost, QStringLiteral("LC_ALL=C %1pg_controldata -D %2").arg(b, dir),
              ErrorCode::ReplicaRejoin);
    if (!control.ok())
        return control.error();
    if (const QString blocker =
            ReplicaRules::rewindBlocker(ReplicaRules::parseControlData(QString::fromUtf8(control.value())));
        !blocker.isEmpty())
        return failed(blocker);

    // The new primary lets the old one replicate, on a slot of its own.
    if (!slotExists) {
        if (const Status made =
                primary.exec(QStringLiteral("SELECT pg_create_physical_replication_slot(?)"), {r.slot});
            !made.ok())
            return Error{ErrorCode::ReplicaSlot, made.error().message};
    }
    QString hbaBackup;
    if (const Status hba =
            ReplicaHba::add(r.newPrimaryHost, primary, hbaFile, ReplicaRules::hbaLine(r.role, r.oldAddress),
                            ErrorCode::ReplicaRejoin, &hbaBackup);
        !hba.ok())
        return hba;

    say(tr("Rewinding the old primary to the new primary's timeline (pg_rewind)."));
    const QString source = ReplicaRules::conninfo(
        {{QStringLiteral("host"), r.primaryHost},
         {QStringLiteral("port"), QString::number(r.primaryPort)},
         {QStringLiteral("user"), r.newPrimaryDsn.user},
         {QStringLiteral("dbname"),
          r.newPrimaryDsn.database.isEmpty() ? QStringLiteral("postgres") : r.newPrimaryDsn.database}});
    SecretEnvironment superuser;
    if (!r.newPrimaryDsn.password.isEmpty())
        superuser.append({QStringLiteral("PGPASSWORD"), r.newPrimaryDsn.password});
    if (const auto rewound =
            runOn(r.oldPrimaryHost,
                  QStringLiteral("%1pg_rewind -D %2 --source-server=%3").arg(b, dir, shellQuote(source)),
                  ErrorCode::ReplicaRejoin, {}, superuser);
        !rewound.ok())
        return failed(tr("pg_rewind failed: %1").arg(rewound.error().message));

    // pg_rewind copied the new primary's configuration, its port and old primary_conninfo included:
    // the old primary gets its own port back and follows the new primary.
    const QString autoConf = shellQuote(r.oldDataDir + QStringLiteral("/postgresql.auto.conf"));
    const auto current = runOn(r.oldPrimaryHost, QStringLiteral("cat %1 2>/dev/null || true").arg(autoConf),
                               ErrorCode::ReplicaRejoin);
    if (!current.ok())
        return current.error();
    const QString conninfo = ReplicaRules::conninfo({{QStringLiteral("host"), r.primaryHost},
                                                     {QStringLiteral("port"), QString::number(r.primaryPort)},
                                                     {QStringLiteral("user"), r.role},
                                                     {QStringLiteral("password"), password},
                                                     {QStringLiteral("application_name"), r.slot}});
    const QByteArray conf =
        ReplicaRules::withAutoConf(current.value(), {{QStringLiteral("port"), QString::number(r.oldPort)},
                                                     {QStringLiteral("primary_conninfo"), conninfo},
                                                     {QStringLiteral("primary_slot_name"), r.slot}});
    if (const auto written =
            runOn(r.oldPrimaryHost,
                  QStringLiteral("umask 077 && cat > %1 && touch %2")
                      .arg(autoConf, shellQuote(r.oldDataDir + QStringLiteral("/standby.signal"))),
                  ErrorCode::ReplicaRejoin, conf);
        !written.ok())
        return written.error();

    say(tr("Starting the old primary as a standby."));
    if (const auto started =
            runOn(r.oldPrimaryHost,
                  QStringLiteral("%1pg_ctl -D %2 -l %3 -w -t 120 start")
                      .arg(b, dir, shellQuote(r.oldDataDir + QStringLiteral("/startup.log"))),
                  ErrorCode::ReplicaRejoin);
        !started.ok())
        return started.error();
    const Status streams = StreamingCheck::run(primary, r.oldPrimaryDsn, r.slot, r.verifyTimeoutSeconds, log);
    if (!streams.ok())
        return failed(streams.error().message);
    return dropLeftoverSlots(r, say);
}

Status ReplicaRejoin::dropLeftoverSlots(const ReplicaRejoinRequest &r, const ReplicaLog &log)
{
    // The old primary's slots were for standbys that now follow the new primary (or are this very
    // server): none is in use on a server that has just started as a standby.
    ReplicaDb rejoined(r.oldPrimaryDsn);
    if (const Status opened = rejoined.open(ErrorCode::ReplicaRejoin); !opened.ok())
        return opened;
    const auto unused =
        rejoined.rows(QStringLiteral("SELECT slot_name FROM pg_replication_slots WHERE NOT active"));
    if (!unused.ok())
        return Error{ErrorCode::ReplicaRejoin, unused.error().message};
    for (const QVariantList &row : unused.value()) {
        const QString slot = row.value(0).toString();
        if (const Status dropped =
                rejoined.exec(QStringLiteral("SELECT pg_drop_replication_slot(?)"), {slot});
            !dropped.ok())
            return Error{ErrorCode::ReplicaRejoin,
                         tr("The old primary streams, but its leftover slot %1 could not be dropped: %2")
                             .arg(slot, dropped.error().message)};
        if (log)
            log(tr("Dropped the old primary's leftover slot %1.").arg(slot));
    }
    return success();
}

} // namespace supadesk
