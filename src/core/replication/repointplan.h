// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace supadesk {

// A configuration file rewritten to point at the new primary, and which settings changed.
struct RepointEdit
{
    QString text;
    QStringList changed; // "POSTGRES_HOST: db → 10.0.0.7"; empty when the file already points there
};

// After a failover the stack's services still reach the old primary: these rules rewrite the files
// they read it from. A compose `.env` (POSTGRES_HOST/POSTGRES_PORT, read by every Supabase service and
// by Supavisor) and a PgBouncer ini's [databases] entries (host=/port=) are changed in place, leaving
// every other line as it was.
class RepointPlan
{
public:
    static RepointEdit envFile(const QString &text, const QString &host, int port);
    static RepointEdit pgbouncerIni(const QString &text, const QString &host, int port);
    // Where the file's copy is kept before it is changed: beside it, named by the failover's time
    // (UTC), so a second failover does not overwrite the first one's backup.
    static QString backupPath(const QString &file, const QDateTime &at);
    // `compose` ("docker compose") run in the stack's folder, recreating the services whose settings
    // changed (all of them when `services` is empty).
    static QString restartCommand(const QString &compose, const QString &installDir,
                                  const QStringList &services);
};

} // namespace supadesk
