// SPDX-License-Identifier: GPL-3.0-or-later
// Which tuned settings wait for a restart of PostgreSQL: with the server's values known, exactly the
// restart-only settings that change; without them, every restart-only setting.
#include "core/setup/pgtuner.h"
#include "core/setup/restartdecision.h"

#include <QtTest>

using namespace supadesk;

namespace {

HostProfile host()
{
    HostProfile h;
    h.ramMb = 16 * 1024;
    h.cpus = 4;
    h.storage = StorageKind::Ssd;
    h.connections = 200;
    h.workload = Workload::Web;
    return h;
}

PgSettings tuned()
{
    const Result<PgSettings> settings = PgTuner::tune(host());
    if (!settings.ok())
        qFatal("the reference host cannot be tuned");
    return settings.value();
}

// What a server that already runs with every tuned value reports.
QHash<QString, QString> alreadyTuned()
{
    QHash<QString, QString> current;
    for (const PgSetting &s : tuned())
        current.insert(s.name, s.value);
    return current;
}

QStringList restartOnly()
{
    QStringList names;
    for (const PgSetting &s : tuned())
        if (s.needsRestart)
            names << s.name;
    return names;
}

} // namespace

class TestRestartDecision : public QObject
{
    Q_OBJECT

private slots:
    void serverValuesUnknown()
    {
        const RestartDecision decision = RestartDecision::of(tuned(), {});
        QVERIFY(!decision.currentKnown);
        QCOMPARE(decision.settings, restartOnly());
        QVERIFY(decision.settings.contains(QStringLiteral("shared_buffers")));
        QVERIFY(!decision.settings.contains(QStringLiteral("work_mem")));
        QVERIFY(decision.needed());
    }

    void nothingChanges()
    {
        const RestartDecision decision = RestartDecision::of(tuned(), alreadyTuned());
        QVERIFY(decision.currentKnown);
        QVERIFY(decision.settings.isEmpty());
        QVERIFY(!decision.needed());
    }

    void onlyAChangedRestartSettingCounts()
    {
        QHash<QString, QString> current = alreadyTuned();
        current.insert(QStringLiteral("work_mem"), QStringLiteral("4MB")); // reloads, no restart
        QVERIFY(RestartDecision::of(tuned(), current).settings.isEmpty());

        current.insert(QStringLiteral("shared_buffers"), QStringLiteral("128MB"));
        const RestartDecision decision = RestartDecision::of(tuned(), current);
        QCOMPARE(decision.settings, QStringList{QStringLiteral("shared_buffers")});
        QVERIFY(decision.needed());
    }

    void valuesCompareByMeaning()
    {
        QHash<QString, QString> current = alreadyTuned();
        QCOMPARE(current.value(QStringLiteral("shared_buffers")), QStringLiteral("4GB"));
        current.insert(QStringLiteral("shared_buffers"), QStringLiteral("4096MB"));
        QVERIFY(RestartDecision::of(tuned(), current).settings.isEmpty());
    }

    void settingTheServerDoesNotReportChanges()
    {
        QHash<QString, QString> current = alreadyTuned();
        current.remove(QStringLiteral("max_connections"));
        QCOMPARE(RestartDecision::of(tuned(), current).settings,
                 QStringList{QStringLiteral("max_connections")});
    }

    void forHost()
    {
        QCOMPARE(RestartDecision::forHost(host(), {}).settings, restartOnly());
        QVERIFY(RestartDecision::forHost(host(), alreadyTuned()).settings.isEmpty());
        // A host that cannot be tuned changes no setting.
        const RestartDecision none = RestartDecision::forHost(HostProfile(), alreadyTuned());
        QVERIFY(none.settings.isEmpty());
        QVERIFY(none.currentKnown);
    }
};

QTEST_GUILESS_MAIN(TestRestartDecision)
#include "tst_restartdecision.moc"
