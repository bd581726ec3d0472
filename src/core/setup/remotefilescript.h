// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace supadesk {

// Shell scripts that change one remote file when the login user may not (run through `sudo -n`):
// the content always arrives on standard input, never in a command line (where `ps` shows it to
// every user) and never in a local temporary file.
class RemoteFileScript
{
public:
    // `sh -c SCRIPT`, or `sudo -n sh -c SCRIPT` when `asRoot` (sudo never asks: it fails instead).
    static QString run(const QString &script, bool asRoot);

    // Prints the file's permission bits in octal ("640"), or "none" when it does not exist.
    static QString mode(const QString &path);
    // Prints the file's content.
    static QString read(const QString &path);
    // Replaces `path` atomically with standard input: written to a temporary name in the same folder
    // (created 0600, so a secret is never readable by others on the way), given the owner, group and
    // mode of the file it replaces (a new file: the folder's owner and group, mode 0644), set to
    // `mode` when that is >= 0, flushed and renamed over the target. A file being replaced is first
    // copied to `backupPath` with its owner, mode and times (cp -p); the script prints that path then.
    static QString replace(const QString &path, const QString &backupPath, int mode);
    // Puts a backup back: copied (owner and mode kept) to a temporary name, renamed over the target.
    static QString restore(const QString &backupPath, const QString &path);
    static QString remove(const QString &path);
    // Removes the oldest PATH.supadesk-backup-STAMP copies beyond the newest `keep` (the stamps sort
    // by time). A .env's backups hold every secret it ever had: they must not pile up for ever.
    static QString pruneBackups(const QString &path, int keep);
    static QString chmod(const QString &path, int mode);
};

} // namespace supadesk
