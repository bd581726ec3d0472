// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace supadesk {

// One failover as it happened, kept on the desktop so that the day after someone can see when the
// primary moved, who moved it, what was checked and fenced, how far behind the standby was and
// whether the services followed. Holds no secret.
struct FailoverRecord
{
    QDateTime at; // UTC, when the promotion finished (or failed)
    QString user; // the OS user who ran it
    QString stack;
    QString standby;
    QString oldPrimary; // host:port
    QString newPrimary; // host:port, as the stack's services reach it
    QString oldDataDir; // the old primary's data directory, for its re-join
    bool primaryFromDesktop = false;
    bool primaryFromStandby = false;
    bool fenced = false;
    std::optional<qint64> lagBytes; // received but not yet replayed at promotion
    std::optional<double> secondsSinceReplay;
    bool promoted = false;
    QString error;         // why the failover failed; empty when it did not
    QString repoint;       // "done", "unchanged", "failed", "skipped"
    QString repointDetail; // the files changed and their backups, or why not
    QStringList log;

    QJsonObject toJson() const;
    static FailoverRecord fromJson(const QJsonObject &o);
    // A line for lists: "2026-12-08 00:15 UTC  main → spare  by alice  (fenced, services repointed)".
    QString summary() const;
};

using FailoverRecords = QList<FailoverRecord>;

class FailoverRecordText
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::FailoverRecord)

public:
    static QString summary(const FailoverRecord &r);
    static QString repoint(const QString &state);
};

} // namespace supadesk
