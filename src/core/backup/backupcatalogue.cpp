// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupcatalogue.h"

#include "core/locale/displayformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace supadesk {

namespace {

// The UTC stamp the nightly script, the Storage archive and the base backups put in their names:
// "postgres-20261207T031700Z.dump", "storage-20261207T031700Z.tar.gz", "base/20261207T014700Z".
const QRegularExpression &stampPattern()
{
    static const QRegularExpression stamp(QStringLiteral("(?:^|[-/])(\\d{8}T\\d{6}Z)(?:\\.|$)"));
    return stamp;
}

QDateTime stampOf(const QString &name)
{
    const QRegularExpressionMatch m = stampPattern().match(name);
    if (!m.hasMatch())
        return {};
    QDateTime at = QDateTime::fromString(m.captured(1), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    at.setTimeSpec(Qt::UTC);
    return at;
}

// Encrypted before it leaves the server (age or gpg): the plain name says what it holds.
QString withoutCipher(const QString &name, bool *encrypted = nullptr)
{
    for (const QLatin1String suffix : {QLatin1String(".age"), QLatin1String(".gpg")})
        if (name.endsWith(suffix)) {
            if (encrypted)
                *encrypted = true;
            return name.chopped(suffix.size());
        }
    return name;
}

QDateTime fromEpoch(const QString &text, bool *ok)
{
    const double seconds = text.toDouble(ok);
    return QDateTime::fromMSecsSinceEpoch(qint64(seconds * 1000), Qt::UTC);
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
        if (f.kind != BackupFile::Kind::Dump || f.remote)
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

BackupCoverage BackupCatalogue::coverage() const
{
    BackupCoverage c;
    const BackupFile *good = newestGoodDump();
    if (good) {
        c.database = good->taken;
        const QString stem = withoutCipher(good->name).chopped(int(qstrlen(".dump")));
        for (const BackupFile &f : files) {
            if (f.remote && withoutCipher(f.name) == withoutCipher(good->name))
                c.offsite = true;
            if (!f.remote && f.kind == BackupFile::Kind::Globals &&
                withoutCipher(f.name) == stem + QStringLiteral(".globals.sql"))
                c.roles = f.taken;
        }
    }
    QDateTime oldestBase;
    for (const BackupFile &f : files) { // newest first
        if (f.remote)
            continue;
        if (f.kind == BackupFile::Kind::Storage && !c.storage.isValid())
            c.storage = f.taken;
        if (f.kind == BackupFile::Kind::BaseBackup)
            oldestBase = f.taken;
        if (f.kind == BackupFile::Kind::WalRange)
            c.pitrUntil = f.until;
    }
    // A base backup is only a starting point once WAL after it was archived.
    if (oldestBase.isValid() && c.pitrUntil.isValid() && c.pitrUntil >= oldestBase)
        c.pitrFrom = oldestBase;
    else
        c.pitrUntil = {};
    return c;
}

QString BackupHealth::problemText(const BackupCatalogue &catalogue, const BackupHealth &h)
{
    switch (h.state) {
    case State::Ok:
        break;
    case State::Failed:
        return BackupCatalogueReader::tr("The newest nightly backup failed: %1")
            .arg(catalogue.runs.isEmpty() ? QString() : catalogue.runs.first().message);
    case State::Missing:
        return BackupCatalogueReader::tr("No nightly backup for %n hour(s).", nullptr,
                                         int(h.ageSeconds / 3600));
    case State::NoBackup:
        return BackupCatalogueReader::tr("There is no good backup in %1.").arg(catalogue.dir);
    }
    return {};
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
    // An encrypted file (the nightly script's gpg) is of the kind it holds; one still being written or
    // encrypted ("X.dump.partial.gpg") is unfinished.
    const QString name = withoutCipher(fileName);
    if (name.endsWith(QLatin1String(".partial")))
        return BackupFile::Kind::Partial;
    if (name.endsWith(QLatin1String(".globals.sql")))
        return BackupFile::Kind::Globals;
    if (name.endsWith(QLatin1String(".dump")))
        return BackupFile::Kind::Dump;
    static const QRegularExpression storage(
        QStringLiteral("^storage-\\d{8}T\\d{6}Z\\.(?:tar\\.gz|tgz|tar)$"));
    if (storage.match(name).hasMatch())
        return BackupFile::Kind::Storage;
    return BackupFile::Kind::Other;
}

QList<BackupFile> BackupCatalogueReader::parseListing(const QString &output)
{
    QList<BackupFile> files;
    for (const QString &line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        bool okTime = false;
        bool okSize = false;
        const QDateTime modified = fromEpoch(line.section(QLatin1Char(' '), 0, 0), &okTime);
        const qint64 size = line.section(QLatin1Char(' '), 1, 1).toLongLong(&okSize);
        const QString name = line.section(QLatin1Char(' '), 2);
        if (okTime && okSize && !name.isEmpty()) {
            BackupFile f;
            f.name = name;
            f.size = size;
            f.modified = modified;
            files << f;
        }
    }
    return files;
}

QList<BackupFile> BackupCatalogueReader::parseRemote(const QString &json)
{
    QList<BackupFile> files;
    const QJsonArray entries = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : entries) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("IsDir")).toBool())
            continue;
        BackupFile f;
        f.name = o.value(QStringLiteral("Path")).toString(o.value(QStringLiteral("Name")).toString());
        if (f.name.isEmpty())
            continue;
        f.size = qint64(o.value(QStringLiteral("Size")).toDouble());
        f.modified =
            QDateTime::fromString(o.value(QStringLiteral("ModTime")).toString(), Qt::ISODateWithMs).toUTC();
        f.remote = true;
        files << f;
    }
    return files;
}

QList<BackupFile> BackupCatalogueReader::parsePitr(const QString &baseListing, const QString &walSummary)
{
    QList<BackupFile> out;
    for (BackupFile f : parseListing(baseListing)) {
        f.kind = f.name.endsWith(QLatin1String(".partial")) ? BackupFile::Kind::Partial
                                                            : BackupFile::Kind::BaseBackup;
        f.name = QStringLiteral("base/") + f.name;
        out << f;
    }
    BackupFile range;
    range.kind = BackupFile::Kind::WalRange;
    QString first;
    QString last;
    int count = 0;
    for (const QString &line : walSummary.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        bool ok = false;
        if (f.size() == 4 && f.at(0) == QLatin1String("first")) {
            first = f.at(1);
            range.taken = fromEpoch(f.at(2), &ok);
            range.modified = range.taken;
        } else if (f.size() == 4 && f.at(0) == QLatin1String("last")) {
            last = f.at(1);
            range.until = fromEpoch(f.at(2), &ok);
        } else if (f.size() == 3 && f.at(0) == QLatin1String("count")) {
            count = f.at(1).toInt();
            range.size = f.at(2).toLongLong();
        }
    }
    if (count > 0 && !first.isEmpty() && !last.isEmpty()) {
        range.name = QStringLiteral("wal/%1 … %2").arg(first, last);
        range.segments = count;
        out << range;
    }
    return out;
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
        if (f.kind == BackupFile::Kind::Other)
            f.kind = kindOf(f.name);
        withoutCipher(f.name, &f.encrypted);
        // The name's stamp is when the run began; a file copied or touched later keeps it. Without
        // one (a file renamed by hand, the WAL range), the modification time.
        const QDateTime stamp = f.kind == BackupFile::Kind::WalRange ? QDateTime() : stampOf(f.name);
        f.taken = stamp.isValid() ? stamp : f.taken.isValid() ? f.taken : f.modified;
    }
    std::sort(files.begin(), files.end(), [](const BackupFile &a, const BackupFile &b) {
        return a.taken != b.taken ? a.taken > b.taken : a.name < b.name;
    });
    BackupCatalogue catalogue;
    catalogue.dir = dir;
    catalogue.files = files;
    catalogue.runs = parseLog(log);
    return catalogue;
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
    case BackupFile::Kind::BaseBackup:
        return QStringLiteral("base-backup");
    case BackupFile::Kind::WalRange:
        return QStringLiteral("wal-range");
    case BackupFile::Kind::Storage:
        return QStringLiteral("storage");
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
        files.append(QJsonObject{
            {QStringLiteral("name"), f.name},
            {QStringLiteral("kind"), kindText(f.kind)},
            {QStringLiteral("taken"), iso(f.taken)},
            {QStringLiteral("size"), double(f.size)},
            {QStringLiteral("run"), run ? outcomeText(run->outcome) : QJsonValue()},
            {QStringLiteral("where"), f.remote ? QStringLiteral("remote") : QStringLiteral("server")},
            {QStringLiteral("encrypted"), f.encrypted},
            {QStringLiteral("until"), f.until.isValid() ? iso(f.until) : QJsonValue()},
            {QStringLiteral("segments"), f.segments}});
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
    const BackupCoverage cover = c.coverage();
    const auto at = [](const QDateTime &t) { return t.isValid() ? QJsonValue(iso(t)) : QJsonValue(); };
    const QJsonObject covered{{QStringLiteral("database"), at(cover.database)},
                              {QStringLiteral("roles"), at(cover.roles)},
                              {QStringLiteral("storage"), at(cover.storage)},
                              {QStringLiteral("pointInTimeFrom"), at(cover.pitrFrom)},
                              {QStringLiteral("pointInTimeUntil"), at(cover.pitrUntil)},
                              {QStringLiteral("offsite"), cover.offsite}};
    return QJsonObject{{QStringLiteral("dir"), c.dir},
                       {QStringLiteral("pitrDir"), c.pitrDir},
                       {QStringLiteral("remote"), c.remote},
                       {QStringLiteral("remoteError"), c.remoteError},
                       {QStringLiteral("covered"), covered},
                       {QStringLiteral("log"), c.log},
                       {QStringLiteral("files"), files},
                       {QStringLiteral("runs"), runs},
                       {QStringLiteral("newestGoodDump"), good ? good->name : QJsonValue()},
                       {QStringLiteral("newestGoodAt"), good ? iso(good->taken) : QJsonValue()}};
}

QString BackupCatalogueReader::coverageText(const BackupCoverage &c)
{
    const DisplayFormat format;
    const auto when = [&](const QDateTime &t) { return format.dateTime(t.toLocalTime()); };
    QStringList covered;
    QStringList missing;
    if (c.database.isValid())
        covered << (c.offsite ? tr("the database (%1, also off-site)") : tr("the database (%1)"))
                       .arg(when(c.database));
    else
        missing << tr("the database");
    (c.roles.isValid() ? covered : missing) << tr("roles");
    if (c.storage.isValid())
        covered << tr("Storage files (%1)").arg(when(c.storage));
    else
        missing << tr("Storage files");
    if (c.pointInTime())
        covered << tr("any point in time from %1 to %2").arg(when(c.pitrFrom), when(c.pitrUntil));
    else
        missing << tr("a point in time");
    QString text = covered.isEmpty() ? tr("Nothing is covered.")
                                     : tr("Covered: %1.").arg(covered.join(QStringLiteral(", ")));
    if (!missing.isEmpty())
        text += QLatin1Char(' ') + tr("Not covered: %1.").arg(missing.join(QStringLiteral(", ")));
    return text;
}

} // namespace supadesk
