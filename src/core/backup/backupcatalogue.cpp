// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupcatalogue.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace supadesk {

namespace {

const QRegularExpression &stampPattern()
{
    static const QRegularExpression stamp(
        QStringLiteral("-(\\d{8}T\\d{6}Z)\\.(?:dump|globals\\.sql)(?:\\.gpg)?(?:\\.partial)?$"));
    return stamp;
}

QString iso(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

QString baseName(const QString &path)
{
    return path.section(QLatin1Char('/'), -1);
}

} // namespace

const BackupFile *BackupCatalogue::newestGoodDump() const
{
    for (const BackupFile &f : files) {
        if (f.kind != BackupFile::Kind::Dump)
            continue;
        const BackupLogRun *run = runFor(f);
        if (runs.isEmpty() || (run && run->outcome == BackupLogRun::Outcome::Ok))
            return &f;
    }
    return nullptr;
}

const BackupLogRun *BackupCatalogue::runFor(const BackupFile &file) const
{
    for (const BackupLogRun &run : runs)
        if (!run.file.isEmpty() && baseName(run.file) == file.name)
            return &run;
    return nullptr;
}

BackupHealth BackupHealth::of(const BackupCatalogue &catalogue, const QDateTime &now)
{
    BackupHealth h;
    if (const BackupFile *good = catalogue.newestGoodDump()) {
        h.newestGood = good->taken;
        h.ageSeconds = good->taken.secsTo(now);
        h.state = h.ageSeconds > qint64(kMaxAgeHours) * 3600 ? State::Missing : State::Ok;
    }
    if (!catalogue.runs.isEmpty() && catalogue.runs.first().outcome == BackupLogRun::Outcome::Failed)
        h.state = State::Failed;
    return h;
}

BackupFile::Kind BackupCatalogueReader::kindOf(const QString &fileName)
{
    // An encrypted file (the nightly script's gpg) is of the kind it holds; one being encrypted is
    // unfinished.
    const QString name = fileName.endsWith(QLatin1String(".gpg")) ? fileName.chopped(4) : fileName;
    if (name.endsWith(QLatin1String(".partial")))
        return BackupFile::Kind::Partial;
    if (name.endsWith(QLatin1String(".globals.sql")))
        return BackupFile::Kind::Globals;
    if (name.endsWith(QLatin1String(".dump")))
        return BackupFile::Kind::Dump;
    return BackupFile::Kind::Other;
}

QList<BackupLogRun> BackupCatalogueReader::parseLog(const QString &log)
{
    static const QRegularExpression line(
        QStringLiteral("^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ) (.*)$"));
    static const QRegularExpression written(
        QStringLiteral("^backup (.+) written: (\\d+) bytes, (\\d+) entries$"));
    QList<BackupLogRun> runs;
    BackupLogRun *current = nullptr;
    for (const QString &raw : log.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = line.match(raw.trimmed());
        if (!m.hasMatch())
            continue;
        const QDateTime at = QDateTime::fromString(m.captured(1), Qt::ISODate).toUTC();
        const QString text = m.captured(2);
        if (text.startsWith(QLatin1String("backup of ")) && text.endsWith(QLatin1String(" started"))) {
            runs.append(BackupLogRun{});
            current = &runs.last();
            current->started = at;
            continue;
        }
        if (!current) { // the log was cut in the middle of a run: that run starts here
            runs.append(BackupLogRun{});
            current = &runs.last();
            current->started = at;
        }
        if (const QRegularExpressionMatch w = written.match(text); w.hasMatch()) {
            current->outcome = BackupLogRun::Outcome::Ok;
            current->finished = at;
            current->file = w.captured(1);
            current->size = w.captured(2).toLongLong();
            current->entries = w.captured(3).toInt();
        } else if (text.startsWith(QLatin1String("FAILED: "))) {
            current->outcome = BackupLogRun::Outcome::Failed;
            current->finished = at;
            current->message = text.mid(8);
        } else {
            current->notes << text;
        }
    }
    std::reverse(runs.begin(), runs.end());
    return runs;
}

BackupCatalogue BackupCatalogueReader::read(const QString &dir, QList<BackupFile> files, const QString &log)
{
    for (BackupFile &f : files) {
        f.kind = kindOf(f.name);
        const QRegularExpressionMatch m = stampPattern().match(f.name);
        f.taken = m.hasMatch() ? QDateTime::fromString(m.captured(1), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))
                               : f.modified;
        if (m.hasMatch())
            f.taken.setTimeSpec(Qt::UTC);
    }
    std::sort(files.begin(), files.end(), [](const BackupFile &a, const BackupFile &b) {
        return a.taken != b.taken ? a.taken > b.taken : a.name < b.name;
    });
    return BackupCatalogue{dir, {}, files, parseLog(log)};
}

QString BackupCatalogueReader::kindText(BackupFile::Kind kind)
{
    switch (kind) {
    case BackupFile::Kind::Dump:
        return QStringLiteral("dump");
    case BackupFile::Kind::Globals:
        return QStringLiteral("globals");
    case BackupFile::Kind::Partial:
        return QStringLiteral("partial");
    case BackupFile::Kind::Other:
        break;
    }
    return QStringLiteral("other");
}

QString BackupCatalogueReader::outcomeText(BackupLogRun::Outcome outcome)
{
    switch (outcome) {
    case BackupLogRun::Outcome::Ok:
        return QStringLiteral("ok");
    case BackupLogRun::Outcome::Failed:
        return QStringLiteral("failed");
    case BackupLogRun::Outcome::Unfinished:
        break;
    }
    return QStringLiteral("unfinished");
}

QJsonObject BackupCatalogueReader::toJson(const BackupCatalogue &c)
{
    QJsonArray files;
    for (const BackupFile &f : c.files) {
        const BackupLogRun *run = c.runFor(f);
        files.append(QJsonObject{{QStringLiteral("name"), f.name},
                                 {QStringLiteral("kind"), kindText(f.kind)},
                                 {QStringLiteral("taken"), iso(f.taken)},
                                 {QStringLiteral("size"), double(f.size)},
                                 {QStringLiteral("run"), run ? outcomeText(run->outcome) : QJsonValue()}});
    }
    QJsonArray runs;
    for (const BackupLogRun &r : c.runs)
        runs.append(
            QJsonObject{{QStringLiteral("started"), iso(r.started)},
                        {QStringLiteral("finished"), iso(r.finished)},
                        {QStringLiteral("outcome"), outcomeText(r.outcome)},
                        {QStringLiteral("file"), r.file},
                        {QStringLiteral("size"), r.size < 0 ? QJsonValue() : QJsonValue(double(r.size))},
                        {QStringLiteral("entries"), r.entries < 0 ? QJsonValue() : QJsonValue(r.entries)},
                        {QStringLiteral("message"), r.message},
                        {QStringLiteral("notes"), QJsonArray::fromStringList(r.notes)}});
    const BackupFile *good = c.newestGoodDump();
    return QJsonObject{{QStringLiteral("dir"), c.dir},
                       {QStringLiteral("log"), c.log},
                       {QStringLiteral("files"), files},
                       {QStringLiteral("runs"), runs},
                       {QStringLiteral("newestGoodDump"), good ? good->name : QJsonValue()},
                       {QStringLiteral("newestGoodAt"), good ? iso(good->taken) : QJsonValue()}};
}

} // namespace supadesk
