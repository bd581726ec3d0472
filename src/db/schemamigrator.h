// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace supadesk {

// Brings a local SQLite file to the schema this build knows, keyed on `PRAGMA user_version`.
//
// A schema is a folder of numbered SQL scripts, `NNN-what.sql` (001, 002, … without holes), embedded
// as resources under :/sql/<schema>/; script N takes a file from version N-1 to N. Each script runs in
// one transaction (BEGIN IMMEDIATE, so two stores opening the same file at once take turns) that also
// sets user_version to N: a script that fails is rolled back whole and leaves the file as it was. A file
// whose user_version is above the last script was written by a newer Supadesk and is refused, never
// touched. Statements are split at semicolons outside quotes and comments (SqlStatementLocator); a
// trigger, whose body holds semicolons, would need the splitter taught about BEGIN … END first.
//
// Version 1 is the schema of the releases before versioning, which left user_version at 0. Script 001
// therefore says IF NOT EXISTS throughout, and for a file at version 0 the migrator also adds, after
// running it, the columns that 001's tables declare and the file's tables lack (those releases added
// columns with ALTER TABLE at open); such a file is "adopted" with its rows intact.
class SchemaMigrator
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::SchemaMigrator)

public:
    struct Migration
    {
        int version = 0;
        QString name; // the file name, for messages
        QString sql;  // one or more statements separated by semicolons
    };

    struct Outcome
    {
        int fromVersion = 0;
        int toVersion = 0;
        bool adopted = false; // a file from before versioning, with tables, brought to version 1
    };

    // A schema built into Supadesk: the scripts of resources/sql/<name>/ (embedded under :/sql/<name>).
    static Result<SchemaMigrator> builtIn(const QString &name);
    // The history file's schema (history.sqlite: the dashboard's and the uptime tables).
    static Result<SchemaMigrator> history() { return builtIn(QStringLiteral("history")); }

    // The scripts of a folder (a resource folder or a directory): files NNN-*.sql, in order. Refused
    // when the numbers do not run 1, 2, … without holes or repeats.
    static Result<SchemaMigrator> fromFolder(const QString &folder);
    explicit SchemaMigrator(QList<Migration> migrations);

    int latestVersion() const;
    const QList<Migration> &migrations() const { return m_migrations; }

    // The file's version (its user_version).
    static Result<int> version(QSqlDatabase &db);
    // Applies the scripts the file on `db` has not had yet. `db` must be open and outside a transaction.
    Result<Outcome> migrate(QSqlDatabase &db) const;

private:
    Result<bool> apply(QSqlDatabase &db, const Migration &migration) const;
    static Status addMissingColumns(QSqlDatabase &db, const Migration &baseline);

    QList<Migration> m_migrations;
};

} // namespace supadesk
