// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "envassignment.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

namespace supadesk {

// Fresh values for every secret in a self-hosted Supabase `.env`, made the way Supabase's own
// generate-keys script makes them (lengths and alphabets), from the OS CSPRNG.
class SupabaseSecrets
{
public:
    // How long the API keys stay valid: Supabase's script uses five years.
    static constexpr int kApiKeyYears = 5;
    static constexpr int kMinJwtSecretLength = 32;
    static constexpr int kVaultKeyLength = 32;

    // The secret keys in the order env.example lists them.
    static QStringList secretKeys();

    // Every secret, with ANON_KEY and SERVICE_ROLE_KEY signed with the new JWT_SECRET.
    static EnvAssignments generate(const QDateTime &now);

    // One secret by key (JWT-derived keys need `jwtSecret`); empty for a key that is not a secret.
    static QString generateOne(const QString &key, const QString &jwtSecret, const QDateTime &now);

    // What to write into an existing .env: secrets that are missing, empty, example values or otherwise
    // flagged by SecretAudit get fresh values (all of them with `rotateAll`), and the API keys are signed
    // again whenever JWT_SECRET changes or they do not verify. Secrets that look right are kept, because
    // changing POSTGRES_PASSWORD or JWT_SECRET on a running stack breaks it.
    static EnvAssignments replacementsFor(const QHash<QString, QString> &current, const QDateTime &now,
                                          bool rotateAll = false);

    // An API key as Supabase issues it: HS256, {role, iss: "supabase", iat, exp: iat + 5 years}.
    static QString apiKey(const QString &role, const QString &jwtSecret, const QDateTime &now);
};

} // namespace supadesk
