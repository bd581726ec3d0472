// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace supadesk {

// What the failover's first step found: whether the old primary still answers (from the desktop,
// and from the standby's host, which may reach it when the desktop cannot) and whether the standby
// is one at all.
struct FailoverCheck
{
    bool primaryFromDesktop = false;
    bool primaryFromStandby = false;
    bool standbyInRecovery = false;

    bool primaryAnswers() const { return primaryFromDesktop || primaryFromStandby; }
};

// The guided failover's rules: the steps it will take (shown before any runs) and whether the
// promotion may go ahead. A primary that still answers would make two primaries (split brain), so
// the user must type the stack's name, and the old primary is stopped (fenced) before the promotion.
class FailoverPlan
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::FailoverPlan)

public:
    // `repoint`: the stack's services are pointed at the new primary afterwards (its .env changed,
    // a copy kept, the services restarted); the failover is recorded either way.
    static QStringList steps(const FailoverCheck &check, const QString &primaryName,
                             const QString &standbyName, bool repoint = false);
    // Empty when the promotion may run; otherwise why not.
    static QString blocker(const FailoverCheck &check, const QString &typed, const QString &expected);
};

} // namespace supadesk
