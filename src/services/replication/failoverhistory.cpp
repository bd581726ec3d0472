// SPDX-License-Identifier: GPL-3.0-or-later
#include "failoverhistory.h"

#include "services/apppaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <pwd.h>
#include <unistd.h>

namespace supadesk {

FailoverHistory::FailoverHistory(QString file) : m_file(std::move(file)) {}

QString FailoverHistory::defaultFile()
{
    return AppPaths::dataDir() + QStringLiteral("/failovers.json");
}

QString FailoverHistory::currentUser()
{
    // The account, not $USER (which sudo and su leave as the caller's or the target's by choice).
    if (const passwd *pw = ::getpwuid(::geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER");
}

Result<FailoverRecords> FailoverHistory::list(const QString &stack) const
{
    QFile file(m_file);
    if (!file.exists())
        return FailoverRecords{};
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::ReplicaStep,
                     tr("The failover history %1 cannot be read: %2").arg(m_file, file.errorString())};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return Error{ErrorCode::ReplicaStep, tr("The failover history %1 is damaged.").arg(m_file)};
    FailoverRecords records;
    for (const QJsonValue &v : doc.array()) {
        const FailoverRecord r = FailoverRecord::fromJson(v.toObject());
        if (stack.isEmpty() || r.stack == stack || r.standby == stack)
            records << r;
    }
    return records;
}

Status FailoverHistory::append(const FailoverRecord &record)
{
    QJsonArray all;
    QFile existing(m_file);
    if (existing.open(QIODevice::ReadOnly))
        all = QJsonDocument::fromJson(existing.readAll()).array();
    existing.close();
    all.append(record.toJson());
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QSaveFile out(m_file);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(all).toJson()) < 0 || !out.commit())
        return Error{ErrorCode::ReplicaStep,
                     tr("The failover could not be recorded in %1: %2").arg(m_file, out.errorString())};
    return success();
}

} // namespace supadesk
