// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/plan.h"
#include "core/result.h"

#include <QSqlDatabase>
#include <QString>

namespace supadesk {

// The EXPLAIN options the analyzer offers; the plan is always asked for as FORMAT JSON.
struct ExplainOptions
{
    bool analyze = true;
    bool buffers = true;
    bool verbose = false;
    bool settings = false;
    bool wal = false;
    bool timing = true;
    // EXPLAIN (GENERIC_PLAN), PostgreSQL 16+: plans a statement with $1, $2 ... without values.
    // It cannot be combined with ANALYZE.
    bool genericPlan = false;
};

struct ExplainOutcome
{
    Plan plan;
    QByteArray json;         // as the server returned it, for saving
    bool rolledBack = false; // ANALYZE ran inside a transaction that was rolled back
};

// Runs EXPLAIN on a connection the caller owns (and uses from its own thread, as Qt Sql requires).
// EXPLAIN ANALYZE executes the statement, so it always runs inside a transaction that is rolled
// back afterwards: an INSERT, UPDATE, DELETE or MERGE (or a function with side effects) leaves no
// trace. A long run is cancelled from another connection with cancel(backendPid()).
// The text must hold exactly one statement: several are refused before anything runs, and the
// EXPLAIN goes through SingleStatementQuery, so the server would refuse them as well.
class ExplainRunner
{
public:
    explicit ExplainRunner(QSqlDatabase db);

    Result<ExplainOutcome> run(const QString &sql, const ExplainOptions &options = {});

    // The backend process of the connection, for pg_cancel_backend.
    Result<int> backendPid();
    // Asks the server, through `other` (a second connection), to cancel what backend `pid` runs.
    static Status cancel(QSqlDatabase other, int pid);

    static QString explainStatement(const QString &sql, const ExplainOptions &options);

private:
    QSqlDatabase m_db;
};

} // namespace supadesk
