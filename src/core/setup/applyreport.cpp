// SPDX-License-Identifier: GPL-3.0-or-later
#include "applyreport.h"

namespace supadesk {

bool ApplyReport::succeeded() const
{
    if (cancelled || outcomes.size() != steps.size())
        return false;
    const ApplyStepStatus done = dryRun ? ApplyStepStatus::Previewed : ApplyStepStatus::Applied;
    for (const ApplyStepOutcome &o : outcomes)
        if (o.status != done)
            return false;
    return true;
}

bool ApplyReport::restored() const
{
    if (succeeded() || dryRun)
        return false;
    for (const ApplyStepOutcome &o : outcomes)
        if (o.status == ApplyStepStatus::Applied || o.status == ApplyStepStatus::RollbackFailed ||
            o.status == ApplyStepStatus::Running)
            return false;
    return true;
}

QList<int> ApplyReport::indexesWith(ApplyStepStatus status) const
{
    QList<int> found;
    for (int i = 0; i < outcomes.size(); ++i)
        if (outcomes.at(i).status == status)
            found.append(i);
    return found;
}

QString ApplyReport::statusKey(ApplyStepStatus status)
{
    switch (status) {
    case ApplyStepStatus::Pending:
        return QStringLiteral("pending");
    case ApplyStepStatus::Running:
        return QStringLiteral("running");
    case ApplyStepStatus::Applied:
        return QStringLiteral("applied");
    case ApplyStepStatus::Previewed:
        return QStringLiteral("previewed");
    case ApplyStepStatus::Failed:
        return QStringLiteral("failed");
    case ApplyStepStatus::RolledBack:
        return QStringLiteral("rolled-back");
    case ApplyStepStatus::RollbackFailed:
        return QStringLiteral("rollback-failed");
    case ApplyStepStatus::NotRun:
        return QStringLiteral("not-run");
    }
    return QString();
}

QString ApplyReport::statusName(ApplyStepStatus status)
{
    switch (status) {
    case ApplyStepStatus::Pending:
        return tr("pending");
    case ApplyStepStatus::Running:
        return tr("running");
    case ApplyStepStatus::Applied:
        return tr("applied");
    case ApplyStepStatus::Previewed:
        return tr("previewed");
    case ApplyStepStatus::Failed:
        return tr("failed");
    case ApplyStepStatus::RolledBack:
        return tr("rolled back");
    case ApplyStepStatus::RollbackFailed:
        return tr("rollback failed");
    case ApplyStepStatus::NotRun:
        return tr("not run");
    }
    return QString();
}

QString ApplyReport::summary() const
{
    const int total = int(steps.size());
    if (!refusal.isEmpty())
        return refusal;
    const QString pending =
        pendingRestart.isEmpty()
            ? QString()
            : QLatin1Char('\n') + tr("These settings wait for a restart of the database to take effect: %1.")
                                      .arg(pendingRestart.join(QStringLiteral(", ")));
    if (dryRun && succeeded())
        return tr("Dry run: %n step(s) checked, nothing was changed on the server.", nullptr, total);
    if (succeeded())
        return tr("All %n step(s) were applied.", nullptr, total) + pending;

    auto numbers = [this](ApplyStepStatus status) {
        QStringList parts;
        for (int i : indexesWith(status))
            parts.append(QString::number(i + 1));
        return parts.join(QStringLiteral(", "));
    };
    QStringList lines;
    for (int i : indexesWith(ApplyStepStatus::Failed))
        lines.append(
            tr("Step %1 failed (%2): %3").arg(i + 1).arg(steps.at(i).description, outcomes.at(i).message));
    if (cancelled)
        lines.append(tr("The run was cancelled."));
    if (const QString s = numbers(ApplyStepStatus::Applied); !s.isEmpty())
        lines.append(tr("Applied and still in place: steps %1.").arg(s));
    if (const QString s = numbers(ApplyStepStatus::RolledBack); !s.isEmpty())
        lines.append(tr("Rolled back: steps %1.").arg(s));
    for (int i : indexesWith(ApplyStepStatus::RollbackFailed))
        lines.append(tr("Step %1 could not be rolled back: %2").arg(i + 1).arg(outcomes.at(i).message));
    if (const QString s = numbers(ApplyStepStatus::NotRun); !s.isEmpty())
        lines.append(tr("Not run: steps %1.").arg(s));
    if (dryRun)
        lines.append(tr("Nothing was changed on the server (dry run)."));
    else if (restored())
        lines.append(tr("The server is as it was before."));
    else
        lines.append(tr("The server is NOT as it was before: check the steps above by hand; the backups "
                        "are next to each file."));
    return lines.join(QLatin1Char('\n'));
}

} // namespace supadesk
