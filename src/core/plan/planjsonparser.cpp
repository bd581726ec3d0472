// SPDX-License-Identifier: GPL-3.0-or-later
#include "planjsonparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <simdjson.h>

#include <cstring>
#include <optional>

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
    PlanPropertiesBuilder properties;

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
        properties.begin();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            if (it.key() != QLatin1String("Plans"))
                properties.add(properties.key(it.key()), it.value());
        node.properties = properties.end();
        if (!object.value(QLatin1String("Node Type")).isString()) {
            error = QCoreApplication::translate("PlanJsonParser",
                                                "%1 has no \"Node Type\": this is not an EXPLAIN plan node.")
                        .arg(path());
            return false;
        }
        const QString wrong = node.readProperties(&properties);
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

namespace dom = simdjson::dom;

// QJsonDocument nests at most 1024 levels; below that depth both readers agree, deeper input goes to
// QJsonDocument, which names the place.
constexpr size_t maxDepth = 1000;

QString textOf(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// An exponent so small that the number underflows to zero, which QJsonDocument rejects and simdjson
// reads as 0: such input is left to QJsonDocument. Looks for a digit, "e-" or "E-" and three digits;
// strings holding that text only cost the slower reader.
bool mayUnderflow(const QByteArray &json)
{
    const char *data = json.constData();
    const char *end = data + json.size();
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    for (const char *minus = static_cast<const char *>(std::memchr(data, '-', size_t(end - data))); minus;
         minus = static_cast<const char *>(std::memchr(minus + 1, '-', size_t(end - minus - 1)))) {
        if (minus - data >= 2 && end - minus > 3 && (minus[-1] == 'e' || minus[-1] == 'E') &&
            digit(minus[-2]) && digit(minus[1]) && digit(minus[2]) && digit(minus[3]))
            return true;
    }
    return false;
}

QJsonValue toValue(dom::element element);

QJsonArray toArray(dom::array array)
{
    QJsonArray result;
    for (dom::element item : array)
        result.append(toValue(item));
    return result;
}

bool isAscii(std::string_view text)
{
    for (char c : text)
        if (uchar(c) >= 0x80)
            return false;
    return true;
}

void insert(QJsonObject &object, std::string_view key, const QJsonValue &value)
{
    // Keys are ASCII almost always: no QString for them.
    if (isAscii(key))
        object.insert(QLatin1StringView(key.data(), qsizetype(key.size())), value);
    else
        object.insert(textOf(key), value);
}

QJsonObject toObject(dom::object object)
{
    QJsonObject result;
    for (dom::key_value_pair field : object)
        insert(result, field.key, toValue(field.value));
    return result;
}

// The same values QJsonDocument makes of the same JSON: integers that fit in 64 bits stay integers,
// larger ones become doubles, and QJsonValue itself keeps integral doubles as integers.
QJsonValue toValue(dom::element element)
{
    switch (element.type()) {
    case dom::element_type::ARRAY: {
        dom::array array;
        if (element.get_array().get(array) == simdjson::SUCCESS)
            return toArray(array);
        break;
    }
    case dom::element_type::OBJECT: {
        dom::object object;
        if (element.get_object().get(object) == simdjson::SUCCESS)
            return toObject(object);
        break;
    }
    case dom::element_type::INT64:
        return QJsonValue(qint64(element.get_int64().value_unsafe()));
    case dom::element_type::UINT64:
        return QJsonValue(double(element.get_uint64().value_unsafe()));
    case dom::element_type::DOUBLE:
        return QJsonValue(element.get_double().value_unsafe());
    case dom::element_type::STRING:
        return QJsonValue(textOf(element.get_string().value_unsafe()));
    case dom::element_type::BOOL:
        return QJsonValue(element.get_bool().value_unsafe());
    case dom::element_type::NULL_VALUE:
        break;
    }
    return QJsonValue(QJsonValue::Null);
}

// Reads EXPLAIN JSON in one pass from simdjson's parsed document into the plan's nodes, without a
// QJsonDocument of the whole plan. It takes only input it reads exactly as TreeBuilder would and
// answers nothing otherwise (invalid JSON, a wrong structure, duplicate keys where they matter):
// PlanJsonParser then reads that input with QJsonDocument, for the same plan or the same error.
class OnePassReader
{
public:
    std::optional<Plan> read(const QByteArray &json)
    {
        if (json.isEmpty() || mayUnderflow(json))
            return std::nullopt;
        dom::parser parser;
        if (parser.allocate(size_t(json.size()), maxDepth) != simdjson::SUCCESS)
            return std::nullopt;
        // simdjson reads up to SIMDJSON_PADDING bytes past the end: in place when the array's
        // allocation has them, else from a padded copy.
        const bool padded = json.capacity() - json.size() >= qsizetype(simdjson::SIMDJSON_PADDING);
        dom::element root;
        if (parser.parse(json.constData(), size_t(json.size()), !padded).get(root) != simdjson::SUCCESS)
            return std::nullopt;

        dom::object top;
        if (dom::array array; root.get_array().get(array) == simdjson::SUCCESS) {
            if (array.size() == 0 || array.at(0).get_object().get(top) != simdjson::SUCCESS)
                return std::nullopt;
        } else if (root.get_object().get(top) != simdjson::SUCCESS) {
            return std::nullopt;
        }
        // Some clients wrap the result in its column name.
        std::optional<dom::element> wrapped;
        if (!unique(top, "QUERY PLAN", wrapped))
            return std::nullopt;
        if (dom::array array; wrapped && wrapped->get_array().get(array) == simdjson::SUCCESS) {
            if (dom::object first;
                array.size() > 0 && array.at(0).get_object().get(first) == simdjson::SUCCESS)
                top = first;
        }
        std::optional<dom::element> planValue;
        dom::object planObject;
        if (!unique(top, "Plan", planValue) || !planValue ||
            planValue->get_object().get(planObject) != simdjson::SUCCESS || !add(planObject, 0, 0))
            return std::nullopt;

        QJsonObject topLevel;
        for (dom::key_value_pair field : top)
            if (field.key != "Plan")
                insert(topLevel, field.key, toValue(field.value));
        return Plan(std::move(m_nodes), topLevel, Plan::Source::Json);
    }

private:
    // The value of `key` in `object`, if any; false when the key is there twice (QJsonDocument keeps
    // the last, simdjson finds the first).
    static bool unique(dom::object object, std::string_view key, std::optional<dom::element> &value)
    {
        for (dom::key_value_pair field : object) {
            if (field.key != key)
                continue;
            if (value)
                return false;
            value = field.value;
        }
        return true;
    }

    bool add(dom::object object, int parentId, int depth)
    {
        PlanNode node;
        node.id = int(m_nodes.size()) + 1;
        node.parentId = parentId;
        node.depth = depth;
        std::optional<dom::element> plans;
        m_properties.begin();
        for (dom::key_value_pair field : object) {
            if (field.key == "Plans") {
                if (plans)
                    return false;
                plans = field.value;
                continue;
            }
            addProperty(m_properties.key(field.key), field.value);
        }
        node.properties = m_properties.end();
        if (!node.properties.hasString(QLatin1String("Node Type")) ||
            !node.readProperties(&m_properties).isEmpty())
            return false;
        const int id = node.id;
        m_nodes.append(std::move(node));
        if (parentId > 0)
            m_nodes[parentId - 1].childIds.append(id);
        if (!plans)
            return true;
        dom::array children;
        if (plans->get_array().get(children) != simdjson::SUCCESS)
            return false;
        for (dom::element child : children) {
            dom::object childObject;
            if (child.get_object().get(childObject) != simdjson::SUCCESS || !add(childObject, id, depth + 1))
                return false;
        }
        return true;
    }

    // Scalars straight into the store; only nested values become QJsonValues.
    void addProperty(quint32 key, dom::element value)
    {
        switch (value.type()) {
        case dom::element_type::INT64:
            m_properties.addInteger(key, value.get_int64().value_unsafe());
            return;
        case dom::element_type::UINT64:
            m_properties.addDouble(key, double(value.get_uint64().value_unsafe()));
            return;
        case dom::element_type::DOUBLE:
            m_properties.addDouble(key, value.get_double().value_unsafe());
            return;
        case dom::element_type::STRING:
            m_properties.addString(key, value.get_string().value_unsafe());
            return;
        case dom::element_type::BOOL:
            m_properties.addBool(key, value.get_bool().value_unsafe());
            return;
        case dom::element_type::NULL_VALUE:
            m_properties.addNull(key);
            return;
        case dom::element_type::ARRAY:
        case dom::element_type::OBJECT:
            m_properties.addJson(key, toValue(value));
            return;
        }
    }

    QList<PlanNode> m_nodes;
    PlanPropertiesBuilder m_properties;
};

} // namespace

Result<Plan> PlanJsonParser::parse(const QByteArray &json)
{
    if (std::optional<Plan> plan = OnePassReader().read(json))
        return std::move(*plan);
    return parseWithDocument(json);
}

Result<Plan> PlanJsonParser::parseWithDocument(const QByteArray &json)
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
