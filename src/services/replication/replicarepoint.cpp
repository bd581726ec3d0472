// SPDX-License-Identifier: GPL-3.0-or-later
#include "replicarepoint.h"

#include "core/replication/repointplan.h"
#include "core/shellquote.h"
#include "hostcommandrunner.h"

namespace supadesk {

namespace {

// The command's output, or why it failed (its last error line).
Result<QByteArray> runOn(HostCommandRunner &host, const QString &command, const QByteArray &input = {})
{
    const Result<ExecResult> r = host.run(command, input);
    if (!r.ok())
        return r.error();
    if (r.value().exitStatus != 0) {
        const QString why = HostCommandRunner::lastLine(r.value().standardError);
        return Error{ErrorCode::ReplicaStep,
                     why.isEmpty() ? HostCommandRunner::lastLine(r.value().standardOutput) : why};
    }
    return r.value().standardOutput;
}

} // namespace

QString RepointOutcome::detail() const
{
    QStringList parts = changed;
    for (qsizetype i = 0; i < files.size(); ++i)
        parts << ReplicaRepoint::tr("%1 kept as %2").arg(files.at(i), backups.value(i));
    if (!restartCommand.isEmpty())
        parts << restartCommand;
    if (!error.isEmpty())
        parts << error;
    return parts.join(QStringLiteral("; "));
}

RepointOutcome ReplicaRepoint::run(HostCommandRunner &root, const RepointRequest &r, const ReplicaLog &log)
{
    const auto say = [&](const QString &line) {
        if (log)
            log(line);
    };
    RepointOutcome out;
    const auto fail = [&](const QString &why) {
        out.state = QStringLiteral("failed");
        out.error = why;
        say(why);
        return out;
    };
    struct Planned
    {
        QString file;
        RepointEdit edit;
    };
    QList<Planned> planned;
    const QString env = r.envFile.isEmpty() ? r.installDir + QStringLiteral("/.env") : r.envFile;
    QStringList files{env};
    if (!r.pgbouncerIni.isEmpty())
        files << r.pgbouncerIni;
    for (const QString &file : files) {
        const Result<QByteArray> text = runOn(root, QStringLiteral("cat %1").arg(shellQuote(file)));
        if (!text.ok())
            return fail(
                tr("%1 could not be read on %2: %3").arg(file, root.describe(), text.error().message));
        const QString content = QString::fromUtf8(text.value());
        RepointEdit edit = file == env ? RepointPlan::envFile(content, r.host, r.port)
                                       : RepointPlan::pgbouncerIni(content, r.host, r.port);
        if (!edit.changed.isEmpty())
            planned.append({file, edit});
    }
    if (planned.isEmpty()) {
        out.state = QStringLiteral("unchanged");
        say(tr("The stack's services already point at %1:%2.").arg(r.host).arg(r.port));
        return out;
    }

    const auto restore = [&] {
        for (qsizetype i = 0; i < out.backups.size(); ++i)
            if (!runOn(root, QStringLiteral("cp -p %1 %2")
                                 .arg(shellQuote(out.backups.at(i)), shellQuote(out.files.at(i))))
                     .ok())
                say(tr("%1 could not be put back from %2: restore it by hand.")
                        .arg(out.files.at(i), out.backups.at(i)));
            else
                say(tr("%1 put back as it was.").arg(out.files.at(i)));
    };
    for (const Planned &p : planned) {
        const QString backup = RepointPlan::backupPath(p.file, r.at);
        if (const auto copied =
                runOn(root, QStringLiteral("cp -p %1 %2").arg(shellQuote(p.file), shellQuote(backup)));
            !copied.ok()) {
            restore();
            return fail(tr("%1 could not be copied to %2: %3").arg(p.file, backup, copied.error().message));
        }
        out.files << p.file;
        out.backups << backup;
        if (const auto written =
                runOn(root, QStringLiteral("cat > %1").arg(shellQuote(p.file)), p.edit.text.toUtf8());
            !written.ok()) {
            restore();
            return fail(tr("%1 could not be written: %2").arg(p.file, written.error().message));
        }
        out.changed << p.edit.changed;
        for (const QString &c : p.edit.changed)
            say(tr("%1: %2").arg(p.file, c));
    }
    out.restartCommand = RepointPlan::restartCommand(r.composeCommand, r.installDir, r.services);
    say(tr("Restarting the stack's services: %1").arg(out.restartCommand));
    if (const auto restarted = runOn(root, out.restartCommand); !restarted.ok()) {
        const QString why = restarted.error().message;
        restore();
        // The services go back on the settings they had, so none is left half-recreated.
        if (!runOn(root, out.restartCommand).ok())
            say(tr("The services could not be restarted on their old settings either."));
        return fail(tr("The services did not restart on the new primary (%1); their settings were put back.")
                        .arg(why));
    }
    out.state = QStringLiteral("done");
    say(tr("The stack's services point at %1:%2 now.").arg(r.host).arg(r.port));
    return out;
}

} // namespace supadesk
