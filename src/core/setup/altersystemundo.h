// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace supadesk {

// What undoes an ALTER SYSTEM script: each setting back to the value postgresql.auto.conf held for it
// before (ALTER SYSTEM SET), or ALTER SYSTEM RESET for one that had none there, then a reload. Only
// the server knows those values, so captureSql() is run right before the script and undoSql() turns
// its output into the rollback.
class AlterSystemUndo
{
public:
    // A psql script (reads pg_file_settings, so a superuser) printing one line per setting:
    //   ALTER SYSTEM SET work_mem = '7MB';   or   ALTER SYSTEM RESET effective_cache_size;
    // Names are those ApplyPlanBuilder::alteredSettings() found ([A-Za-z_][A-Za-z0-9_.]*).
    static QString captureSql(const QStringList &names);
    // The ALTER SYSTEM lines of the capture's output (anything else psql printed is ignored) and
    // `SELECT pg_reload_conf();`; empty when there is none.
    static QString undoSql(const QString &captureOutput);
};

} // namespace supadesk
