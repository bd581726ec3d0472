// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgclientlibrary.h"

#include <QSqlDatabase>

#ifdef SUPADESK_HAVE_LIBPQ
#include <libpq-fe.h>
#endif

namespace supadesk {

QString PgClientLibrary::version()
{
#ifdef SUPADESK_HAVE_LIBPQ
    const int v = PQlibVersion(); // e.g. 150018
    return QStringLiteral("%1.%2").arg(v / 10000).arg(v % 100);
#else
    return QString();
#endif
}

bool PgClientLibrary::driverAvailable()
{
    return QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"));
}

} // namespace supadesk
