// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgbouncerfigures.h"

namespace supadesk {

namespace {

const QString adminDatabase = QStringLiteral("pgbouncer");

PgBouncerDatabaseStats total(const QList<PgBouncerDatabaseStats> &stats)
{
    PgBouncerDatabaseStats sum;
    for (const PgBouncerDatabaseStats &s : stats) {
        if (s.database == adminDatabase)
            continue;
        sum.transactions += s.transactions;
        sum.queries += s.queries;
        sum.transactionTimeUs += s.transactionTimeUs;
        sum.queryTimeUs += s.queryTimeUs;
        sum.waitTimeUs += s.waitTimeUs;
    }
    return sum;
}

} // namespace

QList<PgBouncerPool> PgBouncerFigures::pools(const AdminTable &t)
{
    QList<PgBouncerPool> result;
    for (int i = 0; i < t.rows.size(); ++i) {
        PgBouncerPool p;
        p.database = t.text(i, QStringLiteral("database"));
        p.user = t.text(i, QStringLiteral("user"));
        p.clientsActive = static_cast<int>(t.number(i, QStringLiteral("cl_active")));
        p.clientsWaiting = static_cast<int>(t.number(i, QStringLiteral("cl_waiting")));
        p.serversActive = static_cast<int>(t.number(i, QStringLiteral("sv_active")));
        p.serversIdle = static_cast<int>(t.number(i, QStringLiteral("sv_idle")));
        p.serversUsed = static_cast<int>(t.number(i, QStringLiteral("sv_used")));
        p.serversTested = static_cast<int>(t.number(i, QStringLiteral("sv_tested")));
        p.serversLogin = static_cast<int>(t.number(i, QStringLiteral("sv_login")));
        // maxwait is whole seconds and maxwait_us the microseconds on top (since PgBouncer 1.8).
        p.maxWaitSeconds = static_cast<double>(t.number(i, QStringLiteral("maxwait"))) +
                           static_cast<double>(t.number(i, QStringLiteral("maxwait_us"))) / 1e6;
        p.poolMode = t.text(i, QStringLiteral("pool_mode"));
        result.append(p);
    }
    return result;
}

QList<PgBouncerDatabaseStats> PgBouncerFigures::stats(const AdminTable &t)
{
    QList<PgBouncerDatabaseStats> result;
    for (int i = 0; i < t.rows.size(); ++i) {
        PgBouncerDatabaseStats s;
        s.database = t.text(i, QStringLiteral("database"));
        // Before PgBouncer 1.8 the counters were total_requests; the names below are 1.8 and later.
        s.transactions = t.number(i, QStringLiteral("total_xact_count"));
        s.queries = t.number(i, QStringLiteral("total_query_count"));
        s.bytesReceived = t.number(i, QStringLiteral("total_received"));
        s.bytesSent = t.number(i, QStringLiteral("total_sent"));
        s.transactionTimeUs = t.number(i, QStringLiteral("total_xact_time"));
        s.queryTimeUs = t.number(i, QStringLiteral("total_query_time"));
        s.waitTimeUs = t.number(i, QStringLiteral("total_wait_time"));
        result.append(s);
    }
    return result;
}

PgBouncerSummary PgBouncerFigures::summarize(const QList<PgBouncerPool> &pools)
{
    PgBouncerSummary s;
    for (const PgBouncerPool &p : pools) {
        if (p.database == adminDatabase)
            continue;
        s.clientsActive += p.clientsActive;
        s.clientsWaiting += p.clientsWaiting;
        s.serversActive += p.serversActive;
        s.serversIdle += p.serversIdle;
        s.serversOther += p.serversUsed + p.serversTested + p.serversLogin;
        s.maxWaitSeconds = qMax(s.maxWaitSeconds, p.maxWaitSeconds);
    }
    return s;
}

PgBouncerRates PgBouncerFigures::rates(const QList<PgBouncerDatabaseStats> &before,
                                       const QList<PgBouncerDatabaseStats> &after, double seconds)
{
    PgBouncerRates r;
    if (seconds <= 0)
        return r;
    const PgBouncerDatabaseStats a = total(before);
    const PgBouncerDatabaseStats b = total(after);
    if (b.transactions < a.transactions || b.queries < a.queries || b.waitTimeUs < a.waitTimeUs ||
        b.queryTimeUs < a.queryTimeUs)
        return r;
    const qint64 transactions = b.transactions - a.transactions;
    const qint64 queries = b.queries - a.queries;
    r.transactionsPerSecond = static_cast<double>(transactions) / seconds;
    r.queriesPerSecond = static_cast<double>(queries) / seconds;
    if (transactions > 0)
        r.averageWaitMs = static_cast<double>(b.waitTimeUs - a.waitTimeUs) / 1000.0 / transactions;
    if (queries > 0)
        r.averageQueryMs = static_cast<double>(b.queryTimeUs - a.queryTimeUs) / 1000.0 / queries;
    return r;
}

} // namespace supadesk
