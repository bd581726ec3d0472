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

namespace od = simdjson::ondemand;

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

// A key as it stands in the input when it has no escapes (the input was checked for closed strings
// and control characters before reading began), else unescaped into the parser's buffer. Unescaping
// every key copied a few megabytes for a large plan.
bool keyOf(simdjson::simdjson_result<od::field> &field, std::string_view &key)
{
    od::raw_json_string raw;
    if (field.key().get(raw) != simdjson::SUCCESS)
        return false;
    const char *begin = raw.raw();
    const char *end = begin;
    while (*end != '"' && *end != '\\')
        ++end;
    if (*end == '"') {
        key = std::string_view(begin, size_t(end - begin));
        return true;
    }
    return field.unescaped_key().get(key) == simdjson::SUCCESS;
}

// simdjson's on-demand reader checks a value only when it is read: every value of the input is read
// by one of these, so input QJsonDocument refuses is refused here as well.
bool toValue(od::value value, QJsonValue &out);

bool toArray(od::array array, QJsonArray &out)
{
    for (auto item : array) {
        od::value value;
        QJsonValue converted;
        if (item.get(value) != simdjson::SUCCESS || !toValue(value, converted))
            return false;
        out.append(converted);
    }
    return true;
}

bool toObject(od::object object, QJsonObject &out)
{
    for (auto field : object) {
        std::string_view key;
        od::value value;
        QJsonValue converted;
        if (!keyOf(field, key) || field.value().get(value) != simdjson::SUCCESS)
            return false;
        if (!toValue(value, converted))
            return false;
        insert(out, key, converted);
    }
    return true;
}

// The same values QJsonDocument makes of the same JSON: integers that fit in 64 bits stay integers,
// larger ones become doubles, and QJsonValue itself keeps integral doubles as integers.
bool toValue(od::value value, QJsonValue &out)
{
    od::json_type type;
    if (value.type().get(type) != simdjson::SUCCESS)
        return false;
    switch (type) {
    case od::json_type::array: {
        od::array array;
        QJsonArray result;
        if (value.get_array().get(array) != simdjson::SUCCESS || !toArray(array, result))
            return false;
        out = result;
        return true;
    }
    case od::json_type::object: {
        od::object object;
        QJsonObject result;
        if (value.get_object().get(object) != simdjson::SUCCESS || !toObject(object, result))
            return false;
        out = result;
        return true;
    }
    case od::json_type::number: {
        od::number number;
        if (value.get_number().get(number) != simdjson::SUCCESS)
            return false;
        switch (number.get_number_type()) {
        case od::number_type::signed_integer:
            out = QJsonValue(qint64(number.get_int64()));
            return true;
        case od::number_type::unsigned_integer:
            out = QJsonValue(double(number.get_uint64()));
            return true;
        case od::number_type::floating_point_number:
            out = QJsonValue(number.get_double());
            return true;
        }
        return false;
    }
    case od::json_type::string: {
        std::string_view text;
        if (value.get_string().get(text) != simdjson::SUCCESS)
            return false;
        out = QJsonValue(textOf(text));
        return true;
    }
    case od::json_type::boolean: {
        bool flag = false;
        if (value.get_bool().get(flag) != simdjson::SUCCESS)
            return false;
        out = QJsonValue(flag);
        return true;
    }
    case od::json_type::null: {
        bool null = false;
        if (value.is_null().get(null) != simdjson::SUCCESS || !null)
            return false;
        out = QJsonValue(QJsonValue::Null);
        return true;
    }
    }
    return false;
}

// Reads a value to its end, checking it as toValue() does, without keeping anything.
bool check(od::value value)
{
    od::json_type type;
    if (value.type().get(type) != simdjson::SUCCESS)
        return false;
    switch (type) {
    case od::json_type::array: {
        od::array array;
        if (value.get_array().get(array) != simdjson::SUCCESS)
            return false;
        for (auto item : array) {
            od::value inner;
            if (item.get(inner) != simdjson::SUCCESS || !check(inner))
                return false;
        }
        return true;
    }
    case od::json_type::object: {
        od::object object;
        if (value.get_object().get(object) != simdjson::SUCCESS)
            return false;
        for (auto field : object) {
            std::string_view key;
            od::value inner;
            if (!keyOf(field, key) || field.value().get(inner) != simdjson::SUCCESS || !check(inner))
                return false;
        }
        return true;
    }
    case od::json_type::number: {
        od::number number;
        return value.get_number().get(number) == simdjson::SUCCESS;
    }
    case od::json_type::string: {
        std::string_view text;
        return value.get_string().get(text) == simdjson::SUCCESS;
    }
    case od::json_type::boolean: {
        bool flag = false;
        return value.get_bool().get(flag) == simdjson::SUCCESS;
    }
    case od::json_type::null: {
        bool null = false;
        return value.is_null().get(null) == simdjson::SUCCESS && null;
    }
    }
    return false;
}

// The JSON text of an array or object that starts at `begin` and has been checked, without the blanks
// between its tokens, appended to `out`. Two passes, one to find its end, one to copy: appending run by
// run cost more than the rest of reading the plan.
void appendCompact(const char *begin, QByteArray &out)
{
    int depth = 0;
    bool inString = false;
    const char *end = begin;
    for (;; ++end) {
        const char c = *end;
        if (inString) {
            if (c == '\\')
                ++end;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            ++depth;
        } else if ((c == ']' || c == '}') && --depth == 0) {
            break;
        }
    }
    const qsizetype at = out.size();
    out.resize(at + (end + 1 - begin));
    char *to = out.data() + at;
    inString = false;
    for (const char *p = begin; p <= end; ++p) {
        const char c = *p;
        if (inString) {
            *to++ = c;
            if (c == '\\')
                *to++ = *++p;
            else if (c == '"')
                inString = false;
        } else if (c != ' ' && c != '\n' && c != '\t' && c != '\r') {
            *to++ = c;
            inString = c == '"';
        }
    }
    out.truncate(to - out.constData());
}

// Reads EXPLAIN JSON in one pass with simdjson's on-demand reader straight into the plan's nodes: no
// document of the whole plan, neither simdjson's nor a QJsonDocument. It takes only input it reads
// exactly as TreeBuilder would and answers nothing otherwise (invalid JSON, a wrong structure,
// duplicate keys where they matter): PlanJsonParser then reads that input with QJsonDocument, for the
// same plan or the same error.
class OnePassReader
{
public:
    std::optional<Plan> read(const QByteArray &json)
    {
        if (json.isEmpty() || mayUnderflow(json))
            return std::nullopt;
        od::parser parser(size_t(json.size()));
        if (parser.allocate(size_t(json.size()), maxDepth) != simdjson::SUCCESS)
            return std::nullopt;
        // simdjson reads up to SIMDJSON_PADDING bytes past the end: in place when the array's
        // allocation has them, else from a padded copy.
        const bool padded = json.capacity() - json.size() >= qsizetype(simdjson::SIMDJSON_PADDING);
        simdjson::padded_string copy;
        od::document document;
        simdjson::error_code status;
        if (padded) {
            status =
                parser.iterate(json.constData(), size_t(json.size()), size_t(json.capacity())).get(document);
        } else {
            copy = simdjson::padded_string(json.constData(), size_t(json.size()));
            status = parser.iterate(simdjson::padded_string_view(copy)).get(document);
        }
        if (status != simdjson::SUCCESS)
            return std::nullopt;
        // About one byte of strings per ten of pretty-printed JSON, and a node per kilobyte or two.
        // Room reserved and not used costs address space, not memory; growing a list of nodes keeps
        // the old and the new one at once.
        m_properties.reserveText(json.size() / 8);
        m_nodes.reserve(json.size() / 512 + 16);

        od::json_type type;
        if (document.type().get(type) != simdjson::SUCCESS)
            return std::nullopt;
        if (type == od::json_type::array) {
            od::array array;
            if (document.get_array().get(array) != simdjson::SUCCESS)
                return std::nullopt;
            bool first = true;
            for (auto item : array) {
                od::value value;
                if (item.get(value) != simdjson::SUCCESS)
                    return std::nullopt;
                if (first) {
                    od::object object;
                    if (value.get_object().get(object) != simdjson::SUCCESS || !readTop(object))
                        return std::nullopt;
                    first = false;
                } else if (!check(value)) {
                    return std::nullopt;
                }
            }
            if (first)
                return std::nullopt;
        } else {
            od::object object;
            if (document.get_object().get(object) != simdjson::SUCCESS || !readTop(object))
                return std::nullopt;
        }
        // Anything after the plan makes it invalid JSON.
        const char *after = nullptr;
        if (document.current_location().get(after) == simdjson::SUCCESS || !m_hasPlan)
            return std::nullopt;
        return Plan(std::move(m_nodes), m_topLevel, Plan::Source::Json);
    }

private:
    // The object around "Plan". Some clients wrap it in its column name: {"QUERY PLAN": [{...}]}.
    bool readTop(od::object top, bool wrapped = false)
    {
        bool any = false;
        for (auto field : top) {
            std::string_view key;
            od::value value;
            if (!keyOf(field, key) || field.value().get(value) != simdjson::SUCCESS)
                return false;
            if (!wrapped && key == "QUERY PLAN") {
                // Only as the first key of the outer object, holding a list that starts with an object;
                // the rest is left to QJsonDocument.
                od::array array;
                if (any || m_unwrapped || value.get_array().get(array) != simdjson::SUCCESS)
                    return false;
                bool first = true;
                for (auto item : array) {
                    od::value inner;
                    if (item.get(inner) != simdjson::SUCCESS)
                        return false;
                    od::object object;
                    if (first ? inner.get_object().get(object) != simdjson::SUCCESS || !readTop(object, true)
                              : !check(inner))
                        return false;
                    first = false;
                }
                if (first)
                    return false;
                m_unwrapped = true;
                continue;
            }
            any = true;
            if (m_unwrapped) {
                // The outer object's other keys are not part of the plan.
                if (!check(value))
                    return false;
                continue;
            }
            if (key == "Plan") {
                od::object plan;
                if (m_hasPlan || value.get_object().get(plan) != simdjson::SUCCESS || !add(plan, 0, 0))
                    return false;
                m_hasPlan = true;
                continue;
            }
            QJsonValue converted;
            if (!toValue(value, converted))
                return false;
            insert(m_topLevel, key, converted);
        }
        return true;
    }

    bool add(od::object object, int parentId, int depth)
    {
        const int id = int(m_nodes.size()) + 1;
        {
            PlanNode node;
            node.id = id;
            node.parentId = parentId;
            node.depth = depth;
            m_nodes.append(std::move(node));
        }
        if (parentId > 0)
            m_nodes[parentId - 1].childIds.append(id);
        m_properties.begin();
        bool hasPlans = false;
        bool split = false; // keys after "Plans": the node's properties are read in two runs
        for (auto field : object) {
            std::string_view key;
            od::value value;
            if (!keyOf(field, key) || field.value().get(value) != simdjson::SUCCESS)
                return false;
            if (key == "Plans") {
                if (hasPlans)
                    return false;
                hasPlans = true;
                // The children come after the node in pre-order, so its properties end here; keys
                // after "Plans" (JSON saved with sorted keys) reopen them below.
                m_nodes[id - 1].properties = m_properties.end();
                od::array children;
                if (value.get_array().get(children) != simdjson::SUCCESS)
                    return false;
                for (auto child : children) {
                    od::object childObject;
                    if (child.get_object().get(childObject) != simdjson::SUCCESS ||
                        !add(childObject, id, depth + 1))
                        return false;
                }
                continue;
            }
            if (hasPlans && !split) {
                m_properties.reopen(m_nodes[id - 1].properties);
                split = true;
            }
            if (!addProperty(m_properties.key(key), value))
                return false;
        }
        PlanNode &node = m_nodes[id - 1];
        if (!hasPlans || split)
            node.properties = m_properties.end();
        return node.properties.hasString(QLatin1String("Node Type")) &&
               node.readProperties(&m_properties).isEmpty();
    }

    // Scalars straight into the store; arrays and objects as their JSON text, read when shown.
    bool addProperty(quint32 key, od::value value)
    {
        od::json_type type;
        if (value.type().get(type) != simdjson::SUCCESS)
            return false;
        switch (type) {
        case od::json_type::number: {
            od::number number;
            if (value.get_number().get(number) != simdjson::SUCCESS)
                return false;
            switch (number.get_number_type()) {
            case od::number_type::signed_integer:
                m_properties.addInteger(key, number.get_int64());
                return true;
            case od::number_type::unsigned_integer:
                m_properties.addDouble(key, double(number.get_uint64()));
                return true;
            case od::number_type::floating_point_number:
                m_properties.addDouble(key, number.get_double());
                return true;
            }
            return false;
        }
        case od::json_type::string: {
            std::string_view text;
            if (value.get_string().get(text) != simdjson::SUCCESS)
                return false;
            m_properties.addString(key, text);
            return true;
        }
        case od::json_type::boolean: {
            bool flag = false;
            if (value.get_bool().get(flag) != simdjson::SUCCESS)
                return false;
            m_properties.addBool(key, flag);
            return true;
        }
        case od::json_type::null: {
            bool null = false;
            if (value.is_null().get(null) != simdjson::SUCCESS || !null)
                return false;
            m_properties.addNull(key);
            return true;
        }
        case od::json_type::array:
        case od::json_type::object: {
            const char *begin = value.raw_json_token().data();
            if (!check(value))
                return false;
            m_properties.addJsonText(key, [begin](QByteArray &text) { appendCompact(begin, text); });
            return true;
        }
        }
        return false;
    }

    QList<PlanNode> m_nodes;
    QJsonObject m_topLevel;
    PlanPropertiesBuilder m_properties;
    bool m_hasPlan = false;
    bool m_unwrapped = false;
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
