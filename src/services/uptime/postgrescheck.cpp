// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgrescheck.h"

#include "core/uptime/probereason.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent>

namespace supadesk {

PostgresCheck::PostgresCheck(DbEndpoint endpoint, int timeoutMs, QObject *parent)
    : ComponentCheck(QStringLiteral("postgres"), timeoutMs, parent), m_endpoint(std::move(endpoint))
{
    connect(&m_watcher, &QFutureWatcher<ProbeResult>::finished, this,
            [this] { emit finished(m_watcher.result()); });
}

PostgresCheck::~PostgresCheck()
{
    m_watcher.waitForFinished(); // bounded by the timeout
}

void PostgresCheck::start()
{
    if (m_watcher.isRunning())
        return;
    m_watcher.setFuture(QtConcurrent::run(&PostgresCheck::run, m_endpoint, m_timeoutMs, m_component));
}

ProbeResult PostgresCheck::run(const DbEndpoint &endpoint, int timeoutMs, const QString &component)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("supadesk-uptime-probe-%1").arg(counter.fetchAndAddRelaxed(1));
    ProbeResult r;
    r.tMs = QDateTime::currentMSecsSinceEpoch();
    r.component = component;
    QElapsedTimer clock;
    clock.start();
    {
        const int seconds = std::max(1, (timeoutMs + 999) / 1000);
        QSqlDatabase db = endpoint.addConnection(name, QStringLiteral("connect_timeout=%1").arg(seconds));
        if (!db.open()) {
            r.reason = db.lastError().databaseText().trimmed();
            if (r.reason.isEmpty())
                r.reason = db.lastError().text().trimmed();
        } else {
            QSqlQuery q(db);
            // A server that accepts but hangs must not hold the probe past its timeout.
            q.exec(QStringLiteral("SET statement_timeout = %1").arg(timeoutMs));
            if (q.exec(QStringLiteral("SELECT 1")) && q.next() && q.value(0).toInt() == 1)
                r.ok = true;
            else
                r.reason = q.lastError().databaseText().trimmed();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    r.latencyMs = int(clock.elapsed());
    if (!r.ok && r.latencyMs >= timeoutMs)
        r.reason = ProbeReason::noAnswerWithin(double(timeoutMs) / 1000.0);
    else if (!r.ok && r.reason.isEmpty())
        r.reason = ProbeReason::unexpectedAnswer();
    // One line, as the server probe writes reasons.
    r.reason = r.reason.simplified().left(200);
    return r;
}

} // namespace supadesk
