// SPDX-License-Identifier: GPL-3.0-or-later
#include "dbendpoint.h"
#include "sqlconnections.h"

namespace supadesk {

QSqlDatabase DbEndpoint::addConnection(const QString &name, const QString &connectOptions) const
{
    QSqlDatabase db = SqlConnections::add(QStringLiteral("QPSQL"), name);
    db.setHostName(host);
    db.setPort(port);
    db.setDatabaseName(database);
    db.setUserName(user);
    db.setPassword(password);
    db.setConnectOptions(connectOptions);
    return db;
}

} // namespace supadesk
