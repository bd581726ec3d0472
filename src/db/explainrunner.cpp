// SPDX-License-Identifier: GPL-3.0-or-later
#include "explainrunner.h"

#include "core/plan/planjsonparser.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <utility>

namespace supadesk {

namespace {

Error sqlError(const QString &code, const QString &what, const QSqlError &error)
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return Error{code, what.arg(detail.trimmed())};
}

// EXPLAIN takes one statement; a trailing semicolon (as people type it) would make it two.
QString withoutTrailingSemicolons(QString sql)
{
    sql = sql.trimmed();
    while (sql.endsWith(QLatin1Char(';')))
        sql = sql.chopped(1).trimmed();
    return sql;
}

} // namespace

ExplainRunner::ExplainRunner(QSqlDatabase db) : m_db(std::move(db)) {}

QString ExplainRunner::explainStatement(const QString &sql, const ExplainOptions &options)
{
    QStringList parts;
    if (options.genericPlan && !options.analyze)
        parts << QStringLiteral("GENERIC_PLAN");
    if (options.analyze)
        parts << QStringLiteral("ANALYZE");
    if (options.buffers)
        parts << QStringLiteral("BUFFERS");
    if (options.verbose)
        parts << QStringLiteral("VERBOSE");
    if (options.settings)
        parts << QStringLiteral("SETTINGS");
    if (options.analyze && options.wal)
        parts << QStringLiteral("WAL");
    if (options.analyze && !options.timing)
        parts << QStringLiteral("TIMING OFF");
    parts << QStringLiteral("FORMAT JSON");
    return QStringLiteral("EXPLAIN (%1) %2")
        .arg(parts.join(QStringLiteral(", ")), withoutTrailingSemicolons(sql));
}

Result<ExplainOutcome> ExplainRunner::run(const QString &sql, const ExplainOptions &options)
{
    if (!m_db.isOpen())
        return Error{QStringLiteral("explain.closed"),
                     QCoreApplication::translate("ExplainRunner", "The database connection is not open.")};
    if (withoutTrailingSemicolons(sql).isEmpty())
        return Error{QStringLiteral("explain.empty"),
                     QCoreApplication::translate("ExplainRunner", "There is no statement to explain.")};

    ExplainOutcome outcome;
    if (options.analyze) {
        if (!m_db.transaction())
            return sqlError(QStringLiteral("explain.transaction"),
                            QCoreApplication::translate("ExplainRunner", "Could not start a transaction: %1"),
                            m_db.lastError());
        outcome.rolledBack = true;
    }

    QString json;
    QSqlError failure;
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (query.exec(explainStatement(sql, options)) && query.next())
            json = query.value(0).toString();
        else
            failure = query.lastError();
    }
    if (options.analyze && !m_db.rollback()) {
        // Without the rollback the changes could stay: say so loudly instead of returning a plan.
        return sqlError(
            QStringLiteral("explain.rollback"),
            QCoreApplication::translate("ExplainRunner", "The statement ran but rolling it back failed: %1"),
            m_db.lastError());
    }
    if (json.isEmpty())
        return sqlError(QStringLiteral("explain.failed"),
                        QCoreApplication::translate("ExplainRunner", "EXPLAIN failed: %1"), failure);

    outcome.json = json.toUtf8();
    Result<Plan> plan = PlanJsonParser::parse(outcome.json);
    if (!plan.ok())
        return plan.error();
    outcome.plan = std::move(plan).value();
    return outcome;
}

Result<int> ExplainRunner::backendPid()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT pg_backend_pid()")) || !query.next())
        return sqlError(
            QStringLiteral("explain.pid"),
            QCoreApplication::translate("ExplainRunner", "Could not ask for the backend process: %1"),
            query.lastError());
    return query.value(0).toInt();
}

Status ExplainRunner::cancel(QSqlDatabase other, int pid)
{
    QSqlQuery query(other);
    query.prepare(QStringLiteral("SELECT pg_cancel_backend(?)"));
    query.addBindValue(pid);
    if (!query.exec() || !query.next())
        return sqlError(QStringLiteral("explain.cancel"),
                        QCoreApplication::translate("ExplainRunner", "Could not cancel the query: %1"),
                        query.lastError());
    if (!query.value(0).toBool())
        return Error{QStringLiteral("explain.cancel"),
                     QCoreApplication::translate(
                         "ExplainRunner", "The server did not cancel the query (it may have finished).")};
    return success();
}

} // namespace supadesk
