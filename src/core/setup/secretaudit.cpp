// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretaudit.h"

#include "core/locale/displayformat.h"
#include "jwt.h"
#include "supabasesecrets.h"

#include <QCoreApplication>

namespace supadesk {

namespace {

// The values Supabase's env.example ships with: public, so anyone can use them against a stack.
const QHash<QString, QString> &exampleValues()
{
    static const QHash<QString, QString> values{
        {QStringLiteral("POSTGRES_PASSWORD"), QStringLiteral("your-super-secret-and-long-postgres-password")},
        {QStringLiteral("JWT_SECRET"),
         QStringLiteral("your-super-secret-jwt-token-with-at-least-32-characters-long")},
        {QStringLiteral("ANON_KEY"),
         QStringLiteral(
             "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
             "eyAgCiAgICAicm9sZSI6ICJhbm9uIiwKICAgICJpc3MiOiAic3VwYWJhc2UtZGVtbyIsCiAgICAiaWF0IjogMTY0MTc2OTI"
             "wMCwKICAgICJleHAiOiAxNzk5NTM1NjAwCn0.dc_X5iR_VP_qT0zsiyj_I_OZ2T9FtRU2BBNWN8Bu4GE")},
        {QStringLiteral("SERVICE_ROLE_KEY"),
         QStringLiteral(
             "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
             "eyAgCiAgICAicm9sZSI6ICJzZXJ2aWNlX3JvbGUiLAogICAgImlzcyI6ICJzdXBhYmFzZS1kZW1vIiwKICAgICJpYXQiOiA"
             "xNjQxNzY5MjAwLAogICAgImV4cCI6IDE3OTk1MzU2MDAKfQ.DaYlNEoUrrEn2Ig7tqibS-PHK5vgusbcbo7X36XVt4Q")},
        {QStringLiteral("DASHBOARD_PASSWORD"),
         QStringLiteral("this_password_is_insecure_and_should_be_updated")},
        {QStringLiteral("SECRET_KEY_BASE"),
         QStringLiteral("UpNVntn3cDxHJpq99YMc1T1AQgQpc8kfYTuRgBiYa15BLrx8etQoXz3gZv1/u2oq")},
        {QStringLiteral("VAULT_ENC_KEY"), QStringLiteral("your-32-character-encryption-key")},
        {QStringLiteral("PG_META_CRYPTO_KEY"), QStringLiteral("your-encryption-key-32-chars-min")},
        {QStringLiteral("LOGFLARE_PUBLIC_ACCESS_TOKEN"),
         QStringLiteral("your-super-secret-and-long-logflare-key-public")},
        {QStringLiteral("LOGFLARE_PRIVATE_ACCESS_TOKEN"),
         QStringLiteral("your-super-secret-and-long-logflare-key-private")},
        {QStringLiteral("S3_PROTOCOL_ACCESS_KEY_ID"), QStringLiteral("625729a08b95bf1b7ff351a663f3a23c")},
        {QStringLiteral("S3_PROTOCOL_ACCESS_KEY_SECRET"),
         QStringLiteral("850181e4652dd023b7a98c58ae0d2d34bd487ee0cc3254aed6eda37307425907")},
        {QStringLiteral("MINIO_ROOT_PASSWORD"), QStringLiteral("secret1234")},
    };
    return values;
}

// Shortest value each service accepts or that resists guessing; SECRET_KEY_BASE must hold 64 bytes for
// Phoenix (Realtime, Supavisor), the others follow env.example's own hints.
const QHash<QString, int> &minimumLengths()
{
    static const QHash<QString, int> lengths{
        {QStringLiteral("POSTGRES_PASSWORD"), 16},
        {QStringLiteral("DASHBOARD_PASSWORD"), 16},
        {QStringLiteral("SECRET_KEY_BASE"), 64},
        {QStringLiteral("PG_META_CRYPTO_KEY"), 32},
        {QStringLiteral("LOGFLARE_PUBLIC_ACCESS_TOKEN"), 16},
        {QStringLiteral("LOGFLARE_PRIVATE_ACCESS_TOKEN"), 16},
        {QStringLiteral("S3_PROTOCOL_ACCESS_KEY_ID"), 16},
        {QStringLiteral("S3_PROTOCOL_ACCESS_KEY_SECRET"), 32},
        {QStringLiteral("MINIO_ROOT_PASSWORD"), 16},
    };
    return lengths;
}

Finding finding(Finding::Severity severity, const char *code, const QString &key,
                const QHash<QString, int> &lines, const QString &message)
{
    return {severity, QString::fromLatin1(code), key, lines.value(key), message};
}

void auditApiKey(const QString &key, const QHash<QString, QString> &values, const QDateTime &now,
                 const QHash<QString, int> &lines, FindingList &out)
{
    const QString token = values.value(key);
    if (token.isEmpty())
        return;
    const Result<Jwt> jwt = Jwt::parse(token);
    if (!jwt.ok()) {
        out.append(finding(Finding::Severity::Error, "secret.apikey.malformed", key, lines,
                           SecretAudit::tr("%1 is not a JSON Web Token. Generate new API keys.").arg(key)));
        return;
    }
    const QString jwtSecret = values.value(QStringLiteral("JWT_SECRET"));
    if (!jwtSecret.isEmpty() && !jwt.value().verifyHs256(jwtSecret.toUtf8()))
        out.append(finding(
            Finding::Severity::Error, "secret.apikey.mismatch", key, lines,
            SecretAudit::tr("%1 was not signed with this JWT_SECRET, so every service will reject it. "
                            "Generate new API keys from the current JWT_SECRET.")
                .arg(key)));
    const bool demo = jwt.value().issuer() == QLatin1String("supabase-demo");
    if (demo)
        out.append(finding(
            Finding::Severity::Error, "secret.apikey.demo", key, lines,
            SecretAudit::tr("%1 is Supabase's public demo key; it stops working on %2. Generate a new "
                            "JWT_SECRET and new API keys.")
                .arg(key, DisplayFormat().date(SecretAudit::demoKeyExpiry()))));
    const QDateTime expiry = jwt.value().expiresAt();
    if (!expiry.isValid())
        return;
    if (expiry <= now)
        out.append(
            finding(Finding::Severity::Error, "secret.apikey.expired", key, lines,
                    SecretAudit::tr("%1 expired on %2: clients using it are refused. Generate new API keys.")
                        .arg(key, DisplayFormat().date(expiry.date()))));
    else if (!demo &&
             now.daysTo(expiry) <= SecretAudit::kExpiryWarningDays) // the demo finding names the date
        out.append(finding(
            Finding::Severity::Warning, "secret.apikey.expiring", key, lines,
            SecretAudit::tr("%1 expires on %2. Generate new API keys before then and update your clients.")
                .arg(key, DisplayFormat().date(expiry.date()))));
}

} // namespace

QDate SecretAudit::demoKeyExpiry()
{
    return QDate(2027, 1, 9);
}

QString SecretAudit::exampleValue(const QString &key)
{
    return exampleValues().value(key);
}

bool SecretAudit::isExampleValue(const QString &key, const QString &value)
{
    const auto it = exampleValues().constFind(key);
    return it != exampleValues().cend() && *it == value;
}

FindingList SecretAudit::audit(const QHash<QString, QString> &values, const QDateTime &now,
                               const QHash<QString, int> &lines)
{
    FindingList out;
    for (const QString &key : SupabaseSecrets::secretKeys()) {
        if (!values.contains(key))
            continue;
        if (isExampleValue(key, values.value(key)))
            out.append(finding(
                Finding::Severity::Error, "secret.example", key, lines,
                SecretAudit::tr("%1 still has the example value from Supabase's env.example, which anyone "
                                "can look up. Generate a new one.")
                    .arg(key)));
        else if (values.value(key).isEmpty())
            out.append(finding(Finding::Severity::Error, "secret.empty", key, lines,
                               SecretAudit::tr("%1 is empty. Generate a value.").arg(key)));
        else if (values.value(key).size() < minimumLengths().value(key))
            out.append(finding(Finding::Severity::Error, "secret.short", key, lines,
                               SecretAudit::tr("%1 has %2 characters; use at least %3. Generate a new one.")
                                   .arg(key)
                                   .arg(values.value(key).size())
                                   .arg(minimumLengths().value(key))));
    }
    const QString jwtSecret = values.value(QStringLiteral("JWT_SECRET"));
    if (values.contains(QStringLiteral("JWT_SECRET")) && !jwtSecret.isEmpty() &&
        jwtSecret.size() < SupabaseSecrets::kMinJwtSecretLength)
        out.append(
            finding(Finding::Severity::Error, "secret.jwt.short", QStringLiteral("JWT_SECRET"), lines,
                    SecretAudit::tr("JWT_SECRET has %1 characters; it needs at least %2. Generate a new one "
                                    "(and new API keys).")
                        .arg(jwtSecret.size())
                        .arg(SupabaseSecrets::kMinJwtSecretLength)));
    const QString vaultKey = values.value(QStringLiteral("VAULT_ENC_KEY"));
    if (values.contains(QStringLiteral("VAULT_ENC_KEY")) && !vaultKey.isEmpty() &&
        vaultKey.size() != SupabaseSecrets::kVaultKeyLength)
        out.append(finding(Finding::Severity::Error, "secret.vault.length", QStringLiteral("VAULT_ENC_KEY"),
                           lines,
                           SecretAudit::tr("VAULT_ENC_KEY has %1 characters; Supavisor needs exactly %2.")
                               .arg(vaultKey.size())
                               .arg(SupabaseSecrets::kVaultKeyLength)));
    auditApiKey(QStringLiteral("ANON_KEY"), values, now, lines, out);
    auditApiKey(QStringLiteral("SERVICE_ROLE_KEY"), values, now, lines, out);
    return out;
}

} // namespace supadesk
