// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/metrics/postgresdsn.h"
#include "core/result.h"

#include <QSqlDatabase>
#include <QString>

namespace supadesk {

// Connection strings as libpq reads them, with libpq's own parser (PQconninfoParse), so they mean
// what they mean to psql: URIs (postgresql://user@host:port/db?sslmode=require, several hosts as
// host1:port1,host2:port2), key=value strings (host=… dbname='my db'), and service=NAME, which
// libpq looks up in PGSERVICEFILE or ~/.pg_service.conf when connecting. Whatever the string does
// not say (user, password, host) is left to libpq's defaults: PGUSER and friends, the login name,
// the service file and the password file (PGPASSFILE or ~/.pgpass).
class PgConnInfo
{
public:
    static Result<PostgresDsn> parse(const QString &text);
    // A not yet opened QPSQL connection named `name` to `dsn`; `extraOptions` ("key=value;…") are
    // added unless the DSN sets them. Unset fields stay unset, so libpq fills them in.
    static QSqlDatabase addConnection(const PostgresDsn &dsn, const QString &name,
                                      const QString &extraOptions);
};

} // namespace supadesk
