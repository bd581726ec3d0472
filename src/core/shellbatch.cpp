// SPDX-License-Identifier: GPL-3.0-or-later
#include "shellbatch.h"

#include <QStringList>

namespace supadesk {

QHash<QString, ShellBatchSection> ShellBatch::split(const QByteArray &output)
{
    QHash<QString, ShellBatchSection> result;
    QString current;
    QStringList lines;
    const QStringList all = QString::fromUtf8(output).split(QLatin1Char('\n'));
    for (const QString &raw : all) {
        QString line = raw;
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.startsWith(QLatin1String("@@section "))) {
            current = line.mid(10).trimmed();
            lines.clear();
            continue;
        }
        if (line.startsWith(QLatin1String("@@rc "))) {
            const QStringList parts = line.mid(5).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (parts.size() == 2 && parts.at(0) == current) {
                // The probe's output ends with the newline the marker printf adds before itself.
                if (!lines.isEmpty() && lines.last().isEmpty())
                    lines.removeLast();
                result.insert(current, {lines.join(QLatin1Char('\n')), parts.at(1).toInt()});
            }
            current.clear();
            lines.clear();
            continue;
        }
        if (!current.isEmpty())
            lines.append(line);
    }
    return result;
}

QString ShellBatch::helpers()
{
    return QStringLiteral(
        "S() { printf '@@section %s\\n' \"$1\"; }\n"
        "E() { printf '\\n@@rc %s %s\\n' \"$1\" \"$2\"; }\n"
        "R() { n=$1; shift; S \"$n\"; if command -v \"$1\" >/dev/null 2>&1; then \"$@\" 2>&1 </dev/null; "
        "E \"$n\" $?; else E \"$n\" 127; fi; }\n");
}

} // namespace supadesk
