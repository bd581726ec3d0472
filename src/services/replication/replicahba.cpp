// SPDX-License-Identifier: GPL-3.0-or-later
#include "replicahba.h"

#include "core/replication/replicarules.h"
#include "core/shellquote.h"
#include "hostcommandrunner.h"
#include "replicadb.h"

#include <QDateTime>

namespace supadesk {

Status ReplicaHba::add(HostCommandRunner *host, ReplicaDb &server, const QString &hbaFile,
                       const QString &line, ErrorCode failure, QString *backup)
{
    backup->clear();
    const Result<ExecResult> read = host->run(QStringLiteral("cat %1").arg(shellQuote(hbaFile)));
    if (!read.ok())
        return read.error();
    if (read.value().exitStatus != 0)
        return Error{failure, tr("%1 cannot be read: %2")
                                  .arg(hbaFile, HostCommandRunner::lastLine(read.value().standardError))};
    const QByteArray current = read.value().standardOutput;
    const QByteArray wanted = ReplicaRules::withHbaLine(current, line);
    if (wanted == current)
        return success(); // the entry is there already: nothing to write, nothing to undo
    const QString copy = hbaFile + QStringLiteral(".supadesk-backup-") +
                         QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmsszzz"));
    // `cat >` keeps the file's owner and mode; the copy keeps them too (cp -p).
    const Result<ExecResult> kept =
        host->run(QStringLiteral("cp -p %1 %2").arg(shellQuote(hbaFile), shellQuote(copy)));
    if (!kept.ok())
        return kept.error();
    if (kept.value().exitStatus != 0)
        return Error{failure, tr("%1 cannot be copied: %2")
                                  .arg(hbaFile, HostCommandRunner::lastLine(kept.value().standardError))};
    *backup = copy;
    const Result<ExecResult> written = host->run(QStringLiteral("cat > %1").arg(shellQuote(hbaFile)), wanted);
    if (!written.ok())
        return written.error();
    if (written.value().exitStatus != 0)
        return Error{failure, tr("%1 cannot be written: %2")
                                  .arg(hbaFile, HostCommandRunner::lastLine(written.value().standardError))};
    if (const Status reloaded = server.exec(QStringLiteral("SELECT pg_reload_conf()")); !reloaded.ok())
        return Error{failure, reloaded.error().message};
    const auto errors =
        server.value(QStringLiteral("SELECT count(*) FROM pg_hba_file_rules WHERE error IS NOT NULL"));
    if (errors.ok() && errors.value().toInt() > 0)
        return Error{failure,
                     tr("The server finds errors in %1 after the change; the old file is kept as %2.")
                         .arg(hbaFile, copy)};
    return success();
}

} // namespace supadesk
