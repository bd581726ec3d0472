// SPDX-License-Identifier: GPL-3.0-or-later
#include "atrestverdicts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace supadesk {

namespace {

BlockDevice fromJson(const QJsonObject &o)
{
    BlockDevice d;
    d.name = o.value(QStringLiteral("name")).toString();
    d.type = o.value(QStringLiteral("type")).toString();
    d.fstype = o.value(QStringLiteral("fstype")).toString();
    d.mountPoint = o.value(QStringLiteral("mountpoint")).toString();
    for (const QJsonValue &child : o.value(QStringLiteral("children")).toArray())
        d.below << fromJson(child.toObject());
    return d;
}

QString chain(const BlockDevice &d)
{
    QString out = d.name + QStringLiteral(" (") + d.type +
                  (d.fstype.isEmpty() ? QString() : QStringLiteral(", ") + d.fstype) + QLatin1Char(')');
    if (!d.below.isEmpty())
        out += QStringLiteral(" ← ") + chain(d.below.first());
    return out;
}

AuditCheckResult base(const QString &id, const QString &title, const QString &why)
{
    AuditCheckResult r;
    r.id = id;
    r.area = AuditArea::Host;
    r.title = title;
    r.why = why;
    return r;
}

} // namespace

bool BlockDevice::encrypted() const
{
    if (type == QLatin1String("crypt") || fstype == QLatin1String("crypto_LUKS"))
        return true;
    for (const BlockDevice &d : below)
        if (d.encrypted())
            return true;
    return false;
}

QList<BlockDevice> AtRestVerdicts::parseLsblk(const QString &json)
{
    QList<BlockDevice> out;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    for (const QJsonValue &v : doc.object().value(QStringLiteral("blockdevices")).toArray())
        out << fromJson(v.toObject());
    return out;
}

std::optional<BlockDevice> AtRestVerdicts::deviceFor(const QList<BlockDevice> &devices, const QString &device,
                                                     const QString &mountPoint)
{
    const QString base = device.section(QLatin1Char('/'), -1);
    for (const BlockDevice &d : devices)
        if (!mountPoint.isEmpty() && d.mountPoint == mountPoint)
            return d;
    for (const BlockDevice &d : devices)
        if (!base.isEmpty() && d.name == base)
            return d;
    return std::nullopt;
}

QString AtRestVerdicts::remoteName(const QString &remote)
{
    return remote.section(QLatin1Char(':'), 0, 0).trimmed();
}

QString AtRestVerdicts::rcloneType(const QString &configShow)
{
    static const QRegularExpression type(QStringLiteral("^\\s*type\\s*=\\s*(\\S+)\\s*$"),
                                         QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = type.match(configShow);
    return m.hasMatch() ? m.captured(1) : QString();
}

AuditCheckResult AtRestVerdicts::dataAtRest(const AtRestFacts &facts)
{
    AuditCheckResult r =
        base(DataAtRest, tr("Database encrypted at rest"),
             tr("The checklist asks for the database encrypted at rest: a disk that leaves the "
                "data centre, or a snapshot of it, must not be readable."));
    r.status = AuditStatus::Unknown;
    if (!facts.hostError.isEmpty()) {
        r.evidence = facts.hostError;
        return r;
    }
    if (!facts.devicesError.isEmpty()) {
        r.evidence = facts.devicesError;
        return r;
    }
    const std::optional<BlockDevice> device = deviceFor(facts.devices, facts.device, facts.mountPoint);
    if (!device) {
        r.evidence =
            tr("%1 is on %2, mounted at %3, which lsblk does not list as a block device (a network or "
               "container file system): its encryption cannot be seen from here.")
                .arg(facts.dataPath, facts.device, facts.mountPoint);
        return r;
    }
    r.objects << facts.mountPoint;
    if (device->encrypted()) {
        r.status = AuditStatus::Pass;
        r.evidence = tr("%1 is on %2, mounted at %3: %4.")
                         .arg(facts.dataPath, facts.device, facts.mountPoint, chain(*device));
        return r;
    }
    r.status = AuditStatus::Warn;
    r.evidence = tr("%1 is on %2, mounted at %3, with no dm-crypt or LUKS layer: %4.")
                     .arg(facts.dataPath, facts.device, facts.mountPoint, chain(*device));
    r.fixText =
        tr("Put the data volume on an encrypted device: your provider's encrypted volumes (which lsblk "
           "does not show; then this warning can be accepted), or LUKS set up when the server is built "
           "and the data copied over. Supadesk does not encrypt a disk in use.");
    return r;
}

AuditCheckResult AtRestVerdicts::backupsEncrypted(const AtRestFacts &facts)
{
    AuditCheckResult r = base(BackupsEncrypted, tr("Backups encrypted off the server"),
                              tr("A dump holds every row and every password hash: a copy that leaves the "
                                 "server must be encrypted before it goes."));
    r.status = AuditStatus::Unknown;
    if (!facts.backupError.isEmpty()) {
        r.evidence = facts.backupError;
        return r;
    }
    if (!facts.backupScriptFound) {
        r.evidence = tr("No backup script at %1: nothing is copied off the server by Supadesk's backup.")
                         .arg(facts.backupScript);
        r.status = AuditStatus::Pass;
        return r;
    }
    if (!facts.encryptKey.isEmpty()) {
        r.status = AuditStatus::Pass;
        r.evidence = tr("%1 encrypts every backup with gpg to the public key %2 before it is kept or "
                        "copied; the secret key is not on the server.")
                         .arg(facts.backupScript, facts.encryptKey);
        return r;
    }
    if (facts.rcloneRemote.isEmpty()) {
        r.status = AuditStatus::Pass;
        r.evidence = tr("%1 copies nothing off the server (RCLONE_REMOTE is empty).").arg(facts.backupScript);
        return r;
    }
    r.objects << facts.rcloneRemote;
    if (facts.rcloneType.isEmpty()) {
        r.evidence = tr("%1 copies to %2, but rclone has no remote called %3 for root.")
                         .arg(facts.backupScript, facts.rcloneRemote, remoteName(facts.rcloneRemote));
        return r;
    }
    if (facts.rcloneType == QLatin1String("crypt")) {
        r.status = AuditStatus::Pass;
        r.evidence = tr("%1 copies to %2, an rclone crypt remote: files are encrypted before they leave.")
                         .arg(facts.backupScript, facts.rcloneRemote);
        return r;
    }
    r.status = AuditStatus::Warn;
    r.evidence = tr("%1 copies to %2, an rclone remote of type %3: the dumps leave the server unencrypted.")
                     .arg(facts.backupScript, facts.rcloneRemote, facts.rcloneType);
    r.fixText =
        tr("Wrap the remote in an rclone crypt remote (rclone config, type crypt, pointing at %1) and "
           "name that one on the Backups page.")
            .arg(facts.rcloneRemote);
    r.fix.kind = AuditFix::Kind::SetupPage;
    r.fix.setupPage = QStringLiteral("backups");
    return r;
}

} // namespace supadesk
