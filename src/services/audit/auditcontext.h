// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/stacklayout.h"
#include "core/backup/drillresult.h"
#include "core/result.h"
#include "core/setup/hostfacts.h"
#include "core/stack.h"
#include "db/dbendpoint.h"
#include "ssh/sshsession.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <functional>

namespace supadesk {

// What every audit check group may read, filled by AuditRunner before the groups run. The groups run on
// the audit's own thread, one after another; everything here is safe to call from that thread.
struct AuditContext
{
    Stack stack;
    QDateTime now; // UTC, one instant for the whole run (expiry dates, ages)

    // Runs a command on the server over the stack's SSH session and waits for it (the runner forwards
    // it to the connection's thread). `standardInput` is streamed to the command: secrets go there,
    // never into the command line.
    std::function<Result<ExecResult>(const QString &command, const QByteArray &standardInput)> exec;

    // The stack's database through its forwarded port, with the keychain's password. Each group opens
    // its own QSqlDatabase connection (a unique name) on the audit thread and closes it before returning.
    // `database.isValid()` is false when there is no forward; `databasePasswordKnown` false when the
    // keychain had no password (database checks then say "could not check").
    DbEndpoint database;
    bool databasePasswordKnown = false;
    quint16 gatewayPort = 0; // local end of the gateway forward; 0: none
    quint16 poolerPort = 0;  // local end of the pooler forward; 0: none

    // True once the user pressed Cancel: a group stops between checks and returns what it has.
    std::function<bool()> cancelled = [] { return false; };
    // Tells the progress bar which check starts (its id); may be empty.
    std::function<void(const QString &checkId)> starting;

    // Read once by the runner, shared by every group. A part that could not be read leaves its
    // *Error set (translated, e.g. "No .env in /opt/supabase/docker"), and the checks that need it say
    // "could not check" with that reason.
    HostFacts host;
    QString hostError;
    QHash<QString, QString> env;  // the stack's .env, unquoted values
    QHash<QString, int> envLines; // key → 1-based line
    QString envPath;              // where the .env was read from
    QString envError;
    // The compose file(s) of the install directory read with the .env (StackLayoutReader): release
    // layout, gateway and pooler, PostgreSQL image, active overlays.
    StackLayout layout;
    QString layoutError;

    // The stack's newest restore drill (AuditOptions::lastDrills), for restore-tested.
    std::optional<DrillResult> lastDrill;
};

} // namespace supadesk
