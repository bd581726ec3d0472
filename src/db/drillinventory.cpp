// SPDX-License-Identifier: GPL-3.0-or-later
#include "drillinventory.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace supadesk {

namespace {

// The tables pg_dump dumps: ordinary and partitioned ones outside the system schemas, not temporary,
// not members of an extension (their rows come from CREATE EXTENSION, not from the dump).
const char kTablesSql[] = R"SQL(
SELECT n.nspname, c.relname, coalesce(s.n_live_tup, 0), coalesce(s.n_mod_since_analyze, 0),
       (extract(epoch FROM greatest(s.last_analyze, s.last_autoanalyze)) * 1000)::bigint
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_stat_user_tables s ON s.relid = c.oid
WHERE c.relkind IN ('r', 'p') AND c.relpersistence <> 't'
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp\_%'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY 1, 2
)SQL";

} // namespace

Result<QList<DrillSideTable>> DrillInventory::tables(const QDateTime &dumpTime,
                                                     const std::atomic_bool *cancel) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QString::fromLatin1(kTablesSql)))
        return Error{
            ErrorCode::BackupDrill,
            tr("The tables of %1 could not be listed: %2").arg(m_db.databaseName(), q.lastError().text())};
    const bool live = dumpTime.isValid();
    QList<DrillSideTable> out;
    while (q.next()) {
        DrillSideTable t;
        t.schema = q.value(0).toString();
        t.name = q.value(1).toString();
        t.rows = q.value(2).toLongLong();
        t.exact = !live || t.rows < DrillRules::kExactRowLimit;
        if (live) {
            const QVariant analyzed = q.value(4);
            // The dump's time has whole seconds: an analyze within that second came before it.
            if (analyzed.isNull() || analyzed.toLongLong() < dumpTime.toMSecsSinceEpoch() + 1000)
                t.changedSinceDump = q.value(3).toLongLong();
        }
        out << t;
    }
    for (DrillSideTable &t : out) {
        if (cancel && cancel->load())
            return Error{ErrorCode::BackupCancelled, tr("The drill was cancelled.")};
        if (!t.exact)
            continue;
        QSqlQuery count(m_db);
        if (count.exec(QStringLiteral("SELECT count(*) FROM ") + DrillRules::quoteIdent(t.schema) +
                       QLatin1Char('.') + DrillRules::quoteIdent(t.name)) &&
            count.next()) {
            t.rows = count.value(0).toLongLong();
        } else if (live && count.lastError().nativeErrorCode() == QLatin1String("42501")) {
            // A table the login may not read (Supabase keeps some from postgres): its estimate it is.
            t.exact = false;
        } else {
            return Error{ErrorCode::BackupDrill, tr("The rows of %1.%2 could not be counted: %3")
                                                     .arg(t.schema, t.name, count.lastError().text())};
        }
    }
    return out;
}

Result<QStringList> DrillInventory::roles() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT rolname FROM pg_catalog.pg_roles ORDER BY 1")))
        return Error{ErrorCode::BackupDrill,
                     tr("The roles could not be listed: %1").arg(q.lastError().text())};
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

DrillQuery DrillInventory::query(const QString &sql) const
{
    DrillQuery result;
    result.sql = sql;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("BEGIN READ ONLY"))) {
        result.error = q.lastError().databaseText();
        return result;
    }
    if (q.exec(sql)) {
        while (q.next())
            ++result.rows;
    } else {
        result.error = q.lastError().databaseText();
        if (result.error.isEmpty())
            result.error = q.lastError().text();
    }
    QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    return result;
}

} // namespace supadesk
