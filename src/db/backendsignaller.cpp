// SPDX-License-Identifier: GPL-3.0-or-later
#include "backendsignaller.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace supadesk {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("supadesk-signal-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

BackendSignaller::BackendSignaller(DbEndpoint endpoint) : m_endpoint(std::move(endpoint)) {}

Status BackendSignaller::send(Action action, int pid)
{
    const QString name = nextConnectionName();
    Status result = success();
    {
        QSqlDatabase db = m_endpoint.addConnection(
            name, QStringLiteral("connect_timeout=10;application_name=supadesk-dashboard"));
        if (!db.open()) {
            result =
                Error{ErrorCode::SignalConnect,
                      QCoreApplication::translate("BackendSignaller", "Cannot connect to the database: %1")
                          .arg(db.lastError().text())};
        } else {
            // The query goes before the connection closes: a statement outlives its connection badly.
            QSqlQuery q(db);
            q.prepare(action == Action::Cancel ? QStringLiteral("SELECT pg_cancel_backend(?)")
                                               : QStringLiteral("SELECT pg_terminate_backend(?)"));
            q.addBindValue(pid);
            if (!q.exec() || !q.next())
                // e.g. "must be a member of the role whose process is being terminated"
                result = Error{ErrorCode::SignalRefused,
                               QCoreApplication::translate("BackendSignaller",
                                                           "The server refused to signal session %1: %2")
                                   .arg(pid)
                                   .arg(q.lastError().databaseText())};
            else if (!q.value(0).toBool())
                result = Error{ErrorCode::SignalGone,
                               QCoreApplication::translate("BackendSignaller",
                                                           "Session %1 no longer exists on the server.")
                                   .arg(pid)};
            q.finish();
            q = QSqlQuery();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace supadesk
