// SPDX-License-Identifier: GPL-3.0-or-later
#include "streamingcheck.h"

#include "core/setup/secretgenerator.h"
#include "replicadb.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

namespace supadesk {

namespace {

// Asks `probe` every half second until it says yes or the deadline passes.
bool waitFor(const QDeadlineTimer &deadline, const std::function<bool()> &probe)
{
    while (true) {
        if (probe())
            return true;
        if (deadline.hasExpired())
            return false;
        QThread::msleep(500);
    }
}

} // namespace

Status StreamingCheck::run(ReplicaDb &primary, const PostgresDsn &standbyDsn, const QString &slot,
                           int timeoutSeconds, const Log &log)
{
    const QDeadlineTimer deadline(qint64(timeoutSeconds) * 1000);
    const auto say = [&](const QString &line) {
        if (log)
            log(line);
    };
    QString state;
    const bool senderStreams = waitFor(deadline, [&] {
        const auto v =
            primary.value(QStringLiteral("SELECT coalesce((SELECT r.state FROM pg_stat_replication r "
                                         "JOIN pg_replication_slots s ON s.active_pid = r.pid "
                                         "WHERE s.slot_name = ?), '')"),
                          {slot});
        state = v.ok() ? v.value().toString() : QString();
        return state == QLatin1String("streaming");
    });
    if (!senderStreams)
        return Error{ErrorCode::ReplicaStep,
                     tr("The primary does not list a streaming standby on the slot %1 (state: %2).")
                         .arg(slot, state.isEmpty() ? tr("none") : state)};
    say(tr("The primary streams to the standby on the slot %1.").arg(slot));

    ReplicaDb standby(standbyDsn, 5);
    QString receiver;
    const bool receiverStreams = waitFor(deadline, [&] {
        if (!standby.isOpen() && !standby.open().ok())
            return false;
        const auto v =
            standby.value(QStringLiteral("SELECT coalesce((SELECT status FROM pg_stat_wal_receiver), '')"));
        receiver = v.ok() ? v.value().toString() : QString();
        return receiver == QLatin1String("streaming");
    });
    if (!receiverStreams)
        return Error{ErrorCode::ReplicaStep, tr("The standby's WAL receiver does not stream (status: %1).")
                                                 .arg(receiver.isEmpty() ? tr("none") : receiver)};
    say(tr("The standby receives WAL."));

    const QString token = SecretGenerator().hex(8);
    const QString table = QStringLiteral("public.supadesk_replication_check");
    if (const Status made =
            primary.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (token text PRIMARY KEY, "
                                        "written_at timestamptz NOT NULL DEFAULT now())")
                             .arg(table));
        !made.ok())
        return made;
    const Status written =
        primary.exec(QStringLiteral("INSERT INTO %1 (token) VALUES (?)").arg(table), {token});
    const bool seen = written.ok() && waitFor(deadline, [&] {
                          const auto v = standby.value(
                              QStringLiteral("SELECT count(*) FROM %1 WHERE token = ?").arg(table), {token});
                          return v.ok() && v.value().toInt() == 1;
                      });
    (void)primary.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(table));
    if (!written.ok())
        return written;
    if (!seen)
        return Error{ErrorCode::ReplicaStep,
                     tr("A row written on the primary did not arrive on the standby within %n second(s).",
                        nullptr, timeoutSeconds)};
    say(tr("A row written on the primary was read back on the standby."));
    return success();
}

} // namespace supadesk
