// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace supadesk {

// Where a database can be reached from this machine (usually a stack's forwarded local port).
struct DbEndpoint
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 0;
    QString database = QStringLiteral("postgres");
    QString user = QStringLiteral("postgres");
    QString password;

    bool isValid() const { return port > 0; }
    // A new, not yet opened QPSQL connection named `name` to this endpoint.
    QSqlDatabase addConnection(const QString &name, const QString &connectOptions) const;
    bool operator==(const DbEndpoint &) const = default;
};

} // namespace supadesk
