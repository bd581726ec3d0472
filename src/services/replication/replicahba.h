// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace supadesk {

class HostCommandRunner;
class ReplicaDb;

// Puts one line into a server's pg_hba.conf (ReplicaRules::withHbaLine) and reloads it: the old file is
// first copied next to it ("PATH.supadesk-backup-TIMESTAMP"; `backup` gets its path as soon as the copy
// exists, so a rollback can put it back even when a later part failed), and the server's own reading
// of the new file (pg_hba_file_rules) must show no error. Nothing is written, and `backup` stays empty,
// when the line is there already.
class ReplicaHba
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::ReplicaHba)

public:
    static Status add(HostCommandRunner *host, ReplicaDb &server, const QString &hbaFile, const QString &line,
                      ErrorCode failure, QString *backup);
};

} // namespace supadesk
