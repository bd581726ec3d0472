// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace supadesk {

// The $1, $2 ... placeholders of a statement as pg_stat_statements shows it (constants replaced by
// parameters), outside quotes, comments and dollar-quoted bodies. Servers before PostgreSQL 16 cannot
// plan such a statement without values, so the analyzer asks for them and binds them as literals.
class StatementParameters
{
public:
    // The highest parameter number used, 0 when the statement has none.
    static int count(const QString &sql);
    // `sql` with $n replaced by values[n - 1] as a quoted literal ('it''s'); a value spelled NULL
    // (any case, nothing else) becomes NULL. A quoted literal has no type yet, so PostgreSQL gives it
    // the type the parameter had. Parameters without a value are left as they are.
    static QString bind(const QString &sql, const QStringList &values);
};

} // namespace supadesk
