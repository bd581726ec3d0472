// SPDX-License-Identifier: GPL-3.0-or-later
#include "audithistorystore.h"

#include "historyfile.h"

#include <QAtomicInt>
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
    return HistoryFile::path(m_directory);
}

bool AuditHistoryStore::isOpen() const
{
    return HistoryFile::isOpen(m_connectionName);
}

void AuditHistoryStore::close()
{
    HistoryFile::close(m_connectionName);
}

Status AuditHistoryStore::open()
{
    return HistoryFile::open(m_connectionName, m_directory);
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
