// SPDX-License-Identifier: GPL-3.0-or-later
#include "supabasesecrets.h"

#include "jwt.h"
#include "secretaudit.h"
#include "secretgenerator.h"

#include <QJsonObject>
#include <QSet>

namespace supadesk {

namespace {

const QString kJwtSecret = QStringLiteral("JWT_SECRET");
const QString kAnonKey = QStringLiteral("ANON_KEY");
const QString kServiceRoleKey = QStringLiteral("SERVICE_ROLE_KEY");

// Kong's basic auth for the dashboard refuses a password made of digits only.
QString dashboardPassword(const SecretGenerator &random)
{
    for (;;) {
        const QString candidate = random.alphanumeric(32);
        for (const QChar c : candidate)
            if (c.isLetter())
                return candidate;
    }
}

} // namespace

QStringList SupabaseSecrets::secretKeys()
{
    return {QStringLiteral("POSTGRES_PASSWORD"),
            kJwtSecret,
            kAnonKey,
            kServiceRoleKey,
            QStringLiteral("DASHBOARD_PASSWORD"),
            QStringLiteral("SECRET_KEY_BASE"),
            QStringLiteral("VAULT_ENC_KEY"),
            QStringLiteral("PG_META_CRYPTO_KEY"),
            QStringLiteral("LOGFLARE_PUBLIC_ACCESS_TOKEN"),
            QStringLiteral("LOGFLARE_PRIVATE_ACCESS_TOKEN"),
            QStringLiteral("S3_PROTOCOL_ACCESS_KEY_ID"),
            QStringLiteral("S3_PROTOCOL_ACCESS_KEY_SECRET"),
            QStringLiteral("MINIO_ROOT_PASSWORD")};
}

QString SupabaseSecrets::apiKey(const QString &role, const QString &jwtSecret, const QDateTime &now)
{
    const qint64 iat = now.toSecsSinceEpoch();
    const qint64 exp = now.toUTC().addYears(kApiKeyYears).toSecsSinceEpoch();
    const QJsonObject claims{{QStringLiteral("role"), role},
                             {QStringLiteral("iss"), QStringLiteral("supabase")},
                             {QStringLiteral("iat"), iat},
                             {QStringLiteral("exp"), exp}};
    return Jwt::signHs256(claims, jwtSecret.toUtf8());
}

QString SupabaseSecrets::generateOne(const QString &key, const QString &jwtSecret, const QDateTime &now)
{
    const SecretGenerator random;
    // POSTGRES_PASSWORD goes into postgres:// URLs in the compose file unescaped: alphanumeric only.
    if (key == QLatin1String("POSTGRES_PASSWORD") || key == QLatin1String("MINIO_ROOT_PASSWORD"))
        return random.alphanumeric(32);
    if (key == kJwtSecret)
        return random.base64(30); // 40 characters, as `openssl rand -base64 30`
    if (key == kAnonKey)
        return apiKey(QStringLiteral("anon"), jwtSecret, now);
    if (key == kServiceRoleKey)
        return apiKey(QStringLiteral("service_role"), jwtSecret, now);
    if (key == QLatin1String("DASHBOARD_PASSWORD"))
        return dashboardPassword(random);
    if (key == QLatin1String("SECRET_KEY_BASE"))
        return random.base64(48); // 64 characters
    if (key == QLatin1String("VAULT_ENC_KEY"))
        return random.hex(kVaultKeyLength / 2); // Supavisor needs exactly 32 characters
    if (key == QLatin1String("PG_META_CRYPTO_KEY") || key == QLatin1String("LOGFLARE_PUBLIC_ACCESS_TOKEN") ||
        key == QLatin1String("LOGFLARE_PRIVATE_ACCESS_TOKEN"))
        return random.base64(24); // 32 characters
    if (key == QLatin1String("S3_PROTOCOL_ACCESS_KEY_ID"))
        return random.hex(16);
    if (key == QLatin1String("S3_PROTOCOL_ACCESS_KEY_SECRET"))
        return random.hex(32);
    return {};
}

EnvAssignments SupabaseSecrets::generate(const QDateTime &now)
{
    EnvAssignments out;
    const QString jwtSecret = generateOne(kJwtSecret, {}, now);
    for (const QString &key : secretKeys())
        out.append({key, key == kJwtSecret ? jwtSecret : generateOne(key, jwtSecret, now)});
    return out;
}

EnvAssignments SupabaseSecrets::replacementsFor(const QHash<QString, QString> &current, const QDateTime &now,
                                                bool rotateAll)
{
    QSet<QString> flagged;
    for (const Finding &f : SecretAudit::audit(current, now))
        if (f.code != QLatin1String("secret.apikey.expiring") || rotateAll)
            flagged.insert(f.key);
    auto needsNew = [&](const QString &key) {
        return rotateAll || !current.contains(key) || current.value(key).isEmpty() || flagged.contains(key);
    };
    EnvAssignments out;
    QString jwtSecret = current.value(kJwtSecret);
    const bool newJwtSecret = needsNew(kJwtSecret);
    if (newJwtSecret)
        jwtSecret = generateOne(kJwtSecret, {}, now);
    for (const QString &key : secretKeys()) {
        if (key == kJwtSecret) {
            if (newJwtSecret)
                out.append({key, jwtSecret});
            continue;
        }
        const bool apiKey = key == kAnonKey || key == kServiceRoleKey;
        if (needsNew(key) || (apiKey && newJwtSecret))
            out.append({key, generateOne(key, jwtSecret, now)});
    }
    return out;
}

} // namespace supadesk
