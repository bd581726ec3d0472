// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace supadesk {

// Password verifiers computed on this machine by libpq (PQencryptPasswordConn), so that ALTER ROLE …
// PASSWORD sends "SCRAM-SHA-256$…" and the plain password never reaches the server or its log.
class PgPasswordEncryption
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::PgPasswordEncryption)

public:
    // `database`: an open QPSQL connection (libpq needs one; with the algorithm named it does not ask
    // the server anything). A fresh random salt each call.
    static Result<QString> scramVerifier(const QSqlDatabase &database, const QString &role,
                                         const QString &password);
};

} // namespace supadesk
