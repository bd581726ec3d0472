// SPDX-License-Identifier: GPL-3.0-or-later
#include "repointplan.h"

#include "core/setup/envfile.h"
#include "core/shellquote.h"

#include <QRegularExpression>

namespace supadesk {

RepointEdit RepointPlan::envFile(const QString &text, const QString &host, int port)
{
    EnvFile env = EnvFile::parse(text);
    RepointEdit edit;
    const auto change = [&](const QString &key, const QString &value) {
        if (env.contains(key) && env.value(key) == value)
            return;
        edit.changed << QStringLiteral("%1: %2 → %3").arg(key, env.value(key), value);
        env.set(key, value);
    };
    change(QStringLiteral("POSTGRES_HOST"), host);
    change(QStringLiteral("POSTGRES_PORT"), QString::number(port));
    edit.text = edit.changed.isEmpty() ? text : env.toString();
    return edit;
}

RepointEdit RepointPlan::pgbouncerIni(const QString &text, const QString &host, int port)
{
    // Only the [databases] section names upstream servers; host= and port= inside each entry's
    // connection string are replaced (added when absent), the other keys (dbname, user…) kept.
    static const QRegularExpression section(QStringLiteral("^\\s*\\[([^\\]]+)\\]"));
    static const QRegularExpression hostKey(QStringLiteral("(\\bhost\\s*=\\s*)(\\S+)"));
    static const QRegularExpression portKey(QStringLiteral("(\\bport\\s*=\\s*)(\\d+)"));
    RepointEdit edit;
    QStringList lines = text.split(QLatin1Char('\n'));
    bool inDatabases = false;
    const QString portText = QString::number(port);
    for (QString &line : lines) {
        const QRegularExpressionMatch s = section.match(line);
        if (s.hasMatch()) {
            inDatabases = s.captured(1).trimmed() == QLatin1String("databases");
            continue;
        }
        const QString trimmed = line.trimmed();
        if (!inDatabases || trimmed.isEmpty() || trimmed.startsWith(QLatin1Char(';')) ||
            trimmed.startsWith(QLatin1Char('#')) || !trimmed.contains(QLatin1Char('=')))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        const QString name = line.left(eq).trimmed();
        QString value = line.mid(eq + 1);
        const QString before = value;
        if (value.contains(hostKey))
            value.replace(hostKey, QStringLiteral("\\1") + host);
        else
            value += QStringLiteral(" host=") + host;
        if (value.contains(portKey))
            value.replace(portKey, QStringLiteral("\\1") + portText);
        else
            value += QStringLiteral(" port=") + portText;
        if (value != before) {
            edit.changed
                << QStringLiteral("[databases] %1: %2 → %3").arg(name, before.trimmed(), value.trimmed());
            line = line.left(eq + 1) + value;
        }
    }
    edit.text = lines.join(QLatin1Char('\n'));
    return edit;
}

QString RepointPlan::backupPath(const QString &file, const QDateTime &at)
{
    return file + QStringLiteral(".supadesk-failover-") +
           at.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString RepointPlan::restartCommand(const QString &compose, const QString &installDir,
                                    const QStringList &services)
{
    QString command = QStringLiteral("cd %1 && %2 up -d")
                          .arg(shellQuote(installDir),
                               compose.trimmed().isEmpty() ? QStringLiteral("docker compose") : compose);
    for (const QString &s : services)
        command += QLatin1Char(' ') + shellQuote(s);
    return command;
}

} // namespace supadesk
