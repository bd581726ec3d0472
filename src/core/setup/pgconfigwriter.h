// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pgsetting.h"

#include <QCoreApplication>
#include <QString>

namespace supadesk {

// Writes tuner output in the two forms a server takes: ALTER SYSTEM statements (kept in
// postgresql.auto.conf inside the data volume, so they survive re-creating the db container) and a
// postgresql.conf include file.
class PgConfigWriter
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::PgConfigWriter)

public:
    // For psql (`psql -f tuning.sql`): a list setting whose current value is unknown is merged on the
    // server with \gexec, because ALTER SYSTEM cannot run inside a DO block.
    static QString alterSystemSql(const PgSettings &settings);
    static QString conf(const PgSettings &settings);

    static QString quoteLiteral(const QString &value);
};

} // namespace supadesk
