// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/stacklayout.h"
#include "core/result.h"
#include "ssh/sshsession.h"

#include <QCoreApplication>
#include <QHash>

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

    // The two remote reads as command and answer, for callers that run them over their own
    // connection (the Preflight page, asynchronously). An answer that cannot be read sets `error`.
    struct EnvRead
    {
        QHash<QString, QString> values;
        QHash<QString, int> lines;
        QString error;
    };
    struct LayoutRead
    {
        StackLayout layout;
        QString error;
    };
    static QString envCommand(const QString &envPath);
    static EnvRead envFrom(const Result<ExecResult> &result, const QString &installDir,
                           const QString &envPath);
    static LayoutRead layoutFrom(const Result<ExecResult> &result, const QString &installDir,
                                 const QHash<QString, QString> &env);
};

} // namespace supadesk
