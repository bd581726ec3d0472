// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QExplicitlySharedDataPointer>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QSharedData>
#include <QString>
#include <QStringList>

#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace supadesk {

// Every node's keys and values of one plan, in flat arrays: a key is an index into the plan's key
// names, a scalar sits in its entry, a string is UTF-8 in one shared buffer, and only nested values
// (arrays, objects) are QJsonValues. A QJsonObject of ~25 keys per node cost most of a large plan's
// reading time and memory; the details pane builds one for a single node when it shows it.
class PlanPropertyStore : public QSharedData
{
public:
    // JsonText: an array or object as compact JSON text in `text`, read when a value is asked for:
    // only the details pane and a few findings look at them.
    enum class Type : quint8 { Null, Bool, Integer, Double, String, Json, JsonText };

    struct Entry
    {
        union {
            double number;  // Double
            qint64 integer; // Integer, Bool
            quint32 offset; // String, JsonText: into text; Json: into json
        };
        quint32 size = 0; // String, JsonText: its UTF-8 bytes
        quint32 key : 24; // into keys
        quint32 type : 8;
    };

    // The typed members' texts of the plan's nodes (PlanNode::textIds); the first is empty.
    QList<QString> texts{QString()};
    QList<QString> keys;
    QList<int> roles; // per key: what PlanNode reads from it (PlanNode::propertyRole), -1 for nothing
    QList<Entry> entries;
    QByteArray text;
    QList<QJsonValue> json;

    QJsonValue value(const Entry &entry) const;
    QString string(const Entry &entry) const
    {
        return QString::fromUtf8(text.constData() + entry.offset, qsizetype(entry.size));
    }
};

// One node's properties: every key EXPLAIN printed except "Plans", with JSON's key names, each once.
// A view into the plan's store; copies share it.
class PlanProperties
{
public:
    using Type = PlanPropertyStore::Type;

    PlanProperties() = default;
    // Properties of their own, from an object.
    static PlanProperties fromObject(const QJsonObject &object);

    qsizetype size() const { return qsizetype(m_end - m_begin); }
    bool isEmpty() const { return m_end == m_begin; }
    bool contains(QLatin1StringView key) const { return find(key) >= 0; }
    bool hasString(QLatin1StringView key) const;
    // The value of one key as QJsonObject::value() would give it: Undefined when absent.
    QJsonValue value(QLatin1StringView key) const;
    QJsonValue value(const QString &key) const;
    // In QJsonObject's order (sorted).
    QStringList keys() const;
    QJsonObject toObject() const;

    // A text of the store's own list (PlanPropertyStore::texts): empty for 0 or without a store.
    const QString &text(quint32 index) const
    {
        static const QString none;
        return m_store && index > 0 ? m_store->texts.at(index) : none;
    }
    // Adds one to the store, for PlanNode's members; 0 for an empty text.
    quint32 addText(const QString &text);

    // The entries in the order they were read, for readers that walk them all.
    const PlanPropertyStore::Entry &entry(qsizetype i) const { return m_store->entries.at(m_begin + i); }
    const QString &keyAt(qsizetype i) const { return m_store->keys.at(entry(i).key); }
    int roleAt(qsizetype i) const { return m_store->roles.at(entry(i).key); }
    QJsonValue valueAt(qsizetype i) const { return m_store->value(entry(i)); }
    QString stringAt(qsizetype i) const { return m_store->string(entry(i)); }

    // Same keys and values, wherever they are stored.
    friend bool operator==(const PlanProperties &a, const PlanProperties &b)
    {
        return a.toObject() == b.toObject();
    }
    friend bool operator!=(const PlanProperties &a, const PlanProperties &b) { return !(a == b); }

private:
    friend class PlanPropertiesBuilder;
    template <typename Key> qsizetype find(const Key &key) const;

    QExplicitlySharedDataPointer<PlanPropertyStore> m_store;
    quint32 m_begin = 0;
    quint32 m_end = 0;
};

// Fills one plan's store, node after node: begin(), the node's values, end(). A key given twice in one
// node keeps its last value, as QJsonObject does.
class PlanPropertiesBuilder
{
public:
    PlanPropertiesBuilder();

    void begin();
    PlanProperties end();

    quint32 key(std::string_view utf8);
    quint32 key(const QString &name);

    void addNull(quint32 key) { add(key, Type::Null).integer = 0; }
    void addBool(quint32 key, bool value) { add(key, Type::Bool).integer = value ? 1 : 0; }
    void addInteger(quint32 key, qint64 value) { add(key, Type::Integer).integer = value; }
    void addDouble(quint32 key, double value) { add(key, Type::Double).number = value; }
    void addString(quint32 key, std::string_view utf8);
    void addString(quint32 key, QStringView text);
    void addJson(quint32 key, const QJsonValue &value);
    // An array or object as JSON text, which `write` appends to the text it is given.
    template <typename Write> void addJsonText(quint32 key, Write &&write)
    {
        PlanPropertyStore::Entry &entry = add(key, Type::JsonText);
        const qsizetype offset = m_store->text.size();
        write(m_store->text);
        entry.offset = quint32(offset);
        entry.size = quint32(m_store->text.size() - offset);
    }
    // Opens the next node with the entries of an earlier end(), to add more to them: a node whose keys
    // are read in two runs, around its children.
    void reopen(const PlanProperties &earlier);
    // Room for this many bytes of strings, so the text is not copied as it grows.
    void reserveText(qsizetype bytes) { m_store->text.reserve(bytes); }
    // Any value, as QJsonValue holds it.
    void add(quint32 key, const QJsonValue &value);
    void add(const QJsonObject &object);

    // A text many nodes repeat (node types, relation names) in the store's texts once: the index the
    // typed members of every node that has it hold.
    quint32 sharedText(const QString &text);

private:
    using Type = PlanPropertyStore::Type;
    PlanPropertyStore::Entry &add(quint32 key, Type type);
    quint32 intern(QString name);

    QExplicitlySharedDataPointer<PlanPropertyStore> m_store;
    quint32 m_begin = 0;
    int m_nodes = 0;
    static constexpr quint32 noKey = ~quint32(0);
    size_t m_previousKey = 0;           // the open node's last key + 1, 0 at its start
    std::vector<quint32> m_nextKey;     // per previous key + 1: the key that came after it last time
    std::vector<int> m_lastNode;        // per key: the node that last had it
    std::vector<quint32> m_lastEntry;   // per key: its entry in that node
    std::deque<std::string> m_utf8Keys; // stable, for the views in m_byUtf8
    std::unordered_map<std::string_view, quint32> m_byUtf8;
    QHash<QString, quint32> m_byName;
    QHash<QString, quint32> m_sharedTexts;
};

} // namespace supadesk
