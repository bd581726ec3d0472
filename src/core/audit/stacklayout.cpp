// SPDX-License-Identifier: GPL-3.0-or-later
#include "stacklayout.h"

#include "core/setup/hostfactsparser.h"
#include "core/shellquote.h"

#include <QRegularExpression>
#include <QSet>

namespace supadesk {

namespace {

int leadingSpaces(const QString &line)
{
    int lead = 0;
    while (lead < line.size() && line.at(lead).isSpace())
        ++lead;
    return lead;
}

QString unquote(QString value)
{
    value = value.trimmed();
    if (const int hash = int(value.indexOf(QStringLiteral(" #"))); hash >= 0)
        value = value.left(hash).trimmed();
    if (value.size() >= 2 && (value.front() == QLatin1Char('"') || value.front() == QLatin1Char('\'')) &&
        value.back() == value.front())
        value = value.mid(1, value.size() - 2);
    return value;
}

// The first number of "8000" or "8000-8010".
int portNumber(const QString &text)
{
    bool ok = false;
    const int port = text.section(QLatin1Char('-'), 0, 0).trimmed().toInt(&ok);
    return ok ? port : 0;
}

// The short syntax: [HOST_IP:]HOST_PORT:CONTAINER_PORT[/PROTOCOL] or CONTAINER_PORT, substituted.
void parseShortPort(const QString &resolved, PublishedPort &port)
{
    QString spec = resolved.section(QLatin1Char('/'), 0, 0).trimmed();
    QString address;
    if (spec.startsWith(QLatin1Char('['))) {
        const int close = int(spec.indexOf(QLatin1Char(']')));
        address = spec.mid(1, close - 1);
        spec = spec.mid(close + 2); // past "]:"
    }
    QStringList parts = spec.split(QLatin1Char(':'));
    if (parts.size() >= 3 && address.isEmpty()) {
        address = parts.mid(0, parts.size() - 2).join(QLatin1Char(':'));
        parts = parts.mid(parts.size() - 2);
    }
    port.hostAddress = address.isEmpty() ? QStringLiteral("0.0.0.0") : address;
    if (parts.size() == 1) {
        port.containerPort = portNumber(parts.at(0));
    } else if (parts.size() == 2) {
        port.hostPort = portNumber(parts.at(0));
        port.containerPort = portNumber(parts.at(1));
    }
}

struct FileReading
{
    QStringList services;
    QHash<QString, QString> images;
    QHash<QString, QList<PublishedPort>> ports;
    QSet<QString> portsReset; // services whose ports this file replaces (`!reset`/`!override`)
};

FileReading readFile(const ComposeFile &file, const QHash<QString, QString> &env)
{
    static const QRegularExpression key(QStringLiteral("^\\s*([A-Za-z0-9._-]+)\\s*:\\s*(.*)$"));
    FileReading reading;
    bool inServices = false;
    int serviceIndent = -1;
    int childIndent = -1;
    QString service;
    bool inPorts = false;
    PublishedPort *longPort = nullptr; // the long-syntax entry being filled
    int longIndent = -1;
    const QStringList lines = file.text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        const int lead = leadingSpaces(line);
        if (lead == 0) {
            const QRegularExpressionMatch m = key.match(line);
            inServices = m.hasMatch() && m.captured(1) == QLatin1String("services");
            serviceIndent = -1;
            service.clear();
            inPorts = false;
            longPort = nullptr;
            continue;
        }
        if (!inServices)
            continue;
        if (serviceIndent < 0)
            serviceIndent = lead;
        if (lead == serviceIndent) {
            const QRegularExpressionMatch m = key.match(line);
            service = m.hasMatch() ? m.captured(1) : QString();
            if (!service.isEmpty() && !reading.services.contains(service))
                reading.services << service;
            childIndent = -1;
            inPorts = false;
            longPort = nullptr;
            continue;
        }
        if (service.isEmpty() || lead < serviceIndent)
            continue;
        if (childIndent < 0)
            childIndent = lead;
        const bool item = trimmed.startsWith(QLatin1Char('-'));
        if (lead == childIndent && !item) {
            inPorts = false;
            longPort = nullptr;
            const QRegularExpressionMatch m = key.match(line);
            if (!m.hasMatch())
                continue;
            const QString name = m.captured(1);
            const QString value = m.captured(2).trimmed();
            if (name == QLatin1String("image")) {
                reading.images.insert(service, unquote(value));
            } else if (name == QLatin1String("ports")) {
                inPorts = true;
                if (value.startsWith(QLatin1String("!reset")) || value.startsWith(QLatin1String("!override")))
                    reading.portsReset.insert(service);
            }
            continue;
        }
        if (!inPorts)
            continue;
        if (item) {
            const QString entry = trimmed.mid(1).trimmed();
            PublishedPort port;
            port.service = service;
            port.file = file.name;
            port.line = i + 1;
            const QRegularExpressionMatch m = key.match(entry);
            const bool isMapping = m.hasMatch() && !entry.startsWith(QLatin1Char('"')) &&
                                   !entry.startsWith(QLatin1Char('\'')) &&
                                   !entry.contains(QLatin1String("${")) && !entry.at(0).isDigit();
            if (isMapping) {
                // Long syntax: "- target: 5432" then published/host_ip on the lines below.
                port.hostAddress = QStringLiteral("0.0.0.0");
                port.text = entry;
                reading.ports[service].append(port);
                longPort = &reading.ports[service].last();
                longIndent = lead + 2;
                line = QString(longIndent, QLatin1Char(' ')) + entry;
            } else {
                longPort = nullptr;
                port.text = unquote(entry);
                parseShortPort(StackLayoutReader::substitute(port.text, env), port);
                reading.ports[service].append(port);
                continue;
            }
        }
        if (longPort && lead >= longIndent - 2) {
            const QRegularExpressionMatch m = key.match(line);
            if (!m.hasMatch())
                continue;
            const QString value = StackLayoutReader::substitute(unquote(m.captured(2)), env);
            if (m.captured(1) == QLatin1String("target"))
                longPort->containerPort = portNumber(value);
            else if (m.captured(1) == QLatin1String("published"))
                longPort->hostPort = portNumber(value);
            else if (m.captured(1) == QLatin1String("host_ip"))
                longPort->hostAddress = value;
            if (!item)
                longPort->text +=
                    QStringLiteral(", ") + m.captured(1) + QStringLiteral(": ") + unquote(m.captured(2));
        }
    }
    return reading;
}

} // namespace

bool PublishedPort::isPublic() const
{
    const ListeningSocket socket{
        hostAddress == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : hostAddress, hostPort};
    return socket.isPublic();
}

QString StackLayoutReader::substitute(const QString &text, const QHash<QString, QString> &env)
{
    static const QRegularExpression braced(
        QStringLiteral("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\\}|\\$([A-Za-z_][A-Za-z0-9_]*)"));
    QString out;
    qsizetype last = 0;
    auto it = braced.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        if (!m.captured(4).isEmpty()) {
            out += env.value(m.captured(4));
            continue;
        }
        const QString name = m.captured(1);
        const QString op = m.captured(2);
        const bool set = env.contains(name);
        const QString value = env.value(name);
        if (op == QLatin1String(":-"))
            out += value.isEmpty() ? m.captured(3) : value;
        else if (op == QLatin1String("-"))
            out += set ? value : m.captured(3);
        else
            out += value;
    }
    out += text.mid(last);
    return out;
}

int StackLayoutReader::postgresMajorOf(const QString &image)
{
    static const QRegularExpression tag(QStringLiteral("postgres[^:/]*:(\\d+)"));
    const QRegularExpressionMatch m = tag.match(image);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QStringList StackLayoutReader::activeFiles(const QStringList &present, const QHash<QString, QString> &env)
{
    const QString composeFile = env.value(QStringLiteral("COMPOSE_FILE")).trimmed();
    if (!composeFile.isEmpty()) {
        const QString separator = env.value(QStringLiteral("COMPOSE_PATH_SEPARATOR"), QStringLiteral(":"));
        QStringList files;
        for (QString name :
             composeFile.split(separator.isEmpty() ? QStringLiteral(":") : separator, Qt::SkipEmptyParts)) {
            name = name.trimmed();
            if (name.startsWith(QLatin1String("./")))
                name = name.mid(2);
            if (!files.contains(name))
                files << name;
        }
        return files;
    }
    // Compose's own order of preference for the main file, then its override next to it.
    for (const char *main : {"compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"}) {
        const QString name = QString::fromLatin1(main);
        if (!present.contains(name))
            continue;
        QStringList files{name};
        QString base = name;
        base.insert(base.lastIndexOf(QLatin1Char('.')), QStringLiteral(".override"));
        if (present.contains(base))
            files << base;
        return files;
    }
    return {};
}

StackLayout StackLayoutReader::read(const QList<ComposeFile> &files, const QHash<QString, QString> &env)
{
    StackLayout layout;
    QStringList present;
    for (const ComposeFile &f : files)
        present << f.name;
    layout.composeFiles = activeFiles(present, env);
    for (const QString &name : std::as_const(layout.composeFiles)) {
        if (!present.contains(name))
            layout.missingFiles << name;
        else if (name != QLatin1String("docker-compose.yml") && name != QLatin1String("compose.yaml") &&
                 name != QLatin1String("compose.yml") && name != QLatin1String("docker-compose.yaml"))
            layout.overlays << name;
    }
    for (const QString &name : std::as_const(present))
        if (name.startsWith(QLatin1String("docker-compose.")) && !layout.composeFiles.contains(name) &&
            name != QLatin1String("docker-compose.yml") && name != QLatin1String("docker-compose.yaml"))
            layout.availableOverlays << name;

    bool anyRead = false;
    bool supavisor = false;
    bool pgbouncer = false;
    QHash<QString, QList<PublishedPort>> ports;
    for (const QString &name : std::as_const(layout.composeFiles)) {
        const auto file =
            std::find_if(files.cbegin(), files.cend(), [&](const ComposeFile &f) { return f.name == name; });
        if (file == files.cend())
            continue;
        anyRead = true;
        const FileReading reading = readFile(*file, env);
        for (const QString &service : reading.services)
            if (!layout.services.contains(service))
                layout.services << service;
        for (auto it = reading.images.cbegin(); it != reading.images.cend(); ++it)
            layout.images.insert(it.key(), it.value());
        for (const QString &service : reading.portsReset)
            ports.remove(service);
        for (auto it = reading.ports.cbegin(); it != reading.ports.cend(); ++it)
            ports[it.key()] += it.value();
        const PoolerKind kind = HostFactsParser::poolerOf(file->text);
        supavisor = supavisor || kind == PoolerKind::Supavisor;
        pgbouncer = pgbouncer || kind == PoolerKind::PgBouncer;
    }
    for (const QString &service : std::as_const(layout.services))
        layout.published += ports.value(service);
    if (!anyRead)
        return layout;

    // The gateway: Envoy's api-gw (or any Envoy image, as the overlay for older trees runs), else Kong.
    for (const QString &service : std::as_const(layout.services)) {
        const QString image = layout.images.value(service);
        if (service == QLatin1String("api-gw") || image.contains(QLatin1String("envoy"))) {
            layout.release = ReleaseLayout::Envoy;
            layout.gatewayService = service;
            break;
        }
    }
    if (layout.release == ReleaseLayout::Unknown) {
        for (const QString &service : std::as_const(layout.services)) {
            if (service == QLatin1String("kong") ||
                layout.images.value(service).startsWith(QLatin1String("kong"))) {
                layout.release = ReleaseLayout::Kong;
                layout.gatewayService = service;
                break;
            }
        }
    }
    if (layout.release != ReleaseLayout::Unknown) {
        layout.gatewayPortVariable = layout.release == ReleaseLayout::Envoy
                                         ? QStringLiteral("API_GW_HTTP_PORT")
                                         : QStringLiteral("KONG_HTTP_PORT");
        static const QRegularExpression variable(QStringLiteral("^\\$\\{?([A-Za-z_][A-Za-z0-9_]*)"));
        for (const PublishedPort &port : ports.value(layout.gatewayService)) {
            if (port.containerPort != 8000)
                continue;
            const QString text = port.text.section(QLatin1Char(':'), -2, -2);
            if (const QRegularExpressionMatch m = variable.match(text.trimmed()); m.hasMatch())
                layout.gatewayPortVariable = m.captured(1);
            layout.gatewayPort = port.hostPort;
            break;
        }
        if (const int fromEnv = env.value(layout.gatewayPortVariable).toInt(); fromEnv > 0)
            layout.gatewayPort = fromEnv;
    }

    layout.pooler = supavisor ? PoolerKind::Supavisor : pgbouncer ? PoolerKind::PgBouncer : PoolerKind::None;
    const int postgresPort = env.value(QStringLiteral("POSTGRES_PORT")).toInt();
    layout.postgresPort = postgresPort > 0 ? postgresPort : 5432;
    for (const QString &service : std::as_const(layout.services)) {
        const QString image = layout.images.value(service).toLower();
        const QString lower = service.toLower();
        if ((supavisor &&
             (lower == QLatin1String("supavisor") || image.contains(QLatin1String("supavisor")))) ||
            (!supavisor && pgbouncer &&
             (lower == QLatin1String("pgbouncer") || image.contains(QLatin1String("pgbouncer"))))) {
            layout.poolerService = service;
            break;
        }
    }
    if (layout.pooler == PoolerKind::Supavisor) {
        const int transaction = env.value(QStringLiteral("POOLER_PROXY_PORT_TRANSACTION")).toInt();
        layout.poolerPort = transaction > 0 ? transaction : 6543;
    } else if (layout.pooler == PoolerKind::PgBouncer) {
        const QList<PublishedPort> poolerPorts = ports.value(layout.poolerService);
        layout.poolerPort =
            !poolerPorts.isEmpty() && poolerPorts.first().hostPort > 0 ? poolerPorts.first().hostPort : 6543;
    }

    // The `db` service, else the first running Supabase's postgres image (not postgres-meta's).
    QString dbService = layout.services.contains(QLatin1String("db")) ? QStringLiteral("db") : QString();
    for (const QString &service : std::as_const(layout.services))
        if (dbService.isEmpty() && layout.images.value(service).section(QLatin1Char(':'), 0, 0) ==
                                       QLatin1String("supabase/postgres"))
            dbService = service;
    if (!dbService.isEmpty()) {
        layout.postgresImage = layout.images.value(dbService);
        layout.postgresMajor = postgresMajorOf(layout.postgresImage);
    }
    return layout;
}

QString StackLayoutReader::readCommand(const QString &installDir)
{
    // Every compose file at the top of the install directory, each in its own section; the script
    // always exits 0 (3 when the directory is missing).
    return QStringLiteral(
               "cd %1 2>/dev/null || exit 3; for f in compose.yaml compose.yml docker-compose.yaml "
               "docker-compose.yml docker-compose.*.yml docker-compose.*.yaml; do "
               "[ -f \"$f\" ] || continue; printf '@@file %s\\n' \"$f\"; "
               "head -c 262144 -- \"$f\" 2>/dev/null; printf '\\n'; done; exit 0")
        .arg(shellQuote(installDir));
}

QList<ComposeFile> StackLayoutReader::parseReadOutput(const QByteArray &output)
{
    QList<ComposeFile> files;
    const QString text = QString::fromUtf8(output);
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("@@file "))) {
            files.append(ComposeFile{line.mid(7).trimmed(), QString()});
            continue;
        }
        if (!files.isEmpty())
            files.last().text += line + QLatin1Char('\n');
    }
    // Each name once (the glob may name a file twice), the first copy kept.
    QList<ComposeFile> unique;
    for (const ComposeFile &file : std::as_const(files))
        if (std::none_of(unique.cbegin(), unique.cend(),
                         [&](const ComposeFile &u) { return u.name == file.name; }))
            unique << file;
    return unique;
}

QString StackLayoutReader::releaseName(ReleaseLayout layout)
{
    switch (layout) {
    case ReleaseLayout::Kong:
        return tr("Kong gateway (before self-hosted/v0.8.0)");
    case ReleaseLayout::Envoy:
        return tr("Envoy gateway api-gw (self-hosted/v0.8.0 and later)");
    case ReleaseLayout::Unknown:
        break;
    }
    return tr("unknown");
}

} // namespace supadesk
