// SPDX-License-Identifier: GPL-3.0-or-later
#include "preflightpage.h"

#include "core/setup/preflightevaluator.h"
#include "gui/common/messagewidget.h"
#include "itemroles.h"
#include "services/setup/preflightrunner.h"
#include "services/stackconnection.h"
#include "setupplan.h"
#include "ui_preflightpage.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>

namespace supadesk {

namespace {

enum Column { LevelColumn, CheckColumn, ObservedColumn, ReasonColumn, FixColumn, Columns };

StatePalette::Role levelRole(PreflightFinding::Level level)
{
    switch (level) {
    case PreflightFinding::Level::Green:
        return StatePalette::Role::Ok;
    case PreflightFinding::Level::Amber:
        return StatePalette::Role::Warn;
    case PreflightFinding::Level::Red:
        break;
    }
    return StatePalette::Role::Bad;
}

} // namespace

PreflightPage::PreflightPage(SetupPlan *plan, QWidget *parent)
    : SetupPage(plan, parent), m_ui(std::make_unique<Ui::PreflightPage>()),
      m_useServerPorts(new QAction(this))
{
    m_ui->setupUi(this);
    m_useServerPorts->setObjectName(QStringLiteral("useServerPorts"));
    connect(m_useServerPorts, &QAction::triggered, this, &PreflightPage::useServerPorts);
    m_ui->portsMessage->setType(MessageWidget::Type::Warning);
    m_ui->portsMessage->label()->setObjectName(QStringLiteral("portsMismatch"));
    m_ui->portsMessage->addAction(m_useServerPorts);
    m_ui->portsMessage->hide(); // shown when the stack's ports differ from the server's
    // The button's own shortcut is the mnemonic of its text; F5 is an extra one, active on this page.
    auto *f5 =
        new QShortcut(QKeySequence(Qt::Key_F5), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(f5, &QShortcut::activated, m_ui->rerunPreflight, &QPushButton::animateClick);
    ItemRoles::followPalette(m_ui->preflightTable);
    auto *header = m_ui->preflightTable->horizontalHeader();
    header->setSectionResizeMode(LevelColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CheckColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ObservedColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ReasonColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(FixColumn, QHeaderView::Stretch);
    m_ui->preflightTable->setColumnWidth(ObservedColumn, 180);
    m_ui->preflightTable->setColumnWidth(ReasonColumn, 240);
    m_ui->findingDetails->setMinimumHeight(m_ui->findingDetails->fontMetrics().height() * 4);

    connect(m_ui->rerunPreflight, &QPushButton::clicked, this, &PreflightPage::rerun);
    connect(m_ui->preflightTable, &QTableWidget::currentCellChanged, this, &PreflightPage::showDetails);
    connect(plan, &SetupPlan::stackChanged, this, [this] {
        if (this->plan()->stack() && this->plan()->stack()->id == m_ranFor)
            return showLayout(); // the same stack, perhaps with other ports
        if (m_runner)
            m_runner->cancel();
        m_findings.clear();
        m_layout = StackLayout();
        m_layoutError.clear();
        m_error.clear();
        m_ranFor.clear();
        rebuild();
    });
    connect(plan, &SetupPlan::connectionChanged, this, &PreflightPage::rebuild);
    retranslateUi();
}

PreflightPage::~PreflightPage() = default;

QString PreflightPage::title() const
{
    return tr("Preflight");
}

QString PreflightPage::explanation() const
{
    return tr("Reads the server: vCPUs, RAM, disks, operating system, Docker and compose, log rotation, "
              "listening ports, time sync and the install directory. Each finding is measured against the "
              "production minimum (4 vCPUs, 8 GB RAM, 100 GB SSD) and says how to fix it.");
}

bool PreflightPage::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

void PreflightPage::entered()
{
    if (plan()->isConnected() && m_ranFor != plan()->stack()->id && !isRunning())
        rerun();
}

void PreflightPage::rerun()
{
    StackConnection *connection = plan()->connection();
    if (!connection)
        return rebuild();
    delete m_runner;
    m_runner = new PreflightRunner(connection, this);
    connect(m_runner, &PreflightRunner::finished, this, &PreflightPage::onFinished);
    connect(m_runner, &PreflightRunner::failed, this, [this](const QString &, const QString &message) {
        m_error = message;
        rebuild();
        emit preflightFinished();
    });
    m_error.clear();
    m_runner->run(plan()->installDir());
    rebuild();
}

void PreflightPage::onFinished()
{
    m_findings = m_runner->findings();
    m_facts = m_runner->facts();
    m_layout = m_runner->layout();
    m_layoutError = m_runner->layoutError();
    m_ranFor = plan()->stack() ? plan()->stack()->id : QString();
    // The host's size prefills the tuning page; connections and workload stay the user's choice.
    HostProfile suggested = PreflightEvaluator::suggestedProfile(m_facts);
    HostProfile host = plan()->host();
    if (suggested.ramMb > 0)
        host.ramMb = suggested.ramMb;
    if (suggested.cpus > 0)
        host.cpus = suggested.cpus;
    if (m_facts.rotational)
        host.storage = suggested.storage;
    plan()->setHost(host);
    if (m_facts.pooler == PoolerKind::PgBouncer)
        plan()->setPooler(SetupPlan::Pooler::PgBouncer);
    else if (m_facts.pooler == PoolerKind::Supavisor)
        plan()->setPooler(SetupPlan::Pooler::Supavisor);
    rebuild();
    emit preflightFinished();
}

void PreflightPage::showDetails()
{
    const int row = m_ui->preflightTable->currentRow();
    if (row < 0 || row >= m_findings.size())
        return m_ui->findingDetails->clear();
    const PreflightFinding &f = m_findings.at(row);
    QString text = QStringLiteral("<b>%1</b>: %2").arg(f.title.toHtmlEscaped(), f.observed.toHtmlEscaped());
    if (!f.reason.isEmpty())
        text += QStringLiteral("<br>") + f.reason.toHtmlEscaped();
    if (!f.fix.isEmpty())
        text += QStringLiteral("<br>") + tr("Fix: %1").arg(f.fix.toHtmlEscaped());
    m_ui->findingDetails->setText(text);
}

std::optional<Stack> PreflightPage::withServerPorts() const
{
    if (!plan()->stack() || m_ranFor != plan()->stack()->id)
        return std::nullopt;
    Stack stack = *plan()->stack();
    if (m_layout.gatewayPort > 0)
        stack.gatewayPort = m_layout.gatewayPort;
    if (m_layout.poolerPort > 0)
        stack.poolerPort = m_layout.poolerPort;
    if (stack.gatewayPort == plan()->stack()->gatewayPort && stack.poolerPort == plan()->stack()->poolerPort)
        return std::nullopt;
    return stack;
}

void PreflightPage::showLayout()
{
    if (m_ranFor.isEmpty() || !plan()->stack()) {
        m_ui->layoutSummary->clear();
        m_ui->portsMessage->hide();
        return;
    }
    QStringList parts{StackLayoutReader::releaseName(m_layout.release)};
    if (m_layout.gatewayPort > 0)
        parts << (m_layout.gatewayPortVariable.isEmpty() ? tr("gateway port %1").arg(m_layout.gatewayPort)
                                                         : tr("gateway port %1 from %2")
                                                               .arg(m_layout.gatewayPort)
                                                               .arg(m_layout.gatewayPortVariable));
    if (m_layout.pooler == PoolerKind::Supavisor && m_layout.poolerPort > 0)
        parts << tr("Supavisor transaction port %1").arg(m_layout.poolerPort);
    else if (m_layout.pooler == PoolerKind::PgBouncer && m_layout.poolerPort > 0)
        parts << tr("PgBouncer port %1").arg(m_layout.poolerPort);
    if (m_layout.postgresMajor > 0)
        parts << QStringLiteral("PostgreSQL %1")
                     .arg(m_layout.postgresMajor); // a name, the same in every language
    QString summary = tr("Supabase layout: %1").arg(parts.join(QStringLiteral(", ")));
    if (!m_layoutError.isEmpty())
        summary += QStringLiteral(" (%1)").arg(m_layoutError);
    m_ui->layoutSummary->setText(summary);

    const std::optional<Stack> server = withServerPorts();
    m_useServerPorts->setText(tr("Use the server's ports"));
    if (!server) {
        m_ui->portsMessage->hide();
        return;
    }
    const Stack &stack = *plan()->stack();
    m_ui->portsMessage->setText(
        tr("The stack “%1” uses gateway port %2 and pooler port %3; the server's .env says %4 and %5.")
            .arg(stack.name)
            .arg(stack.gatewayPort)
            .arg(stack.poolerPort)
            .arg(server->gatewayPort)
            .arg(server->poolerPort));
    m_ui->portsMessage->show();
}

void PreflightPage::useServerPorts()
{
    const std::optional<Stack> server = withServerPorts();
    if (!server)
        return;
    QMessageBox ask(QMessageBox::Question, tr("Use the server's ports"),
                    tr("Change the stack “%1” to gateway port %2 and pooler port %3, as the server's .env "
                       "says?\n\nNothing on the server is changed.")
                        .arg(server->name)
                        .arg(server->gatewayPort)
                        .arg(server->poolerPort),
                    QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("ConfirmServerPorts"));
    QPushButton *go = ask.addButton(tr("Use the server's ports"), QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("confirmServerPorts"));
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != go)
        return;
    emit stackEdited(*server);
}

void PreflightPage::retranslateUi()
{
    m_ui->retranslateUi(this);
    // Findings carry translated sentences: read them again in the new language.
    if (!m_findings.isEmpty())
        m_findings = PreflightEvaluator::evaluate(m_facts);
    rebuild();
}

void PreflightPage::rebuild()
{
    int counts[3] = {0, 0, 0};
    for (const PreflightFinding &f : std::as_const(m_findings))
        ++counts[int(f.level)];
    m_ui->rerunPreflight->setEnabled(plan()->isConnected() && !isRunning());
    if (isRunning())
        m_ui->preflightStatus->setText(tr("Reading the server…"));
    else if (!m_error.isEmpty())
        m_ui->preflightStatus->setText(tr("Preflight could not run: %1").arg(m_error));
    else if (!m_findings.isEmpty())
        m_ui->preflightStatus->setText(
            tr("%1 green, %2 amber, %3 red.").arg(counts[0]).arg(counts[1]).arg(counts[2]) +
            QLatin1Char(' ') +
            (counts[2] > 0 ? tr("Fix the red findings before the server goes into production.")
                           : tr("The server meets the production minimum.")));
    else if (!plan()->stack())
        m_ui->preflightStatus->setText(tr("Select a stack in the list on the left."));
    else if (!plan()->isConnected())
        m_ui->preflightStatus->setText(
            tr("Connect the stack on the first page to read the server. Without it the next "
               "pages use the production minimum as the host."));
    else
        m_ui->preflightStatus->setText(tr("Not run yet."));

    const QStringList levels{tr("Green"), tr("Amber"), tr("Red")};
    m_ui->preflightTable->setRowCount(int(m_findings.size()));
    for (int row = 0; row < m_findings.size(); ++row) {
        const PreflightFinding &f = m_findings.at(row);
        auto *level = new QTableWidgetItem(QStringLiteral("● ") + levels.at(int(f.level)));
        ItemRoles::set(level, levelRole(f.level));
        level->setData(Qt::UserRole, PreflightEvaluator::levelKey(f.level));
        const QStringList cells{f.title, f.observed, f.reason, f.fix};
        m_ui->preflightTable->setItem(row, LevelColumn, level);
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_ui->preflightTable->setItem(row, CheckColumn + c, item);
        }
    }
    showDetails();
    showLayout();
}

} // namespace supadesk
