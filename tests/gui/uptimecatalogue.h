// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Georgian strings of the Uptime workspace and report, compiled for the tests from
// translations/pending/uptimegui.tsv, uptime.tsv and uptimesettings.tsv while they wait to be merged into
// supadesk_ka.ts (the merged catalogue is consulted after it, so the tests keep working once the file is
// merged and gone).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QXmlStreamWriter>

namespace uptimecatalogue {

// Writes a .ts of the pending strings and compiles it with lrelease; returns the .qm path, or an
// empty string when there is nothing pending.
inline QString compile(const QString &directory, QString *error)
{
    QByteArray lines;
    for (const char *name : {"uptimegui.tsv", "uptime.tsv", "uptimesettings.tsv"}) {
        QFile tsv(QStringLiteral(SUPADESK_SOURCE_DIR "/translations/pending/") + QLatin1String(name));
        if (tsv.open(QIODevice::ReadOnly))
            lines += tsv.readAll() + '\n';
    }
    if (lines.trimmed().isEmpty())
        return {};
    QMap<QString, QList<QPair<QString, QString>>> byContext;
    for (const QByteArray &raw : lines.split('\n')) {
        const QStringList f = QString::fromUtf8(raw).split(QLatin1Char('\t'));
        if (f.size() != 3)
            continue;
        const auto unescape = [](QString s) { return s.replace(QLatin1String("\\n"), QLatin1String("\n")); };
        byContext[f.at(0)].append({unescape(f.at(1)), unescape(f.at(2))});
    }
    const QString ts = QDir(directory).filePath(QStringLiteral("uptime_ka.ts"));
    QFile out(ts);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = out.errorString();
        return {};
    }
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("TS"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.1"));
    xml.writeAttribute(QStringLiteral("language"), QStringLiteral("ka"));
    for (auto it = byContext.cbegin(); it != byContext.cend(); ++it) {
        xml.writeStartElement(QStringLiteral("context"));
        xml.writeTextElement(QStringLiteral("name"), it.key());
        for (const auto &[source, translation] : it.value()) {
            xml.writeStartElement(QStringLiteral("message"));
            const bool numerus = source.contains(QLatin1String("%n"));
            if (numerus)
                xml.writeAttribute(QStringLiteral("numerus"), QStringLiteral("yes"));
            xml.writeTextElement(QStringLiteral("source"), source);
            xml.writeStartElement(QStringLiteral("translation"));
            if (numerus) {
                xml.writeTextElement(QStringLiteral("numerusform"), translation);
                xml.writeTextElement(QStringLiteral("numerusform"), translation);
            } else {
                xml.writeCharacters(translation);
            }
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    out.close();
    const QString qm = QDir(directory).filePath(QStringLiteral("uptime_ka.qm"));
    QProcess lrelease;
    lrelease.start(QStringLiteral("/usr/lib/qt6/bin/lrelease"),
                   {QStringLiteral("-silent"), ts, QStringLiteral("-qm"), qm});
    if (!lrelease.waitForFinished(30000) || lrelease.exitCode() != 0) {
        *error = QString::fromUtf8(lrelease.readAllStandardError());
        return {};
    }
    return qm;
}

} // namespace uptimecatalogue
