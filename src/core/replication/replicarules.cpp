// SPDX-License-Identifier: GPL-3.0-or-later
#include "replicarules.h"

#include <QLocale>
#include <QRegularExpression>

namespace supadesk {

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(qMax<qint64>(0, bytes));
}

// A conf value quoted as PostgreSQL reads it: single quotes doubled.
QString confQuote(const QString &value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString confKey(const QString &line)
{
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
        return {};
    static const QRegularExpression key(QStringLiteral("^([A-Za-z_][A-Za-z0-9_.]*)\\s*=?"));
    const auto match = key.match(trimmed);
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

} // namespace

qint64 ReplicaRules::diskNeeded(qint64 primaryDataBytes)
{
    // A tenth more than the copy: the WAL the primary writes while the backup streams lands there too.
    return primaryDataBytes + primaryDataBytes / 10 + DiskHeadroomBytes;
}

Status ReplicaRules::preflight(const ReplicaPreflightFacts &f)
{
    if (f.primaryMajor <= 0 || f.standbyMajor <= 0 || f.primaryMajor != f.standbyMajor)
        return Error{ErrorCode::ReplicaVersion,
                     tr("The primary runs PostgreSQL %1 and the standby host has PostgreSQL %2: streaming "
                        "replication needs the same major version on both.")
                         .arg(f.primaryMajor > 0 ? QString::number(f.primaryMajor) : tr("unknown"),
                              f.standbyMajor > 0 ? QString::number(f.standbyMajor) : tr("unknown"))};
    if (f.primaryDataBytes >= 0 && f.standbyFreeBytes >= 0 &&
        f.standbyFreeBytes < diskNeeded(f.primaryDataBytes))
        return Error{ErrorCode::ReplicaDisk,
                     tr("The standby host has %1 free for %2, and the copy of the primary needs %3.")
                         .arg(sizeText(f.standbyFreeBytes), f.standbyDataDir,
                              sizeText(diskNeeded(f.primaryDataBytes)))};
    if (!f.primaryReachable)
        return Error{ErrorCode::ReplicaNetwork,
                     tr("The standby host cannot reach the primary at %1. Open that port for the standby's "
                        "address only (a private network is best), then try again.")
                         .arg(f.primaryEndpoint)};
    if (f.standbyDirEntries > 0)
        return Error{ErrorCode::ReplicaNotEmpty,
                     tr("%1 on the standby host is not empty (%n entries). A standby starts from an empty "
                        "data directory; choose another one or empty it yourself.",
                        nullptr, f.standbyDirEntries)
                         .arg(f.standbyDataDir)};
    if (f.slotExists)
        return Error{ErrorCode::ReplicaSlot,
                     tr("The primary already has a replication slot called \"%1\". Another standby may use "
                        "it; choose another name, or drop the slot if it is left over.")
                         .arg(f.slotName)};
    if (f.roleExists && !f.passwordGiven)
        return Error{ErrorCode::ReplicaAuth,
                     tr("The role \"%1\" exists on the primary already. Give its password, or choose another "
                        "role name for the new one.")
                         .arg(f.roleName)};
    return success();
}

bool ReplicaRules::isValidIdentifier(const QString &name)
{
    static const QRegularExpression id(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return id.match(name).hasMatch();
}

QString ReplicaRules::slotName(const QString &name)
{
    QString slot;
    for (const QChar c : name.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            slot.append(c);
        else if (!slot.endsWith(QLatin1Char('_')))
            slot.append(QLatin1Char('_'));
    }
    while (slot.endsWith(QLatin1Char('_')))
        slot.chop(1);
    if (slot.startsWith(QLatin1Char('_')))
        slot.remove(0, 1);
    if (slot.isEmpty())
        slot = QStringLiteral("standby");
    return (QStringLiteral("supadesk_") + slot).left(63);
}

QString ReplicaRules::hbaLine(const QString &role, const QString &address)
{
    const QString cidr = address.contains(QLatin1Char('/'))   ? address
                         : address.contains(QLatin1Char(':')) ? address + QStringLiteral("/128")
                                                              : address + QStringLiteral("/32");
    return QStringLiteral("host replication %1 %2 scram-sha-256").arg(role, cidr);
}

QByteArray ReplicaRules::withHbaLine(const QByteArray &hba, const QString &line)
{
    const QList<QByteArray> lines = hba.split('\n');
    const QByteArray wanted = line.toUtf8();
    const auto normalised = [](const QByteArray &l) { return l.simplified(); };
    for (const QByteArray &l : lines)
        if (normalised(l) == normalised(wanted))
            return hba;
    QByteArray out;
    bool inserted = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray trimmed = lines.at(i).trimmed();
        if (!inserted && !trimmed.isEmpty() && !trimmed.startsWith('#')) {
            out += "# Streaming standby, added by Supadesk\n" + wanted + '\n';
            inserted = true;
        }
        out += lines.at(i);
        if (i + 1 < lines.size())
            out += '\n';
    }
    if (!inserted) {
        if (!out.isEmpty() && !out.endsWith('\n'))
            out += '\n';
        out += "# Streaming standby, added by Supadesk\n" + wanted + '\n';
    }
    return out;
}

QByteArray ReplicaRules::withAutoConf(const QByteArray &autoConf,
                                      const QList<QPair<QString, QString>> &settings)
{
    QStringList keys;
    for (const auto &s : settings)
        keys.append(s.first.toLower());
    QByteArray out;
    for (const QByteArray &line : autoConf.split('\n')) {
        if (line.isEmpty())
            continue;
        if (keys.contains(confKey(QString::fromUtf8(line))))
            continue;
        out += line + '\n';
    }
    for (const auto &s : settings)
        out += (s.first + QStringLiteral(" = ") + confQuote(s.second) + QLatin1Char('\n')).toUtf8();
    return out;
}

std::optional<QString> ReplicaRules::confValue(const QByteArray &conf, const QString &key)
{
    std::optional<QString> found;
    for (const QByteArray &raw : conf.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (confKey(line) != key.toLower())
            continue;
        QString value = line.mid(line.indexOf(QRegularExpression(QStringLiteral("[=\\s]")))).trimmed();
        if (value.startsWith(QLatin1Char('=')))
            value = value.mid(1).trimmed();
        if (value.startsWith(QLatin1Char('\''))) {
            QString unquoted;
            for (qsizetype i = 1; i < value.size(); ++i) {
                const QChar c = value.at(i);
                if (c == QLatin1Char('\\') && i + 1 < value.size()) {
                    unquoted.append(value.at(++i));
                } else if (c == QLatin1Char('\'')) {
                    if (i + 1 < value.size() && value.at(i + 1) == QLatin1Char('\'')) {
                        unquoted.append(c);
                        ++i;
                    } else {
                        break;
                    }
                } else {
                    unquoted.append(c);
                }
            }
            value = unquoted;
        } else {
            const qsizetype hash = value.indexOf(QLatin1Char('#'));
            if (hash >= 0)
                value = value.left(hash).trimmed();
        }
        found = value; // the last line wins, as in PostgreSQL
    }
    return found;
}

QString ReplicaRules::conninfo(const QList<QPair<QString, QString>> &parts)
{
    QStringList out;
    for (const auto &p : parts) {
        QString v = p.second;
        v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        v.replace(QLatin1Char('\''), QStringLiteral("\\'"));
        out.append(p.first + QStringLiteral("='") + v + QLatin1Char('\''));
    }
    return out.join(QLatin1Char(' '));
}

QList<QPair<QString, QString>> ReplicaRules::parseConninfo(const QString &text)
{
    QList<QPair<QString, QString>> parts;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && text.at(i).isSpace())
            ++i;
        const qsizetype eq = text.indexOf(QLatin1Char('='), i);
        if (eq < 0)
            break;
        const QString key = text.mid(i, eq - i).trimmed();
        i = eq + 1;
        while (i < n && text.at(i).isSpace())
            ++i;
        QString value;
        if (i < n && text.at(i) == QLatin1Char('\'')) {
            ++i;
            while (i < n && text.at(i) != QLatin1Char('\'')) {
                if (text.at(i) == QLatin1Char('\\') && i + 1 < n)
                    ++i;
                value.append(text.at(i++));
            }
            ++i;
        } else {
            while (i < n && !text.at(i).isSpace()) {
                if (text.at(i) == QLatin1Char('\\') && i + 1 < n)
                    ++i;
                value.append(text.at(i++));
            }
        }
        parts.append({key, value});
    }
    return parts;
}

int ReplicaRules::baseBackupPercent(const QByteArray &output)
{
    static const QRegularExpression percent(QStringLiteral("\\((\\d{1,3})%\\)"));
    int last = -1;
    auto it = percent.globalMatch(QString::fromUtf8(output));
    while (it.hasNext())
        last = it.next().captured(1).toInt();
    return last;
}

int ReplicaRules::majorFromVersionOutput(const QString &output)
{
    static const QRegularExpression version(QStringLiteral("\\(PostgreSQL\\)\\s+(\\d+)"));
    const auto match = version.match(output);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

ReplicaRules::ControlData ReplicaRules::parseControlData(const QString &output)
{
    ControlData control;
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon < 0)
            continue;
        const QString key = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        if (key == QLatin1String("wal_log_hints setting"))
            control.walLogHints = value == QLatin1String("on");
        else if (key == QLatin1String("Data page checksum version"))
            control.dataChecksums = value.toInt() > 0;
        else if (key == QLatin1String("Database cluster state"))
            control.clusterState = value;
    }
    return control;
}

QString ReplicaRules::rewindBlocker(const ControlData &control)
{
    if (control.walLogHints || control.dataChecksums)
        return {};
    return tr("The old primary has neither wal_log_hints nor data checksums, so pg_rewind cannot bring it "
              "back. Turn on wal_log_hints (it needs a restart) before the next failover, and make this "
              "one a standby again from a fresh base backup.");
}

} // namespace supadesk
