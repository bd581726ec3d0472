// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stackvalidator.h"

#include <QtTest>

using namespace supadesk;

class TestStackValidator : public QObject
{
    Q_OBJECT

    static Stack valid()
    {
        Stack s;
        s.id = QStringLiteral("a");
        s.name = QStringLiteral("Production EU");
        s.sshHost = QStringLiteral("db1.example.com");
        s.sshUser = QStringLiteral("ops");
        return s;
    }

    static QStringList fields(const QList<FieldError> &errors)
    {
        QStringList out;
        for (const FieldError &e : errors)
            out.append(e.field);
        return out;
    }

private slots:
    void defaultsFollowSupabaseLayout()
    {
        const Stack s;
        QCOMPARE(s.installDir, QStringLiteral("/opt/supabase/supabase/docker"));
        QCOMPARE(s.dbHost, QStringLiteral("127.0.0.1"));
        QCOMPARE(s.dbPort, 5432);
        QCOMPARE(s.gatewayPort, 8000);
        QCOMPARE(s.sshPort, 22);
    }

    void validStackHasNoErrors() { QVERIFY(StackValidator().validate(valid(), {}).isEmpty()); }

    void stackWithoutSupavisorMetricsIsValid()
    {
        // 0: a PgBouncer stack, or Supavisor's metrics left unpublished; the tunnel has no such forward.
        Stack s = valid();
        s.poolerMetricsPort = 0;
        QVERIFY(StackValidator().validate(s, {}).isEmpty());
        QCOMPARE(Stack().poolerMetricsPort, 4000);
    }

    void invalidField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("variant");
        QTest::newRow("empty name") << "name" << 0;
        QTest::newRow("empty host") << "sshHost" << 1;
        QTest::newRow("host with space") << "sshHost" << 2;
        QTest::newRow("port zero") << "sshPort" << 3;
        QTest::newRow("port too big") << "sshPort" << 4;
        QTest::newRow("no user") << "sshUser" << 5;
        QTest::newRow("relative install dir") << "installDir" << 6;
        QTest::newRow("db port") << "dbPort" << 7;
        QTest::newRow("gateway port") << "gatewayPort" << 8;
        QTest::newRow("key file missing") << "keyFile" << 9;
        QTest::newRow("option-looking host") << "sshHost" << 10;
        QTest::newRow("jump host port") << "jumpHosts" << 11;
        QTest::newRow("metrics port too big") << "poolerMetricsPort" << 12;
    }

    void invalidField()
    {
        QFETCH(QString, field);
        QFETCH(int, variant);
        Stack s = valid();
        switch (variant) {
        case 0:
            s.name = QStringLiteral("  ");
            break;
        case 1:
            s.sshHost.clear();
            break;
        case 2:
            s.sshHost = QStringLiteral("db 1");
            break;
        case 3:
            s.sshPort = 0;
            break;
        case 4:
            s.sshPort = 70000;
            break;
        case 5:
            s.sshUser.clear();
            break;
        case 6:
            s.installDir = QStringLiteral("opt/supabase");
            break;
        case 7:
            s.dbPort = -1;
            break;
        case 8:
            s.gatewayPort = 65536;
            break;
        case 9:
            s.authMethod = AuthMethod::KeyFile;
            break;
        case 10:
            s.sshHost = QStringLiteral("-oProxyCommand=x");
            break;
        case 11:
            s.jumpHosts = QStringLiteral("ops@bastion:0");
            break;
        case 12:
            s.poolerMetricsPort = 65536;
            break;
        }
        const QList<FieldError> errors = StackValidator().validate(s, {});
        QCOMPARE(fields(errors), QStringList{field});
        QVERIFY(!errors.first().message.isEmpty());
    }

    void duplicateNameIsCaseInsensitiveButNotAgainstItself()
    {
        Stack other = valid();
        other.id = QStringLiteral("b");
        other.name = QStringLiteral("production eu");
        QCOMPARE(fields(StackValidator().validate(valid(), {other})), QStringList{QStringLiteral("name")});
        QVERIFY(StackValidator().validate(valid(), {valid()}).isEmpty()); // editing itself
    }

    void unreadableKeyFileIsReported()
    {
        Stack s = valid();
        s.authMethod = AuthMethod::KeyFile;
        s.keyFile = QStringLiteral("/nonexistent/id_ed25519");
        const StackValidator validator(
            [](const QString &path) { return path.endsWith(QLatin1String("ok")); });
        const QList<FieldError> errors = validator.validate(s, {});
        QCOMPARE(fields(errors), QStringList{QStringLiteral("keyFile")});
        QVERIFY(errors.first().message.contains(s.keyFile));
        s.keyFile = QStringLiteral("/home/ops/.ssh/ok");
        QVERIFY(validator.validate(s, {}).isEmpty());
    }

    void authMethodKeysRoundTrip()
    {
        for (AuthMethod m : {AuthMethod::Agent, AuthMethod::KeyFile, AuthMethod::Password}) {
            bool known = false;
            QCOMPARE(authMethodFromKey(authMethodKey(m), &known), m);
            QVERIFY(known);
        }
        bool known = true;
        authMethodFromKey(QStringLiteral("kerberos"), &known);
        QVERIFY(!known);
    }
};

QTEST_GUILESS_MAIN(TestStackValidator)
#include "tst_stackvalidator.moc"
