// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backup/drillresult.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace supadesk {

// The restore drills of every stack, in the shared local history file (003-backups.sql), each kept
// whole as its JSON. The Audit's restore-tested check and the Backups workspace read it.
//
// Like every QSqlDatabase, a store belongs to the thread that opened it.
class DrillHistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::DrillHistoryStore)

public:
    // `directory` is the one HistoryStore uses (AppLocations::dataDir in the app).
    explicit DrillHistoryStore(QString directory);
    ~DrillHistoryStore();
    DrillHistoryStore(const DrillHistoryStore &) = delete;
    DrillHistoryStore &operator=(const DrillHistoryStore &) = delete;

    Status open();
    void close();
    bool isOpen() const;

    // Stores a drill under its stackId (which must not be empty).
    Status add(const DrillResult &drill);
    // The stack's newest drill, if it has one.
    Result<std::optional<DrillResult>> last(const QString &stackId) const;
    // The stack's drills, newest first, at most `limit`.
    Result<QList<DrillResult>> drills(const QString &stackId, int limit = 50) const;

private:
    QString m_directory;
    QString m_connectionName;
};

} // namespace supadesk
