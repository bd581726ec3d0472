// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace supadesk {

// Where a PostgreSQL database is, in the pieces Qt's QPSQL driver wants separately. An empty field
// (or port 0) is not set, and libpq fills it in from its own defaults when connecting. Connection
// strings are read into it by libpq's parser (PgConnInfo in src/db), not here: core links no libpq.
struct PostgresDsn
{
    QString host = QStringLiteral("localhost"); // may list several hosts: "a,b"
    int port = 5432;                            // 0: not set (or one per host, in parameters)
    QString user;
    QString password;
    QString database;
    QList<QPair<QString, QString>> parameters; // other libpq keywords, in order (sslmode, service, ...)

    // QPSQL's connect options: "key='value';key='value'", each value quoted as libpq reads it.
    QString connectOptions() const;
    // The DSN as a URI without its password, to show to people and in logs.
    QString redacted() const;
};

} // namespace supadesk
