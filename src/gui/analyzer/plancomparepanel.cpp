// SPDX-License-Identifier: GPL-3.0-or-later
#include "plancomparepanel.h"

#include "core/locale/displayformat.h"

#include "core/plan/plancomparator.h"
#include "plancomparisonmodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace supadesk {

PlanComparePanel::PlanComparePanel(QWidget *parent)
    : QWidget(parent), m_before(new QComboBox(this)), m_after(new QComboBox(this)),
      m_beforeLabel(new QLabel(this)), m_afterLabel(new QLabel(this)), m_summary(new QLabel(this)),
      m_table(new QTableView(this)), m_model(new PlanComparisonModel(this))
{
    setObjectName(QStringLiteral("planCompare"));
    m_before->setObjectName(QStringLiteral("compareBefore"));
    m_after->setObjectName(QStringLiteral("compareAfter"));
    for (QComboBox *box : {m_before, m_after}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(24);
        connect(box, &QComboBox::currentIndexChanged, this, &PlanComparePanel::compare);
    }
    m_beforeLabel->setBuddy(m_before);
    m_afterLabel->setBuddy(m_after);
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("compareNodes"));
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(PlanComparisonModel::OperationColumn,
                                                      QHeaderView::Stretch);
    for (int c = PlanComparisonModel::BeforeNodeColumn; c < PlanComparisonModel::ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    auto *choices = new QHBoxLayout;
    choices->addWidget(m_beforeLabel);
    choices->addWidget(m_before, 1);
    choices->addSpacing(12);
    choices->addWidget(m_afterLabel);
    choices->addWidget(m_after, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(choices);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    retranslateUi();
}

void PlanComparePanel::retranslateUi()
{
    m_beforeLabel->setText(tr("&Before:"));
    m_afterLabel->setText(tr("&After:"));
    emit m_model->headerDataChanged(Qt::Horizontal, 0, PlanComparisonModel::ColumnCount - 1);
    compare();
}

void PlanComparePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PlanComparePanel::addPlan(const QString &label, const PlanAnalysis &analysis)
{
    m_plans.append({label, analysis});
    while (m_plans.size() > MaxPlans)
        m_plans.removeFirst();
    fillChoices();
    const int newest = int(m_plans.size()) - 1;
    choose(std::max(0, newest - 1), newest);
}

void PlanComparePanel::fillChoices()
{
    for (QComboBox *box : {m_before, m_after}) {
        const QSignalBlocker blocker(box);
        box->clear();
        // Newest first: the plans people compare are usually the last two.
        for (qsizetype i = m_plans.size() - 1; i >= 0; --i)
            box->addItem(m_plans.at(i).label, int(i));
    }
}

void PlanComparePanel::choose(int beforeIndex, int afterIndex)
{
    {
        const QSignalBlocker blockBefore(m_before);
        const QSignalBlocker blockAfter(m_after);
        m_before->setCurrentIndex(m_before->findData(beforeIndex));
        m_after->setCurrentIndex(m_after->findData(afterIndex));
    }
    compare();
}

void PlanComparePanel::compare()
{
    const int before = m_before->currentData().isValid() ? m_before->currentData().toInt() : -1;
    const int after = m_after->currentData().isValid() ? m_after->currentData().toInt() : -1;
    if (m_plans.size() < 2 || before < 0 || after < 0) {
        m_model->setComparison({});
        m_summary->setText(tr("Run or open two plans to compare them: each plan shown in this session is "
                              "listed here."));
        return;
    }
    const PlanAnalysis &a = m_plans.at(before).analysis;
    const PlanAnalysis &b = m_plans.at(after).analysis;
    const PlanComparison c = PlanComparator::compare(a, b);
    m_model->setComparison(c);
    const DisplayFormat format;
    const int nodes = int(c.nodes.size());
    const QString matched =
        tr("%1 of %n node(s) matched.", nullptr, nodes).arg(DisplayFormat().number(qint64(c.matchedCount())));
    if (!a.hasTiming() || !b.hasTiming()) {
        m_summary->setText(tr("At least one plan has no timing (EXPLAIN without ANALYZE), so only its nodes "
                              "are compared.") +
                           QLatin1Char(' ') + matched);
        return;
    }
    QString change;
    if (c.ratio() > 1.0005)
        change = tr("%1× slower").arg(format.number(c.ratio(), 2));
    else if (c.ratio() > 0 && c.ratio() < 0.9995)
        change = tr("%1× faster").arg(format.number(1 / c.ratio(), 2));
    else
        change = tr("the same time");
    m_summary->setText(
        tr("Before: %1 ms. After: %2 ms. Change: %3 ms, %4.")
            .arg(format.number(c.beforeTotalMs, 2), format.number(c.afterTotalMs, 2),
                 (c.deltaMs() > 0 ? QStringLiteral("+") : QString()) + format.number(c.deltaMs(), 2),
                 change) +
        QLatin1Char(' ') + matched);
}

} // namespace supadesk
