// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/setup/applyplan.h"

#include <QCoreApplication>
#include <QString>

namespace supadesk {

// Where PostgreSQL's certificate comes from: one it makes for itself (self-signed, its fingerprint
// pinned by Supadesk), or the certificate certbot obtained for the proxy (trusted by any client; a
// certbot deploy hook copies it again after each renewal).
enum class PgCertificateSource { SelfSigned, Proxy };

// The TLS page's "database in transit" choices.
struct PgTransitOptions
{
    bool enabled = false;
    PgCertificateSource source = PgCertificateSource::SelfSigned;
    // hostssl + scram-sha-256 for every pg_hba rule of a non-local address (PgSslConfig::requireSsl).
    bool requireSslFromOutside = true;
};

// What the steps are built from: the choices and what was read from the server.
struct PgTransitInput
{
    PgTransitOptions options;
    // Reads SQL on standard input and stops at the first error (ApplyTarget::psqlCommand).
    QString psqlCommand = QStringLiteral(
        "docker exec -i supabase-db psql -U supabase_admin -d postgres -v ON_ERROR_STOP=1 -X -q");
    // Runs a command where PostgreSQL's files are, its standard input passed on; empty: this shell.
    QString dbShell = QStringLiteral("docker exec -i supabase-db");
    QString certificateName;  // the self-signed certificate's name (the API's public name)
    QString proxyCertificate; // Proxy: the host's certificate chain and key files
    QString proxyKey;
    // pg_hba.conf as read (readCommand): its path and text; empty text: not read, the rules stay.
    QString hbaPath;
    QString hbaText;
    bool needsRoot = true; // docker runs as root
};

// Turns "database in transit" into Setup apply steps, each with its undo:
//   pg-ssl-certificate RunCommand the key and certificate into the data directory (earlier ones kept as
//                                 a backup), printing the certificate's SHA-256 fingerprint (the pin);
//                                 with the proxy's certificate also a certbot deploy hook that copies it
//                                 again after each renewal
//   pg-ssl-settings    RunSql     ALTER SYSTEM ssl = on, the files, TLS 1.2 or newer; reload, and fail
//                                 when PostgreSQL did not turn SSL on; undo puts back what was there
//   pg-ssl-hba         RunCommand pg_hba.conf rewritten (hostssl, scram-sha-256 for non-local addresses),
//                                 only when it is still the file that was read; reload; undo restores it
// Supadesk's own connections come through the SSH tunnel from the server itself (loopback) and the
// stack's containers from Docker's networks: both keep their rules.
class PgTransitPlanner
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::PgTransitPlanner)

public:
    // In the data directory, so that relative ssl_cert_file / ssl_key_file find them.
    static QString certificateFile() { return QStringLiteral("supadesk-server.crt"); }
    static QString keyFile() { return QStringLiteral("supadesk-server.key"); }
    static QString deployHookPath()
    {
        return QStringLiteral("/etc/letsencrypt/renewal-hooks/deploy/supadesk-postgres");
    }

    static Status validate(const PgTransitInput &input);
    // Prints pg_hba.conf's path on the first line, then the file as it is.
    static QString readCommand(const QString &psqlCommand, const QString &dbShell);
    static void parseRead(const QString &output, QString *path, QString *text);
    // "AB:CD:…" from the certificate step's output ("sha256 Fingerprint=AB:CD:…"); empty when none.
    static QString fingerprint(const QString &stepOutput);
    // The ALTER SYSTEM script; relative file names are the data directory's.
    static QString settingsSql();

    static Status appendSteps(ApplyPlan &plan, const PgTransitInput &input);
};

} // namespace supadesk
