// SPDX-License-Identifier: GPL-3.0-or-later
// Host keys and known_hosts files, checked against OpenSSH's own tools (ssh-keygen).
#include "ssh/hostkey.h"
#include "ssh/hostkeyverifier.h"
#include "ssh/knownhostsfile.h"
#include "ssh/sshtestsupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;

class TestHostKeys : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    HostKey publicKeyOf(const QString &privateKey)
    {
        const QList<QByteArray> fields = sshtest::readAll(privateKey + QStringLiteral(".pub")).split(' ');
        const auto key = HostKey::fromBase64(fields.value(1));
        return key.ok() ? key.value() : HostKey();
    }

    void writeFile(const QString &name, const QByteArray &content)
    {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
    }

private slots:
    void fingerprintIsPrintedLikeSshKeygen_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("bits");
        QTest::newRow("ed25519") << "ed25519" << 0;
        QTest::newRow("ecdsa-256") << "ecdsa" << 256;
        QTest::newRow("ecdsa-384") << "ecdsa" << 384;
        QTest::newRow("ecdsa-521") << "ecdsa" << 521;
        QTest::newRow("rsa-2048") << "rsa" << 2048;
        QTest::newRow("rsa-3072") << "rsa" << 3072;
    }
    void fingerprintIsPrintedLikeSshKeygen()
    {
        QFETCH(QString, type);
        QFETCH(int, bits);
        const QString key = sshtest::generateKey(m_dir.path(), QStringLiteral("k-%1-%2").arg(type).arg(bits),
                                                 type, QString(), bits);
        // ssh-keygen -lf prints "BITS SHA256:... COMMENT (TYPE)"; ours is the same without the comment.
        const QString expected = QString::fromUtf8(
            sshtest::run(QStringLiteral("ssh-keygen"), {QStringLiteral("-lf"), key + QStringLiteral(".pub")})
                .trimmed());
        const HostKey hostKey = publicKeyOf(key);
        QVERIFY(!hostKey.isNull());
        const QStringList parts = expected.split(QLatin1Char(' '));
        QCOMPARE(hostKey.describe(),
                 QStringLiteral("%1 %2 %3").arg(parts.first(), parts.at(1), parts.last()));
        QVERIFY(!hostKey.fingerprint().endsWith(QLatin1Char('=')));
    }

    void lookupFindsPlainPortAndHashedEntries_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("hashed");
        QTest::newRow("plain, port 22") << "db1.example.com" << 22 << false;
        QTest::newRow("plain, other port") << "db1.example.com" << 2222 << false;
        QTest::newRow("address, other port") << "127.0.0.1" << 40022 << false;
        QTest::newRow("hashed, port 22") << "db1.example.com" << 22 << true;
        QTest::newRow("hashed, other port") << "10.0.0.5" << 2222 << true;
    }
    void lookupFindsPlainPortAndHashedEntries()
    {
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(bool, hashed);
        const HostKey key = publicKeyOf(
            sshtest::generateKey(m_dir.path(), QStringLiteral("server"), QStringLiteral("ed25519")));
        const HostKey other = publicKeyOf(
            sshtest::generateKey(m_dir.path(), QStringLiteral("other"), QStringLiteral("ed25519")));
        const HostKey rsa = publicKeyOf(sshtest::generateKey(m_dir.path(), QStringLiteral("rsa"),
                                                             QStringLiteral("rsa"), QString(), 2048));
        const QByteArray field = KnownHostsFile::hostField(host, port).toUtf8();
        writeFile(QStringLiteral("kh"), "# comment\n\nunrelated.example.com " + other.knownHostsKey() + "\n" +
                                            field + " " + key.knownHostsKey() + " a comment\n");
        if (hashed) // Hash it the way OpenSSH does, with its own tool.
            sshtest::run(QStringLiteral("ssh-keygen"),
                         {QStringLiteral("-H"), QStringLiteral("-f"), path(QStringLiteral("kh"))});
        KnownHostsFile file(path(QStringLiteral("kh")));
        QCOMPARE(sshtest::readAll(file.path()).contains("|1|"), hashed);

        auto found = file.lookup(host, port, key);
        QVERIFY(found.ok());
        QCOMPARE(found.value().verdict, KnownHostsFile::Verdict::Match);
        QCOMPARE(found.value().line, 4);

        found = file.lookup(host, port, other);
        QCOMPARE(found.value().verdict, KnownHostsFile::Verdict::Mismatch);
        QCOMPARE(found.value().line, 4);

        // Another algorithm is not a change, just unknown (with other keys known).
        found = file.lookup(host, port, rsa);
        QCOMPARE(found.value().verdict, KnownHostsFile::Verdict::NotFound);
        QVERIFY(found.value().hostKnown);

        // The same host on another port is another entry.
        found = file.lookup(host, port == 22 ? 2200 : 22, key);
        QCOMPARE(found.value().verdict, KnownHostsFile::Verdict::NotFound);
        QVERIFY(!found.value().hostKnown);
    }

    void patternsWildcardsAndNegation_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("matches");
        QTest::newRow("list") << QByteArray("a.example.com,db1.example.com") << "db1.example.com" << 22
                              << true;
        QTest::newRow("case") << QByteArray("DB1.Example.com") << "db1.example.com" << 22 << true;
        QTest::newRow("star") << QByteArray("*.example.com") << "db1.example.com" << 22 << true;
        QTest::newRow("question") << QByteArray("db?.example.com") << "db1.example.com" << 22 << true;
        QTest::newRow("negated") << QByteArray("*.example.com,!db1.example.com") << "db1.example.com" << 22
                                 << false;
        QTest::newRow("bracket is literal")
            << QByteArray("[db1.example.com]:2222") << "db1.example.com" << 2222 << true;
        QTest::newRow("port differs")
            << QByteArray("[db1.example.com]:2222") << "db1.example.com" << 2223 << false;
        QTest::newRow("port-22 entry does not match another port")
            << QByteArray("db1.example.com") << "db1.example.com" << 2222 << false;
    }
    void patternsWildcardsAndNegation()
    {
        QFETCH(QByteArray, field);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(bool, matches);
        QCOMPARE(KnownHostsFile::hostFieldMatches(field, KnownHostsFile::hostField(host, port).toUtf8()),
                 matches);
    }

    void revokedKeyIsRefusedEverywhere()
    {
        const HostKey key = publicKeyOf(
            sshtest::generateKey(m_dir.path(), QStringLiteral("server"), QStringLiteral("ed25519")));
        writeFile(QStringLiteral("own"), "db1.example.com " + key.knownHostsKey() + "\n");
        writeFile(QStringLiteral("user"), "@revoked * " + key.knownHostsKey() + "\n");
        const HostKeyVerifier verifier(path(QStringLiteral("own")), {path(QStringLiteral("user"))});
        const auto check = verifier.check(QStringLiteral("db1.example.com"), 22, key);
        QVERIFY(check.ok());
        QCOMPARE(check.value().state, HostKeyCheck::State::Revoked);
        QCOMPARE(check.value().file, path(QStringLiteral("user")));
    }

    void verifierTrustsChangesAndForgets()
    {
        const HostKey oldKey =
            publicKeyOf(sshtest::generateKey(m_dir.path(), QStringLiteral("old"), QStringLiteral("ed25519")));
        const HostKey newKey =
            publicKeyOf(sshtest::generateKey(m_dir.path(), QStringLiteral("new"), QStringLiteral("ed25519")));
        const QString own = path(QStringLiteral("sub/dir/known_hosts"));
        const QString user = path(QStringLiteral("user_known_hosts"));
        writeFile(QStringLiteral("user_known_hosts"), "# mine\n");
        const HostKeyVerifier verifier(own, {user});

        auto check = verifier.check(QStringLiteral("db1"), 2222, oldKey);
        QCOMPARE(check.value().state, HostKeyCheck::State::Unknown);
        QVERIFY(verifier.trust(QStringLiteral("db1"), 2222, oldKey).ok());
        QCOMPARE(QFile(own).permissions() & (QFileDevice::ReadOther | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        check = verifier.check(QStringLiteral("db1"), 2222, oldKey);
        QCOMPARE(check.value().state, HostKeyCheck::State::Trusted);

        check = verifier.check(QStringLiteral("db1"), 2222, newKey);
        QCOMPARE(check.value().state, HostKeyCheck::State::Changed);
        QCOMPARE(check.value().file, own);
        QCOMPARE(check.value().line, 1);

        // A key the user's OpenSSH file trusts wins over a stale entry in our file.
        QVERIFY(sshtest::appendLine(user, "[db1]:2222 " + newKey.knownHostsKey()));
        QCOMPARE(verifier.check(QStringLiteral("db1"), 2222, newKey).value().state,
                 HostKeyCheck::State::Trusted);

        // Forgetting edits only our own file, and only the named line.
        QVERIFY(sshtest::appendLine(own, "other.example.com " + oldKey.knownHostsKey()));
        QVERIFY(verifier.forget(check.value()).ok());
        QCOMPARE(sshtest::readAll(own), "other.example.com " + oldKey.knownHostsKey() + "\n");
        HostKeyCheck inUserFile = check.value();
        inUserFile.file = user;
        const Status refused = verifier.forget(inUserFile);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(user));
    }

    void hashedEntriesAreWrittenAsSshKeygenHashesThem_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("port 22") << "DB1.example.com" << 22;
        QTest::newRow("other port") << "127.0.0.1" << 40022;
    }
    void hashedEntriesAreWrittenAsSshKeygenHashesThem()
    {
        QFETCH(QString, host);
        QFETCH(int, port);
        const HostKey key = publicKeyOf(
            sshtest::generateKey(m_dir.path(), QStringLiteral("hashed"), QStringLiteral("ed25519")));
        const QString own = path(QStringLiteral("hashed_%1").arg(port));
        QFile::remove(own);
        QVERIFY(KnownHostsFile(own).append(host, port, key, KnownHostsFile::HostFieldStyle::Hashed).ok());
        const QByteArray written = sshtest::readAll(own);
        QVERIFY2(written.startsWith("|1|"), written.constData());
        QVERIFY(!written.contains(host.toLower().toUtf8()));
        QCOMPARE(written.split(' ').value(1) + ' ' + written.split(' ').value(2).trimmed(),
                 key.knownHostsKey());

        // OpenSSH finds it under the host's name; so does Supadesk, and can remove it again.
        const QString field = KnownHostsFile::hostField(host, port);
        const QByteArray found = sshtest::run(QStringLiteral("ssh-keygen"),
                                              {QStringLiteral("-F"), field, QStringLiteral("-f"), own});
        QVERIFY2(found.contains(key.base64()), found.constData());
        const auto lookup = KnownHostsFile(own).lookup(host, port, key);
        QCOMPARE(lookup.value().verdict, KnownHostsFile::Verdict::Match);
        QVERIFY(KnownHostsFile(own).removeLine(1, host, port).ok());
        QVERIFY(!sshtest::readAll(own).contains("|1|"));

        // Same salt, same field as ssh-keygen -H writes.
        const QString plain = path(QStringLiteral("plain_%1").arg(port));
        QFile::remove(plain);
        QVERIFY(KnownHostsFile(plain).append(host, port, key).ok());
        sshtest::run(QStringLiteral("ssh-keygen"), {QStringLiteral("-H"), QStringLiteral("-f"), plain});
        const QByteArray hashedByOpenSsh = sshtest::readAll(plain).split(' ').value(0);
        const QByteArray salt = QByteArray::fromBase64(hashedByOpenSsh.split('|').value(2));
        QCOMPARE(salt.size(), 20);
        QCOMPARE(KnownHostsFile::hashedHostField(field.toUtf8(), salt), hashedByOpenSsh);
    }

    void ownEntriesAreReadByOpenSsh()
    {
        // What Supadesk writes must be understood by ssh-keygen -F (the same parser ssh uses).
        const HostKey key = publicKeyOf(
            sshtest::generateKey(m_dir.path(), QStringLiteral("server"), QStringLiteral("ecdsa")));
        const QString own = path(QStringLiteral("own_for_openssh"));
        QVERIFY(KnownHostsFile(own).append(QStringLiteral("127.0.0.1"), 40022, key).ok());
        const QByteArray found = sshtest::run(
            QStringLiteral("ssh-keygen"),
            {QStringLiteral("-F"), QStringLiteral("[127.0.0.1]:40022"), QStringLiteral("-f"), own});
        QVERIFY2(found.contains(key.base64()), found.constData());
    }
};

QTEST_GUILESS_MAIN(TestHostKeys)
#include "tst_hostkeys.moc"
