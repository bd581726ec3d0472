// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace supadesk {

struct AuditContext;

// Reads what every audit check group shares, once per stack, through `context.exec`: the host facts
// (preflight's one command batch), the stack's `.env` (as the login user, else through `sudo -n`) and
// its compose file(s) (StackLayoutReader). A part that cannot be read leaves its *Error set, translated.
// Runs on the audit thread; stops between parts when the audit is cancelled.
class AuditContextReader
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::AuditContextReader)

public:
    // `context.stack` and `context.exec` must be set.
    static void read(AuditContext &context);

    static void readHost(AuditContext &context);
    static void readEnv(AuditContext &context);
    static void readLayout(AuditContext &context); // after readEnv: the .env names COMPOSE_FILE
};

} // namespace supadesk
