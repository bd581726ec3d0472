// SPDX-License-Identifier: GPL-3.0-or-later
#include "drillhistorystore.h"

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
    return QStringLiteral("supadesk-drills-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

DrillHistoryStore::DrillHistoryStore(QString directory)
    : m_directory(std::move(directory)), m_connectionName(nextConnectionName())
{}

DrillHistoryStore::~DrillHistoryStore()
{
    close();
}

Status DrillHistoryStore::open()
{
    return HistoryFile::open(m_connectionName, m_directory);
}

void DrillHistoryStore::close()
{
    HistoryFile::close(m_connectionName);
}

bool DrillHistoryStore::isOpen() const
{
    return HistoryFile::isOpen(m_connectionName);
}

Status DrillHistoryStore::add(const DrillResult &drill)
{
    if (!isOpen())
        return Error{ErrorCode::HistoryClosed, tr("The local drill history is not open.")};
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT INTO backup_drill (stack, started_ms, duration_ms, passed, result) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(drill.stackId);
    q.addBindValue(drill.startedAt.isValid() ? drill.startedAt.toMSecsSinceEpoch() : 0);
    q.addBindValue(drill.durationMs);
    q.addBindValue(drill.passed() ? 1 : 0);
    q.addBindValue(QString::fromUtf8(QJsonDocument(drillResultToJson(drill)).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return Error{ErrorCode::HistorySql,
                     tr("The drill could not be stored: %1").arg(q.lastError().text())};
    return success();
}

Result<QList<DrillResult>> DrillHistoryStore::drills(const QString &stackId, int limit) const
{
    if (!isOpen())
        return Error{ErrorCode::HistoryClosed, tr("The local drill history is not open.")};
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT result FROM backup_drill WHERE stack = ? "
                             "ORDER BY started_ms DESC, id DESC LIMIT ?"));
    q.addBindValue(stackId);
    q.addBindValue(std::max(1, limit));
    if (!q.exec())
        return Error{ErrorCode::HistorySql,
                     tr("The local drill history could not be read: %1").arg(q.lastError().text())};
    QList<DrillResult> out;
    while (q.next()) {
        const QJsonDocument document = QJsonDocument::fromJson(q.value(0).toString().toUtf8());
        if (const auto drill = drillResultFromJson(document.object()))
            out << *drill;
    }
    return out;
}

Result<std::optional<DrillResult>> DrillHistoryStore::last(const QString &stackId) const
{
    const Result<QList<DrillResult>> newest = drills(stackId, 1);
    if (!newest.ok())
        return newest.error();
    return newest.value().isEmpty() ? std::optional<DrillResult>() : std::optional(newest.value().first());
}

} // namespace supadesk
