// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgpasswordencryption.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

namespace supadesk {

Result<QString> PgPasswordEncryption::scramVerifier(const QSqlDatabase &database, const QString &role,
                                                    const QString &password)
{
    const QVariant handle = database.isOpen() && database.driver() ? database.driver()->handle() : QVariant();
    // QPSQL hands out its PGconn* as a QVariant; Qt 6 names the type after the struct behind the typedef.
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return Error{ErrorCode::RotationRole,
                     tr("No open PostgreSQL connection to compute the verifier with.")};
    PGconn *conn = *static_cast<PGconn *const *>(handle.constData());
    if (!conn)
        return Error{ErrorCode::RotationRole,
                     tr("No open PostgreSQL connection to compute the verifier with.")};
    char *verifier = PQencryptPasswordConn(conn, password.toUtf8().constData(), role.toUtf8().constData(),
                                           "scram-sha-256");
    if (!verifier)
        return Error{ErrorCode::RotationRole, tr("libpq could not compute the password verifier: %1")
                                                  .arg(QString::fromUtf8(PQerrorMessage(conn)).trimmed())};
    const QString result = QString::fromLatin1(verifier);
    PQfreemem(verifier);
    return result;
}

} // namespace supadesk
