// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditresult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace supadesk {

// One block device as `lsblk -J -s -o NAME,TYPE,FSTYPE,MOUNTPOINT` lists it: inverse order, so a mounted
// device comes first and `below` holds what it is built on (a LUKS mapping's partition, its disk).
struct BlockDevice
{
    QString name;
    QString type;   // "disk", "part", "crypt", "lvm", "raid1"...
    QString fstype; // "ext4", "crypto_LUKS"...
    QString mountPoint;
    QList<BlockDevice> below;

    // This device or one it is built on is a dm-crypt mapping or a LUKS container.
    bool encrypted() const;
};

// What the at-rest checks read: the file system that holds the database's data (preflight's df of the
// install directory, the same facts as disk-space), the block devices, and where the nightly backup
// copies its dumps (the backup script's RCLONE_REMOTE and rclone's type for it).
struct AtRestFacts
{
    QString dataPath;   // the folder df was run on
    QString device;     // df's source, e.g. "/dev/mapper/cryptroot"
    QString mountPoint; // df's mount point
    QString hostError;  // the facts batch could not run
    QList<BlockDevice> devices;
    QString devicesError; // lsblk missing or failed

    bool backupScriptFound = false;
    QString backupScript;
    QString rcloneRemote; // empty: no off-site copy
    QString rcloneType;   // rclone's "type = …" for the remote's name; empty when not read
    QString encryptKey;   // the script's ENCRYPT_KEY: gpg encrypts every file to it; empty: none
    QString backupError;
};

// The audit's at-rest checks, pure: data-at-rest (the data volume sits on dm-crypt/LUKS) and
// backups-encrypted (what leaves the server goes through an rclone crypt remote). Neither tries to
// change anything: encrypting a live disk is not a click.
class AtRestVerdicts
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::AtRestVerdicts)

public:
    static inline const QString DataAtRest = QStringLiteral("data-at-rest");
    static inline const QString BackupsEncrypted = QStringLiteral("backups-encrypted");

    static QList<BlockDevice> parseLsblk(const QString &json);
    // The device mounted at `mountPoint`, or named like df's `device` (/dev/mapper/NAME, /dev/NAME).
    static std::optional<BlockDevice> deviceFor(const QList<BlockDevice> &devices, const QString &device,
                                                const QString &mountPoint);
    // The remote's name in "name:path".
    static QString remoteName(const QString &remote);
    // "type = crypt" from `rclone config show NAME`; empty when there is none.
    static QString rcloneType(const QString &configShow);

    static AuditCheckResult dataAtRest(const AtRestFacts &facts);
    static AuditCheckResult backupsEncrypted(const AtRestFacts &facts);
};

} // namespace supadesk
