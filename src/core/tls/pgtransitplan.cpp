// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgtransitplan.h"

#include "pgsslconfig.h"

#include "core/setup/altersystemundo.h"
#include "core/shellquote.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace supadesk {

namespace {

const QStringList &sslSettings()
{
    static const QStringList names{QStringLiteral("ssl"), QStringLiteral("ssl_cert_file"),
                                   QStringLiteral("ssl_key_file"),
                                   QStringLiteral("ssl_min_protocol_version")};
    return names;
}

// `psql -At -c SQL` through the input's psql command (no standard input: the SQL is an argument).
QString query(const QString &psqlCommand, const QString &sql)
{
    return QStringLiteral("%1 -At -c %2 </dev/null").arg(psqlCommand, shellQuote(sql));
}

// `sh -c SCRIPT` where PostgreSQL's files are.
QString dbSh(const QString &dbShell)
{
    return dbShell.isEmpty() ? QStringLiteral("sh -c") : dbShell + QStringLiteral(" sh -c");
}

QString findDataDir(const QString &psqlCommand)
{
    return QStringLiteral(
               "dir=$(%1) || exit 1\n[ -n \"$dir\" ] || { echo 'PostgreSQL did not say where its data "
               "directory is.' >&2; exit 1; }\n")
        .arg(query(psqlCommand, QStringLiteral("show data_directory")));
}

QString findHba(const QString &psqlCommand)
{
    return QStringLiteral("hba=$(%1) || exit 1\n[ -n \"$hba\" ] || { echo 'PostgreSQL did not say where its "
                          "pg_hba.conf is.' >&2; exit 1; }\n")
        .arg(query(psqlCommand, QStringLiteral("show hba_file")));
}

// put FILE TEXT: FILE in the data directory replaced by TEXT (owner as the data directory's, 0600); an
// earlier file of that name kept as FILE.supadesk-backup for the undo, a stale backup dropped first.
QString putFunction(const QString &dbShell)
{
    const QString script =
        QStringLiteral("umask 077; f=\"$1/$2\"; rm -f \"$f.supadesk-backup\"; "
                       "if [ -e \"$f\" ]; then cp -p \"$f\" \"$f.supadesk-backup\" || exit 1; fi; "
                       "cat >\"$f\" && chown --reference=\"$1/PG_VERSION\" \"$f\" && chmod 0600 \"$f\"");
    return QStringLiteral("put() { printf '%s\\n' \"$2\" | %1 %2 sh \"$dir\" \"$1\"; }\n")
        .arg(dbSh(dbShell), shellQuote(script));
}

} // namespace

Status PgTransitPlanner::validate(const PgTransitInput &input)
{
    if (!input.options.enabled)
        return success();
    if (input.options.source == PgCertificateSource::Proxy &&
        (input.proxyCertificate.isEmpty() || input.proxyKey.isEmpty()))
        return Error{ErrorCode::TlsValue,
                     tr("PostgreSQL can reuse the proxy's certificate only where certbot obtains it (nginx "
                        "as a host package): choose a self-signed certificate instead.")};
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9.-]+$"));
    if (input.options.source == PgCertificateSource::SelfSigned && !input.certificateName.isEmpty() &&
        !name.match(input.certificateName).hasMatch())
        return Error{ErrorCode::TlsValue, tr("The certificate's name is not a host name.")};
    return success();
}

QString PgTransitPlanner::readCommand(const QString &psqlCommand, const QString &dbShell)
{
    return findHba(psqlCommand) +
           QStringLiteral("printf '%s\\n' \"$hba\"\n%1 'cat \"$1\"' sh \"$hba\"\n").arg(dbSh(dbShell));
}

void PgTransitPlanner::parseRead(const QString &output, QString *path, QString *text)
{
    const qsizetype newline = output.indexOf(QLatin1Char('\n'));
    *path = newline < 0 ? output.trimmed() : output.left(newline).trimmed();
    *text = newline < 0 ? QString() : output.mid(newline + 1);
}

QString PgTransitPlanner::fingerprint(const QString &stepOutput)
{
    static const QRegularExpression line(
        QStringLiteral("(?:sha256|SHA256) Fingerprint=([0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){31})"));
    return line.match(stepOutput).captured(1).toUpper();
}

QString PgTransitPlanner::settingsSql()
{
    return QStringLiteral(
               "ALTER SYSTEM SET ssl_cert_file = '%1';\n"
               "ALTER SYSTEM SET ssl_key_file = '%2';\n"
               "ALTER SYSTEM SET ssl_min_protocol_version = 'TLSv1.2';\n"
               "ALTER SYSTEM SET ssl = on;\n"
               "SELECT pg_reload_conf();\n"
               "SELECT pg_sleep(1);\n"
               "DO $$BEGIN IF current_setting('ssl') <> 'on' THEN RAISE EXCEPTION 'PostgreSQL did not "
               "turn SSL on: its log says why (an unreadable certificate or key?)'; END IF; END$$;\n")
        .arg(certificateFile(), keyFile());
}

Status PgTransitPlanner::appendSteps(ApplyPlan &plan, const PgTransitInput &input)
{
    const PgTransitOptions &o = input.options;
    if (!o.enabled)
        return success();
    if (const Status valid = validate(input); !valid.ok())
        return valid;

    // The key never lands in a temporary file or an argument list: a shell variable, then a pipe.
    QString source;
    if (o.source == PgCertificateSource::SelfSigned) {
        const QString name =
            input.certificateName.isEmpty() ? QStringLiteral("supabase-db") : input.certificateName;
        source = QStringLiteral("key=$(openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256) || "
                                "exit 1\n"
                                "cert=$(printf '%s\\n' \"$key\" | openssl req -x509 -new -key /dev/stdin "
                                "-days 3650 -subj %1 -addext %2) || exit 1\n")
                     .arg(shellQuote(QStringLiteral("/CN=") + name),
                          shellQuote(QStringLiteral("subjectAltName=DNS:") + name));
    } else {
        source = QStringLiteral("key=$(cat %1) || exit 1\ncert=$(cat %2) || exit 1\n")
                     .arg(shellQuote(input.proxyKey), shellQuote(input.proxyCertificate));
    }
    const QString copy = findDataDir(input.psqlCommand) + source + putFunction(input.dbShell) +
                         QStringLiteral("put %1 \"$key\" || exit 1\nput %2 \"$cert\" || exit 1\n")
                             .arg(keyFile(), certificateFile());
    QString install = copy + QStringLiteral("printf '%s\\n' \"$cert\" | openssl x509 -noout -fingerprint "
                                            "-sha256\n");
    QString undo = findDataDir(input.psqlCommand) +
                   QStringLiteral("%1 %2 sh \"$dir\" %3 %4\n")
                       .arg(dbSh(input.dbShell),
                            shellQuote(QStringLiteral(
                                "d=$1; shift; for f in \"$@\"; do if [ -e \"$d/$f.supadesk-backup\" ]; then "
                                "mv \"$d/$f.supadesk-backup\" \"$d/$f\"; else rm -f \"$d/$f\"; fi; done")),
                            keyFile(), certificateFile());
    if (o.source == PgCertificateSource::Proxy) {
        // certbot runs the deploy hooks after each renewal: PostgreSQL gets the new certificate too.
        const QString hook = QStringLiteral("#!/bin/sh\n"
                                            "# Supadesk: PostgreSQL serves the proxy's certificate; copy it "
                                            "again after certbot renewed it.\n") +
                             copy + query(input.psqlCommand, QStringLiteral("select pg_reload_conf()")) +
                             QStringLiteral(" >/dev/null\n");
        install +=
            QStringLiteral("mkdir -p \"$(dirname %1)\" || exit 1\n").arg(shellQuote(deployHookPath())) +
            ApplyStep::withHereDoc(QStringLiteral("cat >%1").arg(shellQuote(deployHookPath())), hook) +
            QStringLiteral("chmod 0755 %1 || exit 1\n").arg(shellQuote(deployHookPath()));
        undo += QStringLiteral("rm -f %1\n").arg(shellQuote(deployHookPath()));
    }
    plan.addCommand(QStringLiteral("pg-ssl-certificate"), install, undo,
                    o.source == PgCertificateSource::SelfSigned
                        ? tr("Make PostgreSQL a self-signed certificate in its data directory (%1, %2); "
                             "Supadesk pins its fingerprint. A rollback puts back what was there.")
                              .arg(certificateFile(), keyFile())
                        : tr("Copy the proxy's certificate into PostgreSQL's data directory (%1, %2), and "
                             "again after each renewal (a certbot deploy hook). A rollback puts back what "
                             "was there.")
                              .arg(certificateFile(), keyFile()))
        .needsRoot = input.needsRoot;

    QString reset;
    for (const QString &name : sslSettings())
        reset += QStringLiteral("ALTER SYSTEM RESET %1;\n").arg(name);
    reset += QStringLiteral("SELECT pg_reload_conf();\n");
    ApplyStep &settings =
        plan.addSql(QStringLiteral("pg-ssl-settings"), input.psqlCommand, settingsSql(), reset,
                    tr("Turn SSL on in PostgreSQL (ALTER SYSTEM: ssl = on, the certificate, TLS 1.2 or "
                       "newer) and reload; the step fails when PostgreSQL does not take it."));
    settings.needsRoot = input.needsRoot;
    settings.undoCaptureSql = AlterSystemUndo::captureSql(sslSettings());

    if (!o.requireSslFromOutside || input.hbaText.isEmpty() || input.hbaPath.isEmpty())
        return success();
    const PgSslConfig::HbaRewrite rewrite = PgSslConfig::requireSsl(input.hbaText);
    if (rewrite.changes.isEmpty())
        return success();
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(input.hbaText.toUtf8(), QCryptographicHash::Sha256).toHex());
    const QString reload = query(input.psqlCommand, QStringLiteral("select pg_reload_conf()")) +
                           QStringLiteral(" >/dev/null || exit 1\n");
    const QString restore =
        QStringLiteral("%1 'mv \"$1.supadesk-backup\" \"$1\"' sh \"$hba\"\n").arg(dbSh(input.dbShell));
    QString hba = findHba(input.psqlCommand) +
                  QStringLiteral("[ \"$hba\" = %1 ] || { echo \"pg_hba.conf is now $hba, not the file that "
                                 "was read: check the page again.\" >&2; exit 1; }\n")
                      .arg(shellQuote(input.hbaPath));
    // Written only when the file is still the one read (and shown in Review).
    const QString write = QStringLiteral(
        "f=$1; [ \"$(sha256sum <\"$f\" | cut -d' ' -f1)\" = \"$2\" ] || { echo \"$f changed since it was "
        "read: check the page again.\" >&2; exit 1; }; cp -p \"$f\" \"$f.supadesk-backup\" && cat >\"$f\"");
    hba += ApplyStep::withHereDoc(
               QStringLiteral("if ! %1 %2 sh \"$hba\" %3").arg(dbSh(input.dbShell), shellQuote(write), sha),
               rewrite.text) +
           QStringLiteral("then exit 1; fi\n") + reload +
           QStringLiteral("bad=$(%1)\n"
                          "if [ \"$bad\" != 0 ]; then\n    %2    %3"
                          "    echo 'PostgreSQL could not read the new pg_hba.conf; the old one is back.' "
                          ">&2\n    exit 1\nfi\n")
               .arg(query(input.psqlCommand,
                          QStringLiteral("select count(*) from pg_hba_file_rules where error is not null")),
                    restore, reload);
    plan.addCommand(QStringLiteral("pg-ssl-hba"), hba, findHba(input.psqlCommand) + restore + reload,
                    tr("Require SSL and a SCRAM password in pg_hba.conf for connections from other "
                       "addresses (%n rule(s) change); the server's own and the containers' rules stay. "
                       "A backup is kept.",
                       nullptr, int(rewrite.changes.size())))
        .needsRoot = input.needsRoot;
    return success();
}

} // namespace supadesk
