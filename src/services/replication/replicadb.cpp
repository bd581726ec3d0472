// SPDX-License-Identifier: GPL-3.0-or-later
#include "replicadb.h"

#include "db/pgconninfo.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace supadesk {

namespace {

QString nextName()
{
    static QAtomicInt counter;
    return QStringLiteral("supadesk-replica-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

ReplicaDb::ReplicaDb(PostgresDsn dsn, int connectTimeoutSeconds)
    : m_dsn(std::move(dsn)), m_name(nextName()), m_timeout(connectTimeoutSeconds)
{}

ReplicaDb::~ReplicaDb()
{
    close();
}

void ReplicaDb::close()
{
    if (!QSqlDatabase::contains(m_name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase ReplicaDb::database() const
{
    return QSqlDatabase::database(m_name, false);
}

bool ReplicaDb::isOpen() const
{
    return QSqlDatabase::contains(m_name) && QSqlDatabase::database(m_name, false).isOpen();
}

Status ReplicaDb::open(ErrorCode failure)
{
    close();
    QSqlDatabase db = PgConnInfo::addConnection(
        m_dsn, m_name,
        QStringLiteral("connect_timeout=%1;application_name=supadesk-replication").arg(m_timeout));
    if (!db.open()) {
        const QString why = db.lastError().text();
        return Error{failure, QCoreApplication::translate("supadesk::ReplicaDb", "Cannot connect to %1: %2")
                                  .arg(m_dsn.redacted(), why)};
    }
    return success();
}

Result<QList<QVariantList>> ReplicaDb::rows(const QString &sql, const QVariantList &bind)
{
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    QSqlQuery query(db);
    bool ok = false;
    if (bind.isEmpty()) {
        ok = query.exec(sql);
    } else {
        ok = query.prepare(sql);
        for (const QVariant &v : bind)
            query.addBindValue(v);
        ok = ok && query.exec();
    }
    if (!ok)
        return Error{ErrorCode::ReplicaStep, query.lastError().databaseText().trimmed().isEmpty()
                                                 ? query.lastError().text()
                                                 : query.lastError().databaseText().trimmed()};
    QList<QVariantList> out;
    while (query.next()) {
        QVariantList row;
        for (int i = 0; i < query.record().count(); ++i)
            row.append(query.value(i));
        out.append(row);
    }
    return out;
}

Result<QVariant> ReplicaDb::value(const QString &sql, const QVariantList &bind)
{
    const auto r = rows(sql, bind);
    if (!r.ok())
        return r.error();
    if (r.value().isEmpty() || r.value().first().isEmpty())
        return Error{ErrorCode::ReplicaStep,
                     QCoreApplication::translate("supadesk::ReplicaDb", "The server returned no row.")};
    return r.value().first().first();
}

Status ReplicaDb::exec(const QString &sql, const QVariantList &bind)
{
    const auto r = rows(sql, bind);
    if (!r.ok())
        return r.error();
    return success();
}

bool ReplicaDb::answers(const PostgresDsn &dsn, int timeoutSeconds)
{
    ReplicaDb db(dsn, timeoutSeconds);
    const Status opened = db.open();
    if (opened.ok())
        return true;
    // Refused logins and "the database system is starting up" come from a live server; a dead one
    // gives no answer ("Connection refused", a timeout).
    const QString m = opened.error().message;
    return m.contains(QLatin1String("authentication")) || m.contains(QLatin1String("pg_hba.conf")) ||
           m.contains(QLatin1String("does not exist")) || m.contains(QLatin1String("starting up"));
}

} // namespace supadesk
