// SPDX-License-Identifier: GPL-3.0-or-later
#include "hypotheticalindexadvisor.h"

#include "explainrunner.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <optional>
#include <utility>

namespace supadesk {

namespace {

QString detail(const QSqlError &error)
{
    return (error.databaseText().isEmpty() ? error.text() : error.databaseText()).trimmed();
}

Error failure(ErrorCode code, const QString &message)
{
    return Error{code, message};
}

} // namespace

HypotheticalIndexAdvisor::HypotheticalIndexAdvisor(QSqlDatabase db) : m_db(std::move(db)) {}

Status HypotheticalIndexAdvisor::ensureExtension(bool create)
{
    QSqlQuery query(m_db);
    if (!query.exec(
            QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'hypopg'), "
                           "EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'hypopg'), "
                           "current_database(), current_setting('server_version_num')::int / 10000")) ||
        !query.next())
        return failure(ErrorCode::HypopgQuery,
                       QCoreApplication::translate("HypotheticalIndexAdvisor", "Cannot check for hypopg: %1")
                           .arg(detail(query.lastError())));
    if (query.value(0).toBool())
        return success();
    if (!query.value(1).toBool())
        return failure(
            ErrorCode::HypopgUnavailable,
            QCoreApplication::translate("HypotheticalIndexAdvisor",
                                        "The hypopg extension is not installed on this server. Install "
                                        "the package postgresql-%1-hypopg on the database host (Debian "
                                        "and Ubuntu), then try again.")
                .arg(query.value(3).toInt()));
    const QString database = query.value(2).toString();
    if (!create)
        return failure(
            ErrorCode::HypopgNotCreated,
            QCoreApplication::translate("HypotheticalIndexAdvisor",
                                        "hypopg is installed but not created in the database “%1”.")
                .arg(database));
    if (!query.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS hypopg")))
        return failure(
            ErrorCode::HypopgCreate,
            QCoreApplication::translate("HypotheticalIndexAdvisor", "Cannot create hypopg in “%1”: %2")
                .arg(database, detail(query.lastError())));
    return success();
}

Result<double> HypotheticalIndexAdvisor::cost(const QString &sql, const QString &hypotheticalIndex,
                                              bool *used)
{
    ExplainOptions options;
    options.analyze = false;
    options.buffers = false;
    const Result<ExplainOutcome> outcome = ExplainRunner(m_db).run(sql, options);
    if (!outcome.ok())
        return outcome.error();
    const Plan &plan = outcome.value().plan;
    if (used) {
        *used = false;
        for (const PlanNode &n : plan.nodes())
            *used = *used || (!hypotheticalIndex.isEmpty() && n.indexName() == hypotheticalIndex);
    }
    return plan.isEmpty() ? 0.0 : plan.root().totalCost;
}

Result<QList<IndexAdvice>> HypotheticalIndexAdvisor::advise(const QString &sql,
                                                            const QList<IndexCandidate> &candidates,
                                                            bool createExtension)
{
    if (const Status ready = ensureExtension(createExtension); !ready.ok())
        return ready.error();
    const Result<double> without = cost(sql, QString(), nullptr);
    if (!without.ok())
        return without.error();
    QList<IndexAdvice> result;
    QSqlQuery query(m_db);
    for (const IndexCandidate &candidate : candidates) {
        // One hypothetical index at a time, so each figure is that index's own effect.
        query.prepare(QStringLiteral("SELECT indexname FROM hypopg_create_index(?)"));
        query.addBindValue(candidate.createStatement());
        if (!query.exec() || !query.next()) {
            const QString why = detail(query.lastError());
            query.exec(QStringLiteral("SELECT hypopg_reset()"));
            return failure(
                ErrorCode::HypopgCreateIndex,
                QCoreApplication::translate("HypotheticalIndexAdvisor", "Cannot try the index %1: %2")
                    .arg(candidate.createStatement(), why));
        }
        const QString name = query.value(0).toString();
        IndexAdvice advice;
        advice.candidate = candidate;
        advice.costWithout = without.value();
        const Result<double> with = cost(sql, name, &advice.used);
        query.exec(QStringLiteral("SELECT hypopg_reset()"));
        if (!with.ok())
            return with.error();
        advice.costWith = with.value();
        result.append(advice);
    }
    return result;
}

Result<QList<IndexAdvice>> HypotheticalIndexAdvisor::advise(const DbEndpoint &endpoint, const QString &sql,
                                                            const QList<IndexCandidate> &candidates,
                                                            bool createExtension)
{
    const QString name = QStringLiteral("hypopg-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::optional<Result<QList<IndexAdvice>>> result;
    {
        QSqlDatabase db = endpoint.addConnection(
            name, QStringLiteral("connect_timeout=10;application_name=supadesk-analyzer"));
        if (!db.open())
            result = Result<QList<IndexAdvice>>(failure(
                ErrorCode::HypopgConnect,
                QCoreApplication::translate("HypotheticalIndexAdvisor", "Cannot connect to the database: %1")
                    .arg(detail(db.lastError()))));
        else
            result = HypotheticalIndexAdvisor(db).advise(sql, candidates, createExtension);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return std::move(*result);
}

} // namespace supadesk
