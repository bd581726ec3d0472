// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace supadesk {

// Reads the title of a node line of EXPLAIN text ("Parallel Index Only Scan Backward using idx on
// public.t t1", "Hash Left Join", "Finalize GroupAggregate") into the properties EXPLAIN (FORMAT
// JSON) would have printed: Node Type, Join Type, Strategy, Relation Name, Schema, Alias, ...
class PlanTitle
{
public:
    // Where read() puts what it finds: a QJsonObject, or the text parser's own list of a node's
    // properties (building a QJsonObject per node line cost a sixth of reading a large plan).
    class Properties
    {
    public:
        virtual ~Properties() = default;
        virtual void insert(const QString &key, const QString &value) = 0;
        virtual void insert(const QString &key, bool value) = 0;
        virtual QString text(QLatin1StringView key) const = 0;
        virtual bool contains(QLatin1StringView key) const = 0;
    };

    static void read(const QString &title, QJsonObject &properties);
    static void read(const QString &title, Properties &properties);
    // Whether a title without figures (COSTS OFF) still names a plan node.
    static bool isKnownNodeType(const QString &title);
};

} // namespace supadesk
