// SPDX-License-Identifier: GPL-3.0-or-later
#include "sshconfigfile.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace supadesk {

namespace {

// "*" and "?" only; case-insensitive, as host names are.
bool globMatches(const QString &pattern, const QString &text)
{
    QString regex;
    for (const QChar c : pattern) {
        if (c == QLatin1Char('*'))
            regex += QStringLiteral(".*");
        else if (c == QLatin1Char('?'))
            regex += QLatin1Char('.');
        else
            regex += QRegularExpression::escape(QString(c));
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(regex),
                              QRegularExpression::CaseInsensitiveOption)
        .match(text)
        .hasMatch();
}

bool hostLineMatches(const QStringList &patterns, const QString &alias)
{
    bool matched = false;
    for (const QString &p : patterns) {
        if (p.startsWith(QLatin1Char('!'))) {
            if (globMatches(p.mid(1), alias))
                return false;
        } else if (globMatches(p, alias)) {
            matched = true;
        }
    }
    return matched;
}

QString expandHome(QString path)
{
    if (path.startsWith(QLatin1String("~/")))
        path.replace(0, 1, QDir::homePath());
    return path;
}

} // namespace

SshConfigFile::SshConfigFile(QString path) : m_path(std::move(path)) {}

QString SshConfigFile::defaultPath()
{
    return QDir::homePath() + QStringLiteral("/.ssh/config");
}

SshConfigFile::Entry SshConfigFile::lookup(const QString &alias) const
{
    Entry entry;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return entry;
    bool active = true; // lines before the first Host apply to every host
    static const QRegularExpression separator(QStringLiteral("[\\s=]+"));
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QStringList words = line.split(separator, Qt::SkipEmptyParts);
        const QString keyword = words.takeFirst().toLower();
        for (QString &w : words)
            if (w.size() >= 2 && w.startsWith(QLatin1Char('"')) && w.endsWith(QLatin1Char('"')))
                w = w.mid(1, w.size() - 2);
        if (keyword == QLatin1String("host")) {
            active = hostLineMatches(words, alias);
            continue;
        }
        if (keyword == QLatin1String("match")) {
            active = false;
            continue;
        }
        if (!active || words.isEmpty())
            continue;
        const QString value = words.first();
        if (keyword == QLatin1String("hostname") && entry.hostName.isEmpty())
            entry.hostName = QString(value).replace(QStringLiteral("%h"), alias);
        else if (keyword == QLatin1String("port") && entry.port == 0)
            entry.port = value.toInt();
        else if (keyword == QLatin1String("user") && entry.user.isEmpty())
            entry.user = value;
        else if (keyword == QLatin1String("proxyjump") && entry.proxyJump.isEmpty())
            entry.proxyJump = value;
        else if (keyword == QLatin1String("identityfile"))
            entry.identityFiles.append(expandHome(value)); // IdentityFile accumulates
    }
    return entry;
}

SshConnectOptions SshConfigFile::apply(SshConnectOptions options) const
{
    const Entry entry = lookup(options.host);
    if (!entry.hostName.isEmpty())
        options.host = entry.hostName;
    if (options.port == 22 && entry.port > 0)
        options.port = entry.port;
    if (options.user.isEmpty())
        options.user = entry.user;
    if (options.auth == AuthMethod::KeyFile && options.keyFile.isEmpty() && !entry.identityFiles.isEmpty())
        options.keyFile = entry.identityFiles.first();
    if (options.proxyJump.isEmpty())
        options.proxyJump = entry.proxyJump;
    return options;
}

} // namespace supadesk
