// SPDX-License-Identifier: GPL-3.0-or-later
#include "plantextparser.h"

#include "plantextcleaner.h"
#include "plantitle.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <charconv>
#include <optional>

namespace supadesk {

namespace {

int indentOf(const QString &line)
{
    int i = 0;
    while (i < line.size() && line.at(i).isSpace())
        ++i;
    return i;
}

std::optional<double> toNumber(QStringView text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

// Properties whose text value is a plain number, stored as JSON numbers like EXPLAIN (FORMAT JSON) does.
bool isNumericKey(const QString &key)
{
    // Looked up for every property line: a hash, not a list walked key by key.
    static const QSet<QString> keys{
        QStringLiteral("Rows Removed by Filter"),
        QStringLiteral("Rows Removed by Join Filter"),
        QStringLiteral("Rows Removed by Index Recheck"),
        QStringLiteral("Rows Removed by Conflict Filter"),
        QStringLiteral("Heap Fetches"),
        QStringLiteral("Workers Planned"),
        QStringLiteral("Workers Launched"),
        QStringLiteral("Functions"),
        QStringLiteral("Query Identifier"),
        QStringLiteral("Cache Hits"),
        QStringLiteral("Cache Misses"),
        QStringLiteral("Cache Evictions"),
        QStringLiteral("Cache Overflows"),
        QStringLiteral("Index Searches"),
    };
    return keys.contains(key);
}

// The "key=value" words of Buffers and I/O Timings lines, between commas and ASCII blanks (what the
// expression "[,\\s]+" split them at, without running one per line).
QStringList words(const QString &value)
{
    QStringList result;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= value.size(); ++i) {
        const char16_t c = i < value.size() ? value.at(i).unicode() : u',';
        const bool separator = c == u',' || c == u' ' || (c >= u'\t' && c <= u'\r');
        if (!separator && start < 0)
            start = i;
        else if (separator && start >= 0) {
            result.append(value.mid(start, i - start));
            start = -1;
        }
    }
    return result;
}

class LineError
{
public:
    int line = 0;
    QString message;
};

// A node's properties while its lines are read: keys and plain values in the order they come, written
// into the plan's property store once the plan is complete. A QJsonObject per node (with a CBOR
// container for every string value) cost most of the text parser's time.
class NodeProps
{
public:
    void insert(const QString &key, double number) { item(key) = Item{key, Kind::Number, number, {}, {}}; }
    void insert(const QString &key, bool flag)
    {
        item(key) = Item{key, Kind::Flag, flag ? 1.0 : 0.0, {}, {}};
    }
    void insert(const QString &key, const QString &text) { item(key) = Item{key, Kind::Text, 0, text, {}}; }
    void insert(const QString &key, const QJsonValue &value)
    {
        if (value.isString())
            insert(key, value.toString());
        else if (value.isDouble())
            insert(key, value.toDouble());
        else if (value.isBool())
            insert(key, value.toBool());
        else
            item(key) = Item{key, Kind::Json, 0, {}, value};
    }
    bool contains(QLatin1StringView key) const { return find(key) >= 0; }
    QString text(QLatin1StringView key) const
    {
        const qsizetype i = find(key);
        return i >= 0 && m_items.at(i).kind == Kind::Text ? m_items.at(i).text : QString();
    }
    double number(const QString &key) const
    {
        const qsizetype i = find(key);
        return i >= 0 && m_items.at(i).kind == Kind::Number ? m_items.at(i).number : 0;
    }
    QJsonValue json(const QString &key) const
    {
        const qsizetype i = find(key);
        return i >= 0 && m_items.at(i).kind == Kind::Json ? m_items.at(i).json : QJsonValue();
    }

    bool isEmpty() const { return m_items.isEmpty(); }
    // Empties it and keeps its room for the next node.
    void clear() { m_items.clear(); }
    // A node written earlier, to add more to it.
    void load(const PlanProperties &properties)
    {
        clear();
        for (qsizetype i = 0; i < properties.size(); ++i)
            insert(properties.keyAt(i), properties.valueAt(i));
    }

    void writeTo(PlanPropertiesBuilder &builder) const
    {
        for (const Item &i : m_items) {
            const quint32 key = builder.key(i.key);
            switch (i.kind) {
            case Kind::Number:
                builder.addDouble(key, i.number);
                break;
            case Kind::Flag:
                builder.addBool(key, i.number != 0);
                break;
            case Kind::Text:
                builder.addString(key, i.text);
                break;
            case Kind::Json:
                builder.add(key, i.json);
                break;
            }
        }
    }

    QJsonObject toObject() const
    {
        QJsonObject object;
        for (const Item &i : m_items)
            object.insert(i.key, i.kind == Kind::Number ? QJsonValue(i.number)
                                 : i.kind == Kind::Flag ? QJsonValue(i.number != 0)
                                 : i.kind == Kind::Text ? QJsonValue(i.text)
                                                        : i.json);
        return object;
    }

private:
    enum class Kind { Number, Flag, Text, Json };
    struct Item
    {
        QString key;
        Kind kind = Kind::Number;
        double number = 0;
        QString text;
        QJsonValue json;
    };

    template <typename Key> qsizetype find(const Key &key) const
    {
        for (qsizetype i = 0; i < m_items.size(); ++i)
            if (m_items.at(i).key == key)
                return i;
        return -1;
    }
    // A key given again replaces its value, as in a QJsonObject.
    Item &item(const QString &key)
    {
        const qsizetype i = find(key);
        if (i >= 0)
            return m_items[i];
        // A node line alone gives a dozen properties: grow once, not item by item.
        if (m_items.isEmpty())
            m_items.reserve(24);
        return m_items.emplace_back();
    }

    QList<Item> m_items;
};

// What a node line's title says, straight into the node's properties.
class TitleProperties : public PlanTitle::Properties
{
public:
    explicit TitleProperties(NodeProps &node) : m_node(node) {}
    void insert(const QString &key, const QString &value) override { m_node.insert(key, value); }
    void insert(const QString &key, bool value) override { m_node.insert(key, value); }
    QString text(QLatin1StringView key) const override { return m_node.text(key); }
    bool contains(QLatin1StringView key) const override { return m_node.contains(key); }

private:
    NodeProps &m_node;
};

// Where a property line goes: a node's properties, or a JSON object (a block such as "JIT:", a
// worker, the figures around the plan).
class Target
{
public:
    Target(QJsonObject &object) : m_object(&object) {}
    Target(NodeProps &node) : m_node(&node) {}

    template <typename Value> void insert(const QString &key, const Value &value)
    {
        if (m_node)
            m_node->insert(key, value);
        else
            m_object->insert(key, value);
    }
    double number(const QString &key) const
    {
        return m_node ? m_node->number(key) : m_object->value(key).toDouble();
    }
    QJsonArray array(const QString &key) const
    {
        return m_node ? m_node->json(key).toArray() : m_object->value(key).toArray();
    }

private:
    QJsonObject *m_object = nullptr;
    NodeProps *m_node = nullptr;
};

// Fills one JSON object from "Key: value" lines of EXPLAIN text.
class PropertyReader
{
public:
    explicit PropertyReader(int lineNumber) : m_line(lineNumber) {}

    std::optional<LineError> apply(Target target, const QString &text, const QString &nodeType) const
    {
        const qsizetype colon = text.indexOf(QLatin1String(": "));
        const QString key =
            (colon < 0 ? text.chopped(text.endsWith(QLatin1Char(':')) ? 1 : 0) : text.left(colon)).trimmed();
        const QString value = colon < 0 ? QString() : text.mid(colon + 2).trimmed();

        if (key == QLatin1String("Buffers"))
            return applyBuffers(target, value);
        if (key == QLatin1String("I/O Timings"))
            return applyIoTimings(target, value);
        if (key == QLatin1String("WAL"))
            return applyPairs(target, value, QStringLiteral("WAL"));
        if (key == QLatin1String("Heap Blocks"))
            return applyHeapBlocks(target, value);
        if (key == QLatin1String("Sort Method"))
            return applySortMethod(target, value);
        if (key == QLatin1String("Buckets") || key == QLatin1String("Batches") ||
            key == QLatin1String("Planned Partitions"))
            return applySegments(target, text, nodeType);
        if (key == QLatin1String("Options") && !value.contains(QLatin1Char('=')))
            return applyJitOptions(target, value);
        if (key == QLatin1String("Timing") && value.contains(QLatin1String(" ms")))
            return applyJitTiming(target, value);
        if (key == QLatin1String("Settings"))
            return applySettings(target, value);
        if (isNumericKey(key)) {
            const auto number = toNumber(value);
            if (!number)
                return error(QCoreApplication::translate("PlanTextParser",
                                                         "Line %1: the value of \"%2\" is not a number.")
                                 .arg(m_line)
                                 .arg(key));
            target.insert(key, *number);
            return std::nullopt;
        }
        target.insert(key, value);
        return std::nullopt;
    }

private:
    std::optional<LineError> error(const QString &message) const { return LineError{m_line, message}; }

    // "shared hit=1 read=2, temp written=3"
    std::optional<LineError> applyBuffers(Target target, const QString &value) const
    {
        QStringView scope;
        QStringView line(value);
        qsizetype start = -1;
        for (qsizetype i = 0; i <= line.size(); ++i) {
            const char16_t c = i < line.size() ? line.at(i).unicode() : u',';
            const bool separator = c == u',' || c == u' ' || (c >= u'\t' && c <= u'\r');
            if (!separator) {
                if (start < 0)
                    start = i;
                continue;
            }
            if (start < 0)
                continue;
            const QStringView word = line.mid(start, i - start);
            start = -1;
            const qsizetype eq = word.indexOf(QLatin1Char('='));
            if (eq < 0) {
                scope = word;
                continue;
            }
            const auto number = toNumber(word.mid(eq + 1));
            if (!number || scope.isEmpty())
                return error(QCoreApplication::translate("PlanTextParser",
                                                         "Line %1: cannot read the buffer counts \"%2\".")
                                 .arg(m_line)
                                 .arg(value));
            target.insert(bufferKey(scope, word.left(eq)), *number);
        }
        return std::nullopt;
    }

    // "Shared Hit Blocks" from "shared" and "hit": the usual ones made once, not for every line.
    static QString bufferKey(QStringView scope, QStringView kind)
    {
        static const char *const scopes[] = {"shared", "local", "temp"};
        static const char *const kinds[] = {"hit", "read", "dirtied", "written"};
        static const QList<QString> usual = [] {
            QList<QString> keys;
            for (const char *s : scopes)
                for (const char *k : kinds)
                    keys.append(
                        QStringLiteral("%1 %2 Blocks")
                            .arg(capitalised(QString::fromLatin1(s)), capitalised(QString::fromLatin1(k))));
            return keys;
        }();
        auto indexOf = [](QStringView word, const auto &names) {
            for (qsizetype i = 0; i < qsizetype(std::size(names)); ++i)
                if (word == QLatin1String(names[i]))
                    return i;
            return qsizetype(-1);
        };
        const qsizetype s = indexOf(scope, scopes);
        const qsizetype k = indexOf(kind, kinds);
        if (s >= 0 && k >= 0)
            return usual.at(s * qsizetype(std::size(kinds)) + k);
        return QStringLiteral("%1 %2 Blocks").arg(capitalised(scope), capitalised(kind));
    }

    static QString capitalised(QStringView word)
    {
        QString text = word.toString();
        text[0] = text[0].toUpper();
        return text;
    }

    // "shared read=22.960 write=186.426, temp read=17.017 write=119.861" or "read=1.2"
    std::optional<LineError> applyIoTimings(Target target, const QString &value) const
    {
        QString prefix = QStringLiteral("I/O");
        for (const QString &word : words(value)) {
            const qsizetype eq = word.indexOf(QLatin1Char('='));
            if (eq < 0) {
                if (word == QLatin1String("local"))
                    prefix = QStringLiteral("Local I/O");
                else if (word == QLatin1String("temp"))
                    prefix = QStringLiteral("Temp I/O");
                else
                    prefix = QStringLiteral("I/O"); // shared, shared/local
                continue;
            }
            const auto number = toNumber(QStringView(word).mid(eq + 1));
            if (!number)
                return error(QCoreApplication::translate("PlanTextParser",
                                                         "Line %1: cannot read the I/O timings \"%2\".")
                                 .arg(m_line)
                                 .arg(value));
            const QString kind =
                word.left(eq) == QLatin1String("read") ? QStringLiteral("Read") : QStringLiteral("Write");
            const QString key = QStringLiteral("%1 %2 Time").arg(prefix, kind);
            target.insert(key, target.number(key) + *number);
        }
        return std::nullopt;
    }

    // "records=2500630 fpi=8047 bytes=200763653" -> "WAL Records", "WAL FPI", "WAL Bytes"
    std::optional<LineError> applyPairs(Target target, const QString &value, const QString &prefix) const
    {
        static const QRegularExpression pair(QStringLiteral("([\\w ]+?)=(\\S+)"));
        auto it = pair.globalMatch(value);
        while (it.hasNext()) {
            const auto m = it.next();
            QString name = m.captured(1).trimmed();
            if (name == QLatin1String("fpi"))
                name = QStringLiteral("FPI");
            else if (!name.isEmpty())
                name[0] = name[0].toUpper();
            const auto number = toNumber(m.captured(2));
            if (number)
                target.insert(prefix + QLatin1Char(' ') + name, *number);
            else
                target.insert(prefix + QLatin1Char(' ') + name, m.captured(2));
        }
        return std::nullopt;
    }

    std::optional<LineError> applyHeapBlocks(Target target, const QString &value) const
    {
        static const QRegularExpression pair(QStringLiteral("(exact|lossy)=(\\d+)"));
        auto it = pair.globalMatch(value);
        if (!it.hasNext())
            return error(QCoreApplication::translate("PlanTextParser",
                                                     "Line %1: cannot read the heap block counts \"%2\".")
                             .arg(m_line)
                             .arg(value));
        while (it.hasNext()) {
            const auto m = it.next();
            target.insert(m.captured(1) == QLatin1String("exact") ? QStringLiteral("Exact Heap Blocks")
                                                                  : QStringLiteral("Lossy Heap Blocks"),
                          m.captured(2).toDouble());
        }
        return std::nullopt;
    }

    // "external merge  Disk: 141936kB" or "quicksort  Memory: 17kB"
    std::optional<LineError> applySortMethod(Target target, const QString &value) const
    {
        static const QRegularExpression sort(QStringLiteral("^(.*?)\\s+(Disk|Memory):\\s*(\\d+)kB$"));
        const auto m = sort.match(value);
        if (!m.hasMatch()) {
            target.insert(QStringLiteral("Sort Method"), value);
            return std::nullopt;
        }
        target.insert(QStringLiteral("Sort Method"), m.captured(1));
        target.insert(QStringLiteral("Sort Space Type"), m.captured(2));
        target.insert(QStringLiteral("Sort Space Used"), m.captured(3).toDouble());
        return std::nullopt;
    }

    // "Buckets: 65536 (originally 1024)  Batches: 2 (originally 1)  Memory Usage: 9kB"
    std::optional<LineError> applySegments(Target target, const QString &text, const QString &nodeType) const
    {
        static const QRegularExpression segment(
            QStringLiteral("([A-Z][\\w ]*?):\\s+(\\d+)(?:kB)?(?: \\(originally (\\d+)\\))?"));
        const bool hash = nodeType == QLatin1String("Hash");
        auto it = segment.globalMatch(text);
        if (!it.hasNext())
            return error(QCoreApplication::translate("PlanTextParser", "Line %1: cannot read \"%2\".")
                             .arg(m_line)
                             .arg(text.trimmed()));
        while (it.hasNext()) {
            const auto m = it.next();
            const QString name = m.captured(1).trimmed();
            const double value = m.captured(2).toDouble();
            if (name == QLatin1String("Buckets")) {
                target.insert(QStringLiteral("Hash Buckets"), value);
                target.insert(QStringLiteral("Original Hash Buckets"),
                              m.hasCaptured(3) ? m.captured(3).toDouble() : value);
            } else if (name == QLatin1String("Batches") && hash) {
                target.insert(QStringLiteral("Hash Batches"), value);
                target.insert(QStringLiteral("Original Hash Batches"),
                              m.hasCaptured(3) ? m.captured(3).toDouble() : value);
            } else if (name == QLatin1String("Batches")) {
                target.insert(QStringLiteral("HashAgg Batches"), value);
            } else if (name == QLatin1String("Memory Usage")) {
                target.insert(QStringLiteral("Peak Memory Usage"), value);
            } else {
                target.insert(name, value);
            }
        }
        return std::nullopt;
    }

    // "Inlining true, Optimization true, Expressions true, Deforming true"
    std::optional<LineError> applyJitOptions(Target target, const QString &value) const
    {
        QJsonObject options;
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString p = part.trimmed();
            const qsizetype space = p.lastIndexOf(QLatin1Char(' '));
            if (space < 0)
                return error(QCoreApplication::translate("PlanTextParser",
                                                         "Line %1: cannot read the JIT options \"%2\".")
                                 .arg(m_line)
                                 .arg(value));
            options.insert(p.left(space), p.mid(space + 1) == QLatin1String("true"));
        }
        target.insert(QStringLiteral("Options"), options);
        return std::nullopt;
    }

    // "Generation 0.948 ms (Deform 0.303 ms), Inlining 76.071 ms, ..., Total 245.045 ms"
    std::optional<LineError> applyJitTiming(Target target, const QString &value) const
    {
        static const QRegularExpression phase(QStringLiteral("(\\w+) ([\\d.]+) ms"));
        QJsonObject timing;
        auto it = phase.globalMatch(value);
        while (it.hasNext()) {
            const auto m = it.next();
            const auto number = toNumber(m.captured(2));
            if (!number)
                return error(QCoreApplication::translate("PlanTextParser",
                                                         "Line %1: cannot read the JIT timing \"%2\".")
                                 .arg(m_line)
                                 .arg(value));
            timing.insert(m.captured(1), *number);
        }
        target.insert(QStringLiteral("Timing"), timing);
        return std::nullopt;
    }

    // "work_mem = '3MB', random_page_cost = '1.5'"
    std::optional<LineError> applySettings(Target target, const QString &value) const
    {
        static const QRegularExpression setting(QStringLiteral("([\\w.]+) = '((?:[^']|'')*)'"));
        QJsonObject settings;
        auto it = setting.globalMatch(value);
        while (it.hasNext()) {
            const auto m = it.next();
            settings.insert(m.captured(1), m.captured(2).replace(QLatin1String("''"), QLatin1String("'")));
        }
        target.insert(QStringLiteral("Settings"), settings);
        return std::nullopt;
    }

    int m_line;
};

struct Figures
{
    QString title;
    std::optional<LineError> error;
};

// Splits a node line into its title and figures: "(cost=.. rows=.. width=..)", "(actual time=..
// rows=.. loops=..)" or "(actual rows=.. loops=..)", "(never executed)".
// The figures of a node line as EXPLAIN prints them, read without a regular expression: a number is
// an optional minus, digits and at most one dot with digits after it. Anything else is left to the
// expressions, which give the same values for what this reads.
class FigureScanner
{
public:
    FigureScanner(QStringView text, qsizetype at) : m_text(text), m_at(at) {}

    bool literal(QLatin1StringView word)
    {
        if (!m_text.mid(m_at).startsWith(word))
            return false;
        m_at += word.size();
        return true;
    }

    std::optional<double> number(bool negative = true, bool fraction = true)
    {
        char buffer[64];
        qsizetype n = 0;
        auto take = [&](char16_t c) {
            if (n == qsizetype(sizeof buffer))
                return false;
            buffer[n++] = char(c);
            ++m_at;
            return true;
        };
        auto digits = [&] {
            const qsizetype start = m_at;
            while (m_at < m_text.size() && m_text.at(m_at).unicode() >= '0' &&
                   m_text.at(m_at).unicode() <= '9')
                if (!take(m_text.at(m_at).unicode()))
                    return false;
            return m_at > start;
        };
        if (negative && m_at < m_text.size() && m_text.at(m_at) == QLatin1Char('-') && !take('-'))
            return std::nullopt;
        if (!digits())
            return std::nullopt;
        if (fraction && m_at + 1 < m_text.size() && m_text.at(m_at) == QLatin1Char('.') &&
            m_text.at(m_at + 1).isDigit()) {
            if (!take('.') || !digits())
                return std::nullopt;
        }
        double value = 0;
        const auto [end, ec] = std::from_chars(buffer, buffer + n, value);
        if (ec != std::errc() || end != buffer + n)
            return std::nullopt;
        return value;
    }

private:
    QStringView m_text;
    qsizetype m_at;
};

// "(cost=0.00..35.50 rows=2550 width=4)"
bool scanCost(QStringView text, qsizetype at, NodeProps &props)
{
    FigureScanner s(text, at);
    if (!s.literal(QLatin1StringView("(cost=")))
        return false;
    const auto startup = s.number();
    if (!startup || !s.literal(QLatin1StringView("..")))
        return false;
    const auto total = s.number();
    if (!total || !s.literal(QLatin1StringView(" rows=")))
        return false;
    const auto rows = s.number(false);
    if (!rows || !s.literal(QLatin1StringView(" width=")))
        return false;
    const auto width = s.number(false, false);
    if (!width || !s.literal(QLatin1StringView(")")))
        return false;
    props.insert(QStringLiteral("Startup Cost"), *startup);
    props.insert(QStringLiteral("Total Cost"), *total);
    props.insert(QStringLiteral("Plan Rows"), *rows);
    props.insert(QStringLiteral("Plan Width"), *width);
    return true;
}

// "(actual time=0.010..0.012 rows=1 loops=1)" or "(actual rows=1 loops=1)"
bool scanActual(QStringView text, qsizetype at, NodeProps &props)
{
    FigureScanner s(text, at);
    if (!s.literal(QLatin1StringView("(actual")))
        return false;
    std::optional<double> startup;
    std::optional<double> total;
    if (s.literal(QLatin1StringView(" time="))) {
        startup = s.number(false);
        if (!startup || !s.literal(QLatin1StringView("..")))
            return false;
        total = s.number(false);
        if (!total)
            return false;
    }
    if (!s.literal(QLatin1StringView(" rows=")))
        return false;
    const auto rows = s.number(false);
    if (!rows || !s.literal(QLatin1StringView(" loops=")))
        return false;
    const auto loops = s.number(false);
    if (!loops || !s.literal(QLatin1StringView(")")))
        return false;
    if (startup) {
        props.insert(QStringLiteral("Actual Startup Time"), *startup);
        props.insert(QStringLiteral("Actual Total Time"), *total);
    }
    props.insert(QStringLiteral("Actual Rows"), *rows);
    props.insert(QStringLiteral("Actual Loops"), *loops);
    return true;
}

Figures readFigures(const QString &text, int lineNumber, NodeProps &props)
{
    static const QRegularExpression cost(
        QStringLiteral("\\(cost=(-?[\\d.]+)\\.\\.(-?[\\d.]+) rows=([\\d.]+) width=(\\d+)\\)"));
    static const QRegularExpression actual(
        QStringLiteral("\\(actual(?: time=([\\d.]+)\\.\\.([\\d.]+))? rows=([\\d.]+) loops=([\\d.]+)\\)"));
    Figures f;
    qsizetype titleEnd = text.size();
    const qsizetype costAt = text.indexOf(QLatin1String("(cost="));
    const qsizetype actualAt = text.indexOf(QLatin1String("(actual"));
    if (costAt >= 0 && scanCost(text, costAt, props)) {
        titleEnd = costAt;
    } else if (costAt >= 0) {
        const auto m = cost.match(text, costAt, QRegularExpression::NormalMatch,
                                  QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch()) {
            f.error = LineError{
                lineNumber, QCoreApplication::translate("PlanTextParser",
                                                        "Line %1: cannot read the cost figures of the node.")
                                .arg(lineNumber)};
            return f;
        }
        props.insert(QStringLiteral("Startup Cost"), m.captured(1).toDouble());
        props.insert(QStringLiteral("Total Cost"), m.captured(2).toDouble());
        props.insert(QStringLiteral("Plan Rows"), m.captured(3).toDouble());
        props.insert(QStringLiteral("Plan Width"), m.captured(4).toDouble());
        titleEnd = costAt;
    }
    if (actualAt >= 0 && scanActual(text, actualAt, props)) {
        titleEnd = std::min(titleEnd, actualAt);
    } else if (actualAt >= 0) {
        const auto m = actual.match(text, actualAt, QRegularExpression::NormalMatch,
                                    QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch()) {
            f.error = LineError{lineNumber,
                                QCoreApplication::translate(
                                    "PlanTextParser", "Line %1: cannot read the actual figures of the node.")
                                    .arg(lineNumber)};
            return f;
        }
        if (m.hasCaptured(1)) {
            props.insert(QStringLiteral("Actual Startup Time"), m.captured(1).toDouble());
            props.insert(QStringLiteral("Actual Total Time"), m.captured(2).toDouble());
        }
        props.insert(QStringLiteral("Actual Rows"), m.captured(3).toDouble());
        props.insert(QStringLiteral("Actual Loops"), m.captured(4).toDouble());
        titleEnd = std::min(titleEnd, actualAt);
    } else if (const qsizetype neverAt = text.indexOf(QLatin1String("(never executed)")); neverAt >= 0) {
        props.insert(QStringLiteral("Actual Startup Time"), 0.0);
        props.insert(QStringLiteral("Actual Total Time"), 0.0);
        props.insert(QStringLiteral("Actual Rows"), 0.0);
        props.insert(QStringLiteral("Actual Loops"), 0.0);
        titleEnd = std::min(titleEnd, neverAt);
    }
    f.title = text.left(titleEnd).trimmed();
    return f;
}

// A "Key:" line opening a block of deeper lines (JIT:, Planning:, Worker 0:).
struct Block
{
    int indent = 0;
    QString key;
    QJsonObject object;
    bool worker = false;
    QStringList extraLines; // put into object as "Extra Lines" when the block closes
};

struct OpenNode
{
    int contentIndent = 0;
    int id = 0;
    QString nodeType; // read once, not from the node's JSON for each of its lines
};

class Builder
{
public:
    // Per node, in the plan's store: a node's properties are written there once its lines end, so
    // only the open node's are kept apart (all of them cost more than the plan itself).
    QList<PlanProperties> props;
    PlanPropertiesBuilder store;
    QList<int> parents;
    QList<int> lineNumbers;
    QJsonObject top;
    std::optional<LineError> error;

    void run(const QList<PlanTextLine> &lines)
    {
        static const QRegularExpression subplanHeader(
            QStringLiteral("^(CTE \\S+|InitPlan \\d+.*|SubPlan \\d+.*)$"));
        static const QRegularExpression worker(QStringLiteral("^Worker (\\d+):\\s*(.*)$"));
        static const QRegularExpression workerActual(QStringLiteral(
            "^actual(?: time=([\\d.]+)\\.\\.([\\d.]+))? rows=([\\d.]+) loops=([\\d.]+)\\s*(.*)$"));
        static const QRegularExpression trigger(
            QStringLiteral("^Trigger(?: (?!for constraint )(.*?))?(?: for constraint (.+?))?(?: on (\\S+))?: "
                           "time=([\\d.]+) calls=([\\d.]+)$"));
        static const QRegularExpression topTime(
            QStringLiteral("^(Planning [Tt]ime|Execution [Tt]ime|Total runtime): ([\\d.]+) ms$"));

        QString pendingSubplan;
        for (const PlanTextLine &line : lines) {
            if (error)
                return;
            const int indent = indentOf(line.text);
            QString text = line.text.mid(indent);
            const bool arrow = text.startsWith(QLatin1String("->"));

            // Lines deeper than an open block belong to it.
            while (!blocks.isEmpty() && (indent <= blocks.last().indent || arrow))
                closeBlock();

            if (arrow || props.isEmpty()) {
                if (arrow)
                    text = text.mid(2).trimmed();
                const int contentIndent = arrow ? indent + 2 + indentOf(line.text.mid(indent + 2)) : indent;
                addNode(line.number, arrow ? indent : -1, contentIndent, text, pendingSubplan);
                pendingSubplan.clear();
                continue;
            }

            popNodesTo(indent);
            // The expressions only run on lines that can match them: most lines are properties.
            if ((text.startsWith(QLatin1String("CTE ")) || text.startsWith(QLatin1String("InitPlan ")) ||
                 text.startsWith(QLatin1String("SubPlan "))) &&
                subplanHeader.match(text).hasMatch() && !text.contains(QLatin1String(": "))) {
                pendingSubplan = text;
                continue;
            }

            Target target = currentTarget();
            const QString nodeType = stack.isEmpty() ? QString() : stack.last().nodeType;

            if (const auto m = text.startsWith(QLatin1String("Worker ")) ? worker.match(text)
                                                                         : QRegularExpressionMatch();
                m.hasMatch() && blocks.isEmpty() && !stack.isEmpty()) {
                Block block{indent,
                            QString(),
                            QJsonObject{{QStringLiteral("Worker Number"), m.captured(1).toDouble()}},
                            true,
                            {}};
                QString rest = m.captured(2);
                if (const auto a = workerActual.match(rest); a.hasMatch()) {
                    if (a.hasCaptured(1)) {
                        block.object.insert(QStringLiteral("Actual Startup Time"), a.captured(1).toDouble());
                        block.object.insert(QStringLiteral("Actual Total Time"), a.captured(2).toDouble());
                    }
                    block.object.insert(QStringLiteral("Actual Rows"), a.captured(3).toDouble());
                    block.object.insert(QStringLiteral("Actual Loops"), a.captured(4).toDouble());
                    rest = a.captured(5);
                }
                if (!rest.trimmed().isEmpty()) {
                    if (auto e = PropertyReader(line.number).apply(block.object, rest.trimmed(), nodeType)) {
                        error = e;
                        return;
                    }
                }
                blocks.append(block);
                continue;
            }
            if (stack.isEmpty() && blocks.isEmpty()) {
                if (const auto m = trigger.match(text); m.hasMatch()) {
                    QJsonObject t;
                    t.insert(QStringLiteral("Trigger Name"), m.captured(1));
                    if (m.hasCaptured(2))
                        t.insert(QStringLiteral("Constraint Name"), m.captured(2));
                    if (m.hasCaptured(3))
                        t.insert(QStringLiteral("Relation"), m.captured(3));
                    t.insert(QStringLiteral("Time"), m.captured(4).toDouble());
                    t.insert(QStringLiteral("Calls"), m.captured(5).toDouble());
                    QJsonArray triggers = top.value(QLatin1String("Triggers")).toArray();
                    triggers.append(t);
                    top.insert(QStringLiteral("Triggers"), triggers);
                    continue;
                }
                if (const auto m = topTime.match(text); m.hasMatch()) {
                    QString key = m.captured(1);
                    if (key.startsWith(QLatin1String("Planning")))
                        key = QStringLiteral("Planning Time");
                    else if (key.startsWith(QLatin1String("Execution")))
                        key = QStringLiteral("Execution Time");
                    else
                        key = QStringLiteral("Total Runtime");
                    top.insert(key, m.captured(2).toDouble());
                    continue;
                }
            }
            if (text.endsWith(QLatin1Char(':')) && !text.contains(QLatin1String(": "))) {
                blocks.append(Block{indent, text.chopped(1), QJsonObject{}, false, {}});
                continue;
            }
            if (!text.contains(QLatin1String(": ")) && !text.endsWith(QLatin1Char(':'))) {
                // A line EXPLAIN prints without a key (the partitions a ModifyTable writes to, a
                // value wrapped by the client): keep it so the details panel still shows it.
                // Collected beside the JSON and put into it once at the end: appending to the
                // JSON array each time copied it, quadratic in the number of such lines.
                currentExtraLines().append(text);
                continue;
            }
            if (auto e = PropertyReader(line.number).apply(target, text, nodeType)) {
                error = e;
                return;
            }
            if (text.startsWith(QLatin1String("Node Type")))
                refreshNodeType();
        }
        while (!blocks.isEmpty())
            closeBlock();
        for (qsizetype i = 0; i < props.size(); ++i)
            if (!nodeExtraLines.at(i).isEmpty())
                putExtraLines(nodeProps(int(i) + 1), nodeExtraLines.at(i));
        putExtraLines(top, topExtraLines);
        flush();
    }

private:
    QList<OpenNode> stack;
    QList<Block> blocks;
    NodeProps open; // the properties of node openId, not yet in the store
    int openId = 0;
    QList<QStringList> nodeExtraLines; // one per node, as props
    QStringList topExtraLines;

    static void putExtraLines(Target target, const QStringList &lines)
    {
        if (!lines.isEmpty())
            target.insert(QStringLiteral("Extra Lines"), QJsonValue(QJsonArray::fromStringList(lines)));
    }

    // The key-less lines of what currentTarget() is.
    QStringList &currentExtraLines()
    {
        if (!blocks.isEmpty())
            return blocks.last().extraLines;
        if (stack.isEmpty())
            return topExtraLines;
        return nodeExtraLines[stack.last().id - 1];
    }

    Target currentTarget()
    {
        if (!blocks.isEmpty())
            return blocks.last().object;
        if (stack.isEmpty())
            return top;
        return nodeProps(stack.last().id);
    }

    // Writes the open node into the store.
    void flush()
    {
        if (openId == 0)
            return;
        store.begin();
        open.writeTo(store);
        props[openId - 1] = store.end();
        open.clear();
        openId = 0;
    }

    // The properties of node `id`, open to add to. A node written already (a line that comes back to
    // it after its children) is read back and written again as a whole.
    NodeProps &nodeProps(int id)
    {
        if (id != openId) {
            flush();
            open.load(props.at(id - 1));
            openId = id;
        }
        return open;
    }

    void popNodesTo(int indent)
    {
        while (!stack.isEmpty() && stack.last().contentIndent >= indent)
            stack.removeLast();
    }

    void closeBlock()
    {
        Block block = blocks.takeLast();
        putExtraLines(block.object, block.extraLines);
        if (block.worker) {
            Target target = currentTarget();
            QJsonArray workers = target.array(QStringLiteral("Workers"));
            workers.append(block.object);
            target.insert(QStringLiteral("Workers"), QJsonValue(workers));
        } else {
            currentTarget().insert(block.key, QJsonValue(block.object));
            if (block.key == QLatin1String("Node Type"))
                refreshNodeType();
        }
    }

    // A property line may set the node's type after its title did.
    void refreshNodeType()
    {
        if (!stack.isEmpty())
            stack.last().nodeType = nodeProps(stack.last().id).text(QLatin1String("Node Type"));
    }

    void addNode(int lineNumber, int arrowIndent, int contentIndent, const QString &text,
                 const QString &subplan)
    {
        NodeProps p;
        const Figures figures = readFigures(text, lineNumber, p);
        if (figures.error) {
            error = figures.error;
            return;
        }
        if (figures.title.isEmpty()) {
            error = LineError{lineNumber,
                              QCoreApplication::translate("PlanTextParser", "Line %1: the node has no name.")
                                  .arg(lineNumber)};
            return;
        }
        if (props.isEmpty() && !p.contains(QLatin1String("Total Cost")) &&
            !p.contains(QLatin1String("Actual Loops")) && !PlanTitle::isKnownNodeType(figures.title)) {
            error = LineError{
                lineNumber,
                QCoreApplication::translate(
                    "PlanTextParser", "Line %1 does not look like the first node of an EXPLAIN plan: \"%2\".")
                    .arg(lineNumber)
                    .arg(figures.title.left(80))};
            return;
        }
        TitleProperties title(p);
        PlanTitle::read(figures.title, title);

        int parentId = 0;
        if (arrowIndent >= 0) {
            popNodesTo(arrowIndent);
            if (stack.isEmpty()) {
                error = LineError{lineNumber, QCoreApplication::translate(
                                                  "PlanTextParser",
                                                  "Line %1: this node is not indented under any other node.")
                                                  .arg(lineNumber)};
                return;
            }
            parentId = stack.last().id;
        } else if (!props.isEmpty()) {
            error = LineError{lineNumber, QCoreApplication::translate(
                                              "PlanTextParser",
                                              "Line %1: a second plan starts here; paste one plan at a time.")
                                              .arg(lineNumber)};
            return;
        }

        if (parentId > 0) {
            const QString parentType = stack.last().nodeType;
            QString relationship;
            if (subplan.startsWith(QLatin1String("SubPlan")))
                relationship = QStringLiteral("SubPlan");
            else if (!subplan.isEmpty())
                relationship = QStringLiteral("InitPlan");
            else if (parentType == QLatin1String("Append") || parentType == QLatin1String("Merge Append") ||
                     parentType == QLatin1String("BitmapAnd") || parentType == QLatin1String("BitmapOr") ||
                     parentType == QLatin1String("Recursive Union"))
                relationship = QStringLiteral("Member");
            else if (parentType == QLatin1String("Subquery Scan"))
                relationship = QStringLiteral("Subquery");
            else
                relationship =
                    regularChildren.value(parentId) == 0 ? QStringLiteral("Outer") : QStringLiteral("Inner");
            if (relationship != QLatin1String("InitPlan") && relationship != QLatin1String("SubPlan"))
                regularChildren[parentId] += 1;
            p.insert(QStringLiteral("Parent Relationship"), relationship);
            if (!subplan.isEmpty())
                p.insert(QStringLiteral("Subplan Name"), subplan);
        }
        const QString nodeType = p.text(QLatin1String("Node Type"));
        flush();
        open = std::move(p);
        props.append(PlanProperties());
        openId = int(props.size());
        nodeExtraLines.append(QStringList());
        parents.append(parentId);
        lineNumbers.append(lineNumber);
        stack.append({contentIndent, int(props.size()), nodeType});
    }

    QHash<int, int> regularChildren;
};

} // namespace

namespace {

// auto_explain (and PEV2) print the statement before the plan: "Query Text: SELECT ...", its further
// lines indented, up to the first node line (the one with figures, or a known node type).
QString takeQueryText(QList<PlanTextLine> &lines)
{
    if (lines.isEmpty())
        return QString();
    const QString first = lines.first().text.trimmed();
    if (!first.startsWith(QLatin1String("Query Text:")))
        return QString();
    QStringList query{first.mid(int(qstrlen("Query Text:"))).trimmed()};
    lines.removeFirst();
    while (!lines.isEmpty()) {
        const QString t = lines.first().text.trimmed();
        if (t.contains(QLatin1String("(cost=")) || t.contains(QLatin1String("(actual")) ||
            PlanTitle::isKnownNodeType(t))
            break;
        query << t;
        lines.removeFirst();
    }
    return query.join(QLatin1Char('\n')).trimmed();
}

} // namespace

Result<Plan> PlanTextParser::parse(const QString &text)
{
    QList<PlanTextLine> lines = PlanTextCleaner::clean(text);
    const QString queryText = takeQueryText(lines);
    if (lines.isEmpty())
        return Error{ErrorCode::PlanText,
                     QCoreApplication::translate("PlanTextParser", "The text holds no plan.")};
    Builder builder;
    builder.run(lines);
    if (!queryText.isEmpty())
        builder.top.insert(QStringLiteral("Query Text"), queryText);
    if (builder.error)
        return Error{ErrorCode::PlanText, builder.error->message};

    QList<PlanNode> nodes;
    nodes.reserve(builder.props.size());
    for (qsizetype i = 0; i < builder.props.size(); ++i) {
        PlanNode node;
        node.id = int(i) + 1;
        node.parentId = builder.parents.at(i);
        node.depth = node.parentId > 0 ? nodes.at(node.parentId - 1).depth + 1 : 0;
        node.properties = builder.props.at(i);
        QString wrong = node.readProperties(&builder.store);
        if (!wrong.isEmpty()) {
            // Named as before: the first wrong one in the JSON object's order of keys.
            PlanNode sorted;
            sorted.properties = PlanProperties::fromObject(node.properties.toObject());
            wrong = sorted.readProperties();
        }
        if (!wrong.isEmpty())
            return Error{ErrorCode::PlanText,
                         QCoreApplication::translate("PlanTextParser",
                                                     "Line %1: the value of \"%2\" has the wrong type.")
                             .arg(builder.lineNumbers.at(i))
                             .arg(wrong)};
        if (node.parentId > 0)
            nodes[node.parentId - 1].childIds.append(node.id);
        nodes.append(std::move(node));
    }
    return Plan(std::move(nodes), builder.top, Plan::Source::Text);
}

} // namespace supadesk
