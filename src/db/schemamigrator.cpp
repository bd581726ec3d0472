// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemamigrator.h"
#include "sqlconnections.h"

#include "core/sql/sqlstatementlocator.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace supadesk {

namespace {

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

struct Column
{
    QString name;
    QString type;
    bool notNull = false;
    QVariant defaultValue; // the default's SQL text, null without one
    bool primaryKey = false;
};

Result<QList<Column>> columnsOf(QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table))))
        return Error{ErrorCode::SchemaRead, q.lastError().text()};
    QList<Column> out;
    while (q.next())
        out.append({q.value(1).toString(), q.value(2).toString(), q.value(3).toInt() != 0, q.value(4),
                    q.value(5).toInt() != 0});
    return out;
}

Result<QStringList> tablesOf(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                               "'sqlite\\_%' ESCAPE '\\'")))
        return Error{ErrorCode::SchemaRead, q.lastError().text()};
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

// A connection of its own to an in-memory database, removed when it goes out of scope.
class ScratchDatabase
{
public:
    ScratchDatabase()
    {
        static QAtomicInt counter;
        m_name = QStringLiteral("supadesk-schema-reference-%1").arg(counter.fetchAndAddRelaxed(1));
        QSqlDatabase db = SqlConnections::add(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        db.open();
    }
    ~ScratchDatabase()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

// Runs every statement of a script; the first that fails stops it, with the database's words.
Status runScript(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    for (const SqlStatementLocator::Range &r : SqlStatementLocator::statements(sql))
        if (!q.exec(sql.mid(r.start, r.end - r.start)))
            return Error{ErrorCode::SchemaMigration, q.lastError().text()};
    return success();
}

} // namespace

Result<SchemaMigrator> SchemaMigrator::builtIn(const QString &name)
{
    return fromFolder(QStringLiteral(":/sql/") + name);
}

Result<SchemaMigrator> SchemaMigrator::fromFolder(const QString &folder)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3})-.+\\.sql$"));
    const QStringList names = QDir(folder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    QList<Migration> migrations;
    for (const QString &name : names) {
        const QRegularExpressionMatch m = pattern.match(name);
        QFile file(QDir(folder).filePath(name));
        if (!m.hasMatch() || !file.open(QIODevice::ReadOnly))
            return Error{ErrorCode::SchemaScripts,
                         tr("The schema script %1 could not be read.").arg(file.fileName())};
        migrations.append({m.captured(1).toInt(), name, QString::fromUtf8(file.readAll())});
    }
    for (qsizetype i = 0; i < migrations.size(); ++i)
        if (migrations.at(i).version != i + 1)
            return Error{ErrorCode::SchemaScripts,
                         tr("The schema scripts in %1 must be numbered 001, 002, … without gaps; %2 is out "
                            "of place.")
                             .arg(folder, migrations.at(i).name)};
    if (migrations.isEmpty())
        return Error{ErrorCode::SchemaScripts, tr("There are no schema scripts in %1.").arg(folder)};
    return SchemaMigrator(std::move(migrations));
}

SchemaMigrator::SchemaMigrator(QList<Migration> migrations) : m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

int SchemaMigrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

Result<int> SchemaMigrator::version(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return Error{ErrorCode::SchemaRead, tr("The schema version of %1 could not be read: %2")
                                                .arg(db.databaseName(), q.lastError().text())};
    return q.value(0).toInt();
}

Result<SchemaMigrator::Outcome> SchemaMigrator::migrate(QSqlDatabase &db) const
{
    const Result<int> found = version(db);
    if (!found.ok())
        return found.error();
    Outcome outcome;
    outcome.fromVersion = found.value();
    outcome.toVersion = found.value();
    if (found.value() > latestVersion())
        return Error{ErrorCode::SchemaNewer,
                     tr("%1 was written by a newer version of Supadesk (schema version %2; this version "
                        "knows up to %3). Open it with that version, or move the file away to start anew.")
                         .arg(db.databaseName())
                         .arg(found.value())
                         .arg(latestVersion())};
    if (found.value() == 0) {
        const Result<QStringList> tables = tablesOf(db);
        if (!tables.ok())
            return Error{ErrorCode::SchemaRead, tr("The schema version of %1 could not be read: %2")
                                                    .arg(db.databaseName(), tables.error().message)};
        outcome.adopted = !tables.value().isEmpty();
    }
    for (const Migration &m : m_migrations) {
        if (m.version <= outcome.toVersion)
            continue;
        const Result<bool> applied = apply(db, m);
        if (!applied.ok())
            return applied.error();
        outcome.toVersion = m.version;
    }
    if (outcome.fromVersion != 0 || outcome.toVersion == 0)
        outcome.adopted = false;
    return outcome;
}

// One script in one transaction with its user_version. Returns false when another connection applied
// it first (the file's version is read again once the write lock is held).
Result<bool> SchemaMigrator::apply(QSqlDatabase &db, const Migration &migration) const
{
    const auto failed = [&](const QString &detail) {
        return Error{ErrorCode::SchemaMigration,
                     tr("%1 could not be brought to schema version %2 (%3) and was left as it was: %4")
                         .arg(db.databaseName())
                         .arg(migration.version)
                         .arg(migration.name, detail)};
    };
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return failed(q.lastError().text());
    const auto rollback = [&](const QString &detail) -> Result<bool> {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return failed(detail);
    };
    const Result<int> now = version(db);
    if (!now.ok())
        return rollback(now.error().message);
    if (now.value() >= migration.version) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    if (now.value() != migration.version - 1)
        return rollback(tr("the file is at version %1").arg(now.value()));
    if (const Status ran = runScript(db, migration.sql); !ran.ok())
        return rollback(ran.error().message);
    if (migration.version == 1)
        if (const Status added = addMissingColumns(db, migration); !added.ok())
            return rollback(added.error().message);
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version)))
        return rollback(q.lastError().text());
    if (!q.exec(QStringLiteral("COMMIT")))
        return rollback(q.lastError().text());
    return true;
}

// Releases before versioning created their tables IF NOT EXISTS and added later columns with ALTER
// TABLE when a file lacked them: the same is done here once, for every column script 001 declares.
Status SchemaMigrator::addMissingColumns(QSqlDatabase &db, const Migration &baseline)
{
    ScratchDatabase scratch;
    QSqlDatabase reference = scratch.db();
    if (const Status ran = runScript(reference, baseline.sql); !ran.ok())
        return ran;
    const Result<QStringList> tables = tablesOf(reference);
    if (!tables.ok())
        return tables.error();
    QSqlQuery q(db);
    for (const QString &table : tables.value()) {
        const Result<QList<Column>> wanted = columnsOf(reference, table);
        const Result<QList<Column>> present = columnsOf(db, table);
        if (!wanted.ok())
            return wanted.error();
        if (!present.ok())
            return present.error();
        for (const Column &c : wanted.value()) {
            const bool exists = std::any_of(present.value().cbegin(), present.value().cend(),
                                            [&](const Column &p) { return p.name == c.name; });
            if (exists)
                continue;
            // SQLite adds no key column, nor a NOT NULL one without a default, to a table with rows.
            if (c.primaryKey || (c.notNull && c.defaultValue.isNull()))
                return Error{
                    ErrorCode::SchemaMigration,
                    tr("the table %1 lacks the column %2, which cannot be added").arg(table, c.name)};
            QString sql =
                QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3").arg(quoted(table), quoted(c.name), c.type);
            if (c.notNull)
                sql += QStringLiteral(" NOT NULL");
            if (!c.defaultValue.isNull())
                sql += QStringLiteral(" DEFAULT ") + c.defaultValue.toString();
            if (!q.exec(sql))
                return Error{ErrorCode::SchemaMigration, q.lastError().text()};
        }
    }
    return success();
}

} // namespace supadesk
