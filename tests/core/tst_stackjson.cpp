// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stackjson.h"

#include <QJsonDocument>
#include <QtTest>

using namespace supadesk;

class TestStackJson : public QObject
{
    Q_OBJECT

    static Stack sample(const QString &name)
    {
        Stack s;
        s.id = Stack::newId();
        s.name = name;
        s.group = QStringLiteral("Production");
        s.sshHost = QStringLiteral("10.0.0.5");
        s.sshPort = 2222;
        s.sshUser = QStringLiteral("deploy");
        s.authMethod = AuthMethod::Password;
        s.dbPort = 6432;
        s.poolerMetricsPort = 4100;
        return s;
    }

private slots:
    void exportThenImportKeepsEverythingButIds()
    {
        const StackList original{sample(QStringLiteral("prod")), sample(QStringLiteral("staging"))};
        const QByteArray json = StackJson::exportStacks(original);
        const Result<StackList> imported = StackJson::importStacks(json, {}, StackValidator());
        QVERIFY2(imported.ok(), qPrintable(imported ? QString() : imported.error().message));
        QCOMPARE(imported.value().size(), 2);
        for (int i = 0; i < 2; ++i) {
            Stack expected = original.at(i);
            expected.id = imported.value().at(i).id;
            QCOMPARE(imported.value().at(i), expected);
            QVERIFY(imported.value().at(i).id != original.at(i).id);
        }
    }

    void exportHasNoSecretFields()
    {
        const QByteArray json = StackJson::exportStacks({sample(QStringLiteral("prod"))});
        QVERIFY(!json.contains("password\":"));
        QVERIFY(!json.contains("passphrase"));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("{nope") << "JSON";
        QTest::newRow("wrong format") << QByteArray(R"({"format":"other","stacks":[]})") << "export";
        QTest::newRow("newer version")
            << QByteArray(R"({"format":"supadesk-stacks","version":9,"stacks":[]})") << "9";
        QTest::newRow("no list") << QByteArray(R"({"format":"supadesk-stacks","version":1})") << "list";
        QTest::newRow("entry not object")
            << QByteArray(R"({"format":"supadesk-stacks","version":1,"stacks":[3]})") << "1";
        QTest::newRow("invalid port")
            << QByteArray(
                   R"({"format":"supadesk-stacks","version":1,"stacks":[{"name":"x","sshHost":"h","sshUser":"u","sshPort":0}]})")
            << "65535";
        QTest::newRow("duplicate of existing")
            << QByteArray(
                   R"({"format":"supadesk-stacks","version":1,"stacks":[{"name":"PROD","sshHost":"h","sshUser":"u"}]})")
            << "PROD";
        QTest::newRow("duplicate inside file")
            << QByteArray(
                   R"({"format":"supadesk-stacks","version":1,"stacks":[{"name":"a","sshHost":"h","sshUser":"u"},{"name":"A","sshHost":"h","sshUser":"u"}]})")
            << "A";
        QTest::newRow("unknown auth")
            << QByteArray(
                   R"({"format":"supadesk-stacks","version":1,"stacks":[{"name":"a","sshHost":"h","sshUser":"u","auth":"gssapi"}]})")
            << "gssapi";
    }

    void badInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const Result<StackList> imported =
            StackJson::importStacks(json, {sample(QStringLiteral("prod"))}, StackValidator());
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().code, QStringLiteral("import.invalid"));
        QVERIFY2(imported.error().message.contains(mentions), qPrintable(imported.error().message));
    }
};

QTEST_GUILESS_MAIN(TestStackJson)
#include "tst_stackjson.moc"
