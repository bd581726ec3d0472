// SPDX-License-Identifier: GPL-3.0-or-later
#include "altersystemundo.h"

#include "pgconfigwriter.h"

#include <QRegularExpression>

namespace supadesk {

QString AlterSystemUndo::captureSql(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(PgConfigWriter::quoteLiteral(name.toLower()));
    if (quoted.isEmpty())
        return QString();
    // List settings whose items PostgreSQL quotes as identifiers (GUC_LIST_QUOTE) must be set again
    // item by item: one literal 'a, b' would become the single library "a, b".
    return QStringLiteral(
               "\\pset format unaligned\n"
               "\\pset tuples_only on\n"
               "SELECT CASE WHEN f.setting IS NULL THEN 'ALTER SYSTEM RESET ' || n.name || ';'\n"
               "  WHEN n.name IN ('shared_preload_libraries', 'session_preload_libraries',\n"
               "                  'local_preload_libraries', 'search_path', 'temp_tablespaces')\n"
               "  THEN 'ALTER SYSTEM SET ' || n.name || ' = ' || coalesce((SELECT string_agg(\n"
               "         quote_literal(btrim(btrim(item), '\"')), ', ')\n"
               "       FROM unnest(string_to_array(f.setting, ',')) AS item WHERE btrim(item) <> ''), "
               "'''''') || ';'\n"
               "  ELSE 'ALTER SYSTEM SET ' || n.name || ' = ' || quote_literal(f.setting) || ';' END\n"
               "FROM unnest(ARRAY[") +
           quoted.join(QStringLiteral(", ")) +
           QStringLiteral("]) WITH ORDINALITY AS n(name, position)\n"
                          "LEFT JOIN LATERAL (SELECT s.setting FROM pg_file_settings s\n"
                          "  WHERE s.name = n.name AND s.sourcefile LIKE '%/postgresql.auto.conf'\n"
                          "  ORDER BY s.seqno DESC LIMIT 1) f ON true\n"
                          "ORDER BY n.position;\n");
}

QString AlterSystemUndo::undoSql(const QString &captureOutput)
{
    static const QRegularExpression statement(
        QStringLiteral("^ALTER SYSTEM (?:RESET [A-Za-z_][A-Za-z0-9_.]*|SET [A-Za-z_][A-Za-z0-9_.]* = .*);$"));
    QString undo;
    const QStringList lines = captureOutput.split(QLatin1Char('\n'));
    for (const QString &line : lines)
        if (statement.match(line.trimmed()).hasMatch())
            undo += line.trimmed() + QLatin1Char('\n');
    if (!undo.isEmpty())
        undo += QStringLiteral("SELECT pg_reload_conf();\n");
    return undo;
}

} // namespace supadesk
