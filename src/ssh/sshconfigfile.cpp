// SPDX-License-Identifier: GPL-3.0-or-later
#include "sshconfigfile.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <glob.h>

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
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        path.replace(0, 1, QDir::homePath());
    return path;
}

// The files an Include pattern names, sorted as glob(3) sorts them; none is not an error.
QStringList includedFiles(const QString &pattern, const QString &includeDir)
{
    QString path = expandHome(pattern);
    if (!path.startsWith(QLatin1Char('/')))
        path = includeDir + QLatin1Char('/') + path;
    glob_t found{};
    QStringList files;
    if (::glob(QFile::encodeName(path).constData(), 0, nullptr, &found) == 0)
        for (size_t i = 0; i < found.gl_pathc; ++i)
            files.append(QFile::decodeName(found.gl_pathv[i]));
    ::globfree(&found);
    return files;
}

// OpenSSH refuses deeper nesting too (it is a loop, most likely).
constexpr int maxIncludeDepth = 16;

struct Parser
{
    QString alias;
    QString includeDir;
    SshConfigFile::Entry entry;

    // `active`: whether the lines read now apply (they do before the first Host line); it is the
    // includer's state on entry and restored after an Include, as OpenSSH has it. `neverMatch`: an
    // Include inside a block that does not apply, whose Host lines cannot match either.
    void read(const QString &path, bool &active, bool neverMatch, int depth)
    {
        QFile file(path);
        if (depth > maxIncludeDepth || !file.open(QIODevice::ReadOnly))
            return;
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
                active = !neverMatch && hostLineMatches(words, alias);
                continue;
            }
            if (keyword == QLatin1String("match")) {
                active = false;
                continue;
            }
            if (keyword == QLatin1String("include")) {
                const bool includerActive = active;
                for (const QString &pattern : std::as_const(words))
                    for (const QString &included : includedFiles(pattern, includeDir))
                        read(included, active, neverMatch || !includerActive, depth + 1);
                active = includerActive;
                continue;
            }
            if (!active || words.isEmpty())
                continue;
            take(keyword, words);
        }
    }

    void take(const QString &keyword, const QStringList &words)
    {
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
        else if (keyword == QLatin1String("hashknownhosts") && !entry.hashKnownHosts)
            entry.hashKnownHosts = value.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0;
        else if (keyword == QLatin1String("globalknownhostsfile") && entry.globalKnownHostsFiles.isEmpty())
            for (const QString &w : words)
                entry.globalKnownHostsFiles.append(expandHome(w));
    }
};

} // namespace

void SshConfigFile::Entry::fillFrom(const Entry &later)
{
    if (hostName.isEmpty())
        hostName = later.hostName;
    if (port == 0)
        port = later.port;
    if (user.isEmpty())
        user = later.user;
    identityFiles += later.identityFiles;
    if (proxyJump.isEmpty())
        proxyJump = later.proxyJump;
    if (!hashKnownHosts)
        hashKnownHosts = later.hashKnownHosts;
    if (globalKnownHostsFiles.isEmpty())
        globalKnownHostsFiles = later.globalKnownHostsFiles;
}

SshConfigFile::SshConfigFile(QString path, QString includeDir)
    : m_path(std::move(path)),
      m_includeDir(includeDir.isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh") : std::move(includeDir))
{}

QString SshConfigFile::defaultPath()
{
    return QDir::homePath() + QStringLiteral("/.ssh/config");
}

QString SshConfigFile::systemPath()
{
    return QStringLiteral("/etc/ssh/ssh_config");
}

SshConfigFile::Entry SshConfigFile::lookup(const QString &alias) const
{
    Parser parser{alias, m_includeDir, {}};
    bool active = true; // lines before the first Host apply to every host
    parser.read(m_path, active, false, 0);
    return parser.entry;
}

SshConnectOptions SshConfigFile::apply(SshConnectOptions options) const
{
    const Entry entry = lookup(options.host);
    return apply(std::move(options), entry);
}

SshConnectOptions SshConfigFile::apply(SshConnectOptions options, const Entry &entry)
{
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
    if (entry.hashKnownHosts)
        options.hashKnownHosts = *entry.hashKnownHosts;
    if (!entry.globalKnownHostsFiles.isEmpty())
        options.systemKnownHostsFiles = entry.globalKnownHostsFiles;
    return options;
}

} // namespace supadesk
