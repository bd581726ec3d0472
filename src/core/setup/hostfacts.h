// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace supadesk {

// Which transaction pooler the stack's compose files run.
enum class PoolerKind { Unknown, None, Supavisor, PgBouncer };

// One TCP socket in LISTEN state on the server, as `ss -ltn` prints it.
struct ListeningSocket
{
    QString address; // "0.0.0.0", "127.0.0.1", "::", "[::1]" without brackets, "*"
    int port = 0;

    // True when the socket accepts connections from other machines (not loopback only).
    bool isPublic() const;
    bool operator==(const ListeningSocket &) const = default;
};

// What preflight learnt about a server from one batch of shell commands (HostFactsParser). Every
// field has an "unknown" state: a tool that is missing or failed leaves it there, and the
// PreflightEvaluator turns that into an amber or red finding instead of an error.
struct HostFacts
{
    // Size
    int cpus = 0;          // `nproc`; 0 = unknown
    qint64 memTotalKb = 0; // MemTotal from /proc/meminfo; 0 = unknown
    qint64 memAvailableKb = 0;
    qint64 swapTotalKb = 0;

    // The file system that holds (or will hold) the install directory, from `df -B1 -P`.
    QString diskPath;          // the existing folder df was run on (the install dir or its nearest parent)
    QString diskDevice;        // e.g. "/dev/sda1"
    QString diskMountPoint;    // e.g. "/"
    qint64 diskTotalBytes = 0; // 0 = unknown
    qint64 diskFreeBytes = -1; // -1 = unknown
    // From lsblk ROTA: true for a spinning disk, false for SSD/NVMe, none when it could not be told.
    std::optional<bool> rotational;

    // Operating system (/etc/os-release) and kernel (`uname -r`).
    QString osId;         // "ubuntu", "debian"
    QString osVersionId;  // "22.04", "12"
    QString osPrettyName; // "Ubuntu 22.04.4 LTS"
    QString kernel;       // "5.15.0-105-generic"

    // Docker. Empty versions mean "not installed"; dockerClientVersion set with an empty
    // dockerServerVersion means the CLI is there but the daemon did not answer (dockerError says why).
    QString dockerClientVersion;
    QString dockerServerVersion;
    QString dockerError;
    QString composeVersion;       // `docker compose version --short` (v2 plugin), e.g. "2.24.6"
    QString legacyComposeVersion; // `docker-compose version --short` (v1 or the standalone v2 binary)

    // /etc/docker/daemon.json: whether it exists and its log settings.
    bool daemonJsonPresent = false;
    bool daemonJsonValid = true; // false when it exists but is not valid JSON
    QString logDriver;           // "json-file", "local", ... (empty: Docker's default, json-file)
    QString logMaxSize;          // log-opts.max-size, e.g. "10m"; empty when not set
    QString logMaxFile;          // log-opts.max-file

    QList<ListeningSocket> listening; // `ss -ltn`; empty with listeningKnown false when ss is missing
    bool listeningKnown = false;

    // Time synchronisation: timedatectl's NTPSynchronized, else chrony's leap status.
    std::optional<bool> timeSynchronized;
    QString timeSource; // "timedatectl", "chrony" or empty when neither answered

    // The install directory and what is in it.
    QString installDir;
    bool installDirExists = false;
    bool envExists = false;
    bool composeExists = false;
    bool composeOverrideExists = false;
    PoolerKind pooler = PoolerKind::Unknown; // Unknown when there is no compose file to read
    bool composeHasDb = false;               // a `db` service (or a supabase/postgres image)
    QStringList composeServices;             // service names in the compose file(s), in file order

    // Privileges and tools.
    int uid = -1;     // `id -u`; 0 = root
    QString userName; // `id -un`: who the SSH login is, for the fix of a missing sudo rule
    bool passwordlessSudo = false;
    bool ufwInstalled = false;

    // Commands that were not found on the server (e.g. "docker", "lsblk", "timedatectl").
    QStringList missingTools;

    bool isRoot() const { return uid == 0; }
    bool canAdminister() const { return uid == 0 || passwordlessSudo; }
    // RAM in MiB, for HostProfile::ramMb (prefilling the tuning page); 0 when unknown.
    qint64 ramMb() const { return memTotalKb / 1024; }
};

} // namespace supadesk
