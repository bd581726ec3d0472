// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlconnections.h"

#include <QDeadlineTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <mutex>

namespace supadesk {

namespace {

constexpr int kBusyTimeoutMs = 5000;
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;

bool isBusy(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt();
    return code == kSqliteBusy || code == kSqliteLocked;
}

} // namespace

QSqlDatabase SqlConnections::add(const QString &driver, const QString &connectionName)
{
    // QtSql 6.4 registers the clean-up of its driver table on the table's first use, guarded by a plain
    // bool. Two threads making their first connection at once register it twice, and at exit the two
    // clean-ups re-register each other for ever: the process never ends. Listing the drivers once, under
    // a lock, makes that first use happen on one thread only.
    static std::once_flag driversListed;
    std::call_once(driversListed, [] { (void)QSqlDatabase::drivers(); });
    return QSqlDatabase::addDatabase(driver, connectionName);
}

QSqlDatabase SqlConnections::addSqlite(const QString &connectionName, const QString &filePath)
{
    QSqlDatabase db = add(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(filePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    return db;
}

QSqlError SqlConnections::useWriteAheadLog(QSqlDatabase &db)
{
    // Switching a file to WAL needs it to itself for a moment. While another connection is between
    // reading and writing (a store opening the same new file and migrating it), SQLite returns "database
    // is locked" at once rather than calling the busy handler, so the wait is done here.
    const QDeadlineTimer deadline(kBusyTimeoutMs);
    for (const QString &pragma :
         {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL")}) {
        for (int attempt = 0;; ++attempt) {
            QSqlQuery q(db);
            if (q.exec(pragma))
                break;
            if (!isBusy(q.lastError()) || deadline.hasExpired())
                return q.lastError();
            QThread::msleep(std::min(5 + attempt * 5, 50));
        }
    }
    return {};
}

} // namespace supadesk
