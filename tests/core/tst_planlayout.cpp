// SPDX-License-Identifier: GPL-3.0-or-later
// Where the cards of a plan drawing go: no two overlap, parents sit over their children, and
// collapsing a node hides its sub-tree.
#include "core/plan/planlayout.h"
#include "core/plan/planparser.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace supadesk;

namespace {

Plan sample(const QString &name)
{
    QFile file(QStringLiteral(SUPADESK_TEST_DATA_DIR "/plans/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing %s", qPrintable(name));
    return PlanParser::parse(file.readAll()).value();
}

} // namespace

class TestPlanLayout : public QObject
{
    Q_OBJECT

private slots:
    void cardsDoNotOverlap_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QStringLiteral(SUPADESK_TEST_DATA_DIR "/plans"));
        for (const QString &name :
             dir.entryList({QStringLiteral("*.json"), QStringLiteral("*.txt")}, QDir::Files))
            QTest::newRow(qPrintable(name)) << name;
    }

    void cardsDoNotOverlap()
    {
        QFETCH(QString, file);
        const Plan plan = sample(file);
        const PlanLayout::Metrics metrics;
        const QList<QRectF> rects = PlanLayout::compute(plan, {}, metrics);
        QCOMPARE(rects.size(), plan.size());
        QCOMPARE(rects.first().top(), 0.0);
        for (int i = 0; i < rects.size(); ++i) {
            QVERIFY(!rects.at(i).isEmpty());
            QCOMPARE(rects.at(i).size(), QSizeF(metrics.cardWidth, metrics.cardHeight));
            for (int j = i + 1; j < rects.size(); ++j)
                QVERIFY2(!rects.at(i).intersects(rects.at(j)),
                         qPrintable(QStringLiteral("#%1 and #%2").arg(i + 1).arg(j + 1)));
        }
        for (const PlanNode &n : plan.nodes()) {
            const QRectF r = rects.at(n.id - 1);
            if (n.parentId > 0)
                QVERIFY(r.top() > rects.at(n.parentId - 1).bottom());
            if (!n.childIds.isEmpty()) {
                const double first = rects.at(n.childIds.first() - 1).center().x();
                const double last = rects.at(n.childIds.last() - 1).center().x();
                QCOMPARE(r.center().x(), (first + last) / 2);
            }
        }
    }

    void collapsedSubtreesAreHidden()
    {
        const Plan plan = sample(QStringLiteral("pev2_buffers_unicode_frame.txt"));
        const int join = plan.root().childIds.last();
        const QList<QRectF> full = PlanLayout::compute(plan);
        const QList<QRectF> rects = PlanLayout::compute(plan, {join});
        QVERIFY(!rects.at(join - 1).isEmpty());
        for (const PlanNode &n : plan.nodes()) {
            bool below = false;
            for (int a = n.parentId; a > 0; a = plan.node(a).parentId)
                below |= a == join;
            QCOMPARE(rects.at(n.id - 1).isEmpty(), below);
        }
        // The collapsed plan is narrower.
        QRectF extentFull;
        QRectF extent;
        for (const QRectF &r : full)
            extentFull |= r;
        for (const QRectF &r : rects)
            extent |= r;
        QVERIFY(extent.width() < extentFull.width());
    }
};

QTEST_GUILESS_MAIN(TestPlanLayout)
#include "tst_planlayout.moc"
