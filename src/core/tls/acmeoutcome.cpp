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
    const QString type = errorType(output);
    QString advice;
    if (type == QLatin1String("rateLimited"))
        advice = tr("The certificate authority's rate limit was reached: wait before asking again (Let's "
                    "Encrypt allows 5 failed validations per name an hour and 50 certificates per domain a "
                    "week).");
    else if (type == QLatin1String("invalidContact") || type == QLatin1String("unsupportedContact"))
        advice = tr("The certificate authority refused the e-mail address: give one at a real domain you "
                    "read.");
    else if (type == QLatin1String("connection") || type == QLatin1String("dns") ||
             type == QLatin1String("unauthorized") || type == QLatin1String("incorrectResponse"))
        advice = tr("The certificate authority could not check %1 over HTTP: the name must point at this "
                    "server and port 80 must be open to the internet.")
                     .arg(domain.isEmpty() ? tr("the name") : domain);
    else if (type == QLatin1String("rejectedIdentifier") || type == QLatin1String("caa"))
        advice =
            tr("The certificate authority will not issue for %1 (its policy or the domain's CAA record).")
                .arg(domain.isEmpty() ? tr("this name") : domain);
    else
        advice = tr("The certificate authority did not issue the certificate.");
    return Error{ErrorCode::TlsAcme, advice + QLatin1Char('\n') + detail};
}

} // namespace supadesk
