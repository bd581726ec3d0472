// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "finding.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace supadesk {

// Checks the secrets a `.env` holds: example values from Supabase's env.example still in use, the demo
// API keys (and the date they stop working), keys that were not signed with this JWT_SECRET, and
// secrets too short for the service that reads them.
class SecretAudit
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::SecretAudit)

public:
    // The demo keys in env.example expire on this day; a stack that still uses them stops working.
    static QDate demoKeyExpiry();
    // Within this many days of expiry an API key gets a warning.
    static constexpr int kExpiryWarningDays = 90;

    static bool isExampleValue(const QString &key, const QString &value);
    // The value env.example ships for `key`; empty when it ships none.
    static QString exampleValue(const QString &key);

    // `values` maps keys to unquoted values; `lines` (optional) maps keys to their line numbers.
    static FindingList audit(const QHash<QString, QString> &values, const QDateTime &now,
                             const QHash<QString, int> &lines = {});
};

} // namespace supadesk
