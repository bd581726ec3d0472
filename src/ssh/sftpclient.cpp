// SPDX-License-Identifier: GPL-3.0-or-later
#include "sftpclient.h"

#include "core/shellquote.h"
#include "sshsession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>

#include <libssh/libssh.h>
#include <libssh/sftp.h>

#include <fcntl.h>

namespace supadesk {

namespace {
constexpr qsizetype ChunkSize = 32768;
}

SftpClient::SftpClient(SshSession &session) : m_session(session) {}

SftpClient::~SftpClient()
{
    if (m_sftp)
        sftp_free(m_sftp);
}

Error SftpClient::failure(ErrorCode code, const char *text, const QString &path) const
{
    const QString detail = m_sftp ? QStringLiteral("SFTP error %1; %2")
                                        .arg(sftp_get_error(m_sftp))
                                        .arg(m_session.lastLibraryError())
                                  : m_session.lastLibraryError();
    return Error{code, QCoreApplication::translate("SftpClient", text).arg(path, detail)};
}

Status SftpClient::start()
{
    if (m_sftp)
        return success();
    m_sftp = sftp_new(m_session.handle());
    if (!m_sftp || sftp_init(m_sftp) != SSH_OK) {
        Error e{ErrorCode::SftpStart,
                QCoreApplication::translate("SftpClient", "The server refused file transfer (SFTP): %1")
                    .arg(m_session.lastLibraryError())};
        if (m_sftp)
            sftp_free(m_sftp);
        m_sftp = nullptr;
        return e;
    }
    return success();
}

bool SftpClient::exists(const QString &path)
{
    sftp_attributes attributes = sftp_stat(m_sftp, path.toUtf8().constData());
    if (!attributes)
        return false;
    sftp_attributes_free(attributes);
    return true;
}

Result<QList<RemoteFileEntry>> SftpClient::listDirectory(const QString &path)
{
    if (Status s = start(); !s.ok())
        return s.error();
    sftp_dir dir = sftp_opendir(m_sftp, path.toUtf8().constData());
    if (!dir && sftp_get_error(m_sftp) == SSH_FX_NO_SUCH_FILE)
        return failure(ErrorCode::SftpListMissing,
                       QT_TRANSLATE_NOOP("SftpClient", "%1 does not exist on the server: %2"), path);
    if (!dir)
        return failure(ErrorCode::SftpList,
                       QT_TRANSLATE_NOOP("SftpClient", "Cannot list %1 on the server: %2"), path);
    QList<RemoteFileEntry> entries;
    while (sftp_attributes a = sftp_readdir(m_sftp, dir)) {
        entries.append({QString::fromUtf8(a->name), qint64(a->size), a->type == SSH_FILEXFER_TYPE_REGULAR});
        sftp_attributes_free(a);
    }
    const bool complete = sftp_dir_eof(dir);
    sftp_closedir(dir);
    if (!complete)
        return failure(ErrorCode::SftpList,
                       QT_TRANSLATE_NOOP("SftpClient", "Cannot list %1 on the server: %2"), path);
    return entries;
}

Result<RemoteFileRange> SftpClient::readRange(const QString &path, qint64 offset, qint64 maxBytes,
                                              int headBytes)
{
    if (Status s = start(); !s.ok())
        return s.error();
    sftp_file file = sftp_open(m_sftp, path.toUtf8().constData(), O_RDONLY, 0);
    if (!file)
        return failure(ErrorCode::SftpRead,
                       QT_TRANSLATE_NOOP("SftpClient", "Cannot open %1 on the server: %2"), path);
    RemoteFileRange range;
    sftp_attributes attributes = sftp_fstat(file);
    if (attributes) {
        range.size = qint64(attributes->size);
        sftp_attributes_free(attributes);
    }
    // Reads [from, from + count) into `out`; false on an error (a short read is the end of the file).
    const auto readAt = [&](qint64 from, qint64 count, QByteArray &out) {
        if (sftp_seek64(file, quint64(from)) != 0)
            return false;
        char buffer[ChunkSize];
        while (out.size() < count) {
            const ssize_t n = sftp_read(file, buffer, size_t(qMin<qint64>(ChunkSize, count - out.size())));
            if (n < 0)
                return false;
            if (n == 0)
                break;
            out.append(buffer, n);
        }
        return true;
    };
    // Past the end there is nothing to read (and some servers refuse the seek).
    const bool pastEnd = range.size > 0 && offset >= range.size;
    const bool ok = (headBytes <= 0 || readAt(0, headBytes, range.head)) &&
                    (pastEnd || readAt(offset, maxBytes, range.data));
    sftp_close(file);
    if (!ok)
        return failure(ErrorCode::SftpRead,
                       QT_TRANSLATE_NOOP("SftpClient", "Cannot read %1 on the server: %2"), path);
    return range;
}

Result<QByteArray> SftpClient::readFile(const QString &path)
{
    if (Status s = start(); !s.ok())
        return s.error();
    sftp_file file = sftp_open(m_sftp, path.toUtf8().constData(), O_RDONLY, 0);
    if (!file)
        return failure(ErrorCode::SftpRead,
                       QT_TRANSLATE_NOOP("SftpClient", "Cannot open %1 on the server: %2"), path);
    QByteArray data;
    char buffer[ChunkSize];
    for (;;) {
        const ssize_t n = sftp_read(file, buffer, sizeof buffer);
        if (n < 0) {
            sftp_close(file);
            return failure(ErrorCode::SftpRead,
                           QT_TRANSLATE_NOOP("SftpClient", "Cannot read %1 on the server: %2"), path);
        }
        if (n == 0)
            break;
        data.append(buffer, n);
    }
    sftp_close(file);
    return data;
}

Status SftpClient::writeNew(const QString &path, const QByteArray &data, unsigned int mode)
{
    sftp_file file = sftp_open(m_sftp, path.toUtf8().constData(), O_WRONLY | O_CREAT | O_EXCL, mode_t(mode));
    if (!file)
        return failure(ErrorCode::SftpWrite,
                       QT_TRANSLATE_NOOP("SftpClient", "Cannot create %1 on the server: %2"), path);
    for (qsizetype offset = 0; offset < data.size(); offset += ChunkSize) {
        const qsizetype length = qMin(ChunkSize, data.size() - offset);
        if (sftp_write(file, data.constData() + offset, size_t(length)) != length) {
            sftp_close(file);
            sftp_unlink(m_sftp, path.toUtf8().constData());
            return failure(ErrorCode::SftpWrite,
                           QT_TRANSLATE_NOOP("SftpClient", "Cannot write %1 on the server: %2"), path);
        }
    }
    // Data must be on disk before the rename makes it the real file.
    if (sftp_extension_supported(m_sftp, "fsync@openssh.com", "1"))
        sftp_fsync(file);
    sftp_close(file);
    // The umask may have narrowed the mode at creation; set it exactly.
    sftp_chmod(m_sftp, path.toUtf8().constData(), mode_t(mode));
    return success();
}

Status SftpClient::keepOwner(const QString &file, quint32 owner, quint32 group, const QString &target)
{
    sftp_attributes now = sftp_stat(m_sftp, file.toUtf8().constData());
    const bool same = now && now->uid == owner && now->gid == group;
    if (now)
        sftp_attributes_free(now);
    if (same || sftp_chown(m_sftp, file.toUtf8().constData(), owner, group) == SSH_OK)
        return success();
    return Error{ErrorCode::SftpOwner,
                 QCoreApplication::translate(
                     "SftpClient", "Cannot replace %1 with its owner and group kept (user %2, group "
                                   "%3): only root can. Log in as root or use sudo.")
                     .arg(target)
                     .arg(owner)
                     .arg(group)};
}

Status SftpClient::moveIntoPlace(const QString &temporary, const QString &path, bool replacing)
{
    if (!replacing) {
        if (sftp_rename(m_sftp, temporary.toUtf8().constData(), path.toUtf8().constData()) == SSH_OK)
            return success();
        return failure(ErrorCode::SftpRename,
                       QT_TRANSLATE_NOOP("SftpClient", "Cannot move the new file into place at %1: %2"),
                       path);
    }
    // SFTP version 3 cannot rename over an existing file, and libssh 0.10 does not offer the
    // posix-rename extension; mv(1) on the server is rename(2), which replaces atomically.
    const auto moved =
        m_session.exec(QStringLiteral("mv -f -- %1 %2").arg(shellQuote(temporary), shellQuote(path)));
    if (moved.ok() && moved.value().exitStatus == 0)
        return success();
    const QString detail =
        moved.ok() ? QString::fromUtf8(moved.value().standardError).trimmed() : moved.error().message;
    return Error{ErrorCode::SftpRename,
                 QCoreApplication::translate("SftpClient", "Cannot move the new file into place at %1: %2")
                     .arg(path, detail)};
}

Result<QString> SftpClient::writeFileAtomic(const QString &path, const QByteArray &data)
{
    if (Status s = start(); !s.ok())
        return s.error();
    unsigned int mode = 0644;
    bool replacing = false;
    quint32 owner = 0;
    quint32 group = 0;
    if (sftp_attributes old = sftp_stat(m_sftp, path.toUtf8().constData())) {
        mode = old->permissions & 07777;
        owner = old->uid;
        group = old->gid;
        replacing = true;
        sftp_attributes_free(old);
    }
    const int slash = int(path.lastIndexOf(QLatin1Char('/')));
    const QString folder = path.left(slash + 1);
    const QString name = path.mid(slash + 1);
    // Concatenated, not QString::arg() in steps: a folder named with "%1" would be filled in twice.
    const QString temporary =
        folder + QLatin1Char('.') + name + QStringLiteral(".supadesk-tmp-") +
        QStringLiteral("%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    if (Status s = writeNew(temporary, data, mode); !s.ok())
        return s.error();
    // The replacement (and the backup, which a rollback copies back) belongs to whoever owned the
    // old file, not to the login user. Only root may give a file away: for anyone else the owner
    // must already be theirs, and a file that cannot keep its owner is not replaced at all.
    if (replacing) {
        if (Status kept = keepOwner(temporary, owner, group, path); !kept.ok()) {
            sftp_unlink(m_sftp, temporary.toUtf8().constData());
            return kept.error();
        }
    }

    QString backup;
    if (replacing) {
        // A copy rather than a rename: the target never disappears, even for a moment.
        const Result<QByteArray> old = readFile(path);
        backup = path + QStringLiteral(".supadesk-backup-") +
                 QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmsszzz"));
        Status copied = old.ok() ? writeNew(backup, old.value(), mode) : Status(old.error());
        if (copied.ok())
            copied = keepOwner(backup, owner, group, path);
        if (!copied.ok()) {
            sftp_unlink(m_sftp, temporary.toUtf8().constData());
            sftp_unlink(m_sftp, backup.toUtf8().constData());
            return copied.error();
        }
    }
    if (Status moved = moveIntoPlace(temporary, path, replacing); !moved.ok()) {
        sftp_unlink(m_sftp, temporary.toUtf8().constData());
        return moved.error();
    }
    return backup;
}

} // namespace supadesk
