// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyfile.h"

#include "historystore.h"
#include "schemamigrator.h"
#include "sqlconnections.h"
#include "sqlitefilehealth.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>

namespace supadesk {

QString HistoryFile::path(const QString &directory)
{
    return QDir(directory).filePath(HistoryStore::fileName());
}

bool HistoryFile::isOpen(const QString &connectionName)
{
    return QSqlDatabase::contains(connectionName) && QSqlDatabase::database(connectionName, false).isOpen();
}

void HistoryFile::close(const QString &connectionName)
{
    if (!QSqlDatabase::contains(connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

Status HistoryFile::open(const QString &connectionName, const QString &directory)
{
    close(connectionName);
    if (!QDir().mkpath(directory))
        return Error{ErrorCode::HistoryDir, tr("Cannot create the directory %1.").arg(directory)};
    const QString file = path(directory);
    Status opened = [&]() -> Status {
        QSqlDatabase db = SqlConnections::addSqlite(connectionName, file);
        if (!db.open())
            return Error{ErrorCode::HistoryOpen,
                         tr("Cannot open the local history %1: %2").arg(file, db.lastError().text())};
        const SqliteFileHealth::Check health = SqliteFileHealth::check(db, file);
        if (health.verdict == SqliteFileHealth::Verdict::Damaged)
            return Error{ErrorCode::HistoryDamaged,
                         tr("The local history %1 is damaged: %2").arg(file, health.detail)};
        if (health.verdict == SqliteFileHealth::Verdict::Unreadable)
            return Error{ErrorCode::HistoryOpen,
                         tr("Cannot read the local history %1: %2").arg(file, health.detail)};
        const Result<SchemaMigrator> schema = SchemaMigrator::history();
        if (!schema.ok())
            return schema.error();
        if (const Result<SchemaMigrator::Outcome> migrated = schema.value().migrate(db); !migrated.ok())
            return migrated.error();
        if (const QSqlError failed = SqlConnections::useWriteAheadLog(db); failed.isValid())
            return Error{ErrorCode::HistorySql,
                         tr("The local history could not be prepared: %1").arg(failed.text())};
        return success();
    }();
    if (!opened.ok())
        close(connectionName);
    return opened;
}

} // namespace supadesk
