// SPDX-License-Identifier: GPL-3.0-or-later
// The Uptime workspace's figures read from the app's uptime history (UptimeStore in SQLite) are the
// ones the core computes from the same probes: month, days, incidents, target and maintenance.
#include "db/uptimestore.h"
#include "gui/uptime/memoryuptimesource.h"
#include "gui/uptime/storeuptimesource.h"
#include "uptimescenario.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;
namespace sc = uptimescenario;

class TestUptimeStoreSource : public QObject
{
    Q_OBJECT

private slots:
    void sameFiguresAsFromProbes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // The first ten days of staging: its 60-minute outage on 8 November and nothing after.
        ProbeResults probes;
        for (const ProbeResult &p : sc::staging())
            if (p.tMs < sc::at(11, 0, 0))
                probes.append(p);
        const Stack stack = sc::stacks().at(1);
        {
            UptimeStore store(dir.path());
            QVERIFY(store.open().ok());
            const Result<int> added = store.addProbes(stack.id, probes);
            QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
        }
        UptimeStore history(dir.path());
        StoreUptimeSource fromStore([] { return sc::stacks(); }, nullptr, &history);
        MemoryUptimeSource fromProbes([] { return sc::stacks(); });
        fromProbes.setProbes(stack.id, probes);
        for (UptimeSource *source :
             {static_cast<UptimeSource *>(&fromStore), static_cast<UptimeSource *>(&fromProbes)}) {
            QVERIFY(source->setTarget(stack.id, 0.9995).ok());
            QVERIFY(source->addMaintenance(stack.id, {sc::at(2, 1, 0), sc::at(2, 2, 0)}, QStringLiteral("x"))
                        .ok());
        }
        QCOMPARE(fromStore.target(stack.id), 0.9995);
        QCOMPARE(fromStore.maintenance(stack.id).value().size(), 1);

        const qint64 now = sc::at(11, 0, 0);
        const Result<UptimeOverview> a = fromStore.overview(stack, 2026, 11, QTimeZone::utc(), now);
        QVERIFY2(a.ok(), a.ok() ? "" : qPrintable(a.error().message));
        const Result<UptimeOverview> b = fromProbes.overview(stack, 2026, 11, QTimeZone::utc(), now);
        QVERIFY(b.ok());
        const UptimeOverview &s = a.value();
        const UptimeOverview &m = b.value();
        QCOMPARE(s.monthReport.downMs, qint64(60 * 60'000));
        QCOMPARE(s.monthReport.downMs, m.monthReport.downMs);
        QCOMPARE(s.monthReport.maintenanceMs, m.monthReport.maintenanceMs);
        QVERIFY(qFuzzyCompare(*s.monthReport.availability, *m.monthReport.availability));
        QVERIFY(qFuzzyCompare(s.budget.remainingMinutes, m.budget.remainingMinutes));
        QCOMPARE(s.incidents.size(), 1);
        QCOMPARE(s.incidents.at(0).range, m.incidents.at(0).range);
        QCOMPARE(s.incidents.at(0).reasons, QStringList{QStringLiteral("timeout")});
        QCOMPARE(s.days.size(), 30);
        for (int i = 0; i < 30; ++i)
            QCOMPARE(s.days.at(i).availability.has_value(), m.days.at(i).availability.has_value());
        QVERIFY(qFuzzyCompare(*s.days.at(7).availability, (1440.0 - 60) / 1440.0));
        QVERIFY(qFuzzyCompare(*s.last7d, *m.last7d));
        QCOMPARE(s.latency.size(), 3);
        QVERIFY(s.latency.at(0).days.at(0).p50.has_value());
    }
};

QTEST_MAIN(TestUptimeStoreSource)
#include "tst_uptimestoresource.moc"
