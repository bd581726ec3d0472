// SPDX-License-Identifier: GPL-3.0-or-later
// A host known by a key of one type that presents a key of another type: not "new", so accept-new
// does not trust it, and what is reported names the types that are known (as OpenSSH does).
#include "ssh/hostkey.h"
#include "ssh/hostkeyverifier.h"
#include "ssh/knownhostsfile.h"
#include "ssh/sshsession.h"
#include "ssh/sshtestsupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;

class TestHostKeyTypes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static HostKey publicKeyOf(const QString &privateKey)
    {
        const QList<QByteArray> fields = sshtest::readAll(privateKey + QStringLiteral(".pub")).split(' ');
        const auto key = HostKey::fromBase64(fields.value(1));
        return key.ok() ? key.value() : HostKey();
    }

    HostKey generated(const QString &type, int bits = 0) const
    {
        return publicKeyOf(
            sshtest::generateKey(m_dir.path(), QStringLiteral("key_%1").arg(type), type, QString(), bits));
    }

    SshConnectOptions harness(const QString &name) const
    {
        SshConnectOptions o = sshtest::harnessLogin();
        o.knownHostsFile = m_dir.filePath(name + QStringLiteral("_own"));
        o.userKnownHostsFile = m_dir.filePath(name + QStringLiteral("_user"));
        o.systemKnownHostsFiles = {m_dir.filePath(name + QStringLiteral("_system"))};
        return o;
    }

private slots:
    void otherTypesAreNamed_data()
    {
        QTest::addColumn<QStringList>("known"); // types listed for the host, in the files below
        QTest::addColumn<QString>("where");     // own, user or system
        QTest::addColumn<QStringList>("named");
        QTest::newRow("RSA in the user's file") << QStringList{"rsa"} << "user" << QStringList{"RSA"};
        QTest::newRow("RSA in Supadesk's file") << QStringList{"rsa"} << "own" << QStringList{"RSA"};
        QTest::newRow("ECDSA in the system file") << QStringList{"ecdsa"} << "system" << QStringList{"ECDSA"};
        QTest::newRow("RSA and ECDSA")
            << QStringList{"rsa", "ecdsa", "rsa"} << "user" << QStringList{"RSA", "ECDSA"};
    }
    void otherTypesAreNamed()
    {
        QFETCH(QStringList, known);
        QFETCH(QString, where);
        QFETCH(QStringList, named);
        const HostKey presented = generated(QStringLiteral("ed25519"));
        const QString host = QStringLiteral("db1.example.com");
        QByteArray lines = "unrelated.example.com " + presented.knownHostsKey() + "\n";
        for (const QString &type : known)
            lines += host.toUtf8() + ' ' +
                     generated(type, type == QLatin1String("rsa") ? 2048 : 0).knownHostsKey() + '\n';
        const QString own = m_dir.filePath(QStringLiteral("named_own"));
        const QString user = m_dir.filePath(QStringLiteral("named_user"));
        const QString system = m_dir.filePath(QStringLiteral("named_system"));
        for (const QString &path : {own, user, system})
            QFile::remove(path);
        QVERIFY(sshtest::appendLine(where == QLatin1String("own")    ? own
                                    : where == QLatin1String("user") ? user
                                                                     : system,
                                    lines));
        const HostKeyVerifier verifier(own, {user, system});
        const auto check = verifier.check(host, 22, presented);
        QVERIFY(check.ok());
        QCOMPARE(check.value().state, HostKeyCheck::State::Unknown);
        QCOMPARE(check.value().otherKeyTypes, named);

        // A host nobody knows is simply new.
        const auto fresh = verifier.check(QStringLiteral("db2.example.com"), 22, presented);
        QCOMPARE(fresh.value().state, HostKeyCheck::State::Unknown);
        QVERIFY(fresh.value().otherKeyTypes.isEmpty());
    }

    // The harness's sshd offers only its ED25519 key; the files know the host by an RSA key.
    void acceptNewDoesNotTrustAKeyOfAnotherType_data()
    {
        QTest::addColumn<QString>("where");
        QTest::newRow("RSA in the user's file") << "user";
        QTest::newRow("RSA in Supadesk's file") << "own";
        QTest::newRow("RSA in the system file") << "system";
    }
    void acceptNewDoesNotTrustAKeyOfAnotherType()
    {
        QFETCH(QString, where);
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "the test sshd");
        SshConnectOptions o = harness(QStringLiteral("accept_") + where);
        o.acceptNewHostKey = true;
        const QString file = where == QLatin1String("own")    ? o.knownHostsFile
                             : where == QLatin1String("user") ? o.userKnownHostsFile
                                                              : o.systemKnownHostsFiles.first();
        const HostKey rsa = generated(QStringLiteral("rsa"), 2048);
        QVERIFY(sshtest::appendLine(file, KnownHostsFile::hostField(o.host, o.port).toUtf8() + ' ' +
                                              rsa.knownHostsKey()));
        const QByteArray before = sshtest::readAll(file);

        SshSession session;
        const Status opened = session.open(o);
        QVERIFY2(!opened.ok(), "a key of a new type was trusted silently");
        QCOMPARE(opened.error().code, QStringLiteral("ssh.hostkey.othertype"));
        QCOMPARE(session.hostKeyCheck().state, HostKeyCheck::State::Unknown);
        QCOMPARE(session.hostKeyCheck().otherKeyTypes, QStringList{QStringLiteral("RSA")});
        QVERIFY2(opened.error().message.contains(QLatin1String("RSA")), qPrintable(opened.error().message));
        QVERIFY(opened.error().message.contains(session.hostKeyCheck().key.fingerprint()));
        QVERIFY(!session.isConnected());
        // Nothing was recorded anywhere.
        QCOMPARE(sshtest::readAll(file), before);
        if (where != QLatin1String("own"))
            QVERIFY(!QFile::exists(o.knownHostsFile));

        // Without accept-new it is the same refusal, for the person to decide.
        o.acceptNewHostKey = false;
        SshSession again;
        const Status asked = again.open(o);
        QVERIFY(!asked.ok());
        QCOMPARE(asked.error().code, QStringLiteral("ssh.hostkey.othertype"));
    }

    // Accept-new still records a host that no file knows by any key.
    void acceptNewStillTrustsAFirstKey()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "the test sshd");
        SshConnectOptions o = harness(QStringLiteral("first"));
        o.acceptNewHostKey = true;
        SshSession session;
        const Status opened = session.open(o);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        QVERIFY(KnownHostsFile(o.knownHostsFile)
                    .lookup(o.host, o.port, session.hostKeyCheck().key)
                    .value()
                    .verdict == KnownHostsFile::Verdict::Match);
    }
};

QTEST_GUILESS_MAIN(TestHostKeyTypes)
#include "tst_hostkeytypes.moc"
