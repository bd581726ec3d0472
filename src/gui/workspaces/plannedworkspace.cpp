#include "plannedworkspace.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace supadesk {

PlannedWorkspace::PlannedWorkspace(Kind kind, QWidget *parent) : Workspace(parent), m_kind(kind)
{
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("heading"));
    m_stackLabel = new QLabel(this);
    m_stackLabel->setObjectName(QStringLiteral("stack"));
    m_stackLabel->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(m_heading);
    layout->addWidget(m_stackLabel);
    layout->addSpacing(12);
    layout->addWidget(m_description);
    layout->addStretch();
    retranslateUi();
}

QString PlannedWorkspace::title() const
{
    switch (m_kind) {
    case Kind::Setup:
        return tr("Setup");
    case Kind::Analyzer:
        return tr("Query analyzer");
    case Kind::Dashboard:
        return tr("Dashboard");
    case Kind::Uptime:
        return tr("Uptime");
    }
    return QString();
}

QString PlannedWorkspace::description() const
{
    switch (m_kind) {
    case Kind::Setup:
        return tr(
            "<p>The first-install wizard for this server: preflight checks of the host, fresh secrets "
            "(including ANON_KEY and SERVICE_ROLE_KEY signed as real JWTs), PostgreSQL tuned for the "
            "host's memory, CPUs and disks, the pooler in transaction mode, a firewall that cannot lock "
            "you out, and tested backups.</p><p>Every file is shown as a diff and every command in order "
            "before anything is applied over SSH.</p>");
    case Kind::Analyzer:
        return tr("<p>A SQL editor with EXPLAIN (ANALYZE, BUFFERS) drawn as a plan you can read at a glance: "
                  "the time each node takes on its own, misestimated row counts, spills to disk and other "
                  "findings, each pointing at its node.</p><p>The slowest statements from pg_stat_statements "
                  "are one click away.</p>");
    case Kind::Dashboard:
        return tr(
            "<p>Live charts of this stack's database, read over its SSH tunnel: transactions per "
            "second, cache hit ratio, connections by state, replication lag, WAL and checkpoints, and "
            "the pooler's figures.</p><p>Samples are kept locally, so the last hours and days are there "
            "after a restart.</p>");
    case Kind::Uptime:
        return tr("<p>Availability of this stack over days and months against its SLA target, with every "
                  "incident, which component failed and for how long, and the error budget left this "
                  "month.</p><p>A probe on the server records uptime even while Supadesk is closed; the "
                  "monthly report is exported as PDF.</p>");
    }
    return QString();
}

void PlannedWorkspace::setStack(const std::optional<Stack> &stack)
{
    m_stack = stack;
    retranslateUi();
}

void PlannedWorkspace::retranslateUi()
{
    m_heading->setText(QStringLiteral("<h2>%1</h2>").arg(title().toHtmlEscaped()));
    m_stackLabel->setText(
        m_stack ? tr("For stack “%1” (%2@%3)").arg(m_stack->name, m_stack->sshUser, m_stack->sshHost)
                : tr("Select a stack in the list on the left."));
    m_description->setText(description() + QStringLiteral("<p><i>%1</i></p>").arg(tr("Not available yet.")));
}

void PlannedWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Workspace::changeEvent(event);
}

} // namespace supadesk
