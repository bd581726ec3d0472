// SPDX-License-Identifier: GPL-3.0-or-later
// The ProxyJump syntax as OpenSSH reads it (ssh -J, ProxyJump in ~/.ssh/config).
#include "core/jumphost.h"

#include <QtTest>

using namespace supadesk;

Q_DECLARE_METATYPE(supadesk::JumpHost)

class TestJumpHost : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<JumpHost>>("hops");
        QTest::newRow("empty") << "" << QList<JumpHost>{};
        QTest::newRow("none") << "none" << QList<JumpHost>{};
        QTest::newRow("host") << "bastion" << QList<JumpHost>{{QString(), "bastion", 0}};
        QTest::newRow("user and port")
            << "ops@bastion.example.com:2222" << QList<JumpHost>{{"ops", "bastion.example.com", 2222}};
        QTest::newRow("url") << "ssh://ops@10.0.0.1:22" << QList<JumpHost>{{"ops", "10.0.0.1", 22}};
        QTest::newRow("ipv6") << "[2001:db8::1]:2200" << QList<JumpHost>{{QString(), "2001:db8::1", 2200}};
        QTest::newRow("bare ipv6") << "2001:db8::1" << QList<JumpHost>{{QString(), "2001:db8::1", 0}};
        QTest::newRow("two hops, first first")
            << "a@first:2201, second" << QList<JumpHost>{{"a", "first", 2201}, {QString(), "second", 0}};
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QList<JumpHost>, hops);
        const Result<QList<JumpHost>> parsed = JumpHostList::parse(text);
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed.value(), hops);
        // What is written back reads back the same.
        QCOMPARE(JumpHostList::parse(JumpHostList::format(hops)).value(), hops);
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("port out of range") << "bastion:70000";
        QTest::newRow("port not a number") << "bastion:ssh";
        QTest::newRow("empty user") << "@bastion";
        QTest::newRow("empty hop") << "first,,second";
        QTest::newRow("option injection") << "-oProxyCommand=sh";
        QTest::newRow("unclosed bracket") << "[2001:db8::1:22";
        QTest::newRow("space in host") << "bas tion";
    }
    void malformed()
    {
        QFETCH(QString, text);
        const Result<QList<JumpHost>> parsed = JumpHostList::parse(text);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, QStringLiteral("ssh.jump.syntax"));
    }
};

QTEST_GUILESS_MAIN(TestJumpHost)
#include "tst_jumphost.moc"
