// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditfixservice.h"

#include "advisorfixapplier.h"
#include "services/stackconnection.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent>

namespace supadesk {

AuditFixService::AuditFixService(QObject *parent) : QObject(parent) {}

void AuditFixService::done(const QString &stackId, const QString &checkId, bool applied,
                           const QString &message)
{
    m_busy = false;
    emit finished(stackId, checkId, applied, message);
}

bool AuditFixService::apply(const QString &stackId, const AuditCheckResult &check,
                            StackConnection *connection, const DbEndpoint &database)
{
    if (m_busy)
        return false;
    const auto refuse = [&](const QString &why) {
        // Told through the signal, as every outcome is, but after the caller has returned.
        QTimer::singleShot(0, this,
                           [this, stackId, id = check.id, why] { emit finished(stackId, id, false, why); });
        return false;
    };
    switch (check.fix.kind) {
    case AuditFix::Kind::Sql: {
        if (!database.isValid())
            return refuse(tr("The fix needs the stack's database: connect the stack first."));
        m_busy = true;
        auto *watcher = new QFutureWatcher<Status>(this);
        connect(watcher, &QFutureWatcher<Status>::finished, this, [this, watcher, stackId, id = check.id] {
            const Status outcome = watcher->result();
            watcher->deleteLater();
            done(stackId, id, outcome.ok(),
                 outcome.ok() ? tr("The SQL ran and was committed.") : outcome.error().message);
        });
        watcher->setFuture(QtConcurrent::run(&AdvisorFixApplier::applySql, database, check.fix.preview));
        return true;
    }
    case AuditFix::Kind::Command: {
        if (!connection || connection->state() != StackConnection::State::Connected)
            return refuse(tr("The fix runs on the server: connect the stack first."));
        m_busy = true;
        connection->exec(check.fix.preview, this, [this, stackId, id = check.id](Result<ExecResult> result) {
            if (!result.ok())
                return done(stackId, id, false, result.error().message);
            const ExecResult &run = result.value();
            const QString output =
                QString::fromUtf8(run.exitStatus == 0 ? run.standardOutput : run.standardError).trimmed();
            if (run.exitStatus != 0)
                return done(stackId, id, false,
                            output.isEmpty()
                                ? tr("The command ended with status %1.").arg(run.exitStatus)
                                : tr("The command ended with status %1: %2").arg(run.exitStatus).arg(output));
            done(stackId, id, true, output.isEmpty() ? tr("The command ran without errors.") : output);
        });
        return true;
    }
    case AuditFix::Kind::None:
    case AuditFix::Kind::SetupPage:
    case AuditFix::Kind::PasswordRotation:
        break;
    }
    return refuse(tr("This check has no fix that runs from here."));
}

} // namespace supadesk
