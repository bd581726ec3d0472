// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/metrics/admintable.h"
#include "core/metrics/postgresdsn.h"
#include "core/result.h"

namespace supadesk {

// PgBouncer's admin console (the virtual database "pgbouncer"). It is not a SQL database: it answers
// its own commands only, over the simple query protocol, and ignores or refuses what a SQL driver sends
// on its own. So this talks libpq directly and sends nothing but SHOW commands; results come as text.
class PgBouncerAdmin
{
public:
    // The database in dsn is ignored: the admin console is always "pgbouncer".
    explicit PgBouncerAdmin(PostgresDsn dsn);
    ~PgBouncerAdmin();
    PgBouncerAdmin(const PgBouncerAdmin &) = delete;
    PgBouncerAdmin &operator=(const PgBouncerAdmin &) = delete;

    Status open();
    void close();
    // e.g. show("POOLS"), show("STATS"); reconnects once if the connection was lost.
    Result<AdminTable> show(const QString &what);

private:
    Result<AdminTable> runOnce(const QString &what);

    PostgresDsn m_dsn;
    void *m_connection = nullptr; // PGconn; kept opaque so the header does not need libpq
};

} // namespace supadesk
