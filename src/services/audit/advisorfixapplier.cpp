// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisorfixapplier.h"

#include "core/audit/advisorcatalogue.h"
#include "core/sql/sqlstatementlocator.h"
#include "databaseadvisors.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <optional>

namespace supadesk {

namespace {

// A fix's ALTER TABLE waits for the table's lock; behind a long transaction it gives up instead of
// holding the queue of every later query on that table.
const QString kLockTimeout = QStringLiteral("10s");

QString errorText(const QSqlError &error)
{
    const QString text = error.databaseText().trimmed();
    return text.isEmpty() ? error.text().trimmed() : text;
}

Error fixError(const QString &message)
{
    return Error{ErrorCode::AdvisorFix, message};
}

// Runs `script` in one transaction on `db`; an error (with everything rolled back) or nothing.
std::optional<Error> runInOneTransaction(QSqlDatabase &db, const QString &script)
{
    if (!db.transaction())
        return fixError(
            AdvisorFixApplier::tr("Cannot start a transaction: %1").arg(errorText(db.lastError())));
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("set local lock_timeout = '%1'").arg(kLockTimeout))) {
        const QString error = errorText(query.lastError());
        db.rollback();
        return fixError(AdvisorFixApplier::tr("Cannot start a transaction: %1").arg(error));
    }
    for (const SqlStatementLocator::Range &range : SqlStatementLocator::statements(script)) {
        const QString statement = script.mid(range.start, range.end - range.start);
        // exec(QString) sends the statement as it was shown, with no placeholder parsing.
        if (!query.exec(statement)) {
            const QString error = errorText(query.lastError());
            query.finish();
            db.rollback();
            return fixError(AdvisorFixApplier::tr("The fix failed at “%1”: %2. Nothing was changed.")
                                .arg(statement.simplified(), error));
        }
    }
    query.finish();
    if (!db.commit()) {
        const QString error = errorText(db.lastError());
        db.rollback();
        return fixError(
            AdvisorFixApplier::tr("The fix could not be committed: %1. Nothing was changed.").arg(error));
    }
    return std::nullopt;
}

} // namespace

Result<AuditCheckResult> AdvisorFixApplier::apply(const DbEndpoint &endpoint, const AuditCheckResult &finding,
                                                  const QStringList &exposedSchemas)
{
    if (!AdvisorCatalogue::find(finding.id))
        return fixError(tr("%1 is not a database advisor.").arg(finding.id));
    if (finding.fix.kind != AuditFix::Kind::Sql || finding.fix.preview.trimmed().isEmpty() ||
        SqlStatementLocator::statements(finding.fix.preview).isEmpty())
        return fixError(tr("%1 has no SQL fix to apply.").arg(finding.id));
    if (!endpoint.isValid())
        return fixError(tr("No database connection: the stack has no database forward."));

    const QString name = QStringLiteral("advisor-fix-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::optional<Result<AuditCheckResult>> outcome;
    {
        QSqlDatabase db = endpoint.addConnection(
            name, QStringLiteral("connect_timeout=10;application_name=supadesk-audit-fix"));
        if (!db.open()) {
            outcome = Result<AuditCheckResult>(
                fixError(tr("Cannot connect to the database: %1").arg(errorText(db.lastError()))));
        } else if (std::optional<Error> error = runInOneTransaction(db, finding.fix.preview)) {
            outcome = Result<AuditCheckResult>(*error);
        } else {
            const AuditCheckResults after = DatabaseAdvisors::runOn(db, {finding.id}, exposedSchemas);
            outcome = Result<AuditCheckResult>(after.value(0));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return std::move(*outcome);
}

} // namespace supadesk
