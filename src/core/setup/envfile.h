// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "envassignment.h"
#include "finding.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace supadesk {

// A docker-compose `.env` edited in place: changing a value rewrites only that line, so comments,
// blank lines, order, unknown keys and line endings stay as the person who wrote the file left them.
// Parsing follows Docker Compose: KEY=VALUE, optional `export `, single or double quotes, and
// ` # comment` after an unquoted value.
class EnvFile
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::EnvFile)

public:
    static EnvFile parse(const QString &text);

    bool contains(const QString &key) const;
    // The value of the last assignment of `key` (Compose lets the last one win), unquoted.
    QString value(const QString &key) const;
    // 1-based line of the last assignment of `key`, 0 when it is absent.
    int lineOf(const QString &key) const;
    QStringList keys() const; // in file order, each once
    QHash<QString, QString> values() const;
    QHash<QString, int> lines() const;

    // Updates every assignment of `key` in place (a duplicate keeps no stale value), or appends one.
    void set(const QString &key, const QString &value);
    void set(const EnvAssignments &assignments);

    // Duplicate keys and lines that are not KEY=VALUE, with line numbers.
    FindingList findings() const;

    QString toString() const;

    // How a value is written: bare when it is made of safe characters, else single-quoted (literal for
    // Compose), double-quoted with escapes only when it holds a single quote or a newline.
    static QString quote(const QString &value);

private:
    struct Line
    {
        QString text;
        QString key;      // empty for blank lines, comments and malformed lines
        QString value;    // unquoted
        QString trailing; // an inline comment after the value, kept when the value changes
        bool malformed = false;
    };

    static Line parseLine(const QString &text);
    int lastIndexOf(const QString &key) const;

    QList<Line> m_lines;
    QString m_newline = QStringLiteral("\n");
    bool m_endsWithNewline = true;
};

} // namespace supadesk
