// SPDX-License-Identifier: GPL-3.0-or-later
// Index advice starts from the plan: the columns a sequential scan's filter compares, equality first,
// as a CREATE INDEX statement hypopg can try.
#include "core/plan/indexcandidates.h"
#include "core/plan/planparser.h"

#include <QFile>
#include <QtTest>

using namespace supadesk;

namespace {

Plan sample(const QString &name)
{
    QFile file(QStringLiteral(SUPADESK_TEST_DATA_DIR "/plans/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing %s", qPrintable(name));
    Result<Plan> plan = PlanParser::parse(file.readAll());
    if (!plan.ok())
        qFatal("%s", qPrintable(plan.error().message));
    return std::move(plan).value();
}

} // namespace

class TestPlanIndexCandidates : public QObject
{
    Q_OBJECT

private slots:
    void readsFilterColumns_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("columns");
        QTest::newRow("two equalities") << QStringLiteral("((a = 7) AND (b = 7))")
                                        << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("range after equality")
            << QStringLiteral("((created_at > '2024-01-01'::date) AND (status = 'paid'::text))")
            << QStringList{QStringLiteral("status"), QStringLiteral("created_at")};
        QTest::newRow("qualified and cast")
            << QStringLiteral("((rel_users_exams.exam_id = 1) AND ((rel_users_exams.user_username)::text = "
                              "'nicolas1'::text))")
            << QStringList{QStringLiteral("exam_id"), QStringLiteral("user_username")};
        QTest::newRow("is null") << QStringLiteral("(sp.deleted_at IS NULL)")
                                 << QStringList{QStringLiteral("deleted_at")};
        QTest::newRow("parameter") << QStringLiteral("(amount > $0)")
                                   << QStringList{QStringLiteral("amount")};
        QTest::newRow("comparison inside a literal")
            << QStringLiteral("(note = 'x = 1 AND y > 2'::text)") << QStringList{QStringLiteral("note")};
        QTest::newRow("function of a column")
            << QStringLiteral("(lower(name) = 'bob'::text)") << QStringList{};
        QTest::newRow("at most three")
            << QStringLiteral("((a = 1) AND (b = 2) AND (c = 3) AND (d = 4))")
            << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    }

    void readsFilterColumns()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, columns);
        QCOMPARE(IndexCandidates::filterColumns(filter), columns);
    }

    void proposesAnIndexPerFilteredScan()
    {
        const QList<IndexCandidate> candidates =
            IndexCandidates::find(sample(QStringLiteral("golden/pg15_misestimate.json")));
        QCOMPARE(candidates.size(), 1);
        QCOMPARE(candidates.first().relation, QStringLiteral("orders"));
        QCOMPARE(candidates.first().createStatement(),
                 QStringLiteral("CREATE INDEX ON \"orders\" (\"a\", \"b\")"));
        // A scan without a filter has nothing to index.
        const Plan initplan = sample(QStringLiteral("golden/pg15_initplan.json"));
        const QList<IndexCandidate> fromInitPlan = IndexCandidates::find(initplan);
        QCOMPARE(fromInitPlan.size(), 1);
        QCOMPARE(
            initplan.node(fromInitPlan.first().nodeId).properties.value(QLatin1String("Filter")).toString(),
            QStringLiteral("(amount > $0)"));
    }

    void quotesIdentifiers()
    {
        IndexCandidate c;
        c.schema = QStringLiteral("public");
        c.relation = QStringLiteral("Odd\"Name");
        c.columns = {QStringLiteral("x")};
        QCOMPARE(c.createStatement(), QStringLiteral("CREATE INDEX ON \"public\".\"Odd\"\"Name\" (\"x\")"));
    }
};

QTEST_MAIN(TestPlanIndexCandidates)
#include "tst_planindexcandidates.moc"
