// SPDX-License-Identifier: GPL-3.0-or-later
#include "singlestatementquery.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

#include <memory>

namespace supadesk {

namespace {

// The PGconn behind a QPSQL connection (QSqlDriver::handle() documents this use).
PGconn *connectionOf(const QSqlDatabase &db)
{
    if (!db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // Qt 6 names the type after the struct behind libpq's typedef.
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

} // namespace

Result<QByteArray> SingleStatementQuery::firstValue(const QSqlDatabase &db, const QString &statement)
{
    PGconn *connection = connectionOf(db);
    if (!connection || PQstatus(connection) != CONNECTION_OK)
        return Error{
            ErrorCode::SqlConnection,
            QCoreApplication::translate("SingleStatementQuery", "The PostgreSQL connection is not open.")};
    const QByteArray text = statement.toUtf8();
    // No parameters, text results: only the protocol differs from PQexec.
    const std::unique_ptr<PGresult, decltype(&PQclear)> result(
        PQexecParams(connection, text.constData(), 0, nullptr, nullptr, nullptr, nullptr, 0), &PQclear);
    const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        const char *message = result ? PQresultErrorMessage(result.get()) : PQerrorMessage(connection);
        return Error{ErrorCode::SqlFailed, QString::fromUtf8(message).trimmed()};
    }
    if (status != PGRES_TUPLES_OK || PQntuples(result.get()) == 0 || PQnfields(result.get()) == 0)
        return QByteArray();
    return QByteArray(PQgetvalue(result.get(), 0, 0), PQgetlength(result.get(), 0, 0));
}

} // namespace supadesk
