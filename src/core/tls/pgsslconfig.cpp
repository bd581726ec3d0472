// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgsslconfig.h"

#include "core/audit/databaseauditevaluator.h"

#include "ipaddress.h"

#include <QRegularExpression>

namespace supadesk {

namespace {

QString quoted(const QString &value)
{
    QString v = value;
    return QLatin1Char('\'') + v.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

bool withinRanges(const QString &address, const QString &netmask, const QStringList &ranges)
{
    // A rule is internal when everything it matches lies inside one of the ranges.
    std::optional<std::pair<IpAddress, int>> rule = IpAddress::parseSubnet(address);
    if (rule && !netmask.isEmpty() && !address.contains(QLatin1Char('/'))) {
        const std::optional<int> prefix = IpAddress::prefixOfMask(netmask);
        if (!prefix)
            return false;
        rule->second = *prefix;
    }
    if (!rule)
        return false; // a host name, samenet, all: not provably internal
    for (const QString &range : ranges) {
        const std::optional<std::pair<IpAddress, int>> r = IpAddress::parseSubnet(range);
        if (r && rule->second >= r->second && rule->first.inSubnet(r->first, r->second))
            return true;
    }
    return false;
}

} // namespace

QString PgSslConfig::settings(const QString &certificateFile, const QString &keyFile)
{
    return QStringLiteral(
               "ssl = on\nssl_cert_file = %1\nssl_key_file = %2\nssl_min_protocol_version = 'TLSv1.2'\n")
        .arg(quoted(certificateFile), quoted(keyFile));
}

QStringList PgSslConfig::defaultInternalRanges()
{
    return {QStringLiteral("172.16.0.0/12")};
}

bool PgSslConfig::needsSsl(const HbaRuleFact &rule, const QStringList &internalRanges)
{
    if (rule.type != QLatin1String("host") && rule.type != QLatin1String("hostnossl"))
        return false;
    return rule.method != QLatin1String("reject") && !DatabaseAuditEvaluator::isLoopbackRule(rule) &&
           !withinRanges(rule.address, rule.netmask, internalRanges);
}

PgSslConfig::HbaRewrite PgSslConfig::requireSsl(const QString &hbaText, const QStringList &internalRanges)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    HbaRewrite out;
    const QStringList lines = hbaText.split(QLatin1Char('\n'));
    QStringList result;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const QString body = line.section(QLatin1Char('#'), 0, 0).trimmed();
        const QStringList f = body.split(space, Qt::SkipEmptyParts);
        // host DATABASE USER ADDRESS [NETMASK] METHOD [OPTIONS]
        if (f.size() < 5 || (f.at(0) != QLatin1String("host") && f.at(0) != QLatin1String("hostnossl"))) {
            result << line;
            continue;
        }
        HbaRuleFact rule;
        rule.type = f.at(0);
        rule.address = f.at(3);
        int methodAt = 4;
        if (f.size() >= 6 && IpAddress::isAddress(f.at(4))) {
            rule.netmask = f.at(4);
            methodAt = 5;
        }
        rule.method = f.at(methodAt);
        if (!needsSsl(rule, internalRanges)) {
            result << line;
            continue;
        }
        QStringList fields = f;
        fields[0] = QStringLiteral("hostssl");
        static const QStringList weak{QStringLiteral("trust"), QStringLiteral("password"),
                                      QStringLiteral("md5")};
        if (weak.contains(rule.method)) {
            fields[methodAt] = QStringLiteral("scram-sha-256");
            fields = fields.mid(0, methodAt + 1); // the old method's options do not apply to SCRAM
        }
        const QString rewritten = fields.join(QLatin1Char(' '));
        result << QStringLiteral("# %1").arg(line.trimmed()) << rewritten;
        out.changes << tr("line %1: %2 → %3").arg(i + 1).arg(body, rewritten);
    }
    out.text = result.join(QLatin1Char('\n'));
    return out;
}

} // namespace supadesk
