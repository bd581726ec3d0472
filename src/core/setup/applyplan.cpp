// SPDX-License-Identifier: GPL-3.0-or-later
#include "applyplan.h"

#include "envfile.h"
#include "unifieddiff.h"

#include <QRegularExpression>

namespace supadesk {

namespace {

QString octal(int mode)
{
    return QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'));
}

// A .env line as a diff shows it: the key and a mask, never the value.
QString maskEnvLine(const QString &line)
{
    static const QRegularExpression assignment(
        QStringLiteral("^(\\s*(?:export\\s+)?[A-Za-z_][A-Za-z0-9_.-]*\\s*=)(.*?)(\\r?\\n?)$"));
    const QRegularExpressionMatch m = assignment.match(line);
    if (!m.hasMatch() || m.captured(2).trimmed().isEmpty())
        return line;
    return m.captured(1) + QStringLiteral("••••••••") + m.captured(3);
}

} // namespace

ApplyStep &ApplyPlan::addFile(const QString &id, const QString &path, const QByteArray &content, int mode,
                              const QString &description)
{
    ApplyStep step;
    step.kind = ApplyStep::Kind::WriteFile;
    step.id = id;
    step.path = path;
    step.content = content;
    step.mode = mode;
    step.description = !description.isEmpty() ? description
                       : mode >= 0            ? tr("Write %1 (mode %2).").arg(path, octal(mode))
                                              : tr("Write %1.").arg(path);
    m_steps.append(step);
    return m_steps.last();
}

ApplyStep &ApplyPlan::addEnvEdit(const QString &id, const QString &path, const EnvAssignments &assignments,
                                 const QString &description)
{
    ApplyStep step;
    step.kind = ApplyStep::Kind::EditEnv;
    step.id = id;
    step.path = path;
    step.assignments = assignments;
    step.secret = true;
    QStringList keys;
    for (const EnvAssignment &a : assignments)
        keys.append(a.key);
    step.description = !description.isEmpty()
                           ? description
                           : tr("Set %1 in %2, keeping its comments, order and other keys.")
                                 .arg(keys.join(QStringLiteral(", ")), path);
    m_steps.append(step);
    return m_steps.last();
}

ApplyStep &ApplyPlan::addCommand(const QString &id, const QString &command, const QString &undoCommand,
                                 const QString &description)
{
    ApplyStep step;
    step.kind = ApplyStep::Kind::RunCommand;
    step.id = id;
    step.command = command;
    step.undoCommand = undoCommand;
    step.description = !description.isEmpty() ? description : tr("Run: %1").arg(command);
    m_steps.append(step);
    return m_steps.last();
}

ApplyStep &ApplyPlan::addSql(const QString &id, const QString &psqlCommand, const QString &sql,
                             const QString &undoSql, const QString &description)
{
    ApplyStep step;
    step.kind = ApplyStep::Kind::RunSql;
    step.id = id;
    step.command = psqlCommand;
    step.sql = sql;
    step.undoSql = undoSql;
    step.description = !description.isEmpty() ? description : tr("Run SQL through: %1").arg(psqlCommand);
    m_steps.append(step);
    return m_steps.last();
}

Result<QByteArray> ApplyPlan::resultingContent(const ApplyStep &step,
                                               const std::optional<QByteArray> &current)
{
    switch (step.kind) {
    case ApplyStep::Kind::WriteFile:
        return step.content;
    case ApplyStep::Kind::EditEnv: {
        if (!current)
            return Error{
                ErrorCode::ApplyEnvMissing,
                tr("%1 does not exist, so there is nothing to edit. Create it from .env.example first.")
                    .arg(step.path)};
        EnvFile env = EnvFile::parse(QString::fromUtf8(*current));
        for (const Finding &f : env.findings())
            if (f.severity == Finding::Severity::Error)
                return Error{
                    ErrorCode::ApplyEnvMalformed,
                    tr("%1 cannot be edited safely, line %2: %3").arg(step.path).arg(f.line).arg(f.message)};
        env.set(step.assignments);
        return env.toString().toUtf8();
    }
    case ApplyStep::Kind::RunCommand:
    case ApplyStep::Kind::RunSql:
        break;
    }
    return Error{ErrorCode::ApplyStepNoFile, tr("This step does not change a file.")};
}

Result<QString> ApplyPlan::diff(const ApplyStep &step, const std::optional<QByteArray> &current)
{
    const Result<QByteArray> after = resultingContent(step, current);
    if (!after.ok())
        return after.error();
    const QString before = current ? QString::fromUtf8(*current) : QString();
    const QString beforeName = current ? QStringLiteral("a") + step.path : QStringLiteral("/dev/null");
    const QString afterName = QStringLiteral("b") + step.path;
    if (step.secret)
        return UnifiedDiff::diff(before, QString::fromUtf8(after.value()), beforeName, afterName, 3,
                                 maskEnvLine);
    return UnifiedDiff::diff(before, QString::fromUtf8(after.value()), beforeName, afterName);
}

QString ApplyPlan::describe() const
{
    QString out;
    for (int i = 0; i < m_steps.size(); ++i)
        out += tr("%1. %2").arg(i + 1).arg(m_steps.at(i).description) + QLatin1Char('\n');
    return out;
}

} // namespace supadesk
