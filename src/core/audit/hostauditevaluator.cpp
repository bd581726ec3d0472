// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostauditevaluator.h"

#include "core/locale/displayformat.h"
#include "core/setup/jwt.h"
#include "core/setup/secretaudit.h"
#include "core/setup/supabasesecrets.h"
#include "core/shellquote.h"

#include <QDir>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace supadesk {

namespace {

AuditFix setupPage(const char *page)
{
    AuditFix fix;
    fix.kind = AuditFix::Kind::SetupPage;
    fix.setupPage = QString::fromLatin1(page);
    return fix;
}

AuditFix command(const QString &preview)
{
    AuditFix fix;
    fix.kind = AuditFix::Kind::Command;
    fix.preview = preview;
    return fix;
}

AuditCheckResult base(const char *id, const QString &title, const QString &why)
{
    AuditCheckResult r;
    r.id = QString::fromLatin1(id);
    r.area = AuditArea::Host;
    r.title = title;
    r.why = why;
    return r;
}

AuditCheckResult unknown(AuditCheckResult r, const QString &reason)
{
    r.status = AuditStatus::Unknown;
    r.evidence = reason;
    return r;
}

// "/opt/supabase/docker/.env:12" for a key of the .env.
QString where(const HostAuditFacts &facts, const QString &key)
{
    const int line = facts.envLines.value(key);
    return line > 0 ? QStringLiteral("%1:%2").arg(facts.envPath).arg(line) : facts.envPath;
}

QString joinLines(const QStringList &lines)
{
    return lines.join(QLatin1Char('\n'));
}

// The ports a check looks at, each once, without zeros.
QList<int> portSet(std::initializer_list<int> ports)
{
    QList<int> set;
    for (int p : ports)
        if (p > 0 && !set.contains(p))
            set << p;
    return set;
}

QString portList(const QList<int> &ports)
{
    QStringList out;
    for (int p : ports)
        out << QString::number(p);
    return out.join(QStringLiteral(", "));
}

struct Exposure
{
    QStringList evidence;
    QStringList objects;
    bool live = false;     // seen listening or published by a running container
    bool declared = false; // only in a compose file
};

// Where the ports are reachable from other machines: listening sockets, running containers' published
// ports (Docker bypasses ufw) and, when nothing runs, what the compose file would publish.
Exposure exposureOf(const HostAuditFacts &facts, const QList<int> &ports)
{
    Exposure e;
    for (const ListeningSocket &socket : facts.host.listening) {
        if (!ports.contains(socket.port) || !socket.isPublic())
            continue;
        const QString address = socket.address.contains(QLatin1Char(':'))
                                    ? QStringLiteral("[%1]:%2").arg(socket.address).arg(socket.port)
                                    : QStringLiteral("%1:%2").arg(socket.address).arg(socket.port);
        e.evidence << HostAuditEvaluator::tr(
                          "%1 is listening on every interface or a public address (ss -ltn).")
                          .arg(address);
        e.objects << address;
        e.live = true;
    }
    for (const DockerContainer &c : HostAuditEvaluator::stackContainers(facts)) {
        for (const PublishedPort &p : HostAuditEvaluator::parseDockerPorts(c.name, c.ports)) {
            if (!ports.contains(p.hostPort) || !p.isPublic())
                continue;
            e.evidence << HostAuditEvaluator::tr(
                              "Container %1 publishes %2 (Docker's own iptables rules bypass ufw).")
                              .arg(c.name, p.text);
            const QString object = QStringLiteral("%1:%2").arg(p.hostAddress).arg(p.hostPort);
            if (!e.objects.contains(object))
                e.objects << object;
            e.live = true;
        }
    }
    // What the compose file would publish matters only while nothing listens on the port: a loopback
    // listener there means something else (an override, another service) holds it.
    const bool held = std::any_of(facts.host.listening.cbegin(), facts.host.listening.cend(),
                                  [&](const ListeningSocket &s) { return ports.contains(s.port); });
    if (!e.live && !held) {
        for (const PublishedPort &p : facts.layout.published) {
            if (!ports.contains(p.hostPort) || !p.isPublic())
                continue;
            e.evidence << HostAuditEvaluator::tr("%1:%2 publishes \"%3\" for %4 on every interface.")
                              .arg(p.file)
                              .arg(p.line)
                              .arg(p.text, p.service);
            e.objects << QStringLiteral("%1:%2").arg(p.file).arg(p.line);
            e.declared = true;
        }
    }
    return e;
}

AuditCheckResult portCheck(AuditCheckResult r, const HostAuditFacts &facts, const QList<int> &ports,
                           const QString &what)
{
    const bool dockerKnown = facts.dockerError.isEmpty();
    if (!facts.host.listeningKnown && !dockerKnown && facts.layout.published.isEmpty()) {
        QStringList reasons;
        if (!facts.hostError.isEmpty())
            reasons << facts.hostError;
        else
            reasons << HostAuditEvaluator::tr("ss is not installed on the server.");
        reasons << facts.dockerError;
        return unknown(r, reasons.join(QLatin1Char(' ')));
    }
    const Exposure e = exposureOf(facts, ports);
    r.objects = e.objects;
    const QString fixText =
        HostAuditEvaluator::tr(
            "Publish %1 on 127.0.0.1 only (the Setup wizard's compose override does this) and "
            "reach it through an SSH tunnel; a ufw rule alone does not close a port Docker "
            "publishes.")
            .arg(what);
    if (e.live) {
        r.status = AuditStatus::Fail;
        r.evidence = joinLines(e.evidence);
        r.fixText = fixText;
        r.fix = setupPage("firewall");
        return r;
    }
    if (e.declared) {
        r.status = AuditStatus::Warn;
        r.evidence =
            joinLines(e.evidence) + QLatin1Char('\n') +
            HostAuditEvaluator::tr("Nothing is listening there now; it is public as soon as the stack runs.");
        r.fixText = fixText;
        r.fix = setupPage("firewall");
        return r;
    }
    r.status = AuditStatus::Pass;
    QStringList local;
    for (const ListeningSocket &socket : facts.host.listening)
        if (ports.contains(socket.port))
            local << QStringLiteral("%1:%2").arg(socket.address).arg(socket.port);
    r.evidence =
        local.isEmpty()
            ? HostAuditEvaluator::tr("Nothing listens on port %1 on a public address.").arg(portList(ports))
            : HostAuditEvaluator::tr("Port %1 listens on loopback only: %2.")
                  .arg(portList(ports), local.join(QStringLiteral(", ")));
    if (!facts.host.listeningKnown)
        r.evidence +=
            QLatin1Char(' ') + HostAuditEvaluator::tr("(ss is missing: only Docker's ports were read.)");
    return r;
}

QString gib(qint64 bytes)
{
    return DisplayFormat().bytes(bytes, 1);
}

} // namespace

QStringList HostAuditEvaluator::checkIds()
{
    return {QStringLiteral("demo-jwt-keys"),   QStringLiteral("jwt-secret-strength"),
            QStringLiteral("db-port-public"),  QStringLiteral("pooler-port-public"),
            QStringLiteral("firewall-active"), QStringLiteral("log-rotation"),
            QStringLiteral("docker-limits"),   QStringLiteral("disk-space"),
            QStringLiteral("backups-recent"),  QStringLiteral("restore-tested"),
            QStringLiteral("versions")};
}

AuditCheckResult HostAuditEvaluator::evaluate(const QString &id, const HostAuditFacts &facts)
{
    using Check = AuditCheckResult (*)(const HostAuditFacts &);
    static const QHash<QString, Check> checks{
        {QStringLiteral("demo-jwt-keys"), &demoJwtKeys},
        {QStringLiteral("jwt-secret-strength"), &jwtSecretStrength},
        {QStringLiteral("db-port-public"), &dbPortPublic},
        {QStringLiteral("pooler-port-public"), &poolerPortPublic},
        {QStringLiteral("firewall-active"), &firewallActive},
        {QStringLiteral("log-rotation"), &logRotation},
        {QStringLiteral("docker-limits"), &dockerLimits},
        {QStringLiteral("disk-space"), &diskSpace},
        {QStringLiteral("backups-recent"), &backupsRecent},
        {QStringLiteral("restore-tested"), &restoreTested},
        {QStringLiteral("versions"), &versions},
    };
    if (const Check check = checks.value(id))
        return check(facts);
    AuditCheckResult r;
    r.id = id;
    r.evidence = tr("This is not a host check.");
    return r;
}

AuditCheckResult HostAuditEvaluator::demoJwtKeys(const HostAuditFacts &facts)
{
    AuditCheckResult r =
        base("demo-jwt-keys", tr("Example API keys"),
             tr("The checklist asks for every default secret to be changed: the demo keys of "
                "env.example are public, so anyone can sign in with them as service_role, and "
                "they stop working on %1.")
                 .arg(DisplayFormat().date(SecretAudit::demoKeyExpiry())));
    if (!facts.envError.isEmpty())
        return unknown(r, facts.envError);
    QStringList fail;
    QStringList warn;
    QStringList fine;
    for (const QString &key : {QStringLiteral("ANON_KEY"), QStringLiteral("SERVICE_ROLE_KEY")}) {
        if (!facts.env.contains(key) || facts.env.value(key).isEmpty())
            continue;
        r.objects << key;
        const QString token = facts.env.value(key);
        const QString at = where(facts, key);
        const Result<Jwt> jwt = Jwt::parse(token);
        if (SecretAudit::isExampleValue(key, token)) {
            fail << tr("%1 (%2) is the example token from env.example (iss supabase-demo, expires %3).")
                        .arg(key, at, DisplayFormat().date(SecretAudit::demoKeyExpiry()));
            continue;
        }
        if (!jwt.ok()) {
            warn << tr("%1 (%2) is not a JSON Web Token.").arg(key, at);
            continue;
        }
        const QDateTime expiry = jwt.value().expiresAt();
        const QString expiryText = expiry.isValid() ? DisplayFormat().date(expiry.toUTC().date()) : QString();
        if (jwt.value().issuer() == QLatin1String("supabase-demo")) {
            fail << tr("%1 (%2) was issued by supabase-demo, Supabase's public demo issuer.").arg(key, at);
            continue;
        }
        if (expiry.isValid() && expiry <= facts.now) {
            fail << tr("%1 (%2) expired on %3.").arg(key, at, expiryText);
            continue;
        }
        if (expiry.isValid() && facts.now.daysTo(expiry) <= kKeyExpiryWarningDays) {
            warn << tr("%1 (%2) expires on %3, in %n day(s).", nullptr, int(facts.now.daysTo(expiry)))
                        .arg(key, at, expiryText);
            continue;
        }
        fine << (expiry.isValid() ? tr("%1 is the stack's own key, valid until %2.").arg(key, expiryText)
                                  : tr("%1 is the stack's own key and does not expire.").arg(key));
    }
    if (r.objects.isEmpty())
        return unknown(r, tr("%1 has no ANON_KEY or SERVICE_ROLE_KEY.").arg(facts.envPath));
    r.evidence = joinLines(fail + warn + fine);
    if (!fail.isEmpty()) {
        r.status = AuditStatus::Fail;
        r.fixText =
            tr("Generate a new JWT_SECRET and new API keys on the Setup wizard's Secrets page, then update "
               "every client that uses the old keys.");
        r.fix = setupPage("secrets");
    } else if (!warn.isEmpty()) {
        r.status = AuditStatus::Warn;
        r.fixText =
            tr("Generate new API keys before they expire (Setup wizard, Secrets page) and update your "
               "clients.");
        r.fix = setupPage("secrets");
    } else {
        r.status = AuditStatus::Pass;
    }
    return r;
}

double HostAuditEvaluator::entropyBits(const QString &value)
{
    if (value.isEmpty())
        return 0;
    QHash<QChar, int> counts;
    for (const QChar c : value)
        ++counts[c];
    double perChar = 0;
    for (const int count : std::as_const(counts)) {
        const double p = double(count) / double(value.size());
        perChar -= p * std::log2(p);
    }
    return perChar * double(value.size());
}

AuditCheckResult HostAuditEvaluator::jwtSecretStrength(const HostAuditFacts &facts)
{
    AuditCheckResult r = base("jwt-secret-strength", tr("JWT secret strength"),
                              tr("The checklist asks for JWT secrets with enough entropy: whoever guesses "
                                 "JWT_SECRET can sign any key, service_role included."));
    if (!facts.envError.isEmpty())
        return unknown(r, facts.envError);
    const QString key = QStringLiteral("JWT_SECRET");
    if (!facts.env.contains(key))
        return unknown(
            r, tr("%1 has no JWT_SECRET (the stack may sign with asymmetric keys only).").arg(facts.envPath));
    r.objects << key;
    const QString secret = facts.env.value(key);
    const QString at = where(facts, key);
    const int bits = int(std::lround(entropyBits(secret)));
    r.fix = setupPage("secrets");
    r.fixText =
        tr("Generate a new JWT_SECRET (and new API keys signed with it) on the Setup wizard's Secrets "
           "page.");
    if (SecretAudit::isExampleValue(key, secret)) {
        r.status = AuditStatus::Fail;
        r.evidence = tr("JWT_SECRET (%1) is the example value from env.example.").arg(at);
        return r;
    }
    if (secret.size() < SupabaseSecrets::kMinJwtSecretLength) {
        r.status = AuditStatus::Fail;
        r.evidence = tr("JWT_SECRET (%1) has %2 characters; it needs at least %3.")
                         .arg(at)
                         .arg(secret.size())
                         .arg(SupabaseSecrets::kMinJwtSecretLength);
        return r;
    }
    if (bits < kMinJwtSecretBits) {
        r.status = AuditStatus::Warn;
        r.evidence =
            tr("JWT_SECRET (%1) has %2 characters but only about %3 bits of entropy; a random one has "
               "well over %4.")
                .arg(at)
                .arg(secret.size())
                .arg(bits)
                .arg(kMinJwtSecretBits);
        return r;
    }
    r.status = AuditStatus::Pass;
    r.fix = AuditFix();
    r.fixText.clear();
    r.evidence = tr("JWT_SECRET (%1) has %2 characters, about %3 bits of entropy.")
                     .arg(at)
                     .arg(secret.size())
                     .arg(bits);
    return r;
}

AuditCheckResult HostAuditEvaluator::dbPortPublic(const HostAuditFacts &facts)
{
    const AuditCheckResult r = base(
        "db-port-public", tr("Database port reachable from outside"),
        tr("The checklist allows only the necessary ports through the firewall: PostgreSQL on a public "
           "address invites password guessing against postgres and every role that shares its password."));
    const int envPort = facts.env.value(QStringLiteral("POSTGRES_PORT")).toInt();
    const QList<int> ports = portSet({envPort > 0 ? envPort : 5432, facts.stackDbPort});
    return portCheck(r, facts, ports, tr("the database port (%1)").arg(portList(ports)));
}

AuditCheckResult HostAuditEvaluator::poolerPortPublic(const HostAuditFacts &facts)
{
    const AuditCheckResult r = base(
        "pooler-port-public", tr("Pooler port reachable from outside"),
        tr("The checklist allows only the necessary ports through the firewall: the pooler's transaction "
           "port accepts the same database logins as PostgreSQL itself."));
    const int envPort = facts.env.value(QStringLiteral("POOLER_PROXY_PORT_TRANSACTION")).toInt();
    const int layoutPort = facts.layout.poolerPort;
    const QList<int> ports =
        portSet({envPort > 0 ? envPort : (layoutPort > 0 ? layoutPort : 6543), facts.stackPoolerPort});
    return portCheck(r, facts, ports, tr("the pooler port (%1)").arg(portList(ports)));
}

UfwStatus HostAuditEvaluator::parseUfwStatus(const QString &output)
{
    UfwStatus status;
    static const QRegularExpression defaults(QStringLiteral("^Default:\\s*(\\w+)\\s*\\(incoming\\)"));
    static const QRegularExpression rule(QStringLiteral("^(.+?)\\s{2,}(ALLOW|LIMIT)(?:\\s+IN)?\\s{2,}"));
    for (const QString &raw : output.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1String("Status:")))
            status.active = line.mid(7).trimmed() == QLatin1String("active");
        else if (const QRegularExpressionMatch m = defaults.match(line); m.hasMatch())
            status.defaultIncoming = m.captured(1);
        else if (const QRegularExpressionMatch m2 = rule.match(line); m2.hasMatch())
            status.allowRules << m2.captured(1).trimmed();
    }
    return status;
}

AuditCheckResult HostAuditEvaluator::firewallActive(const HostAuditFacts &facts)
{
    AuditCheckResult r = base("firewall-active", tr("Firewall"),
                              tr("The checklist asks for a firewall that lets in only the necessary ports, "
                                 "SSH among them."));
    if (!facts.ufw)
        return unknown(r, facts.ufwError.isEmpty() ? tr("ufw's status was not read.") : facts.ufwError);
    const UfwStatus &ufw = *facts.ufw;
    r.fix = setupPage("firewall");
    if (!ufw.active) {
        r.status = AuditStatus::Fail;
        r.evidence = tr("ufw is installed but inactive (ufw status: inactive).");
        r.fixText = tr("Plan the rules on the Setup wizard's Firewall page (SSH first), then enable ufw.");
        return r;
    }
    const QString ssh = QString::number(facts.sshPort);
    const bool sshAllowed =
        std::any_of(ufw.allowRules.cbegin(), ufw.allowRules.cend(), [&](const QString &to) {
            const QString port = to.section(QLatin1Char(' '), 0, 0).section(QLatin1Char('/'), 0, 0);
            return port == ssh || to.startsWith(QLatin1String("OpenSSH")) ||
                   (facts.sshPort == 22 && port == QLatin1String("ssh"));
        });
    QStringList evidence{tr("ufw is active; incoming default: %1.")
                             .arg(ufw.defaultIncoming.isEmpty() ? tr("not shown") : ufw.defaultIncoming)};
    evidence << (ufw.allowRules.isEmpty()
                     ? tr("No ALLOW rules.")
                     : tr("Allowed: %1.").arg(ufw.allowRules.join(QStringLiteral(", "))));
    r.objects = ufw.allowRules;
    if (ufw.defaultIncoming == QLatin1String("allow")) {
        r.status = AuditStatus::Fail;
        r.evidence = joinLines(evidence);
        r.fixText =
            tr("Set the incoming default to deny (`ufw default deny incoming`) after allowing SSH; the "
               "Setup wizard's Firewall page does both.");
        return r;
    }
    if (!sshAllowed) {
        r.status = AuditStatus::Warn;
        evidence << tr("No rule allows SSH on port %1: the next connection may be locked out.").arg(ssh);
        r.evidence = joinLines(evidence);
        r.fixText = tr("Allow SSH before anything else: `ufw allow %1/tcp`.").arg(ssh);
        r.fix = command(QStringLiteral("sudo ufw allow %1/tcp").arg(ssh));
        return r;
    }
    r.status = AuditStatus::Pass;
    r.fix = AuditFix();
    r.evidence = joinLines(evidence);
    return r;
}

AuditCheckResult HostAuditEvaluator::logRotation(const HostAuditFacts &facts)
{
    AuditCheckResult r =
        base("log-rotation", tr("Log rotation"),
             tr("The checklist asks for log rotation: container and backup logs that are never "
                "rotated fill the disk and stop the database."));
    if (!facts.hostError.isEmpty())
        return unknown(r, facts.hostError);
    const HostFacts &h = facts.host;
    QStringList problems;
    QStringList fine;
    if (h.dockerClientVersion.isEmpty()) {
        fine << tr("Docker is not installed, so no container logs.");
    } else if (!h.daemonJsonPresent) {
        problems << tr(
            "/etc/docker/daemon.json does not exist: containers log with json-file and no size limit.");
    } else if (!h.daemonJsonValid) {
        problems << tr("/etc/docker/daemon.json is not valid JSON.");
    } else if (h.logDriver == QLatin1String("local") || h.logDriver == QLatin1String("journald") ||
               h.logDriver == QLatin1String("syslog") || h.logDriver == QLatin1String("none")) {
        fine << tr("daemon.json sets log-driver %1, which rotates or forwards logs itself.").arg(h.logDriver);
    } else if (h.logMaxSize.isEmpty()) {
        problems << tr("daemon.json sets no log-opts max-size (log-driver %1).")
                        .arg(h.logDriver.isEmpty() ? QStringLiteral("json-file") : h.logDriver);
    } else {
        fine << tr("daemon.json limits each container log to %1 and keeps %2 file(s).")
                    .arg(h.logMaxSize, h.logMaxFile.isEmpty() ? QStringLiteral("1") : h.logMaxFile);
    }
    bool backupLogUnrotated = false;
    if (facts.backupLogExists && facts.logrotateError.isEmpty()) {
        const bool rotated = std::any_of(facts.logrotate.cbegin(), facts.logrotate.cend(),
                                         [&](const QString &text) { return text.contains(facts.backupLog); });
        if (rotated) {
            fine << tr("%1 is rotated by logrotate.").arg(facts.backupLog);
        } else {
            backupLogUnrotated = true;
            problems << tr("No file in /etc/logrotate.d rotates %1.").arg(facts.backupLog);
        }
    }
    r.evidence = joinLines(problems + fine);
    if (problems.isEmpty()) {
        r.status = AuditStatus::Pass;
        return r;
    }
    r.status = AuditStatus::Warn;
    r.objects << QStringLiteral("/etc/docker/daemon.json");
    if (backupLogUnrotated && problems.size() == 1) {
        // One printf argument per line, the path quoted: a path may hold anything but NUL.
        QStringList lines{shellQuote(facts.backupLog + QStringLiteral(" {"))};
        for (const char *line :
             {"    weekly", "    rotate 8", "    compress", "    missingok", "    notifempty", "}"})
            lines << shellQuote(QString::fromLatin1(line));
        r.objects = {facts.backupLog};
        r.fixText = tr("Rotate the backup log with logrotate.");
        r.fix = command(QStringLiteral("printf '%s\\n' ") + lines.join(QLatin1Char(' ')) +
                        QStringLiteral(" | sudo tee /etc/logrotate.d/supabase-backup >/dev/null"));
        return r;
    }
    r.fixText =
        tr("Write /etc/docker/daemon.json with {\"log-driver\": \"json-file\", \"log-opts\": {\"max-size\": "
           "\"10m\", \"max-file\": \"3\"}}, restart Docker and recreate the containers; rotate the backup "
           "log with logrotate.");
    r.fix = setupPage("preflight");
    return r;
}

QList<DockerContainer> HostAuditEvaluator::parseDocker(const QString &output)
{
    QList<DockerContainer> containers;
    bool inspect = false;
    for (const QString &raw : output.split(QLatin1Char('\n'))) {
        QString line = raw;
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        if (line == QLatin1String("@@inspect")) {
            inspect = true;
            continue;
        }
        if (line == QLatin1String("@@ps"))
            continue;
        const QStringList cols = line.split(QLatin1Char('\t'));
        if (!inspect) {
            DockerContainer c;
            c.name = cols.value(0).trimmed();
            c.ports = cols.value(1).trimmed();
            c.composeWorkingDir = cols.value(2).trimmed();
            if (c.composeWorkingDir == QLatin1String("<no value>"))
                c.composeWorkingDir.clear();
            containers << c;
            continue;
        }
        QString name = cols.value(0).trimmed();
        if (name.startsWith(QLatin1Char('/')))
            name = name.mid(1);
        bool ok = false;
        const qint64 memory = cols.value(1).trimmed().toLongLong(&ok);
        for (DockerContainer &c : containers)
            if (c.name == name && ok)
                c.memoryLimit = memory;
    }
    return containers;
}

QList<PublishedPort> HostAuditEvaluator::parseDockerPorts(const QString &container, const QString &ports)
{
    static const QRegularExpression mapping(
        QStringLiteral("^(.*):(\\d+)(?:-\\d+)?->(\\d+)(?:-\\d+)?/(\\w+)$"));
    QList<PublishedPort> out;
    for (const QString &part : ports.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString text = part.trimmed();
        const QRegularExpressionMatch m = mapping.match(text);
        if (!m.hasMatch())
            continue; // "8000/tcp": exposed, not published
        PublishedPort p;
        p.service = container;
        p.hostAddress = m.captured(1);
        if (p.hostAddress.startsWith(QLatin1Char('[')))
            p.hostAddress = p.hostAddress.mid(1, p.hostAddress.size() - 2);
        if (p.hostAddress == QLatin1String("::"))
            p.hostAddress = QStringLiteral("::");
        p.hostPort = m.captured(2).toInt();
        p.containerPort = m.captured(3).toInt();
        p.text = text;
        out << p;
    }
    return out;
}

QList<DockerContainer> HostAuditEvaluator::stackContainers(const HostAuditFacts &facts)
{
    QList<DockerContainer> own;
    const QString dir = QDir::cleanPath(facts.installDir);
    for (const DockerContainer &c : facts.containers)
        if (!c.composeWorkingDir.isEmpty() && QDir::cleanPath(c.composeWorkingDir) == dir)
            own << c;
    if (!own.isEmpty())
        return own;
    for (const DockerContainer &c : facts.containers)
        if (c.name.startsWith(QLatin1String("supabase-")) ||
            c.name.startsWith(QLatin1String("realtime-dev.")))
            own << c;
    return own;
}

AuditCheckResult HostAuditEvaluator::dockerLimits(const HostAuditFacts &facts)
{
    AuditCheckResult r =
        base("docker-limits", tr("Container memory limits"),
             tr("The checklist asks for resource limits for Docker: one container that grows "
                "without a limit makes the kernel kill the database."));
    if (!facts.dockerError.isEmpty())
        return unknown(r, facts.dockerError);
    const QList<DockerContainer> own = stackContainers(facts);
    if (own.isEmpty())
        return unknown(r, tr("No container of this stack is running."));
    QStringList unlimited;
    QStringList limited;
    for (const DockerContainer &c : own) {
        if (c.memoryLimit == 0)
            unlimited << c.name;
        else if (c.memoryLimit > 0)
            limited << QStringLiteral("%1 (%2)").arg(c.name, gib(c.memoryLimit));
    }
    if (unlimited.isEmpty() && limited.isEmpty())
        return unknown(r, tr("docker inspect did not show the containers' limits."));
    r.objects = unlimited;
    QStringList evidence;
    if (!unlimited.isEmpty())
        evidence << tr("%n container(s) without a memory limit: %1.", nullptr, int(unlimited.size()))
                        .arg(unlimited.join(QStringLiteral(", ")));
    if (!limited.isEmpty())
        evidence << tr("Limited: %1.").arg(limited.join(QStringLiteral(", ")));
    r.evidence = joinLines(evidence);
    if (unlimited.isEmpty()) {
        r.status = AuditStatus::Pass;
        return r;
    }
    r.status = AuditStatus::Warn;
    r.fixText =
        tr("Give each service a memory limit (`mem_limit:` in docker-compose.override.yml), sized so "
           "that their sum leaves room for PostgreSQL's shared_buffers and the page cache, then recreate "
           "the containers.");
    r.fix = setupPage("tuning");
    return r;
}

AuditCheckResult HostAuditEvaluator::diskSpace(const HostAuditFacts &facts)
{
    AuditCheckResult r =
        base("disk-space", tr("Free disk space"),
             tr("A full disk stops PostgreSQL from writing WAL and the backups from running; the "
                "checklist's monitoring starts here."));
    if (!facts.hostError.isEmpty())
        return unknown(r, facts.hostError);
    const HostFacts &h = facts.host;
    if (h.diskTotalBytes <= 0 || h.diskFreeBytes < 0)
        return unknown(r, tr("df gave no figures for the file system of %1.").arg(facts.installDir));
    const double percent = 100.0 * double(h.diskFreeBytes) / double(h.diskTotalBytes);
    r.objects << (h.diskMountPoint.isEmpty() ? h.diskPath : h.diskMountPoint);
    r.evidence = tr("%1 free of %2 (%3) on %4, mounted at %5 (holds %6).")
                     .arg(gib(h.diskFreeBytes), gib(h.diskTotalBytes), DisplayFormat().percent(percent, 0),
                          h.diskDevice, h.diskMountPoint, h.diskPath);
    if (percent < kDiskFailPercent)
        r.status = AuditStatus::Fail;
    else if (percent < kDiskWarnPercent)
        r.status = AuditStatus::Warn;
    else
        r.status = AuditStatus::Pass;
    if (r.status != AuditStatus::Pass)
        r.fixText =
            tr("Free space or grow the volume: old dumps in the backup directory, unused Docker images "
               "(`docker image prune`) and container logs are the usual culprits.");
    return r;
}

AuditCheckResult HostAuditEvaluator::backupsRecent(const HostAuditFacts &facts)
{
    AuditCheckResult r =
        base("backups-recent", tr("Recent backup"),
             tr("The checklist asks for daily backups: without a dump from the last day, a lost "
                "disk loses more than a day of data."));
    if (!facts.backupError.isEmpty())
        return unknown(r, facts.backupError);
    r.objects << facts.backupDir;
    r.fix = setupPage("backups");
    r.fixText = tr("Install the daily backup on the Setup wizard's Backups page and check its log.");
    if (!facts.backupDirExists) {
        r.status = AuditStatus::Fail;
        r.evidence = tr("There is no backup directory %1.").arg(facts.backupDir);
        return r;
    }
    // The same catalogue and verdict as the Backups tab and the fleet overview's tile: a dump is dated by
    // the stamp in its name (the file time only for a name without one), and with a log only a dump
    // the log says was written cleanly counts.
    const BackupCatalogue catalogue =
        BackupCatalogueReader::read(facts.backupDir, facts.backupFiles, facts.backupLogText);
    const BackupHealth health = BackupHealth::of(catalogue, facts.now);
    QStringList evidence;
    const AuditStatus status = health.red() ? AuditStatus::Fail : AuditStatus::Pass;
    if (const BackupFile *newest = catalogue.newestGoodDump()) {
        const qint64 hours = health.ageSeconds / 3600;
        evidence << tr("Newest dump: %1/%2, %3, %4 (%n hour(s) old).", nullptr, int(hours))
                        .arg(facts.backupDir, newest->name, gib(newest->size),
                             DisplayFormat().dateTime(newest->taken.toLocalTime()));
    } else {
        evidence << tr("%1 holds no dump.").arg(facts.backupDir);
    }
    if (!facts.backupLogExists) {
        evidence << tr("No backup log at %1.").arg(facts.backupLog);
    } else if (catalogue.runs.isEmpty()) {
        evidence << tr("%1 records no finished backup.").arg(facts.backupLog);
    } else {
        const BackupLogRun &last = catalogue.runs.first();
        if (last.outcome == BackupLogRun::Outcome::Failed)
            evidence << tr("The last run failed (%1): %2").arg(facts.backupLog, last.message);
        else if (last.outcome == BackupLogRun::Outcome::Ok)
            evidence << tr("The last run succeeded (%1): %2")
                            .arg(facts.backupLog,
                                 tr("%1, %2 entries").arg(last.file, QString::number(last.entries)));
        else
            evidence << tr("%1 records no finished backup.").arg(facts.backupLog);
    }
    if (health.state == BackupHealth::State::Failed || health.state == BackupHealth::State::Missing)
        evidence << BackupHealth::problemText(catalogue, health);
    r.status = status;
    r.evidence = joinLines(evidence);
    if (status == AuditStatus::Pass) {
        r.fix = AuditFix();
        r.fixText.clear();
    }
    return r;
}

AuditCheckResult HostAuditEvaluator::restoreTested(const HostAuditFacts &facts)
{
    AuditCheckResult r =
        base("restore-tested", tr("Restore tested"),
             tr("The checklist asks for backups that are tested: a dump that was never restored "
                "is a hope, not a backup."));
    r.fixText = tr("Run a restore drill: Backups ▸ Run drill, or supadesk-cli backup drill.");
    if (!facts.lastDrill) {
        r.status = AuditStatus::Unknown;
        r.evidence = tr("No restore drill recorded yet for this stack.");
        return r;
    }
    const DrillResult &drill = *facts.lastDrill;
    const qint64 days = drill.startedAt.isValid() ? drill.startedAt.daysTo(facts.now) : -1;
    const QString when =
        drill.startedAt.isValid() ? drill.startedAt.toString(Qt::ISODate) : tr("an unknown time");
    if (!drill.passed()) {
        r.status = AuditStatus::Fail;
        const QStringList notOk = drill.tablesNotOk();
        r.evidence = tr("The last restore drill (%1, %2) failed.").arg(when, drill.dumpFile);
        if (!notOk.isEmpty())
            r.evidence += QLatin1Char(' ') + tr("Tables: %1.").arg(notOk.join(QStringLiteral(", ")));
        else if (!drill.restoreErrors.isEmpty())
            r.evidence += QLatin1Char(' ') + drill.restoreErrors.first();
        r.objects = notOk;
        return r;
    }
    if (days < 0 || days > kDrillMaxAgeDays) {
        r.status = AuditStatus::Warn;
        r.evidence =
            tr("The last restore drill passed on %1, more than %2 days ago.").arg(when).arg(kDrillMaxAgeDays);
        return r;
    }
    r.status = AuditStatus::Pass;
    r.evidence = tr("The last restore drill passed on %1 (%2).").arg(when, drill.dumpFile);
    r.fixText.clear();
    return r;
}

AuditCheckResult HostAuditEvaluator::versions(const HostAuditFacts &facts)
{
    AuditCheckResult r =
        base("versions", tr("Release layout and versions"),
             tr("Supabase ships fixes as tagged releases; a stack on an old layout misses them "
                "and needs a planned upgrade from tag to tag."));
    if (!facts.layoutError.isEmpty())
        return unknown(r, facts.layoutError);
    const StackLayout &l = facts.layout;
    if (!l.isKnown())
        return unknown(r, tr("No compose file was read from %1.").arg(facts.installDir));
    if (l.release == ReleaseLayout::Unknown)
        return unknown(r, tr("The compose files (%1) run neither Kong nor Envoy.")
                              .arg(l.composeFiles.join(QStringLiteral(", "))));
    QStringList evidence;
    evidence << tr("Layout: %1; gateway service %2, port %3=%4.")
                    .arg(StackLayoutReader::releaseName(l.release), l.gatewayService, l.gatewayPortVariable,
                         l.gatewayPort > 0 ? QString::number(l.gatewayPort) : tr("unset"));
    if (l.postgresMajor > 0)
        evidence << tr("PostgreSQL %1 (image %2).").arg(l.postgresMajor).arg(l.postgresImage);
    else if (!l.postgresImage.isEmpty())
        evidence << tr("PostgreSQL image %1 (major version not in its tag).").arg(l.postgresImage);
    const QString pooler = l.pooler == PoolerKind::Supavisor   ? QStringLiteral("Supavisor")
                           : l.pooler == PoolerKind::PgBouncer ? QStringLiteral("PgBouncer")
                                                               : tr("none");
    evidence << tr("Pooler: %1.").arg(pooler);
    evidence << tr("Compose files: %1.").arg(l.composeFiles.join(QStringLiteral(", ")));
    r.objects = l.composeFiles;
    r.status = AuditStatus::Pass;
    if (l.release != StackLayoutReader::newestRelease()) {
        r.status = AuditStatus::Warn;
        evidence << tr("Newer layout known: %1.")
                        .arg(StackLayoutReader::releaseName(StackLayoutReader::newestRelease()));
    }
    if (l.postgresMajor > 0 && l.postgresMajor < 15) {
        r.status = AuditStatus::Warn;
        evidence << tr("PostgreSQL %1 is older than any release Supabase supports.").arg(l.postgresMajor);
    } else if (l.postgresMajor > 0 && l.postgresMajor < StackLayoutReader::newestPostgresMajor()) {
        evidence << tr("Fresh installs start on PostgreSQL %1; moving there needs pg_upgrade.")
                        .arg(StackLayoutReader::newestPostgresMajor());
    }
    r.evidence = joinLines(evidence);
    if (r.status != AuditStatus::Pass)
        r.fixText =
            tr("Upgrade release by release: back up, compare docker-compose.yml and .env.example between "
               "the tags, pull, recreate and check health.");
    return r;
}

} // namespace supadesk
