// SPDX-License-Identifier: GPL-3.0-or-later
#include "knownhostsfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSaveFile>

#include <cctype>

namespace supadesk {

namespace {

// OpenSSH's match_pattern: only "*" and "?" are special ("[" is literal, as in "[host]:port"),
// and the comparison ignores case.
bool wildcardMatches(const char *pattern, const char *text)
{
    for (;; ++pattern, ++text) {
        if (*pattern == '\0')
            return *text == '\0';
        if (*pattern == '*') {
            while (*pattern == '*')
                ++pattern;
            if (*pattern == '\0')
                return true;
            for (; *text; ++text)
                if (wildcardMatches(pattern, text))
                    return true;
            return false;
        }
        if (*text == '\0')
            return false;
        if (*pattern != '?' && std::tolower(static_cast<unsigned char>(*pattern)) !=
                                   std::tolower(static_cast<unsigned char>(*text)))
            return false;
    }
}

bool wildcardMatches(const QByteArray &pattern, const QByteArray &text)
{
    return wildcardMatches(pattern.constData(), text.constData());
}

bool hashedMatches(const QByteArray &field, const QByteArray &name)
{
    const QList<QByteArray> parts = field.split('|'); // "", "1", salt, hash
    if (parts.size() != 4 || parts.at(1) != "1")
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2));
    const QByteArray hash = QByteArray::fromBase64(parts.at(3));
    return QMessageAuthenticationCode::hash(name, salt, QCryptographicHash::Sha1) == hash;
}

struct Line
{
    QByteArray marker;
    QByteArray hosts;
    QByteArray keyType;
    QByteArray keyBase64;
};

// Splits "[@marker] hosts keytype base64 [comment]"; false for blank lines and comments.
bool parseLine(const QByteArray &raw, Line &line)
{
    const QByteArray text = raw.trimmed();
    if (text.isEmpty() || text.startsWith('#'))
        return false;
    QList<QByteArray> fields = text.simplified().split(' ');
    if (fields.first().startsWith('@'))
        line.marker = fields.takeFirst();
    if (fields.size() < 3)
        return false;
    line.hosts = fields.at(0);
    line.keyType = fields.at(1);
    line.keyBase64 = fields.at(2);
    return true;
}

} // namespace

KnownHostsFile::KnownHostsFile(QString path) : m_path(std::move(path)) {}

QString KnownHostsFile::hostField(const QString &host, int port)
{
    if (port == 22 || port <= 0)
        return host.toLower();
    return QStringLiteral("[%1]:%2").arg(host.toLower()).arg(port);
}

bool KnownHostsFile::hostFieldMatches(const QByteArray &field, const QByteArray &name)
{
    if (field.startsWith('|'))
        return hashedMatches(field, name);
    bool matched = false;
    for (const QByteArray &pattern : field.split(',')) {
        if (pattern.startsWith('!')) {
            if (wildcardMatches(pattern.mid(1), name))
                return false; // a negated match vetoes the whole line
        } else if (wildcardMatches(pattern, name)) {
            matched = true;
        }
    }
    return matched;
}

Result<KnownHostsFile::Lookup> KnownHostsFile::lookup(const QString &host, int port, const HostKey &key) const
{
    Lookup result;
    QFile file(m_path);
    if (!file.exists())
        return result;
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::SshKnownHostsUnreadable,
                     QCoreApplication::translate("KnownHostsFile", "Cannot read the known hosts file %1: %2")
                         .arg(m_path, file.errorString())};
    const QByteArray name = hostField(host, port).toUtf8();
    const QByteArray algorithm = key.algorithm().toLatin1();
    int number = 0;
    // Read to the end before answering: a revocation further down still wins over a match above.
    while (!file.atEnd()) {
        const QByteArray raw = file.readLine();
        ++number;
        Line line;
        if (!parseLine(raw, line) || line.marker == "@cert-authority")
            continue;
        if (line.marker == "@revoked") {
            // A revoked key is revoked for every host, whatever the host field says.
            if (line.keyType == algorithm && QByteArray::fromBase64(line.keyBase64) == key.blob()) {
                result.verdict = Verdict::Revoked;
                result.line = number;
                result.hostKnown = true;
                return result;
            }
            continue;
        }
        if (!line.marker.isEmpty() || !hostFieldMatches(line.hosts, name))
            continue;
        result.hostKnown = true;
        if (line.keyType != algorithm) {
            const QString other = QString::fromLatin1(line.keyType);
            if (!result.otherAlgorithms.contains(other))
                result.otherAlgorithms.append(other);
            continue;
        }
        if (result.verdict == Verdict::Match)
            continue;
        if (QByteArray::fromBase64(line.keyBase64) == key.blob()) {
            result.verdict = Verdict::Match;
            result.line = number;
        } else if (result.verdict == Verdict::NotFound) {
            result.verdict = Verdict::Mismatch;
            result.line = number;
        }
    }
    return result;
}

QByteArray KnownHostsFile::hashedHostField(const QByteArray &name, QByteArray salt)
{
    if (salt.isEmpty()) {
        salt.resize(20); // SHA-1's length, as ssh-keygen uses
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), salt.size() / 4);
    }
    return "|1|" + salt.toBase64() + '|' +
           QMessageAuthenticationCode::hash(name, salt, QCryptographicHash::Sha1).toBase64();
}

Status KnownHostsFile::append(const QString &host, int port, const HostKey &key, HostFieldStyle style) const
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error{ErrorCode::SshKnownHostsUnwritable,
                     QCoreApplication::translate("KnownHostsFile", "Cannot create the folder %1.")
                         .arg(info.absolutePath())};
    QFile file(m_path);
    const bool existed = file.exists();
    if (!file.open(QIODevice::Append))
        return Error{ErrorCode::SshKnownHostsUnwritable,
                     QCoreApplication::translate("KnownHostsFile", "Cannot write the known hosts file %1: %2")
                         .arg(m_path, file.errorString())};
    if (!existed)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // A file that does not end in a newline would glue our entry onto its last line.
    if (existed && file.size() > 0) {
        QFile reader(m_path);
        if (reader.open(QIODevice::ReadOnly) && reader.seek(reader.size() - 1) && reader.read(1) != "\n")
            file.write("\n");
    }
    const QByteArray name = hostField(host, port).toUtf8();
    const QByteArray field = style == HostFieldStyle::Hashed ? hashedHostField(name) : name;
    const QByteArray entry = field + ' ' + key.knownHostsKey() + '\n';
    if (file.write(entry) != entry.size() || !file.flush())
        return Error{ErrorCode::SshKnownHostsUnwritable,
                     QCoreApplication::translate("KnownHostsFile", "Cannot write the known hosts file %1: %2")
                         .arg(m_path, file.errorString())};
    return success();
}

Status KnownHostsFile::removeLine(int line, const QString &host, int port) const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::SshKnownHostsUnreadable,
                     QCoreApplication::translate("KnownHostsFile", "Cannot read the known hosts file %1: %2")
                         .arg(m_path, file.errorString())};
    QList<QByteArray> lines = file.readAll().split('\n');
    file.close();
    Line parsed;
    if (line < 1 || line > lines.size() || !parseLine(lines.at(line - 1), parsed) ||
        !hostFieldMatches(parsed.hosts, hostField(host, port).toUtf8()))
        return Error{ErrorCode::SshKnownHostsChanged,
                     QCoreApplication::translate(
                         "KnownHostsFile", "Line %1 of %2 no longer names %3; the file was not changed.")
                         .arg(line)
                         .arg(m_path, hostField(host, port))};
    lines.removeAt(line - 1);
    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly) || out.write(lines.join('\n')) < 0 || !out.commit())
        return Error{ErrorCode::SshKnownHostsUnwritable,
                     QCoreApplication::translate("KnownHostsFile", "Cannot write the known hosts file %1: %2")
                         .arg(m_path, out.errorString())};
    return success();
}

} // namespace supadesk
