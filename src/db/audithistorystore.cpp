// SPDX-License-Identifier: GPL-3.0-or-later
#include "audithistorystore.h"

#include "historystore.h"
#include "schemamigrator.h"
#include "sqlconnections.h"
#include "sqlitefilehealth.h"

#include <QAtomicInt>
#include <QDir>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace supadesk {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("supadesk-audit-%1").arg(counter.fetchAndAddRelaxed(1));
}

qint64 msOf(const QDateTime &at)
{
    return at.isValid() ? at.toMSecsSinceEpoch() : 0;
}

std::optional<AuditReport> reportOf(const QString &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    return document.isObject() ? auditReportFromJson(document.object()) : std::nullopt;
}

} // namespace

AuditHistoryStore::AuditHistoryStore(QString directory)
    : m_directory(std::move(directory)), m_connectionName(nextConnectionName())
{}

AuditHistoryStore::~AuditHistoryStore()
{
    close();
}

QString AuditHistoryStore::filePath() const
{
    return QDir(m_directory).filePath(HistoryStore::fileName());
}

bool AuditHistoryStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) &&
           QSqlDatabase::database(m_connectionName, false).isOpen();
}

void AuditHistoryStore::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status AuditHistoryStore::open()
{
    close();
    if (!QDir().mkpath(m_directory))
        return Error{ErrorCode::HistoryDir, tr("Cannot create the directory %1.").arg(m_directory)};
    Status opened = [this]() -> Status {
        QSqlDatabase db = SqlConnections::addSqlite(m_connectionName, filePath());
        if (!db.open())
            return Error{ErrorCode::HistoryOpen,
                         tr("Cannot open the local history %1: %2").arg(filePath(), db.lastError().text())};
        const SqliteFileHealth::Check health = SqliteFileHealth::check(db, filePath());
        if (health.verdict == SqliteFileHealth::Verdict::Damaged)
            return Error{ErrorCode::HistoryDamaged,
                         tr("The local history %1 is damaged: %2").arg(filePath(), health.detail)};
        if (health.verdict == SqliteFileHealth::Verdict::Unreadable)
            return Error{ErrorCode::HistoryOpen,
                         tr("Cannot read the local history %1: %2").arg(filePath(), health.detail)};
        const Result<SchemaMigrator> schema = SchemaMigrator::history();
        if (!schema.ok())
            return schema.error();
        if (const Result<SchemaMigrator::Outcome> migrated = schema.value().migrate(db); !migrated.ok())
            return migrated.error();
        if (const QSqlError failed = SqlConnections::useWriteAheadLog(db); failed.isValid())
            return Error{ErrorCode::HistorySql,
                         tr("The local audit history could not be prepared: %1").arg(failed.text())};
        return success();
    }();
    if (!opened.ok())
        close();
    return opened;
}

Status AuditHistoryStore::addRun(const AuditReport &report)
{
    if (!isOpen())
        return Error{ErrorCode::HistoryClosed, tr("The local audit history is not open.")};
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(
        QStringLiteral("INSERT INTO audit_run (stack, started_ms, finished_ms, score, cancelled, report) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    const int score = report.score();
    q.addBindValue(report.stackId);
    q.addBindValue(msOf(report.startedAt));
    q.addBindValue(msOf(report.finishedAt));
    q.addBindValue(score < 0 ? QVariant(QMetaType(QMetaType::Int)) : QVariant(score));
    q.addBindValue(report.cancelled ? 1 : 0);
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(auditReportToJson(report)).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return Error{ErrorCode::HistorySql,
                     tr("The audit run could not be stored: %1").arg(q.lastError().text())};
    return success();
}

Result<std::optional<AuditReport>> AuditHistoryStore::lastRun(const QString &stackId,
                                                              const QDateTime &before) const
{
    if (!isOpen())
        return Error{ErrorCode::HistoryClosed, tr("The local audit history is not open.")};
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT report FROM audit_run WHERE stack = ? AND started_ms < ? "
                             "ORDER BY started_ms DESC, id DESC LIMIT 1"));
    q.addBindValue(stackId);
    q.addBindValue(before.isValid() ? before.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max());
    if (!q.exec())
        return Error{ErrorCode::HistorySql,
                     tr("The local audit history could not be read: %1").arg(q.lastError().text())};
    if (!q.next())
        return std::optional<AuditReport>();
    return reportOf(q.value(0).toString());
}

Result<QList<AuditReport>> AuditHistoryStore::latestRuns() const
{
    if (!isOpen())
        return Error{ErrorCode::HistoryClosed, tr("The local audit history is not open.")};
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    // The newest row of each stack: the highest (started_ms, id) of its rows.
    if (!q.exec(QStringLiteral("SELECT r.report FROM audit_run r WHERE r.id = (SELECT n.id FROM audit_run n "
                               "WHERE n.stack = r.stack ORDER BY n.started_ms DESC, n.id DESC LIMIT 1)")))
        return Error{ErrorCode::HistorySql,
                     tr("The local audit history could not be read: %1").arg(q.lastError().text())};
    QList<AuditReport> out;
    while (q.next())
        if (std::optional<AuditReport> report = reportOf(q.value(0).toString()))
            out.append(*report);
    return out;
}

Result<QList<AuditHistoryStore::ScorePoint>> AuditHistoryStore::scores(const QString &stackId,
                                                                       int limit) const
{
    if (!isOpen())
        return Error{ErrorCode::HistoryClosed, tr("The local audit history is not open.")};
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT started_ms, score FROM audit_run WHERE stack = ? AND cancelled = 0 "
                             "AND score IS NOT NULL ORDER BY started_ms DESC, id DESC LIMIT ?"));
    q.addBindValue(stackId);
    q.addBindValue(std::max(1, limit));
    if (!q.exec())
        return Error{ErrorCode::HistorySql,
                     tr("The local audit history could not be read: %1").arg(q.lastError().text())};
    QList<ScorePoint> out;
    while (q.next())
        out.prepend({QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC), q.value(1).toInt()});
    return out;
}

Status AuditHistoryStore::removeStack(const QString &stackId)
{
    if (!isOpen())
        return Error{ErrorCode::HistoryClosed, tr("The local audit history is not open.")};
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("DELETE FROM audit_run WHERE stack = ?"));
    q.addBindValue(stackId);
    if (!q.exec())
        return Error{ErrorCode::HistorySql,
                     tr("The audit runs could not be removed: %1").arg(q.lastError().text())};
    return success();
}

} // namespace supadesk
