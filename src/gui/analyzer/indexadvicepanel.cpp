// SPDX-License-Identifier: GPL-3.0-or-later
#include "indexadvicepanel.h"

#include "core/locale/displayformat.h"

#include "core/plan/indexcandidates.h"

#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace supadesk {

IndexAdvicePanel::IndexAdvicePanel(QWidget *parent)
    : QWidget(parent), m_try(new QPushButton(this)), m_message(new QLabel(this)),
      m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("indexAdvice"));
    m_try->setObjectName(QStringLiteral("tryIndexes"));
    connect(m_try, &QPushButton::clicked, this, &IndexAdvicePanel::tryIndexes);
    m_message->setObjectName(QStringLiteral("indexAdviceMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("indexAdviceTable"));
    m_table->setColumnCount(5);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 5; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    auto *top = new QHBoxLayout;
    top->addWidget(m_try);
    top->addWidget(m_message, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    retranslateUi();
}

void IndexAdvicePanel::retranslateUi()
{
    m_try->setText(tr("Try Indexes"));
    m_try->setToolTip(tr("Plan the statement again with hypothetical indexes (hypopg); nothing is built"));
    m_table->setHorizontalHeaderLabels(
        {tr("Index"), tr("Node"), tr("Cost without"), tr("Cost with"), tr("Cheaper by")});
    // Rows hold translated words: fill them again.
    showAdvice(m_advice);
}

void IndexAdvicePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void IndexAdvicePanel::setEndpoint(const std::optional<DbEndpoint> &endpoint)
{
    if (endpoint != m_endpoint) {
        ++m_generation;
        m_running = false;
    }
    m_endpoint = endpoint;
    updateState();
}

void IndexAdvicePanel::setPlan(const PlanAnalysis &analysis)
{
    ++m_generation;
    m_running = false;
    m_plan = analysis;
    m_candidates = IndexCandidates::find(analysis.plan());
    m_advice.clear();
    m_status.clear();
    m_table->setRowCount(0);
    updateState();
}

void IndexAdvicePanel::updateState()
{
    const bool hasStatement = m_plan && !m_plan->plan().queryText().trimmed().isEmpty();
    m_try->setEnabled(m_endpoint && hasStatement && !m_candidates.isEmpty() && !m_running);
    QString text;
    if (m_running)
        text = tr("Planning with hypothetical indexes…");
    else if (!m_status.isEmpty())
        text = m_status;
    else if (!m_plan)
        text = tr("Explain a statement to get index advice for its sequential scans.");
    else if (m_candidates.isEmpty())
        text = tr("This plan has no sequential scan with a filter, so there is no index to try.");
    else if (!hasStatement)
        text = tr("The statement of this plan is not known: explain it from the editor to try indexes.");
    else if (!m_endpoint)
        text = tr("Connect the stack to try indexes.");
    else
        text = tr("%n index(es) to try for the sequential scans of this plan.", nullptr,
                  int(m_candidates.size()));
    m_message->setText(text);
}

void IndexAdvicePanel::tryIndexes()
{
    start(false);
}

void IndexAdvicePanel::start(bool createExtension)
{
    if (!m_endpoint || !m_plan || m_running || m_candidates.isEmpty())
        return;
    m_running = true;
    updateState();
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<Result<QList<IndexAdvice>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_running = false;
        const Result<QList<IndexAdvice>> result = watcher->result();
        if (!result.ok() && result.error().code == QLatin1String("hypopg.not-created")) {
            QMessageBox confirm(QMessageBox::Question, tr("Create hypopg"),
                                result.error().message + QStringLiteral("\n\n") +
                                    tr("Create the extension now? It adds functions only; hypothetical "
                                       "indexes exist only for Supadesk's session and no index is built."),
                                QMessageBox::Cancel, this);
            confirm.setObjectName(QStringLiteral("ConfirmCreateHypopg"));
            QPushButton *create = confirm.addButton(tr("Create Extension"), QMessageBox::AcceptRole);
            create->setObjectName(QStringLiteral("createHypopg"));
            confirm.exec();
            if (confirm.clickedButton() == create)
                return start(true);
        }
        if (!result.ok()) {
            m_status = result.error().message;
            m_advice.clear();
            m_table->setRowCount(0);
            return updateState();
        }
        showAdvice(result.value());
    });
    const DbEndpoint endpoint = *m_endpoint;
    const QString sql = m_plan->plan().queryText();
    const QList<IndexCandidate> candidates = m_candidates;
    watcher->setFuture(QtConcurrent::run([endpoint, sql, candidates, createExtension] {
        return HypotheticalIndexAdvisor::advise(endpoint, sql, candidates, createExtension);
    }));
}

void IndexAdvicePanel::showAdvice(const Result<QList<IndexAdvice>> &result)
{
    if (!result.ok())
        return;
    m_advice = result.value();
    const DisplayFormat format;
    m_table->setRowCount(int(m_advice.size()));
    int helping = 0;
    for (int row = 0; row < m_advice.size(); ++row) {
        const IndexAdvice &a = m_advice.at(row);
        helping += a.used && a.saving() > 0 ? 1 : 0;
        const QString node = m_plan && m_plan->plan().contains(a.candidate.nodeId)
                                 ? QStringLiteral("#%1 %2")
                                       .arg(a.candidate.nodeId)
                                       .arg(m_plan->plan().node(a.candidate.nodeId).displayType())
                                 : QString();
        const QStringList cells{a.candidate.createStatement(), node, format.number(a.costWithout, 2),
                                format.number(a.costWith, 2),
                                a.used ? format.percent(100 * a.saving()) : tr("not used")};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c > 1)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, c, item);
        }
    }
    if (!m_advice.isEmpty())
        m_status = tr("%1 of %n index(es) would make the statement cheaper. Costs are the planner's "
                      "estimates; nothing was built.",
                      nullptr, int(m_advice.size()))
                       .arg(helping);
    updateState();
}

} // namespace supadesk
