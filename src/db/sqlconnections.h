// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace supadesk {

// The one door through which Supadesk adds a QtSql connection, and the settings every local SQLite file
// shares. Connections are made on many threads at once (stores, samplers, the audit), which QtSql 6.4
// does not fully survive on its own: see sqlconnections.cpp.
class SqlConnections
{
public:
    // QSqlDatabase::addDatabase, made safe to call from several threads at the same time.
    static QSqlDatabase add(const QString &driver, const QString &connectionName);
    // A connection to a local SQLite file that waits up to five seconds for another writer.
    static QSqlDatabase addSqlite(const QString &connectionName, const QString &filePath);
    // Write-ahead log and synchronous=NORMAL: a committed transaction survives the process being
    // killed, readers do not block the writer. Retried while another connection holds the file, since
    // SQLite answers "locked" here without waiting when waiting could deadlock. Returns SQLite's error,
    // an invalid QSqlError when both settings took.
    static QSqlError useWriteAheadLog(QSqlDatabase &db);
};

} // namespace supadesk
