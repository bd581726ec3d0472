// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/stackrepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;

class TestStackRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString file() const { return m_dir.filePath(QStringLiteral("supadesk.conf")); }

    static Stack make(const QString &name, const QString &group = QString())
    {
        Stack s;
        s.name = name;
        s.group = group;
        s.sshHost = QStringLiteral("host.example");
        s.sshUser = QStringLiteral("ops");
        return s;
    }

    QStringList names(const StackRepository &r)
    {
        QStringList out;
        for (const Stack &s : r.stacks())
            out.append(s.name);
        return out;
    }

private slots:
    void init() { QFile::remove(file()); }

    void addedStacksSurviveARestartInOrder()
    {
        {
            StackRepository repo{StackStore(file())};
            QVERIFY(repo.add(make(QStringLiteral("prod"), QStringLiteral("Production"))).ok());
            QVERIFY(repo.add(make(QStringLiteral("staging"), QStringLiteral("Staging"))).ok());
            QVERIFY(repo.add(make(QStringLiteral("customer-a"), QStringLiteral("Production"))).ok());
        }
        StackRepository reopened{StackStore(file())};
        QCOMPARE(names(reopened), (QStringList{"prod", "staging", "customer-a"}));
        QCOMPARE(reopened.stacks().at(1).group, QStringLiteral("Staging"));
    }

    void invalidStackIsNotSaved()
    {
        StackRepository repo{StackStore(file())};
        QVERIFY(repo.add(make(QStringLiteral("prod"))).ok());
        const Status second = repo.add(make(QStringLiteral("Prod")));
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, QStringLiteral("stack.invalid"));
        Stack noHost = make(QStringLiteral("other"));
        noHost.sshHost.clear();
        QVERIFY(!repo.add(noHost).ok());
        QCOMPARE(StackRepository{StackStore(file())}.stacks().size(), 1);
    }

    void editDuplicateMoveRemove()
    {
        StackRepository repo{StackStore(file())};
        QVERIFY(repo.add(make(QStringLiteral("a"))).ok());
        QVERIFY(repo.add(make(QStringLiteral("b"))).ok());
        Stack a = repo.stacks().first();
        a.sshPort = 2200;
        QVERIFY(repo.update(a).ok());
        const Result<QString> copy = repo.duplicate(a.id);
        QVERIFY(copy.ok());
        QCOMPARE(names(repo), (QStringList{"a", "a (copy)", "b"}));
        QCOMPARE(repo.find(copy.value())->sshPort, 2200);
        QVERIFY(repo.duplicate(a.id).ok());
        QCOMPARE(names(repo), (QStringList{"a", "a (copy 2)", "a (copy)", "b"}));
        QVERIFY(repo.move(repo.stacks().last().id, -10).ok());
        QCOMPARE(names(repo).first(), QStringLiteral("b"));
        QVERIFY(repo.remove(a.id).ok());
        QCOMPARE(names(StackRepository{StackStore(file())}), (QStringList{"b", "a (copy 2)", "a (copy)"}));
    }

    void importIsAllOrNothing()
    {
        StackRepository repo{StackStore(file())};
        QVERIFY(repo.add(make(QStringLiteral("prod"))).ok());
        const QByteArray bad = R"({"format":"supadesk-stacks","version":1,"stacks":[
            {"name":"new1","sshHost":"h","sshUser":"u"},{"name":"new2","sshHost":"","sshUser":"u"}]})";
        QVERIFY(!repo.importJson(bad).ok());
        QCOMPARE(names(StackRepository{StackStore(file())}), QStringList{"prod"});
        const QByteArray good = R"({"format":"supadesk-stacks","version":1,"stacks":[
            {"name":"new1","sshHost":"h","sshUser":"u"}]})";
        const Result<int> imported = repo.importJson(good);
        QVERIFY(imported.ok());
        QCOMPARE(imported.value(), 1);
        QCOMPARE(names(StackRepository{StackStore(file())}), (QStringList{"prod", "new1"}));
    }
};

QTEST_GUILESS_MAIN(TestStackRepository)
#include "tst_stackrepository.moc"
