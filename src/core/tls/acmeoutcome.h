// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace supadesk {

// What a certbot run's exit status and output say, in words a person can act on (tls.acme). certbot
// reports the certificate authority's problem as "Type: …" / "Detail: …" lines per name, or as an
// urn:ietf:params:acme:error:… for account and order errors; the ACME type decides the advice.
class AcmeOutcome
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::AcmeOutcome)

public:
    static Status fromCertbot(int exitCode, const QString &output);
    // "rateLimited", "connection", … from certbot's output; empty when none is named.
    static QString errorType(const QString &output);
    // The advice for a failed apply step when it is the certbot step (TlsSetupPlanner's
    // "tls-certificate"); empty for any other step, so the applier shows its own message.
    static QString adviceForStep(const QString &stepId, int exitCode, const QString &output);
};

} // namespace supadesk
