// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostfactsparser.h"
#include "core/shellbatch.h"
#include "core/shellquote.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace supadesk {

namespace {

using Section = ShellBatchSection;

QHash<QString, Section> sections(const QByteArray &output)
{
    return ShellBatch::split(output);
}

QString firstLine(const QString &text)
{
    return text.section(QLatin1Char('\n'), 0, 0).trimmed();
}

// "v2.24.6-desktop.1" -> "2.24.6-desktop.1"; anything that does not start like a version -> "".
QString versionOf(const QString &text)
{
    static const QRegularExpression version(QStringLiteral("^v?(\\d+\\.\\d+[^\\s]*)"));
    const QRegularExpressionMatch m = version.match(firstLine(text));
    return m.hasMatch() ? m.captured(1) : QString();
}

qint64 kilobytes(const QString &meminfo, const QString &key)
{
    const QStringList lines = meminfo.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.startsWith(key + QLatin1Char(':')))
            continue;
        const QStringList parts = line.mid(key.size() + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.isEmpty())
            return 0;
        qint64 value = parts.at(0).toLongLong();
        if (parts.size() > 1 && parts.at(1).compare(QLatin1String("mB"), Qt::CaseInsensitive) == 0)
            value *= 1024;
        return value;
    }
    return 0;
}

QHash<QString, QString> osRelease(const QString &text)
{
    QHash<QString, QString> values;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const int eq = int(line.indexOf(QLatin1Char('=')));
        if (eq <= 0 || line.startsWith(QLatin1Char('#')))
            continue;
        QString value = line.mid(eq + 1).trimmed();
        if (value.size() >= 2 &&
            (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\''))) &&
            value.endsWith(value.at(0)))
            value = value.mid(1, value.size() - 2);
        values.insert(line.left(eq).trimmed(), value);
    }
    return values;
}

void parseDf(const QString &text, HostFacts &facts)
{
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (cols.size() < 6)
            continue;
        bool totalOk = false;
        bool freeOk = false;
        const qint64 total = cols.at(1).toLongLong(&totalOk);
        const qint64 available = cols.at(3).toLongLong(&freeOk);
        if (!totalOk || !freeOk)
            continue; // the header
        facts.diskDevice = cols.at(0);
        facts.diskTotalBytes = total;
        facts.diskFreeBytes = available;
        facts.diskMountPoint = cols.mid(5).join(QLatin1Char(' '));
        return;
    }
}

std::optional<bool> rotationalOf(const Section *device, const Section *all)
{
    if (device && device->rc == 0) {
        const QString value = firstLine(device->text);
        if (value == QLatin1String("1"))
            return true;
        if (value == QLatin1String("0"))
            return false;
    }
    // The device under the install dir could not be told (an overlay, LVM, a container): if every
    // disk of the machine agrees, that is the answer.
    if (!all || all->rc != 0)
        return std::nullopt;
    int spinning = 0;
    int solid = 0;
    const QStringList lines = all->text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (cols.size() < 3 || cols.at(2) != QLatin1String("disk"))
            continue;
        if (cols.at(1) == QLatin1String("1"))
            ++spinning;
        else if (cols.at(1) == QLatin1String("0"))
            ++solid;
    }
    if (spinning > 0 && solid == 0)
        return true;
    if (solid > 0 && spinning == 0)
        return false;
    return std::nullopt;
}

void parseDaemonJson(const Section &section, HostFacts &facts)
{
    if (section.rc != 0)
        return;
    facts.daemonJsonPresent = true;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(section.text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        // An empty file is valid for Docker (no settings).
        facts.daemonJsonValid = section.text.trimmed().isEmpty();
        return;
    }
    const QJsonObject root = doc.object();
    facts.logDriver = root.value(QStringLiteral("log-driver")).toString();
    const QJsonObject opts = root.value(QStringLiteral("log-opts")).toObject();
    facts.logMaxSize = opts.value(QStringLiteral("max-size")).toString();
    facts.logMaxFile = opts.value(QStringLiteral("max-file")).toString();
}

void parseTime(const Section *timedatectl, const Section *chrony, HostFacts &facts)
{
    if (timedatectl && timedatectl->rc == 0) {
        const QStringList lines = timedatectl->text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            if (line.startsWith(QLatin1String("NTPSynchronized="))) {
                facts.timeSynchronized = line.mid(16).trimmed() == QLatin1String("yes");
                facts.timeSource = QStringLiteral("timedatectl");
            }
        }
        if (facts.timeSynchronized == true)
            return;
    }
    if (chrony && chrony->rc == 0) {
        static const QRegularExpression leap(QStringLiteral("^Leap status\\s*:\\s*(.+)$"),
                                             QRegularExpression::MultilineOption);
        const QRegularExpressionMatch m = leap.match(chrony->text);
        if (m.hasMatch()) {
            facts.timeSynchronized = m.captured(1).trimmed() != QLatin1String("Not synchronised");
            facts.timeSource = QStringLiteral("chrony");
        }
    }
}

} // namespace

QString HostFactsParser::command(const QString &installDir)
{
    // POSIX sh only (dash on Debian/Ubuntu); every probe is guarded so that the batch always
    // finishes and each answer lands in its own section.
    QString s;
    s += QStringLiteral("LC_ALL=C; export LC_ALL; PATH=\"$PATH:/usr/sbin:/sbin\"; export PATH\n");
    s += QStringLiteral("d=%1\n").arg(shellQuote(installDir));
    s += ShellBatch::helpers();
    s += QStringLiteral(
        "R nproc nproc\n"
        "R meminfo cat /proc/meminfo\n"
        "p=$d; while [ ! -e \"$p\" ] && [ \"$p\" != / ] && [ \"$p\" != . ]; do p=$(dirname \"$p\"); done\n"
        "S diskpath; printf '%s\\n' \"$p\"; E diskpath 0\n"
        "R df df -B1 -P \"$p\"\n"
        "dev=$(df -P \"$p\" 2>/dev/null | awk 'NR==2 {print $1}')\n"
        "R lsblkdev lsblk -n -d -o ROTA \"$dev\"\n"
        "R lsblk lsblk -d -n -o NAME,ROTA,TYPE\n"
        "S osrelease; if [ -r /etc/os-release ]; then cat /etc/os-release; E osrelease 0; "
        "else E osrelease 1; fi\n"
        "R uname uname -r\n"
        "S dockerclient; if command -v docker >/dev/null 2>&1; then docker version --format "
        "'{{.Client.Version}}' 2>/dev/null </dev/null; E dockerclient 0; else E dockerclient 127; fi\n"
        "R dockerserver docker version --format '{{.Server.Version}}'\n"
        "R composeversion docker compose version --short\n"
        "R composelegacy docker-compose version --short\n"
        "S daemonjson; if [ -f /etc/docker/daemon.json ]; then cat /etc/docker/daemon.json; E daemonjson 0; "
        "else E daemonjson 1; fi\n"
        "R ss ss -ltn\n"
        "R timedatectl timedatectl show -p NTPSynchronized -p NTP\n"
        "R chrony chronyc -n tracking\n"
        "S installdir; printf '%s\\n' \"$d\"; E installdir 0\n"
        "S install; [ -d \"$d\" ] && echo dir; [ -f \"$d/.env\" ] && echo env; "
        "[ -f \"$d/docker-compose.yml\" ] && echo compose; "
        "[ -f \"$d/docker-compose.override.yml\" ] && echo override; E install 0\n"
        "S compose; if [ -f \"$d/docker-compose.yml\" ]; then head -c 262144 \"$d/docker-compose.yml\"; "
        "E compose 0; else E compose 1; fi\n"
        "S composeoverride; if [ -f \"$d/docker-compose.override.yml\" ]; then head -c 262144 "
        "\"$d/docker-compose.override.yml\"; E composeoverride 0; else E composeoverride 1; fi\n"
        "R id id -u\n"
        "R user id -un\n"
        "S sudo; if [ \"$(id -u)\" = 0 ]; then E sudo 0; elif command -v sudo >/dev/null 2>&1; then "
        "sudo -n true >/dev/null 2>&1 </dev/null; E sudo $?; else E sudo 127; fi\n"
        "S ufw; if command -v ufw >/dev/null 2>&1; then command -v ufw; E ufw 0; else E ufw 127; fi\n"
        "exit 0\n");
    return s;
}

QList<ListeningSocket> HostFactsParser::parseListening(const QString &ssOutput)
{
    QList<ListeningSocket> sockets;
    const QStringList lines = ssOutput.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (cols.size() < 4 || cols.at(0) != QLatin1String("LISTEN"))
            continue;
        const QString local = cols.at(3);
        const int colon = int(local.lastIndexOf(QLatin1Char(':')));
        if (colon < 0)
            continue;
        bool ok = false;
        const int port = local.mid(colon + 1).toInt(&ok);
        if (!ok)
            continue;
        QString address = local.left(colon);
        if (address.startsWith(QLatin1Char('[')) && address.endsWith(QLatin1Char(']')))
            address = address.mid(1, address.size() - 2);
        if (const int percent = int(address.indexOf(QLatin1Char('%'))); percent >= 0)
            address = address.left(percent); // "127.0.0.53%lo"
        const ListeningSocket socket{address, port};
        if (!sockets.contains(socket))
            sockets.append(socket);
    }
    return sockets;
}

PoolerKind HostFactsParser::poolerOf(const QString &composeText, QStringList *services, bool *hasDb)
{
    static const QRegularExpression key(QStringLiteral("^(\\s*)([A-Za-z0-9._-]+)\\s*:\\s*(.*)$"));
    bool inServices = false;
    int serviceIndent = -1;
    QString service;
    bool supavisor = false;
    bool pgbouncer = false;
    bool db = false;
    auto note = [&](const QString &name, const QString &image) {
        const QString n = name.toLower();
        const QString i = image.toLower();
        if (n == QLatin1String("supavisor") || i.contains(QLatin1String("supavisor")))
            supavisor = true;
        if (n == QLatin1String("pgbouncer") || i.contains(QLatin1String("pgbouncer")))
            pgbouncer = true;
        if (n == QLatin1String("db") || i.contains(QLatin1String("supabase/postgres")))
            db = true;
    };
    const QStringList lines = composeText.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        QString line = raw;
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        const QRegularExpressionMatch m = key.match(line);
        int lead = 0;
        while (lead < line.size() && line.at(lead).isSpace())
            ++lead;
        if (lead == 0) {
            inServices = m.hasMatch() && m.captured(2) == QLatin1String("services");
            serviceIndent = -1;
            service.clear();
            continue;
        }
        if (!inServices || !m.hasMatch())
            continue;
        if (serviceIndent < 0)
            serviceIndent = lead;
        if (lead == serviceIndent) {
            service = m.captured(2);
            if (services && !services->contains(service))
                services->append(service);
            note(service, QString());
        } else if (lead > serviceIndent && m.captured(2) == QLatin1String("image") && !service.isEmpty()) {
            note(service, m.captured(3).trimmed());
        }
    }
    if (hasDb)
        *hasDb = db;
    if (supavisor)
        return PoolerKind::Supavisor;
    if (pgbouncer)
        return PoolerKind::PgBouncer;
    return PoolerKind::None;
}

HostFacts HostFactsParser::parse(const QByteArray &output)
{
    HostFacts facts;
    const QHash<QString, Section> s = sections(output);
    auto get = [&](const char *name) -> const Section * {
        const auto it = s.constFind(QLatin1String(name));
        return it == s.constEnd() ? nullptr : &it.value();
    };
    auto ok = [&](const char *name) {
        const Section *section = get(name);
        return section && section->rc == 0;
    };
    // Which tools the batch reported as missing (rc 127), by the command each section runs.
    const QList<std::pair<const char *, const char *>> tools{{"nproc", "nproc"},
                                                             {"df", "df"},
                                                             {"lsblk", "lsblk"},
                                                             {"uname", "uname"},
                                                             {"dockerserver", "docker"},
                                                             {"ss", "ss"},
                                                             {"timedatectl", "timedatectl"},
                                                             {"chrony", "chronyc"},
                                                             {"composelegacy", "docker-compose"},
                                                             {"sudo", "sudo"},
                                                             {"ufw", "ufw"}};
    for (const auto &[section, tool] : tools)
        if (const Section *found = get(section); found && found->rc == 127)
            facts.missingTools.append(QLatin1String(tool));

    if (ok("nproc"))
        facts.cpus = firstLine(get("nproc")->text).toInt();
    if (ok("meminfo")) {
        const QString text = get("meminfo")->text;
        facts.memTotalKb = kilobytes(text, QStringLiteral("MemTotal"));
        facts.memAvailableKb = kilobytes(text, QStringLiteral("MemAvailable"));
        facts.swapTotalKb = kilobytes(text, QStringLiteral("SwapTotal"));
    }
    if (ok("diskpath"))
        facts.diskPath = firstLine(get("diskpath")->text);
    if (ok("df"))
        parseDf(get("df")->text, facts);
    facts.rotational = rotationalOf(get("lsblkdev"), get("lsblk"));
    if (ok("osrelease")) {
        const QHash<QString, QString> os = osRelease(get("osrelease")->text);
        facts.osId = os.value(QStringLiteral("ID")).toLower();
        facts.osVersionId = os.value(QStringLiteral("VERSION_ID"));
        facts.osPrettyName = os.value(QStringLiteral("PRETTY_NAME"));
    }
    if (ok("uname"))
        facts.kernel = firstLine(get("uname")->text);

    if (ok("dockerclient"))
        facts.dockerClientVersion = versionOf(get("dockerclient")->text);
    if (const Section *server = get("dockerserver"); server && server->rc != 127) {
        if (server->rc == 0)
            facts.dockerServerVersion = versionOf(server->text);
        if (facts.dockerServerVersion.isEmpty())
            facts.dockerError = server->text.trimmed().section(QLatin1Char('\n'), -1).trimmed();
    }
    if (ok("composeversion"))
        facts.composeVersion = versionOf(get("composeversion")->text);
    if (ok("composelegacy"))
        facts.legacyComposeVersion = versionOf(get("composelegacy")->text);
    if (const Section *daemon = get("daemonjson"))
        parseDaemonJson(*daemon, facts);

    if (ok("ss")) {
        facts.listening = parseListening(get("ss")->text);
        facts.listeningKnown = true;
    }
    parseTime(get("timedatectl"), get("chrony"), facts);

    if (ok("installdir"))
        facts.installDir = get("installdir")->text.section(QLatin1Char('\n'), 0, 0);
    if (const Section *install = get("install")) {
        const QStringList flags = install->text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        facts.installDirExists = flags.contains(QLatin1String("dir"));
        facts.envExists = flags.contains(QLatin1String("env"));
        facts.composeExists = flags.contains(QLatin1String("compose"));
        facts.composeOverrideExists = flags.contains(QLatin1String("override"));
    }
    if (ok("compose")) {
        bool db = false;
        bool overrideDb = false;
        PoolerKind pooler = poolerOf(get("compose")->text, &facts.composeServices, &db);
        if (ok("composeoverride")) {
            const PoolerKind extra =
                poolerOf(get("composeoverride")->text, &facts.composeServices, &overrideDb);
            if (pooler == PoolerKind::None)
                pooler = extra;
        }
        facts.pooler = pooler;
        facts.composeHasDb = db || overrideDb;
    }
    if (ok("id"))
        facts.uid = firstLine(get("id")->text).toInt();
    if (ok("user"))
        facts.userName = firstLine(get("user")->text);
    if (const Section *sudo = get("sudo"))
        facts.passwordlessSudo = sudo->rc == 0;
    facts.ufwInstalled = ok("ufw") && !get("ufw")->text.trimmed().isEmpty();
    return facts;
}

bool ListeningSocket::isPublic() const
{
    if (address.startsWith(QLatin1String("127.")) || address == QLatin1String("::1") ||
        address == QLatin1String("localhost") || address.startsWith(QLatin1String("::ffff:127.")))
        return false;
    return true;
}

} // namespace supadesk
