// SPDX-License-Identifier: GPL-3.0-or-later
#include "acmeoutcome.h"

#include <QRegularExpression>

namespace supadesk {

QString AcmeOutcome::errorType(const QString &output)
{
    static const QRegularExpression urn(QStringLiteral("urn:ietf:params:acme:error:([A-Za-z]+)"));
    static const QRegularExpression type(QStringLiteral("^\\s*Type:\\s*([A-Za-z]+)\\s*$"),
                                         QRegularExpression::MultilineOption);
    if (const QRegularExpressionMatch m = urn.match(output); m.hasMatch())
        return m.captured(1);
    if (const QRegularExpressionMatch m = type.match(output); m.hasMatch())
        return m.captured(1);
    return {};
}

QString AcmeOutcome::adviceForStep(const QString &stepId, int exitCode, const QString &output)
{
    if (stepId != QLatin1String("tls-certificate") || exitCode == 0)
        return {};
    return fromCertbot(exitCode, output).error().message;
}

Status AcmeOutcome::fromCertbot(int exitCode, const QString &output)
{
    if (exitCode == 0)
        return success();
    static const QRegularExpression detailLine(QStringLiteral("^\\s*Detail:\\s*(.+)$"),
                                               QRegularExpression::MultilineOption);
    static const QRegularExpression domainLine(QStringLiteral("^\\s*Domain:\\s*(\\S+)\\s*$"),
                                               QRegularExpression::MultilineOption);
    static const QRegularExpression urnDetail(
        QStringLiteral("urn:ietf:params:acme:error:[A-Za-z]+\\s*::\\s*(.+)"));
    QString detail = detailLine.match(output).captured(1).trimmed();
    if (detail.isEmpty())
        detail = urnDetail.match(output).captured(1).trimmed();
    if (detail.isEmpty()) {
        const QStringList lines = output.trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        detail = lines.isEmpty() ? tr("certbot ended with status %1 and said nothing.").arg(exitCode)
                                 : lines.last().trimmed();
    }
    const QString domain = domainLine.match(output).captured(1);
    const QString name = domain.isEmpty() ? tr("the name") : domain;
    const QString type = errorType(output);
    const auto said = [&detail, &output](const char *text) {
        return detail.contains(QLatin1String(text), Qt::CaseInsensitive) ||
               output.contains(QLatin1String(text), Qt::CaseInsensitive);
    };
    // The type says who failed; the detail says why (a failed lookup and a closed port both come as
    // "connection" from Let's Encrypt and pebble).
    QString advice;
    if (type == QLatin1String("rateLimited") || said("too many certificates") ||
        said("too many failed authorizations"))
        advice = tr("The certificate authority's rate limit was reached: wait before asking again (Let's "
                    "Encrypt allows 5 failed validations per name an hour and 50 certificates per domain a "
                    "week).");
    else if (type == QLatin1String("invalidContact") || type == QLatin1String("unsupportedContact"))
        advice = tr("The certificate authority refused the e-mail address: give one at a real domain you "
                    "read.");
    else if (type == QLatin1String("caa") || said("CAA record"))
        advice = tr("The domain's CAA record does not allow this certificate authority to issue for %1: add "
                    "a CAA record for it (e.g. 0 issue \"letsencrypt.org\") or remove the restriction.")
                     .arg(name);
    else if (type == QLatin1String("dns") || said("no such host") || said("NXDOMAIN") ||
             said("DNS problem") || said("no valid A records"))
        advice = tr("%1 does not resolve to this server for the certificate authority: add an A (or AAAA) "
                    "record with the server's public address and wait until it is visible before trying "
                    "again.")
                     .arg(name);
    else if (type == QLatin1String("connection") || said("Timeout during connect") ||
             said("connection refused") || said("firewall"))
        advice = tr("Nothing answered the certificate authority on port 80 of %1: open port 80 to the "
                    "internet (ufw, the provider's firewall or security group, a router's forwarding) — "
                    "the check comes from outside.")
                     .arg(name);
    else if (type == QLatin1String("unauthorized") || type == QLatin1String("incorrectResponse"))
        advice = tr("Another server answered the certificate authority for %1 on port 80: the name points "
                    "at a different address, or port 80 reaches another program than the proxy.")
                     .arg(name);
    else if (type == QLatin1String("rejectedIdentifier"))
        advice = tr("The certificate authority will not issue for %1 (its policy).").arg(name);
    else
        advice = tr("The certificate authority did not issue the certificate.");
    return Error{ErrorCode::TlsAcme, advice + QLatin1Char('\n') + detail};
}

} // namespace supadesk
