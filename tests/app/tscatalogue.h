// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads a Qt Linguist .ts file as the translation tests see it: one entry per message, with its
// translation (or both plural forms) and whether it is still unfinished.
#include <QFile>
#include <QStringList>
#include <QXmlStreamReader>
#include <QtGlobal>

namespace tscatalogue {

struct Message
{
    QString context;
    QString source;
    QStringList translations;
    bool unfinished = false;
    bool numerus = false;
};

inline QList<Message> readCatalogue(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{context,
                              {},
                              {},
                              false,
                              xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            if (!current.numerus) {
                current.translations = {xml.readElementText()};
                messages.append(current);
            }
        } else if (name == QLatin1String("numerusform")) {
            current.translations.append(xml.readElementText());
            if (current.translations.size() == 2)
                messages.append(current);
        }
    }
    return messages;
}

} // namespace tscatalogue
