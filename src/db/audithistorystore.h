// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/auditresult.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace supadesk {

// The audit's local history: every run of every stack, kept in the history file the dashboard and
// the uptime store share (resources/sql/history/002-audit.sql). A run is stored whole, as the CLI's
// JSON, with its score beside it so a stack's score over time is read without parsing reports.
//
// Like every QSqlDatabase, a store belongs to the thread that opened it (the GUI thread in the app).
class AuditHistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::AuditHistoryStore)

public:
    struct ScorePoint
    {
        QDateTime at; // the run's start, UTC
        int score = -1;
        bool operator==(const ScorePoint &) const = default;
    };

    // `directory` is the one HistoryStore uses (AppLocations::dataDir in the app).
    explicit AuditHistoryStore(QString directory);
    ~AuditHistoryStore();
    AuditHistoryStore(const AuditHistoryStore &) = delete;
    AuditHistoryStore &operator=(const AuditHistoryStore &) = delete;

    QString filePath() const;
    // Opens the file and brings its schema up to date. A damaged file is left to the uptime store,
    // which opens the same file first and sets it aside; here it is only refused.
    Status open();
    void close();
    bool isOpen() const;

    // Stores one stack's run (a cancelled run too: it says what was seen before the cancel).
    Status addRun(const AuditReport &report);
    // The stack's newest run that started before `before` (the newest of all when invalid).
    Result<std::optional<AuditReport>> lastRun(const QString &stackId, const QDateTime &before = {}) const;
    // The newest run of every stack that has one, in no particular order.
    Result<QList<AuditReport>> latestRuns() const;
    // The stack's scores, oldest first, at most the newest `limit` runs (cancelled runs left out).
    Result<QList<ScorePoint>> scores(const QString &stackId, int limit = 30) const;
    // Forgets a stack's runs (the stack was removed).
    Status removeStack(const QString &stackId);

private:
    QString m_directory;
    QString m_connectionName;
};

} // namespace supadesk
