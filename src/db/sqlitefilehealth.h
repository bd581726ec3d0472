// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSqlDatabase;

namespace supadesk {

// The local history is one SQLite file, shared by the dashboard's store and the uptime store. Both
// check it the same way when they open it and, when it is damaged, move it aside the same way, so a
// power cut mid-write costs the history, never a crash or a refusal to start.
class SqliteFileHealth
{
public:
    enum class Verdict { Healthy, Damaged, Unreadable };
    struct Check
    {
        Verdict verdict = Verdict::Healthy;
        // For Damaged: what SQLite found; for Unreadable: the error.
        QString detail;
    };

    // quick_check reads every page and so notices a file cut short or overwritten, which opening
    // does not; above 256 MiB only the schema is read, so a year of history still opens quickly.
    // Only SQLITE_CORRUPT and SQLITE_NOTADB count as damage: a locked file or a full disk must not
    // make Supadesk move the user's history away.
    static Check check(QSqlDatabase &db, const QString &path);
    // Renames the file, and its -wal/-shm journal (which must not be replayed into a fresh file), to
    // "PATH.damaged-STAMP". Returns the new path, or an empty string when it could not be moved.
    static QString setAside(const QString &path);
};

} // namespace supadesk
