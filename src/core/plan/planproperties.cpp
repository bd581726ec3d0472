// SPDX-License-Identifier: GPL-3.0-or-later
#include "planproperties.h"

#include "plannode.h"

#include <QCborValue>
#include <QJsonArray>
#include <QJsonDocument>

namespace supadesk {

QJsonValue PlanPropertyStore::value(const Entry &entry) const
{
    switch (Type(entry.type)) {
    case Type::Null:
        break;
    case Type::Bool:
        return QJsonValue(entry.integer != 0);
    case Type::Integer:
        return QJsonValue(entry.integer);
    case Type::Double:
        return QJsonValue(entry.number);
    case Type::String:
        return QJsonValue(string(entry));
    case Type::Json:
        return json.at(entry.offset);
    case Type::JsonText: {
        const QJsonDocument document = QJsonDocument::fromJson(
            QByteArray::fromRawData(text.constData() + entry.offset, qsizetype(entry.size)));
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }
    }
    return QJsonValue(QJsonValue::Null);
}

PlanProperties PlanProperties::fromObject(const QJsonObject &object)
{
    PlanPropertiesBuilder builder;
    builder.begin();
    builder.add(object);
    return builder.end();
}

template <typename Key> qsizetype PlanProperties::find(const Key &key) const
{
    for (qsizetype i = 0; i < size(); ++i)
        if (keyAt(i) == key)
            return i;
    return -1;
}

bool PlanProperties::hasString(QLatin1StringView key) const
{
    const qsizetype i = find(key);
    return i >= 0 && Type(entry(i).type) == Type::String;
}

QJsonValue PlanProperties::value(QLatin1StringView key) const
{
    const qsizetype i = find(key);
    return i < 0 ? QJsonValue(QJsonValue::Undefined) : valueAt(i);
}

QJsonValue PlanProperties::value(const QString &key) const
{
    const qsizetype i = find(key);
    return i < 0 ? QJsonValue(QJsonValue::Undefined) : valueAt(i);
}

QStringList PlanProperties::keys() const
{
    return toObject().keys();
}

QJsonObject PlanProperties::toObject() const
{
    QJsonObject object;
    for (qsizetype i = 0; i < size(); ++i)
        object.insert(keyAt(i), valueAt(i));
    return object;
}

PlanPropertiesBuilder::PlanPropertiesBuilder() : m_store(new PlanPropertyStore) {}

void PlanPropertiesBuilder::begin()
{
    m_begin = quint32(m_store->entries.size());
    m_previousKey = 0;
    ++m_nodes;
}

PlanProperties PlanPropertiesBuilder::end()
{
    PlanProperties properties;
    properties.m_store = m_store;
    properties.m_begin = m_begin;
    properties.m_end = quint32(m_store->entries.size());
    return properties;
}

quint32 PlanPropertiesBuilder::intern(QString name)
{
    const quint32 key = quint32(m_store->keys.size());
    m_store->roles.append(PlanNode::propertyRole(name));
    m_byName.insert(name, key);
    m_utf8Keys.push_back(name.toStdString());
    m_byUtf8.emplace(m_utf8Keys.back(), key);
    m_store->keys.append(std::move(name));
    m_lastNode.push_back(0);
    m_lastEntry.push_back(0);
    return key;
}

quint32 PlanPropertiesBuilder::key(std::string_view utf8)
{
    // Nodes of one kind print the same keys in the same order: the key that followed the previous key
    // last time is the likely one, found with one comparison rather than a hash.
    const size_t previous = m_previousKey;
    if (previous < m_nextKey.size()) {
        const quint32 guess = m_nextKey[previous];
        if (guess != noKey && m_utf8Keys[guess] == utf8) {
            m_previousKey = guess + 1;
            return guess;
        }
    }
    quint32 key;
    if (const auto it = m_byUtf8.find(utf8); it != m_byUtf8.end())
        key = it->second;
    else
        key = intern(QString::fromUtf8(utf8.data(), qsizetype(utf8.size())));
    if (previous >= m_nextKey.size())
        m_nextKey.resize(previous + 1, noKey);
    m_nextKey[previous] = key;
    m_previousKey = key + 1;
    return key;
}

quint32 PlanPropertiesBuilder::key(const QString &name)
{
    if (const auto it = m_byName.constFind(name); it != m_byName.constEnd())
        return *it;
    return intern(name);
}

PlanPropertyStore::Entry &PlanPropertiesBuilder::add(quint32 key, Type type)
{
    QList<PlanPropertyStore::Entry> &entries = m_store->entries;
    if (m_lastNode[key] == m_nodes) {
        // Given twice in this node: the last value counts, in the first one's place.
        PlanPropertyStore::Entry &entry = entries[m_lastEntry[key]];
        entry.type = quint32(type);
        entry.size = 0;
        return entry;
    }
    m_lastNode[key] = m_nodes;
    m_lastEntry[key] = quint32(entries.size());
    PlanPropertyStore::Entry &entry = entries.emplace_back();
    entry.key = key;
    entry.type = quint32(type);
    return entry;
}

void PlanPropertiesBuilder::reopen(const PlanProperties &earlier)
{
    begin();
    for (quint32 i = earlier.m_begin; i < earlier.m_end; ++i) {
        const PlanPropertyStore::Entry copy = m_store->entries.at(i);
        add(copy.key, Type(copy.type)) = copy;
    }
}

void PlanPropertiesBuilder::addString(quint32 key, std::string_view utf8)
{
    PlanPropertyStore::Entry &entry = add(key, Type::String);
    entry.offset = quint32(m_store->text.size());
    entry.size = quint32(utf8.size());
    m_store->text.append(utf8.data(), qsizetype(utf8.size()));
}

void PlanPropertiesBuilder::addString(quint32 key, QStringView text)
{
    // Plan texts are ASCII almost always: written in place, without a QByteArray of their own.
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            const QByteArray utf8 = text.toUtf8();
            addString(key, std::string_view(utf8.constData(), size_t(utf8.size())));
            return;
        }
    }
    PlanPropertyStore::Entry &entry = add(key, Type::String);
    QByteArray &buffer = m_store->text;
    entry.offset = quint32(buffer.size());
    entry.size = quint32(text.size());
    buffer.resize(buffer.size() + text.size());
    char *to = buffer.data() + entry.offset;
    for (const QChar c : text)
        *to++ = char(c.unicode());
}

void PlanPropertiesBuilder::addJson(quint32 key, const QJsonValue &value)
{
    add(key, Type::Json).offset = quint32(m_store->json.size());
    m_store->json.append(value);
}

void PlanPropertiesBuilder::add(quint32 key, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        addBool(key, value.toBool());
        break;
    case QJsonValue::Double: {
        // QJsonValue keeps integers apart from doubles; so does the store.
        const QCborValue number = QCborValue::fromJsonValue(value);
        if (number.isInteger())
            addInteger(key, number.toInteger());
        else
            addDouble(key, value.toDouble());
        break;
    }
    case QJsonValue::String:
        addString(key, value.toString());
        break;
    case QJsonValue::Array:
    case QJsonValue::Object:
        addJson(key, value);
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        addNull(key);
        break;
    }
}

quint32 PlanProperties::addText(const QString &text)
{
    if (text.isEmpty())
        return 0;
    if (!m_store)
        m_store = new PlanPropertyStore;
    m_store->texts.append(text);
    return quint32(m_store->texts.size() - 1);
}

quint32 PlanPropertiesBuilder::sharedText(const QString &text)
{
    if (text.isEmpty())
        return 0;
    if (const auto it = m_sharedTexts.constFind(text); it != m_sharedTexts.constEnd())
        return *it;
    m_store->texts.append(text);
    const quint32 index = quint32(m_store->texts.size() - 1);
    m_sharedTexts.insert(text, index);
    return index;
}

void PlanPropertiesBuilder::add(const QJsonObject &object)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        add(key(it.key()), it.value());
}

} // namespace supadesk
