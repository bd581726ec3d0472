// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/metrics/postgresdsn.h"
#include "core/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace supadesk {

// One short-lived SQL connection of the replication engine (to the primary or the standby), on the
// thread that made it. Rows come back as lists of values; a failure carries the server's message.
class ReplicaDb
{
public:
    explicit ReplicaDb(PostgresDsn dsn, int connectTimeoutSeconds = 10);
    ~ReplicaDb();
    ReplicaDb(const ReplicaDb &) = delete;
    ReplicaDb &operator=(const ReplicaDb &) = delete;

    Status open(ErrorCode failure = ErrorCode::ReplicaStep);
    bool isOpen() const;
    void close();
    Result<QList<QVariantList>> rows(const QString &sql, const QVariantList &bind = {});
    // The first column of the first row; an error when there is no row.
    Result<QVariant> value(const QString &sql, const QVariantList &bind = {});
    Status exec(const QString &sql, const QVariantList &bind = {});
    const PostgresDsn &dsn() const { return m_dsn; }
    QSqlDatabase database() const;

    // Whether a server answers at `dsn` at all (a login refused still counts as answering).
    static bool answers(const PostgresDsn &dsn, int timeoutSeconds = 3);

private:
    PostgresDsn m_dsn;
    QString m_name;
    int m_timeout;
};

} // namespace supadesk
