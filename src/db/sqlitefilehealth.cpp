// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitefilehealth.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace supadesk {

namespace {

constexpr qint64 QuickCheckLimitBytes = 256LL * 1024 * 1024;

} // namespace

SqliteFileHealth::Check SqliteFileHealth::check(QSqlDatabase &db, const QString &path)
{
    QSqlQuery q(db);
    const bool small = QFileInfo(path).size() <= QuickCheckLimitBytes;
    if (q.exec(small ? QStringLiteral("PRAGMA quick_check")
                     : QStringLiteral("SELECT count(*) FROM sqlite_master")) &&
        q.next()) {
        const QString answer = q.value(0).toString();
        if (small && answer != QLatin1String("ok"))
            return {Verdict::Damaged, answer};
        return {};
    }
    const QSqlError error = q.lastError();
    const QString code = error.nativeErrorCode();
    if (code == QLatin1String("11") || code == QLatin1String("26"))
        return {Verdict::Damaged, error.databaseText()};
    return {Verdict::Unreadable, error.text()};
}

QString SqliteFileHealth::setAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = path + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFile::exists(target); ++n)
        target = path + QStringLiteral(".damaged-%1-%2").arg(stamp).arg(n);
    if (!QFile::rename(path, target))
        return QString();
    for (const char *suffix : {"-wal", "-shm"})
        if (QFile::exists(path + QLatin1String(suffix)))
            QFile::rename(path + QLatin1String(suffix), target + QLatin1String(suffix));
    return target;
}

} // namespace supadesk
