// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/auditresult.h"
#include "gui/styles/statepalette.h"

#include <QCoreApplication>
#include <QString>

namespace supadesk {

// How the Audit workspace and its report show a status and a score: the word and the colour role.
class AuditStatusText
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::AuditStatusText)

public:
    // "Pass", "Warn", "Fail", "Could not check".
    static QString word(AuditStatus status);
    // The same word for a check that turned from pass to fail since the previous run: "Fail · new".
    static QString newFailure();
    static StatePalette::Role role(AuditStatus status);
    // A score's colour: 90 and above ok, 60 and above warn, below bad; no score muted.
    static StatePalette::Role scoreRole(int score);
    static QString area(AuditArea area);
};

} // namespace supadesk
