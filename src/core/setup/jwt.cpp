// SPDX-License-Identifier: GPL-3.0-or-later
#include "jwt.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

namespace supadesk {

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray encode(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64(kBase64Url);
}

QByteArray hmacSha256(const QByteArray &data, const QByteArray &secret)
{
    return QMessageAuthenticationCode::hash(data, secret, QCryptographicHash::Sha256);
}

Error malformed()
{
    return {ErrorCode::JwtMalformed,
            Jwt::tr("This is not a JSON Web Token (expected three base64url parts).")};
}

Result<QJsonObject> decodePart(const QByteArray &part)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(part, kBase64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return malformed();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return malformed();
    return document.object();
}

} // namespace

QString Jwt::signHs256(const QJsonObject &claims, const QByteArray &secret)
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QByteArray signingInput = encode(header) + '.' + encode(claims);
    return QString::fromLatin1(signingInput + '.' + hmacSha256(signingInput, secret).toBase64(kBase64Url));
}

Result<Jwt> Jwt::parse(const QString &token)
{
    const QByteArray raw = token.trimmed().toLatin1();
    const QList<QByteArray> parts = raw.split('.');
    if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
        return malformed();
    const Result<QJsonObject> header = decodePart(parts.at(0));
    const Result<QJsonObject> claims = decodePart(parts.at(1));
    if (!header.ok() || !claims.ok())
        return malformed();
    const auto signature =
        QByteArray::fromBase64Encoding(parts.at(2), kBase64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!signature)
        return malformed();
    Jwt jwt;
    jwt.m_header = header.value();
    jwt.m_claims = claims.value();
    jwt.m_signingInput = parts.at(0) + '.' + parts.at(1);
    jwt.m_signature = *signature;
    return jwt;
}

QString Jwt::role() const
{
    return m_claims.value(QStringLiteral("role")).toString();
}

QString Jwt::issuer() const
{
    return m_claims.value(QStringLiteral("iss")).toString();
}

QDateTime Jwt::expiresAt() const
{
    const QJsonValue exp = m_claims.value(QStringLiteral("exp"));
    if (!exp.isDouble())
        return {};
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(exp.toDouble()), Qt::UTC);
}

bool Jwt::verifyHs256(const QByteArray &secret) const
{
    if (m_header.value(QStringLiteral("alg")).toString() != QLatin1String("HS256"))
        return false;
    const QByteArray expected = hmacSha256(m_signingInput, secret);
    if (expected.size() != m_signature.size())
        return false;
    // Constant time: the comparison must not tell an attacker how many leading bytes were right.
    unsigned char difference = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= static_cast<unsigned char>(expected.at(i) ^ m_signature.at(i));
    return difference == 0;
}

} // namespace supadesk
