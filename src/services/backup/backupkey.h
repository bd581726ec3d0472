// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace supadesk {

// A gpg key pair for a stack's encrypted backups, made on the desktop: the public half goes to the
// server (the nightly script encrypts to it with --recipient-file), the secret half only into the
// keychain (SecretStore, under SecretName), and reaches the server solely on a drill's SSH stdin. gpg
// needs a home folder while it works: a private one in memory (/dev/shm where it exists), removed with
// its agent before make() returns.
class BackupKey
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::BackupKey)

public:
    QByteArray publicKey; // ASCII-armoured
    QByteArray secretKey; // ASCII-armoured, without a passphrase: the keychain guards it

    // The SecretStore name of the secret half. Not among SecretStore::knownNames(): removing a stack
    // must not make its encrypted backups unreadable.
    static inline const QString SecretName = QStringLiteral("backup-key");

    // backup.drill when gpg is missing or fails.
    static Result<BackupKey> make(const QString &stackName);
    // The public half of a secret key kept in the keychain (to install it again).
    static Result<QByteArray> publicHalf(const QByteArray &secretKey);
};

} // namespace supadesk
