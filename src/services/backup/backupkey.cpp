// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupkey.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace supadesk {

namespace {

struct GpgRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// gpg with a home of its own for one job, in memory where the system offers it: the secret key exists
// on disk only there, and the folder and its agent go when the job ends.
class GpgHome
{
public:
    GpgHome()
        : m_program(QStandardPaths::findExecutable(QStringLiteral("gpg"))),
          m_dir((QFileInfo(QStringLiteral("/dev/shm")).isWritable() ? QStringLiteral("/dev/shm")
                                                                    : QDir::tempPath()) +
                QStringLiteral("/supadesk-gpg-XXXXXX"))
    {}
    ~GpgHome()
    {
        if (m_dir.isValid())
            QProcess::execute(QStringLiteral("gpgconf"),
                              {QStringLiteral("--homedir"), m_dir.path(), QStringLiteral("--kill"),
                               QStringLiteral("gpg-agent")});
    }

    std::optional<Error> problem() const
    {
        if (m_program.isEmpty())
            return Error{ErrorCode::BackupDrill,
                         BackupKey::tr("gpg is not installed on this computer: it makes and reads the backup "
                                       "key (apt-get install gnupg).")};
        if (!m_dir.isValid())
            return Error{ErrorCode::BackupDrill,
                         BackupKey::tr("No private folder for gpg: %1").arg(m_dir.errorString())};
        return std::nullopt;
    }

    GpgRun run(const QStringList &arguments, const QByteArray &input = {}) const
    {
        QProcess p;
        p.start(m_program,
                QStringList{QStringLiteral("--homedir"), m_dir.path(), QStringLiteral("--batch"),
                            QStringLiteral("--quiet"), QStringLiteral("--pinentry-mode"),
                            QStringLiteral("loopback"), QStringLiteral("--passphrase"), QString()} +
                    arguments);
        p.write(input);
        p.closeWriteChannel();
        GpgRun r;
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished(5000);
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

private:
    QString m_program;
    QTemporaryDir m_dir;
};

} // namespace

Result<BackupKey> BackupKey::make(const QString &stackName)
{
    const GpgHome home;
    if (const auto problem = home.problem())
        return *problem;
    const QString uid = QStringLiteral("Supadesk backups of %1").arg(stackName);
    const GpgRun made =
        home.run({QStringLiteral("--quick-generate-key"), uid, QStringLiteral("future-default"),
                  QStringLiteral("default"), QStringLiteral("never")});
    BackupKey key;
    if (made.exitCode == 0) {
        key.publicKey = home.run({QStringLiteral("--armor"), QStringLiteral("--export"), uid}).out;
        key.secretKey =
            home.run({QStringLiteral("--armor"), QStringLiteral("--export-secret-keys"), uid}).out;
    }
    if (made.exitCode != 0 || key.publicKey.isEmpty() || key.secretKey.isEmpty())
        return Error{ErrorCode::BackupDrill,
                     tr("gpg could not make the backup key: %1").arg(QString::fromUtf8(made.err).trimmed())};
    return key;
}

Result<QByteArray> BackupKey::publicHalf(const QByteArray &secretKey)
{
    const GpgHome home;
    if (const auto problem = home.problem())
        return *problem;
    const GpgRun imported = home.run({QStringLiteral("--import")}, secretKey);
    const QByteArray publicKey = imported.exitCode == 0
                                     ? home.run({QStringLiteral("--armor"), QStringLiteral("--export")}).out
                                     : QByteArray();
    if (publicKey.isEmpty())
        return Error{ErrorCode::BackupDrill,
                     tr("The backup key in the keychain is not a gpg key gpg can read: %1")
                         .arg(QString::fromUtf8(imported.err).trimmed())};
    return publicKey;
}

} // namespace supadesk
