// SPDX-License-Identifier: GPL-3.0-or-later
// A plan opened in the Query analyzer at the window size the app opens with names its hottest node
// without a click: small plans fit, larger ones stop at a zoom where a card's title and time can be
// read and scroll to the hottest node, and zoomed out further the overview writes one-line labels.
// Plans of 4, 9, 72 and about 1,500 nodes.
#include "core/plan/plananalyzer.h"
#include "core/plan/planparser.h"
#include "gui/analyzer/analyzerworkspace.h"
#include "gui/analyzer/plangraphview.h"
#include "gui/analyzer/plannodeitem.h"
#include "gui/analyzer/planoverviewitem.h"
#include "services/translationloader.h"

#include <QFile>
#include <QFontInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;

namespace {

QString sample(const QString &name)
{
    return QStringLiteral(SUPADESK_TEST_DATA_DIR "/plans/") + name;
}

PlanOverviewItem *overviewOf(QGraphicsScene *scene)
{
    for (QGraphicsItem *item : scene->items())
        if (auto *overview = dynamic_cast<PlanOverviewItem *>(item))
            return overview;
    return nullptr;
}

// Pixels darker than the background in a part of the image: text.
int inkIn(const QImage &image, const QRect &area)
{
    int ink = 0;
    const QRect inside = area & image.rect();
    for (int y = inside.top(); y <= inside.bottom(); ++y)
        for (int x = inside.left(); x <= inside.right(); ++x)
            ink += qGray(image.pixel(x, y)) < 160 ? 1 : 0;
    return ink;
}

} // namespace

class TestPlanReadable : public QObject
{
    Q_OBJECT

    std::unique_ptr<AnalyzerWorkspace> m_workspace;
    QTemporaryDir m_dir;

    PlanGraphView *graph() { return m_workspace->findChild<PlanGraphView *>(); }

    QImage render(const QString &name)
    {
        PlanGraphView *view = graph();
        QImage image(view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        view->viewport()->render(&image);
        if (const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR"); !dir.isEmpty())
            image.save(dir + QStringLiteral("/plan-readable-") + name + QStringLiteral(".png"));
        return image;
    }

    void grabWorkspace(const QString &name)
    {
        if (const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR"); !dir.isEmpty())
            m_workspace->grab().save(dir + QStringLiteral("/plan-readable-workspace-") + name +
                                     QStringLiteral(".png"));
    }

    // The hottest node's name is drawn: its card is in view at a zoom where the title is at least 8
    // pixels high and there is text where the title goes, or the overview wrote its label.
    void verifyHottestIsNamed(const QImage &image)
    {
        PlanGraphView *view = graph();
        const int hottest = view->hottestNode();
        QVERIFY(hottest > 0);
        PlanOverviewItem *overview = overviewOf(view->scene());
        QVERIFY(overview);
        if (overview->isVisible()) {
            QVERIFY2(overview->drawnLabels().contains(hottest),
                     "the overview has no label for the hottest node");
            QVERIFY(inkIn(image, overview->drawnLabels().value(hottest).toRect()) > 20);
            return;
        }
        const double titlePixels = view->zoom() * QFontInfo(view->font()).pixelSize();
        QVERIFY2(titlePixels >= 8, qPrintable(QStringLiteral("title %1 px").arg(titlePixels)));
        PlanNodeItem *card = view->itemFor(hottest);
        QVERIFY(card);
        const QRect onScreen = view->mapFromScene(card->sceneBoundingRect()).boundingRect();
        QVERIFY2(view->viewport()->rect().contains(onScreen), "the hottest card is not in view");
        const int line = int(titlePixels * 1.4) + 2;
        const QRect title(onScreen.left() + 4, onScreen.top() + 3, onScreen.width() - 8, line + 4);
        QVERIFY(inkIn(image, title) > 20);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TranslationLoader::instance().apply(QStringLiteral("en"));
        m_workspace = std::make_unique<AnalyzerWorkspace>([](const Stack &) { return std::nullopt; });
        m_workspace->resize(1280, 720);
        m_workspace->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_workspace.get()));

        // About 1,500 nodes: 21 copies of the 72-node plan under one Append.
        QFile file(sample(QStringLiteral("pev2_very_large_verbose_72nodes.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Plan plan = PlanParser::parse(file.readAll()).value();
        const QJsonObject root = QJsonDocument::fromJson(plan.toJson()).array().first().toObject();
        QJsonArray members;
        for (int i = 0; i < 21; ++i)
            members.append(root.value(QLatin1String("Plan")));
        QJsonObject top = root;
        const QJsonObject first = root.value(QLatin1String("Plan")).toObject();
        QJsonObject append = first;
        for (const QString &key : first.keys())
            if (!key.startsWith(QLatin1String("Actual")))
                append.remove(key);
        append.insert(QStringLiteral("Actual Total Time"),
                      21 * first.value(QLatin1String("Actual Total Time")).toDouble());
        append.insert(QStringLiteral("Node Type"), QStringLiteral("Append"));
        append.insert(QStringLiteral("Plans"), members);
        top.insert(QStringLiteral("Plan"), append);
        QFile large(m_dir.filePath(QStringLiteral("large.json")));
        QVERIFY(large.open(QIODevice::WriteOnly));
        large.write(QJsonDocument(QJsonArray{top}).toJson());
    }

    void hottestNodeIsNamedWithoutAClick_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("nodes");
        QTest::newRow("4") << sample(QStringLiteral("pev2_parallel_verbose_workers.json")) << 4;
        QTest::newRow("9") << sample(QStringLiteral("pev2_three_joins_missing_index.json")) << 9;
        QTest::newRow("72") << sample(QStringLiteral("pev2_very_large_verbose_72nodes.json")) << 72;
        QTest::newRow("1513") << m_dir.filePath(QStringLiteral("large.json")) << 1513;
    }

    void hottestNodeIsNamedWithoutAClick()
    {
        QFETCH(QString, path);
        QFETCH(int, nodes);
        const Status opened = m_workspace->openPlanFile(path);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        PlanGraphView *view = graph();
        QVERIFY(view);
        QCOMPARE(view->analysis().plan().size(), nodes);
        auto *tabs = m_workspace->findChild<QTabWidget *>(QStringLiteral("output"));
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->widget(i)->isAncestorOf(view))
                tabs->setCurrentIndex(i);
        QTRY_VERIFY(view->isVisible());
        QTest::qWait(50);
        QVERIFY(view->viewport()->width() > 300);
        const QString tag = QString::fromUtf8(QTest::currentDataTag());
        verifyHottestIsNamed(render(tag + QStringLiteral("-1280")));
        grabWorkspace(tag + QStringLiteral("-1280"));
        // The size the main window opens with.
        m_workspace->resize(1100, 720);
        QTest::qWait(50);
        verifyHottestIsNamed(render(tag + QStringLiteral("-1100")));
        grabWorkspace(tag + QStringLiteral("-1100"));
        m_workspace->resize(1280, 720);
        QTest::qWait(50);
    }

    // Zoomed far out on a large plan, the overview names the hottest node with a label.
    void zoomedOutOverviewLabelsTheHottestNode()
    {
        QVERIFY(m_workspace->openPlanFile(m_dir.filePath(QStringLiteral("large.json"))).ok());
        PlanGraphView *view = graph();
        view->setZoom(0.03);
        view->centerOn(view->itemFor(view->hottestNode())->sceneBoundingRect().center());
        QImage image = render(QStringLiteral("zoomed-out"));
        PlanOverviewItem *overview = overviewOf(view->scene());
        QVERIFY(overview && overview->isVisible());
        QVERIFY(overview->drawnLabels().contains(view->hottestNode()));
        QVERIFY(overview->drawnLabels().size() > 3);
        // No two labels cover each other.
        const QList<QRectF> labels = overview->drawnLabels().values();
        for (qsizetype i = 0; i < labels.size(); ++i)
            for (qsizetype j = i + 1; j < labels.size(); ++j)
                QVERIFY(!labels.at(i).intersects(labels.at(j)));
        verifyHottestIsNamed(image);
    }
};

QTEST_MAIN(TestPlanReadable)
#include "tst_planreadable.moc"
