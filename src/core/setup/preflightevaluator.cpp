// SPDX-License-Identifier: GPL-3.0-or-later
#include "preflightevaluator.h"

#include "core/locale/displayformat.h"

#include "applyprivileges.h"

namespace supadesk {

namespace {

using Level = PreflightFinding::Level;

PreflightFinding make(const char *code, Level level, const QString &title, const QString &observed,
                      const QString &reason = QString(), const QString &fix = QString())
{
    return {QLatin1String(code), level, title, observed, reason, fix};
}

// Findings are read in the interface's language: figures too (DisplayFormat follows QLocale()).
QString gigabytes(qint64 bytes)
{
    return DisplayFormat().number(double(bytes) / 1e9, 1);
}

QString gibibytes(qint64 kilobytes)
{
    return DisplayFormat().number(double(kilobytes) / (1024.0 * 1024.0), 1);
}

// The major version of Debian ("12", "11") or the dotted version of Ubuntu ("22.04").
bool atLeast(const QString &version, const QString &minimum)
{
    return PreflightEvaluator::compareVersions(version, minimum) >= 0;
}

} // namespace

int PreflightEvaluator::compareVersions(const QString &a, const QString &b)
{
    auto numbers = [](const QString &text) {
        QList<int> parts;
        const QStringList pieces = text.split(QLatin1Char('.'));
        for (const QString &piece : pieces) {
            int digits = 0;
            while (digits < piece.size() && piece.at(digits).isDigit())
                ++digits;
            if (digits == 0)
                break;
            parts.append(piece.left(digits).toInt());
            if (digits < piece.size())
                break; // "24-ce", "6-desktop": the rest is not part of the number
        }
        return parts;
    };
    const QList<int> x = numbers(a);
    const QList<int> y = numbers(b);
    for (qsizetype i = 0; i < qMax(x.size(), y.size()); ++i) {
        const int p = i < x.size() ? x.at(i) : 0;
        const int q = i < y.size() ? y.at(i) : 0;
        if (p != q)
            return p < q ? -1 : 1;
    }
    return 0;
}

QString PreflightEvaluator::levelKey(Level level)
{
    switch (level) {
    case Level::Green:
        return QStringLiteral("green");
    case Level::Amber:
        return QStringLiteral("amber");
    case Level::Red:
        return QStringLiteral("red");
    }
    return QString();
}

Level PreflightEvaluator::worst(const PreflightFindings &findings)
{
    Level level = Level::Green;
    for (const PreflightFinding &f : findings)
        level = qMax(level, f.level);
    return level;
}

HostProfile PreflightEvaluator::suggestedProfile(const HostFacts &facts)
{
    HostProfile profile;
    profile.ramMb = facts.ramMb();
    profile.cpus = facts.cpus;
    profile.storage = facts.rotational.value_or(false) ? StorageKind::Hdd : StorageKind::Ssd;
    return profile;
}

PreflightFindings PreflightEvaluator::evaluate(const HostFacts &f, const PreflightRequirements &req)
{
    PreflightFindings out;

    // vCPUs
    {
        const QString title = tr("vCPUs");
        if (f.cpus <= 0)
            out << make("preflight.cpu", Level::Amber, title, tr("unknown"),
                        tr("The number of processors could not be read (nproc did not answer)."),
                        tr("Check with `nproc` on the server and enter the number on the tuning page."));
        else if (f.cpus >= req.minCpus)
            out << make("preflight.cpu", Level::Green, title, tr("%n vCPU(s)", nullptr, f.cpus));
        else
            out << make(
                "preflight.cpu", f.cpus >= 2 ? Level::Amber : Level::Red, title,
                tr("%n vCPU(s)", nullptr, f.cpus),
                tr("Production needs at least %1 vCPUs: a dozen containers share them with PostgreSQL.")
                    .arg(req.minCpus),
                tr("Resize the server to %1 vCPUs or more before it takes production traffic.")
                    .arg(req.minCpus));
    }

    // RAM. The kernel reports a little less than the size sold (it keeps some for itself), so a
    // server sold with 8 GB counts as 8 GB when it reports at least 90 % of it; half the minimum
    // (a 4 GB server) is amber: enough for staging, not for production.
    {
        const QString title = tr("Memory");
        const qint64 mb = f.ramMb();
        if (mb <= 0)
            out << make("preflight.ram", Level::Amber, title, tr("unknown"),
                        tr("/proc/meminfo could not be read."),
                        tr("Check with `free -g` on the server and enter the size on the tuning page."));
        else if (mb * 10 >= req.minRamMb * 9)
            out << make("preflight.ram", Level::Green, title, tr("%1 GiB").arg(gibibytes(f.memTotalKb)));
        else
            out << make("preflight.ram", mb * 20 >= req.minRamMb * 9 ? Level::Amber : Level::Red, title,
                        tr("%1 GiB").arg(gibibytes(f.memTotalKb)),
                        tr("Production needs at least %1 GB of RAM: PostgreSQL's cache and the other "
                           "containers compete for it.")
                            .arg(req.minRamMb / 1024),
                        tr("Resize the server to %1 GB of RAM or more.").arg(req.minRamMb / 1024));
    }

    // Disk size (of the file system that holds the install directory), then free space.
    {
        const QString title = tr("Disk size");
        if (f.diskTotalBytes <= 0)
            out << make("preflight.disk.size", Level::Amber, title, tr("unknown"),
                        tr("`df` did not report the file system of %1.").arg(f.installDir),
                        tr("Check with `df -h` on the server."));
        else if (f.diskTotalBytes * 10 >= req.minDiskBytes * 9)
            out << make("preflight.disk.size", Level::Green, title,
                        tr("%1 GB on %2").arg(gigabytes(f.diskTotalBytes), f.diskMountPoint));
        else
            out << make("preflight.disk.size",
                        f.diskTotalBytes * 5 >= req.minDiskBytes * 2 ? Level::Amber : Level::Red, title,
                        tr("%1 GB on %2").arg(gigabytes(f.diskTotalBytes), f.diskMountPoint),
                        tr("Production needs at least %1 GB for the database, its WAL, backups and "
                           "container images.")
                            .arg(req.minDiskBytes / 1000000000),
                        tr("Attach a larger volume and keep the install directory on it."));
    }
    {
        const QString title = tr("Free disk space");
        constexpr qint64 gib = 1024LL * 1024 * 1024;
        if (f.diskFreeBytes < 0)
            out << make("preflight.disk.free", Level::Amber, title, tr("unknown"),
                        tr("`df` did not report the free space."), tr("Check with `df -h` on the server."));
        else if (f.diskFreeBytes < 5 * gib)
            out << make("preflight.disk.free", Level::Red, title,
                        tr("%1 GB free").arg(gigabytes(f.diskFreeBytes)),
                        tr("The container images alone need several gigabytes; PostgreSQL stops when "
                           "the disk is full."),
                        tr("Free space or grow the volume before installing."));
        else if (f.diskFreeBytes < 20 * gib || f.diskFreeBytes * 100 < f.diskTotalBytes * 15)
            out << make("preflight.disk.free", Level::Amber, title,
                        tr("%1 GB free").arg(gigabytes(f.diskFreeBytes)),
                        tr("Little room is left for the database to grow and for local backups."),
                        tr("Free space, grow the volume, or keep backups off-site (rclone)."));
        else
            out << make("preflight.disk.free", Level::Green, title,
                        tr("%1 GB free").arg(gigabytes(f.diskFreeBytes)));
    }
    {
        const QString title = tr("Disk type");
        if (!f.rotational)
            out << make("preflight.disk.type", Level::Amber, title, tr("unknown"),
                        tr("lsblk could not tell whether the disk is an SSD."),
                        tr("Check with `lsblk -d -o NAME,ROTA` (0 is an SSD) and choose the storage "
                           "on the tuning page."));
        else if (*f.rotational)
            out << make("preflight.disk.type", Level::Amber, title, tr("spinning disk (HDD)"),
                        tr("PostgreSQL's random reads are many times slower on a spinning disk."),
                        tr("Move the install directory to an SSD or NVMe volume; the tuning page "
                           "assumes an HDD meanwhile."));
        else
            out << make("preflight.disk.type", Level::Green, title, tr("SSD"));
    }

    // Operating system and kernel.
    {
        const QString title = tr("Operating system");
        const QString observed = f.osPrettyName.isEmpty() ? tr("unknown") : f.osPrettyName;
        const QString fix =
            tr("Install Ubuntu %1 LTS or Debian %2 or newer.").arg(req.minUbuntu).arg(req.minDebian);
        if (f.osId.isEmpty())
            out << make("preflight.os", Level::Amber, title, observed,
                        tr("/etc/os-release could not be read."), fix);
        else if (f.osId == QLatin1String("ubuntu"))
            out << (atLeast(f.osVersionId, req.minUbuntu)
                        ? make("preflight.os", Level::Green, title, observed)
                        : make("preflight.os", Level::Red, title, observed,
                               tr("This release no longer gets security updates or is older than what "
                                  "Supabase's images are tested on."),
                               fix));
        else if (f.osId == QLatin1String("debian"))
            out << (atLeast(f.osVersionId, QString::number(req.minDebian))
                        ? make("preflight.os", Level::Green, title, observed)
                        : make("preflight.os", Level::Red, title, observed,
                               tr("This release no longer gets security updates or is older than what "
                                  "Supabase's images are tested on."),
                               fix));
        else
            out << make("preflight.os", Level::Amber, title, observed,
                        tr("Only Ubuntu and Debian are checked; this distribution may work but is not "
                           "what the production guide assumes."),
                        fix);
    }
    if (f.kernel.isEmpty())
        out << make("preflight.kernel", Level::Amber, tr("Kernel"), tr("unknown"),
                    tr("`uname -r` did not answer."), tr("Check with `uname -r` on the server."));
    else
        out << make("preflight.kernel", Level::Green, tr("Kernel"), f.kernel);

    // Docker engine and compose.
    {
        const QString title = QStringLiteral("Docker");
        const QString install =
            tr("Install Docker Engine from Docker's repository "
               "(https://docs.docker.com/engine/install/), then `systemctl enable --now docker`.");
        if (f.dockerClientVersion.isEmpty() && f.dockerServerVersion.isEmpty())
            out << make("preflight.docker.missing", Level::Red, title, tr("not installed"),
                        tr("Supabase runs as Docker containers."), install);
        else if (f.dockerServerVersion.isEmpty())
            out << make("preflight.docker.daemon", Level::Amber, title,
                        tr("client %1, daemon not reachable").arg(f.dockerClientVersion),
                        f.dockerError.isEmpty()
                            ? tr("The Docker daemon did not answer.")
                            : tr("The Docker daemon did not answer: %1").arg(f.dockerError),
                        tr("Start it with `systemctl enable --now docker`, and log in as root or as a "
                           "member of the docker group."));
        else if (compareVersions(f.dockerServerVersion, req.minDockerVersion) < 0)
            out << make("preflight.docker.old", Level::Red, title, f.dockerServerVersion,
                        tr("Docker older than %1 lacks features Supabase's compose file uses.")
                            .arg(req.minDockerVersion),
                        install);
        else
            out << make("preflight.docker", Level::Green, title, f.dockerServerVersion);
    }
    {
        const QString title = QStringLiteral("Docker Compose");
        const QString fix = tr("Install the Compose plugin (`apt-get install docker-compose-plugin` from "
                               "Docker's repository) so that `docker compose` works.");
        if (!f.composeVersion.isEmpty()) {
            if (compareVersions(f.composeVersion, QStringLiteral("2")) >= 0)
                out << make("preflight.compose", Level::Green, title, f.composeVersion);
            else
                out << make("preflight.compose.v1", Level::Red, title, f.composeVersion,
                            tr("Compose v1 is no longer maintained and cannot read Supabase's compose file."),
                            fix);
        } else if (!f.legacyComposeVersion.isEmpty()) {
            const bool v2 = compareVersions(f.legacyComposeVersion, QStringLiteral("2")) >= 0;
            out << make(
                v2 ? "preflight.compose.standalone" : "preflight.compose.v1", v2 ? Level::Amber : Level::Red,
                title, tr("docker-compose %1 only").arg(f.legacyComposeVersion),
                v2 ? tr("Only the standalone docker-compose binary is installed; Supadesk runs "
                        "`docker compose`.")
                   : tr("Compose v1 is no longer maintained and cannot read Supabase's compose file."),
                fix);
        } else {
            out << make("preflight.compose.missing", Level::Red, title, tr("not installed"),
                        tr("Supabase's containers are started with Docker Compose v2."), fix);
        }
    }
    {
        const QString title = tr("Docker log rotation");
        const QString fix =
            tr("Write /etc/docker/daemon.json with {\"log-driver\": \"json-file\", \"log-opts\": "
               "{\"max-size\": \"10m\", \"max-file\": \"3\"}}, then `systemctl restart docker` "
               "and recreate the containers.");
        if (f.daemonJsonPresent && !f.daemonJsonValid)
            out << make("preflight.logrotation.invalid", Level::Red, title,
                        tr("daemon.json is not valid JSON"),
                        tr("Docker refuses to start with a malformed /etc/docker/daemon.json."), fix);
        else if (f.logDriver == QLatin1String("local") || f.logDriver == QLatin1String("journald") ||
                 !f.logMaxSize.isEmpty())
            out << make("preflight.logrotation", Level::Green, title,
                        f.logMaxSize.isEmpty()
                            ? f.logDriver
                            : tr("%1, at most %2 per file")
                                  .arg(f.logDriver.isEmpty() ? QStringLiteral("json-file") : f.logDriver,
                                       f.logMaxSize));
        else
            out << make("preflight.logrotation.missing", Level::Amber, title, tr("not configured"),
                        tr("Docker's default json-file logs grow without limit until the disk is full."),
                        fix);
    }

    // Listening ports: the database and pooler must not be reachable from other machines.
    {
        const QString title = tr("Listening ports");
        if (!f.listeningKnown) {
            out << make("preflight.ports", Level::Amber, title, tr("unknown"),
                        tr("`ss -ltn` did not answer."),
                        tr("Install iproute2 (`apt-get install iproute2`)."));
        } else {
            QList<int> all;
            QList<int> exposed;
            for (const ListeningSocket &s : f.listening) {
                if (!all.contains(s.port))
                    all.append(s.port);
                if (s.isPublic() && (s.port == 5432 || s.port == 6543) && !exposed.contains(s.port))
                    exposed.append(s.port);
            }
            std::sort(all.begin(), all.end());
            std::sort(exposed.begin(), exposed.end());
            auto join = [](const QList<int> &ports) {
                QStringList parts;
                for (int p : ports)
                    parts.append(QString::number(p));
                return parts.join(QStringLiteral(", "));
            };
            const QString observed = all.isEmpty() ? tr("none") : join(all);
            if (exposed.isEmpty())
                out << make("preflight.ports", Level::Green, title, observed);
            else
                out << make("preflight.ports.exposed", Level::Amber, title, observed,
                            tr("The database or pooler listens on every interface (%1); Docker-published "
                               "ports bypass ufw.")
                                .arg(join(exposed)),
                            tr("Let the firewall page publish them on 127.0.0.1 only and verify from "
                               "outside that they are closed."));
        }
    }

    // Time synchronisation: the API keys carry iat/exp, and TLS and backups need the right time.
    {
        const QString title = tr("Time synchronisation");
        const QString fix = tr("Turn it on with `timedatectl set-ntp true` (or install chrony).");
        if (!f.timeSynchronized)
            out << make("preflight.time", Level::Amber, title, tr("unknown"),
                        tr("Neither timedatectl nor chrony answered."), fix);
        else if (*f.timeSynchronized)
            out << make("preflight.time", Level::Green, title, tr("synchronised (%1)").arg(f.timeSource));
        else
            out << make("preflight.time.off", Level::Amber, title, tr("not synchronised"),
                        tr("A drifting clock makes freshly issued tokens look not yet valid or expired."),
                        fix);
    }

    // The install directory.
    {
        const QString title = tr("Install directory");
        if (!f.installDirExists)
            out << make(
                "preflight.installdir.missing", Level::Amber, title,
                tr("%1 does not exist").arg(f.installDir),
                tr("Supabase is not installed there yet, so there is no .env or compose file to edit."),
                tr("Copy the docker folder of github.com/supabase/supabase to %1 and `cp "
                   ".env.example .env`, or correct the stack's install directory.")
                    .arg(f.installDir));
        else if (!f.envExists || !f.composeExists) {
            QStringList missing;
            if (!f.composeExists)
                missing << QStringLiteral("docker-compose.yml");
            if (!f.envExists)
                missing << QStringLiteral(".env");
            out << make(
                "preflight.installdir.incomplete", Level::Amber, title,
                tr("%1 lacks %2").arg(f.installDir, missing.join(QStringLiteral(", "))),
                tr("The wizard edits the .env in place and reads the compose file."),
                f.envExists
                    ? tr("Copy Supabase's docker folder into %1.").arg(f.installDir)
                    : tr("Create it from the example: `cp .env.example .env` in %1.").arg(f.installDir));
        } else
            out << make("preflight.installdir", Level::Green, title, f.installDir);
    }
    if (f.composeExists) {
        const QString title = tr("Compose file");
        if (!f.composeHasDb)
            out << make(
                "preflight.composefile.nodb", Level::Red, title, tr("no db service"),
                tr("The compose file has no `db` service, so there is no PostgreSQL to tune or back up."),
                tr("Use Supabase's own docker-compose.yml from the same release as the .env."));
        else if (f.pooler == PoolerKind::Supavisor)
            out << make("preflight.pooler", Level::Green, title, tr("db and Supavisor"));
        else if (f.pooler == PoolerKind::PgBouncer)
            out << make("preflight.pooler", Level::Green, title, tr("db and PgBouncer"));
        else
            out << make("preflight.pooler.none", Level::Amber, title, tr("db without a pooler"),
                        tr("Without a transaction pooler every client connection is a PostgreSQL backend."),
                        tr("The pooling page adds PgBouncer through docker-compose.override.yml."));
    }

    // Privileges and the firewall tool.
    if (f.uid < 0)
        out << make("preflight.privileges", Level::Amber, tr("Privileges"), tr("unknown"),
                    tr("`id -u` did not answer."), tr("Log in as root or as a user with sudo."));
    else if (f.isRoot())
        out << make("preflight.privileges", Level::Green, tr("Privileges"), QStringLiteral("root"));
    else if (f.canAdminister())
        out << make("preflight.privileges", Level::Green, tr("Privileges"),
                    f.userName.isEmpty() ? tr("sudo without a password")
                                         : tr("%1 with sudo without a password").arg(f.userName));
    else
        out << make(
            "preflight.privileges.nosudo", Level::Red, tr("Privileges"),
            f.missingTools.contains(QLatin1String("sudo"))
                ? (f.userName.isEmpty() ? tr("not root, and sudo is not installed")
                                        : tr("%1: not root, and sudo is not installed").arg(f.userName))
                : (f.userName.isEmpty() ? tr("not root, no sudo without a password")
                                        : tr("%1: not root, no sudo without a password").arg(f.userName)),
            tr("Docker, the firewall, root's crontab and files the login user cannot write need "
               "root; Supadesk runs them through `sudo -n`, which never asks for a password, so "
               "Apply would refuse to start."),
            ApplyPrivileges::fix(f.userName));
    if (f.ufwInstalled)
        out << make("preflight.firewall.tool", Level::Green, tr("Firewall tool"), QStringLiteral("ufw"));
    else
        out << make("preflight.firewall.missing", Level::Amber, tr("Firewall tool"), tr("ufw not installed"),
                    tr("The firewall page configures ufw."), tr("Install it with `apt-get install ufw`."));
    return out;
}

} // namespace supadesk
