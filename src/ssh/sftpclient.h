// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

struct sftp_session_struct;

namespace supadesk {

class SshSession;

// One entry of a remote directory listing.
struct RemoteFileEntry
{
    QString name;
    qint64 size = 0;
    bool isRegularFile = false;
};

// Part of a remote file, read through one open handle so that the parts describe the same file:
// `data` from the offset asked for, `head` (its first bytes, to recognise a replaced file) and the
// size at the time of reading. `inode` is 0 unless the caller learnt it otherwise (SFTP has none).
struct RemoteFileRange
{
    QByteArray data;
    QByteArray head;
    qint64 size = 0;
    quint64 inode = 0;
};

// File transfer over an authenticated SshSession (same thread as the session). Writes are atomic:
// the data goes to a temporary name in the same folder, is flushed, and then renamed over the
// target, so a reader sees the old file or the new one, never half of it.
class SftpClient
{
public:
    explicit SftpClient(SshSession &session);
    ~SftpClient();
    SftpClient(const SftpClient &) = delete;
    SftpClient &operator=(const SftpClient &) = delete;

    Status start();
    Result<QByteArray> readFile(const QString &path);
    // Replaces (or creates) `path`. When it replaces a file, a copy of the old content is kept as
    // "PATH.supadesk-backup-YYYYMMDDTHHMMSSmmm" next to it, and that path is returned (empty when
    // there was nothing to replace). The new file and the backup keep the old one's permissions,
    // owner and group (else 0644 and the login user); when the owner cannot be kept (a login other
    // than root replacing another user's file), nothing is replaced ("sftp.owner").
    Result<QString> writeFileAtomic(const QString &path, const QByteArray &data);
    bool exists(const QString &path);
    Result<QList<RemoteFileEntry>> listDirectory(const QString &path);
    // Up to `maxBytes` from `offset` (fewer at the end of the file, none past it) and the first
    // `headBytes` of the file.
    Result<RemoteFileRange> readRange(const QString &path, qint64 offset, qint64 maxBytes, int headBytes = 0);

private:
    Status writeNew(const QString &path, const QByteArray &data, unsigned int mode);
    // Gives `file` the owner and group the replaced `target` had (SFTP chown; root only).
    Status keepOwner(const QString &file, quint32 owner, quint32 group, const QString &target);
    Status moveIntoPlace(const QString &temporary, const QString &path, bool replacing);
    Error failure(ErrorCode code, const char *text, const QString &path) const;

    SshSession &m_session;
    sftp_session_struct *m_sftp = nullptr;
};

} // namespace supadesk
