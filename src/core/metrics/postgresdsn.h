// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace supadesk {

// A PostgreSQL connection URI (postgresql://user:password@host:port/dbname?sslmode=require) taken
// apart for Qt's QPSQL driver, which wants the pieces separately.
struct PostgresDsn
{
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString user;
    QString password;
    QString database;
    QList<QPair<QString, QString>> parameters; // query parameters, in order (sslmode, connect_timeout, ...)

    static Result<PostgresDsn> parse(const QString &uri);
    // QPSQL's connect options: "key=value;key=value".
    QString connectOptions() const;
    // The URI without its password, to show to people and in logs.
    QString redacted() const;
};

} // namespace supadesk
