// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditstatustext.h"

namespace supadesk {

QString AuditStatusText::word(AuditStatus status)
{
    switch (status) {
    case AuditStatus::Pass:
        return tr("Pass");
    case AuditStatus::Warn:
        return tr("Warn");
    case AuditStatus::Fail:
        return tr("Fail");
    case AuditStatus::Unknown:
        break;
    }
    return tr("Could not check");
}

QString AuditStatusText::newFailure()
{
    return tr("Fail · new");
}

StatePalette::Role AuditStatusText::role(AuditStatus status)
{
    switch (status) {
    case AuditStatus::Pass:
        return StatePalette::Role::Ok;
    case AuditStatus::Warn:
        return StatePalette::Role::Warn;
    case AuditStatus::Fail:
        return StatePalette::Role::Bad;
    case AuditStatus::Unknown:
        break;
    }
    return StatePalette::Role::Muted;
}

StatePalette::Role AuditStatusText::scoreRole(int score)
{
    if (score < 0)
        return StatePalette::Role::Muted;
    if (score >= 90)
        return StatePalette::Role::Ok;
    return score >= 60 ? StatePalette::Role::Warn : StatePalette::Role::Bad;
}

QString AuditStatusText::area(AuditArea area)
{
    return area == AuditArea::Database ? tr("Database checks") : tr("Host checks");
}

} // namespace supadesk
