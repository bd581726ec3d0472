// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/databaseauditfacts.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace supadesk {

// PostgreSQL in transit: the server settings that turn SSL on, and a pg_hba.conf in which every rule for
// a remote address asks for SSL and a SCRAM password. Loopback rules stay as they are (Supadesk's own
// connections come through the SSH tunnel from the server itself), and so do the ranges the stack's own
// containers connect from (Docker's bridge networks), whose clients do not all speak SSL.
class PgSslConfig
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::PgSslConfig)

public:
    // Lines for postgresql.conf (or ALTER SYSTEM): ssl = on, the certificate and key, TLS 1.2 or newer.
    static QString settings(const QString &certificateFile, const QString &keyFile);
    // 172.16.0.0/12: the pools Docker takes its bridge networks from.
    static QStringList defaultInternalRanges();

    // True for a rule that lets a remote client in without SSL: host or hostnossl, not reject, for an
    // address outside loopback and `internalRanges`. The rewrite changes exactly these rules, and the
    // audit's pg-ssl check reports exactly these.
    static bool needsSsl(const HbaRuleFact &rule,
                         const QStringList &internalRanges = defaultInternalRanges());

    struct HbaRewrite
    {
        QString text;
        QStringList
            changes; // "line 12: host all all 0.0.0.0/0 md5 → hostssl all all 0.0.0.0/0 scram-sha-256"
    };
    // `host`/`hostnossl` rules for addresses outside loopback and `internalRanges` become `hostssl`; a
    // trust, password or md5 method becomes scram-sha-256 (other methods — cert, reject, ldap… — stay).
    // The old line stays above the new one as a comment. Comments, blank lines and every other rule are
    // kept byte for byte.
    static HbaRewrite requireSsl(const QString &hbaText,
                                 const QStringList &internalRanges = defaultInternalRanges());
};

} // namespace supadesk
