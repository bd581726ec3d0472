// SPDX-License-Identifier: GPL-3.0-or-later
#include "explainrunner.h"

#include "core/plan/planjsonparser.h"
#include "core/sql/sqlstatementlocator.h"
#include "singlestatementquery.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <utility>

namespace supadesk {

namespace {

Error sqlError(ErrorCode code, const QString &what, const QSqlError &error)
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return Error{code, what.arg(detail.trimmed())};
}

// EXPLAIN takes one statement: the one statement of the text, without the semicolons and comments
// people type after it. Text with several is returned trimmed, for the server to refuse.
QString theStatement(const QString &sql)
{
    const QList<SqlStatementLocator::Range> statements = SqlStatementLocator::statements(sql);
    if (statements.size() != 1)
        return sql.trimmed();
    return sql.mid(statements.first().start, statements.first().end - statements.first().start);
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
    return QStringLiteral("EXPLAIN (%1) %2").arg(parts.join(QStringLiteral(", ")), theStatement(sql));
}

Result<ExplainOutcome> ExplainRunner::run(const QString &sql, const ExplainOptions &options)
{
    if (!m_db.isOpen())
        return Error{ErrorCode::ExplainClosed,
                     QCoreApplication::translate("ExplainRunner", "The database connection is not open.")};
    const qsizetype statements = SqlStatementLocator::statements(sql).size();
    if (statements == 0)
        return Error{ErrorCode::ExplainEmpty,
                     QCoreApplication::translate("ExplainRunner", "There is no statement to explain.")};
    // EXPLAIN of several would run all but the first for real (and a COMMIT among them would end
    // the transaction ANALYZE is rolled back in). Refused here, and the server refuses it too:
    // SingleStatementQuery sends one statement only.
    if (statements > 1)
        return Error{ErrorCode::ExplainSeveral,
                     QCoreApplication::translate("ExplainRunner",
                                                 "Only one statement can be explained at a time, and the "
                                                 "text holds several. Select the one to explain and try "
                                                 "again.")};

    ExplainOutcome outcome;
    if (options.analyze) {
        if (!m_db.transaction())
            return sqlError(ErrorCode::ExplainTransaction,
                            QCoreApplication::translate("ExplainRunner", "Could not start a transaction: %1"),
                            m_db.lastError());
        outcome.rolledBack = true;
    }

    const Result<QByteArray> json = SingleStatementQuery::firstValue(m_db, explainStatement(sql, options));
    if (options.analyze && !m_db.rollback()) {
        // Without the rollback the changes could stay: say so loudly instead of returning a plan.
        return sqlError(
            ErrorCode::ExplainRollback,
            QCoreApplication::translate("ExplainRunner", "The statement ran but rolling it back failed: %1"),
            m_db.lastError());
    }
    if (!json.ok())
        return Error{
            ErrorCode::ExplainFailed,
            QCoreApplication::translate("ExplainRunner", "EXPLAIN failed: %1").arg(json.error().message)};
    if (json.value().isEmpty())
        return Error{ErrorCode::ExplainFailed,
                     QCoreApplication::translate("ExplainRunner", "EXPLAIN returned no plan.")};

    outcome.json = json.value();
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
            ErrorCode::ExplainPid,
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
        return sqlError(ErrorCode::ExplainCancel,
                        QCoreApplication::translate("ExplainRunner", "Could not cancel the query: %1"),
                        query.lastError());
    if (!query.value(0).toBool())
        return Error{ErrorCode::ExplainCancel,
                     QCoreApplication::translate(
                         "ExplainRunner", "The server did not cancel the query (it may have finished).")};
    return success();
}

} // namespace supadesk
