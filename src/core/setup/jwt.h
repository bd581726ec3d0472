// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace supadesk {

// A JSON Web Token in compact form (header.payload.signature, base64url without padding), as
// Supabase's API keys are: HS256, signed with the stack's JWT_SECRET.
class Jwt
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::Jwt)

public:
    static QString signHs256(const QJsonObject &claims, const QByteArray &secret);

    // Splits and decodes a token without checking its signature (to read `iss`, `role`, `exp`).
    static Result<Jwt> parse(const QString &token);

    const QJsonObject &header() const { return m_header; }
    const QJsonObject &claims() const { return m_claims; }
    QString role() const;
    QString issuer() const;
    // Invalid when the token has no `exp` claim.
    QDateTime expiresAt() const;

    // True only for an HS256 token whose signature matches `secret` (compared in constant time).
    bool verifyHs256(const QByteArray &secret) const;

private:
    QJsonObject m_header;
    QJsonObject m_claims;
    QByteArray m_signingInput;
    QByteArray m_signature;
};

} // namespace supadesk
