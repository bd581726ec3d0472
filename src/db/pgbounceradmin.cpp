// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgbounceradmin.h"

#include <QCoreApplication>
#include <QRegularExpression>

#ifdef SUPADESK_HAVE_LIBPQ
#include <libpq-fe.h>
#endif

namespace supadesk {

namespace {

#ifdef SUPADESK_HAVE_LIBPQ
PGconn *pg(void *connection)
{
    return static_cast<PGconn *>(connection);
}
#endif

} // namespace

PgBouncerAdmin::PgBouncerAdmin(PostgresDsn dsn) : m_dsn(std::move(dsn)) {}

PgBouncerAdmin::~PgBouncerAdmin()
{
    close();
}

Status PgBouncerAdmin::open()
{
    close();
#ifdef SUPADESK_HAVE_LIBPQ
    QByteArrayList keys{"host", "port", "user", "dbname", "connect_timeout", "application_name"};
    QByteArrayList values{
        // An empty value is left to libpq's default, as an unset field of the DSN should be.
        m_dsn.host.toUtf8(),
        m_dsn.port > 0 ? QByteArray::number(m_dsn.port) : QByteArray(),
        m_dsn.user.toUtf8(),
        "pgbouncer",
        "10",
        "supadesk-stats"};
    if (!m_dsn.password.isEmpty()) {
        keys << "password";
        values << m_dsn.password.toUtf8();
    }
    for (const auto &p : m_dsn.parameters) {
        keys << p.first.toUtf8();
        values << p.second.toUtf8();
    }
    std::vector<const char *> k;
    std::vector<const char *> v;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        k.push_back(keys.at(i).constData());
        v.push_back(values.at(i).constData());
    }
    k.push_back(nullptr);
    v.push_back(nullptr);
    PGconn *conn = PQconnectdbParams(k.data(), v.data(), 0);
    if (PQstatus(conn) != CONNECTION_OK) {
        const QString message = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        PQfinish(conn);
        return Error{ErrorCode::PgBouncerConnect,
                     QCoreApplication::translate("PgBouncerAdmin",
                                                 "Cannot connect to the PgBouncer admin console on %1:%2: %3")
                         .arg(m_dsn.host)
                         .arg(m_dsn.port)
                         .arg(message)};
    }
    m_connection = conn;
    return success();
#else
    return Error{ErrorCode::PgBouncerNoLibpq,
                 QCoreApplication::translate("PgBouncerAdmin",
                                             "This build of Supadesk has no PostgreSQL client library.")};
#endif
}

void PgBouncerAdmin::close()
{
#ifdef SUPADESK_HAVE_LIBPQ
    if (m_connection)
        PQfinish(pg(m_connection));
#endif
    m_connection = nullptr;
}

Result<AdminTable> PgBouncerAdmin::show(const QString &what)
{
    // Only a plain word after SHOW: the console has no parameters, and nothing else may be sent.
    static const QRegularExpression word(QStringLiteral("^[A-Za-z_]+$"));
    if (!word.match(what).hasMatch())
        return Error{ErrorCode::PgBouncerCommand,
                     QCoreApplication::translate("PgBouncerAdmin", "\"%1\" is not a PgBouncer SHOW command.")
                         .arg(what)};
    if (!m_connection) {
        const Status opened = open();
        if (!opened.ok())
            return opened.error();
    }
    Result<AdminTable> first = runOnce(what);
#ifdef SUPADESK_HAVE_LIBPQ
    if (first.ok() || PQstatus(pg(m_connection)) == CONNECTION_OK)
        return first;
    const Status reopened = open();
    if (!reopened.ok())
        return reopened.error();
    return runOnce(what);
#else
    return first;
#endif
}

Result<AdminTable> PgBouncerAdmin::runOnce(const QString &what)
{
#ifdef SUPADESK_HAVE_LIBPQ
    PGresult *result = PQexec(pg(m_connection), ("SHOW " + what.toUpper()).toLatin1().constData());
    if (PQresultStatus(result) != PGRES_TUPLES_OK) {
        const QString message = QString::fromUtf8(PQerrorMessage(pg(m_connection))).trimmed();
        PQclear(result);
        return Error{
            ErrorCode::PgBouncerShow,
            QCoreApplication::translate("PgBouncerAdmin", "SHOW %1 failed: %2").arg(what.toUpper(), message)};
    }
    AdminTable table;
    const int columns = PQnfields(result);
    for (int c = 0; c < columns; ++c)
        table.columns << QString::fromUtf8(PQfname(result, c));
    for (int r = 0; r < PQntuples(result); ++r) {
        QStringList row;
        for (int c = 0; c < columns; ++c)
            row << QString::fromUtf8(PQgetvalue(result, r, c));
        table.rows.append(row);
    }
    PQclear(result);
    return table;
#else
    Q_UNUSED(what);
    return Error{ErrorCode::PgBouncerNoLibpq,
                 QCoreApplication::translate("PgBouncerAdmin",
                                             "This build of Supadesk has no PostgreSQL client library.")};
#endif
}

} // namespace supadesk
