// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace supadesk {

// Runs text that must be exactly one statement on a QPSQL connection, so that the server itself
// refuses several. Qt's PostgreSQL driver sends every query, prepared ones too ("PREPARE … AS
// <text>"), with PQexec, whose simple query protocol runs every statement of the text: EXPLAIN of
// "SELECT 1; DROP TABLE t" would drop the table, and a COMMIT in the text would end the transaction
// that EXPLAIN ANALYZE's rollback relies on. Here the text goes through libpq's extended query
// protocol (PQexecParams) on the driver's own connection, whose Parse message takes one statement
// and is rejected whole ("cannot insert multiple commands into a prepared statement") otherwise.
class SingleStatementQuery
{
public:
    // The first column of the first row, as text; empty when the statement returned no row.
    static Result<QByteArray> firstValue(const QSqlDatabase &db, const QString &statement);
};

} // namespace supadesk
