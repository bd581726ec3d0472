// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditcheckgroup.h"

#include <QCoreApplication>

namespace supadesk {

// The audit's checks of the public endpoints: TLS certificate, health routes, Studio exposure.
class EndpointAuditChecks : public AuditCheckGroup
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::EndpointAuditChecks)

public:
    QStringList checkIds() const override;
    AuditCheckResults run(const AuditContext &context, const QStringList &wanted) override;
};

} // namespace supadesk
