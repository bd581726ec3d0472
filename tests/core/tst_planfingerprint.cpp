// SPDX-License-Identifier: GPL-3.0-or-later
// The fingerprint that keeps an apply's result on the Review page: the same changes give the same
// fingerprint (whatever language the steps are described in), any different change a different one.
#include "core/setup/applyplan.h"
#include "core/setup/planfingerprint.h"

#include <QtTest>

using namespace supadesk;

namespace {

ApplyPlan plan(const QString &envValue = QStringLiteral("secret-1"),
               const QByteArray &override = "services: {}\n")
{
    ApplyPlan p;
    p.addEnvEdit(QStringLiteral("env"), QStringLiteral("/opt/supabase/.env"),
                 {{QStringLiteral("JWT_SECRET"), envValue}}, QStringLiteral("Edit the .env"));
    p.addFile(QStringLiteral("compose-override"), QStringLiteral("/opt/supabase/docker-compose.override.yml"),
              override, 0644, QStringLiteral("Write the compose override"));
    p.addCommand(QStringLiteral("recreate"), QStringLiteral("docker compose up -d"), QString(),
                 QStringLiteral("Recreate the containers"));
    p.addSql(QStringLiteral("tuning"), QStringLiteral("psql"),
             QStringLiteral("ALTER SYSTEM SET work_mem = '8MB';"),
             QStringLiteral("ALTER SYSTEM RESET work_mem;"), QStringLiteral("Store the settings"));
    return p;
}

} // namespace

class TestPlanFingerprint : public QObject
{
    Q_OBJECT

private slots:
    void samePlanSameFingerprint()
    {
        QCOMPARE(PlanFingerprint::of(plan()), PlanFingerprint::of(plan()));
        QVERIFY(!PlanFingerprint::of(plan()).isEmpty());
    }

    void descriptionsDoNotCount()
    {
        // The same plan built after switching the language.
        ApplyPlan georgian = plan();
        for (ApplyStep &step : georgian.steps())
            step.description = QStringLiteral("ნაბიჯი ") + step.id;
        QCOMPARE(PlanFingerprint::of(georgian), PlanFingerprint::of(plan()));
    }

    void everyChangeCounts()
    {
        const QString base = PlanFingerprint::of(plan());
        QVERIFY(PlanFingerprint::of(plan(QStringLiteral("secret-2"))) != base);
        QVERIFY(PlanFingerprint::of(plan(QStringLiteral("secret-1"), "services: {db: {}}\n")) != base);

        ApplyPlan fewer = plan();
        fewer.steps().removeLast();
        QVERIFY(PlanFingerprint::of(fewer) != base);

        ApplyPlan reordered = plan();
        reordered.steps().swapItemsAt(1, 2);
        QVERIFY(PlanFingerprint::of(reordered) != base);

        ApplyPlan otherUndo = plan();
        otherUndo.steps().last().undoSql = QStringLiteral("ALTER SYSTEM SET work_mem = '4MB';");
        QVERIFY(PlanFingerprint::of(otherUndo) != base);

        ApplyPlan otherPath = plan();
        otherPath.steps()[1].path = QStringLiteral("/srv/supabase/docker-compose.override.yml");
        QVERIFY(PlanFingerprint::of(otherPath) != base);
    }

    void fieldsDoNotRunTogether()
    {
        ApplyPlan joined;
        joined.addCommand(QStringLiteral("x"), QStringLiteral("ab"));
        ApplyPlan split;
        split.addCommand(QStringLiteral("x"), QStringLiteral("a"), QStringLiteral("b"));
        QVERIFY(PlanFingerprint::of(joined) != PlanFingerprint::of(split));
    }

    void emptyPlan()
    {
        QVERIFY(PlanFingerprint::of(ApplyPlan()).isEmpty());
        QVERIFY(PlanFingerprint::of(ApplyPlan()) != PlanFingerprint::of(plan()));
    }
};

QTEST_GUILESS_MAIN(TestPlanFingerprint)
#include "tst_planfingerprint.moc"
