// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace supadesk {

// Facts about the PostgreSQL client library (libpq) Supadesk talks to databases with.
class PgClientLibrary
{
public:
    // e.g. "15.18"; empty when Supadesk was built without libpq headers.
    static QString version();
    // Whether Qt's PostgreSQL driver (QPSQL) is installed.
    static bool driverAvailable();
};

} // namespace supadesk
