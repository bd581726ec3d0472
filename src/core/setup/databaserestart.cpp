// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaserestart.h"

#include "applystep.h"
#include "core/shellquote.h"

namespace supadesk {

QString DatabaseRestart::pendingSql()
{
    return QStringLiteral("\\pset format unaligned\n"
                          "\\pset tuples_only on\n"
                          "SELECT '@@pending ' || name FROM (\n"
                          "  SELECT name FROM pg_settings WHERE pending_restart\n"
                          "  UNION\n"
                          "  SELECT f.name FROM pg_file_settings f JOIN pg_settings s ON s.name = f.name\n"
                          "   WHERE s.context = 'postmaster' AND NOT f.applied AND f.error IS NOT NULL\n"
                          ") AS pending ORDER BY name;\n");
}

QStringList DatabaseRestart::parsePending(const QString &output)
{
    QStringList names;
    const QStringList lines = output.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (!trimmed.startsWith(QLatin1String("@@pending ")))
            continue;
        const QString name = trimmed.mid(10).trimmed();
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    return names;
}

QString DatabaseRestart::script(const QString &installDir, const QString &composeCommand,
                                const QString &psqlCommand, int waitSeconds)
{
    const auto q = &shellQuote;
    const int wait = qMax(1, waitSeconds);
    QString s = QStringLiteral("cd %1 || exit 1\n").arg(q(installDir));
    s += QStringLiteral("pending=$(") + ApplyStep::withHereDoc(psqlCommand, pendingSql()) +
         QStringLiteral(") || exit 1\n");
    s +=
        QStringLiteral("pending=$(printf '%s\\n' \"$pending\" | sed -n 's/^@@pending //p' | tr '\\n' ' ')\n");
    s += QStringLiteral("if [ -z \"$pending\" ]; then echo %1; exit 0; fi\n")
             .arg(q(tr("No changed setting needs a restart of the database.")));
    s += QStringLiteral("printf '%s %s\\n' %1 \"$pending\"\n")
             .arg(q(tr("Restarting the database for these settings:")));
    s += QStringLiteral("%1 restart db || exit 1\n").arg(composeCommand);
    s += QStringLiteral("i=0\n");
    s += QStringLiteral("until ") +
         ApplyStep::withHereDoc(psqlCommand + QStringLiteral(" >/dev/null 2>&1"), QStringLiteral("SELECT 1;"))
             .trimmed() +
         QStringLiteral("\ndo\n");
    s += QStringLiteral("  i=$((i + 1))\n");
    s += QStringLiteral("  if [ \"$i\" -ge %1 ]; then echo %2 >&2; exit 1; fi\n")
             .arg(wait)
             .arg(q(tr("PostgreSQL did not accept connections within %n second(s) after the restart; "
                       "check the db container (docker compose logs db).",
                       nullptr, wait)));
    s += QStringLiteral("  sleep 1\ndone\n");
    s += QStringLiteral("echo %1\n").arg(q(tr("PostgreSQL accepts connections again.")));
    return s;
}

} // namespace supadesk
