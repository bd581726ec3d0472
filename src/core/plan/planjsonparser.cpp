// SPDX-License-Identifier: GPL-3.0-or-later
#include "planjsonparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace supadesk {

namespace {

Error fail(const QString &message)
{
    return Error{ErrorCode::PlanJson, message};
}

// Line and column (1-based) of a byte offset, for parse errors people can find in their file.
QPair<int, int> lineAndColumn(const QByteArray &data, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < data.size(); ++i) {
        if (data.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

class TreeBuilder
{
public:
    QList<PlanNode> nodes;
    QString error;

    // Appends `object` and its descendants in pre-order; returns false (with `error` set) on bad structure.
    // `trail` holds the child indices from the root, so the path is only spelled out for an error.
    bool add(const QJsonObject &object, int parentId, int depth, QList<qsizetype> &trail)
    {
        auto path = [&trail] {
            QString text = QStringLiteral("Plan");
            for (qsizetype i : trail)
                text += QStringLiteral(" → Plans[%1]").arg(i);
            return text;
        };
        PlanNode node;
        node.id = int(nodes.size()) + 1;
        node.parentId = parentId;
        node.depth = depth;
        node.properties = object;
        node.properties.remove(QLatin1String("Plans"));
        if (!object.value(QLatin1String("Node Type")).isString()) {
            error = QCoreApplication::translate("PlanJsonParser",
                                                "%1 has no \"Node Type\": this is not an EXPLAIN plan node.")
                        .arg(path());
            return false;
        }
        const QString wrong = node.readProperties();
        if (!wrong.isEmpty()) {
            error =
                QCoreApplication::translate("PlanJsonParser", "%1: the value of \"%2\" has the wrong type.")
                    .arg(path(), wrong);
            return false;
        }
        const int id = node.id;
        nodes.append(std::move(node));
        if (parentId > 0)
            nodes[parentId - 1].childIds.append(id);

        const QJsonValue plans = object.value(QLatin1String("Plans"));
        if (plans.isUndefined())
            return true;
        if (!plans.isArray()) {
            error = QCoreApplication::translate("PlanJsonParser", "%1: \"Plans\" is not a list of nodes.")
                        .arg(path());
            return false;
        }
        const QJsonArray children = plans.toArray();
        for (qsizetype i = 0; i < children.size(); ++i) {
            trail.append(i);
            if (!children.at(i).isObject()) {
                error = QCoreApplication::translate("PlanJsonParser", "%1 is not a plan node.").arg(path());
                return false;
            }
            if (!add(children.at(i).toObject(), id, depth + 1, trail))
                return false;
            trail.removeLast();
        }
        return true;
    }
};

} // namespace

Result<Plan> PlanJsonParser::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, parseError.offset);
        return fail(QCoreApplication::translate("PlanJsonParser",
                                                "The plan is not valid JSON: %1 at line %2, column %3.")
                        .arg(parseError.errorString())
                        .arg(line)
                        .arg(column));
    }
    QJsonObject top;
    if (document.isArray()) {
        const QJsonArray array = document.array();
        if (array.isEmpty() || !array.first().isObject())
            return fail(QCoreApplication::translate(
                "PlanJsonParser", "The JSON list is empty or does not hold a plan object."));
        top = array.first().toObject();
    } else {
        top = document.object();
    }
    // Some clients wrap the result in its column name.
    const QJsonValue wrapped = top.value(QLatin1String("QUERY PLAN"));
    if (wrapped.isArray() && wrapped.toArray().first().isObject())
        top = wrapped.toArray().first().toObject();
    const QJsonValue planValue = top.value(QLatin1String("Plan"));
    if (!planValue.isObject())
        return fail(QCoreApplication::translate(
            "PlanJsonParser", "The JSON has no \"Plan\" object: this is not EXPLAIN (FORMAT JSON) output."));

    TreeBuilder builder;
    QList<qsizetype> trail;
    if (!builder.add(planValue.toObject(), 0, 0, trail))
        return fail(builder.error);
    top.remove(QLatin1String("Plan"));
    return Plan(std::move(builder.nodes), top, Plan::Source::Json);
}

} // namespace supadesk
