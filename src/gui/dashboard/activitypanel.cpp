// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitypanel.h"

#include "core/locale/displayformat.h"

#include "db/backendsignaller.h"
#include "gui/common/messagewidget.h"
#include "gui/styles/statepalette.h"

#include <QCheckBox>
#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace supadesk {

namespace {

enum SessionColumn { Pid, User, Application, State, WaitEvent, Duration, Query, SessionColumns };
enum BlockingColumn {
    BlockedPid,
    BlockedUser,
    WaitingFor,
    BlockingPid,
    BlockingUser,
    BlockingQuery,
    BlockingColumns
};

QTableWidget *makeTable(int columns, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true); // the query takes what is left
    table->setWordWrap(false);
    return table;
}

QTableWidgetItem *item(const QString &text)
{
    auto *i = new QTableWidgetItem(text);
    i->setToolTip(text.size() > 60 ? text : QString());
    return i;
}

QTableWidgetItem *numberItem(double value, const QString &text)
{
    auto *i = new QTableWidgetItem(text);
    i->setData(Qt::UserRole, value);
    i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}

QString oneLine(const QString &query)
{
    return query.simplified();
}

bool defaultConfirmation(QWidget *parent, const QString &title, const QString &text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
           QMessageBox::Yes;
}

} // namespace

ActivityPanel::ActivityPanel(QWidget *parent) : QWidget(parent), m_confirm(defaultConfirmation)
{
    setObjectName(QStringLiteral("activityPanel"));
    m_sessionsLabel = new QLabel(this);
    m_hideIdle = new QCheckBox(this);
    m_hideIdle->setObjectName(QStringLiteral("hideIdle"));
    m_sessions = makeTable(SessionColumns, this);
    m_sessions->setObjectName(QStringLiteral("sessions"));
    m_sessions->setSortingEnabled(false);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelQuery"));
    m_terminate = new QPushButton(this);
    m_terminate->setObjectName(QStringLiteral("terminateSession"));
    m_result = new MessageWidget(this);
    m_result->setObjectName(QStringLiteral("signalResultMessage"));
    m_result->label()->setObjectName(QStringLiteral("signalResult"));
    m_blockingLabel = new QLabel(this);
    m_blocking = makeTable(BlockingColumns, this);
    m_blocking->setObjectName(QStringLiteral("blocking"));

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    header->addWidget(m_sessionsLabel, 1);
    header->addWidget(m_hideIdle);
    topLayout->addLayout(header);
    topLayout->addWidget(m_sessions, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_terminate);
    buttons->addWidget(m_result, 1);
    topLayout->addLayout(buttons);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_blockingLabel);
    bottomLayout->addWidget(m_blocking, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_cancel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_terminate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    connect(m_cancel, &QPushButton::clicked, this, &ActivityPanel::cancelSelected);
    connect(m_terminate, &QPushButton::clicked, this, &ActivityPanel::terminateSelected);
    connect(m_sessions, &QTableWidget::itemSelectionChanged, this, &ActivityPanel::updateButtons);
    connect(m_hideIdle, &QCheckBox::toggled, this, &ActivityPanel::refill);
    retranslateUi();
    updateButtons();
}

void ActivityPanel::retranslateUi()
{
    m_hideIdle->setText(tr("Hide idle sessions"));
    m_cancel->setText(tr("Cancel Query"));
    m_cancel->setToolTip(tr("Cancel the selected session's running statement (pg_cancel_backend), Ctrl+."));
    m_terminate->setText(tr("Terminate Session"));
    m_terminate->setToolTip(
        tr("End the selected session and roll back its transaction (pg_terminate_backend), Ctrl+Shift+Del"));
    m_blockingLabel->setText(tr("Blocked sessions and what blocks them"));
    m_sessions->setHorizontalHeaderLabels({tr("PID"), tr("User"), tr("Application"), tr("State"),
                                           tr("Wait event"), tr("Duration"), tr("Query")});
    m_blocking->setHorizontalHeaderLabels({tr("Blocked PID"), tr("Blocked user"), tr("Waiting for"),
                                           tr("Blocking PID"), tr("Blocking user"), tr("Blocking query")});
    refill();
}

void ActivityPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ActivityPanel::setEndpoint(const std::optional<DbEndpoint> &endpoint)
{
    m_endpoint = endpoint;
    updateButtons();
}

void ActivityPanel::setSessions(const QList<ActivitySession> &sessions)
{
    m_data = sessions;
    // Longest running first: that is what people look for.
    std::stable_sort(m_data.begin(), m_data.end(), [](const ActivitySession &a, const ActivitySession &b) {
        return a.durationSeconds().value_or(-1) > b.durationSeconds().value_or(-1);
    });
    refill();
}

void ActivityPanel::refill()
{
    const int selected = selectedPid();
    const DisplayFormat format;
    auto duration = [&format](const std::optional<double> &s) {
        return s ? tr("%1 s").arg(format.number(*s, 1)) : QString();
    };
    const bool hideIdle = m_hideIdle->isChecked();
    int shown = 0;
    m_sessions->setUpdatesEnabled(false);
    m_sessions->setRowCount(0);
    for (const ActivitySession &s : std::as_const(m_data)) {
        if (hideIdle && s.state == QLatin1String("idle"))
            continue;
        const int row = m_sessions->rowCount();
        m_sessions->insertRow(row);
        m_sessions->setItem(row, Pid, numberItem(s.pid, QString::number(s.pid)));
        m_sessions->setItem(row, User, item(s.user));
        m_sessions->setItem(row, Application, item(s.application));
        // State names are PostgreSQL's own words, as pg_stat_activity shows them; an empty one is a
        // session of another role that the sampling role may not look into.
        m_sessions->setItem(row, State, item(s.state.isEmpty() ? tr("(hidden)") : s.state));
        const QString wait =
            s.waitEventType.isEmpty() ? QString() : s.waitEventType + QStringLiteral(": ") + s.waitEvent;
        m_sessions->setItem(row, WaitEvent, item(wait));
        const std::optional<double> d = s.durationSeconds();
        m_sessions->setItem(row, Duration, numberItem(d.value_or(0), duration(d)));
        m_sessions->setItem(row, Query, item(oneLine(s.query)));
        if (s.isWaitingOnLock())
            for (int c = 0; c < SessionColumns; ++c)
                m_sessions->item(row, c)->setForeground(
                    StatePalette::current().color(StatePalette::Role::Bad));
        if (s.pid == selected)
            m_sessions->selectRow(row);
        ++shown;
    }
    m_sessions->setUpdatesEnabled(true);
    m_sessionsLabel->setText(tr("%n session(s)", nullptr, shown));

    const QList<BlockingPair> pairs = ActivitySnapshot::blockingPairs(m_data);
    m_blocking->setRowCount(int(pairs.size()));
    for (int row = 0; row < pairs.size(); ++row) {
        const BlockingPair &p = pairs.at(row);
        m_blocking->setItem(row, BlockedPid, numberItem(p.blockedPid, QString::number(p.blockedPid)));
        m_blocking->setItem(row, BlockedUser, item(p.blockedUser));
        m_blocking->setItem(row, WaitingFor, numberItem(p.waitSeconds.value_or(0), duration(p.waitSeconds)));
        m_blocking->setItem(row, BlockingPid, numberItem(p.blockingPid, QString::number(p.blockingPid)));
        m_blocking->setItem(row, BlockingUser, item(p.blockingUser));
        m_blocking->setItem(row, BlockingQuery, item(oneLine(p.blockingQuery)));
    }
    m_blockingLabel->setText(pairs.isEmpty() ? tr("No session is waiting for a lock.")
                                             : tr("Blocked sessions and what blocks them"));
    updateButtons();
}

bool ActivityPanel::selectSession(int pid)
{
    for (int row = 0; row < m_sessions->rowCount(); ++row)
        if (m_sessions->item(row, Pid)->text().toInt() == pid) {
            m_sessions->selectRow(row);
            return true;
        }
    return false;
}

int ActivityPanel::selectedPid() const
{
    const QList<QTableWidgetItem *> items = m_sessions->selectedItems();
    for (const QTableWidgetItem *i : items)
        if (i->column() == Pid)
            return i->text().toInt();
    return 0;
}

void ActivityPanel::updateButtons()
{
    const bool can = m_endpoint.has_value() && selectedPid() > 0 && !m_busy;
    m_cancel->setEnabled(can);
    m_terminate->setEnabled(can);
}

void ActivityPanel::cancelSelected()
{
    send(false);
}

void ActivityPanel::terminateSelected()
{
    send(true);
}

void ActivityPanel::send(bool terminate)
{
    const int pid = selectedPid();
    if (pid <= 0 || !m_endpoint || m_busy)
        return;
    QString who;
    for (const ActivitySession &s : std::as_const(m_data))
        if (s.pid == pid)
            who = s.user;
    const QString title = terminate ? tr("Terminate Session") : tr("Cancel Query");
    const QString text =
        terminate ? tr("End session %1 of “%2”? Its open transaction is rolled back and the client is "
                       "disconnected.")
                        .arg(pid)
                        .arg(who)
                  : tr("Cancel the statement session %1 of “%2” is running? The client gets an error.")
                        .arg(pid)
                        .arg(who);
    if (!m_confirm(this, title, text))
        return;
    m_busy = true;
    updateButtons();
    m_result->showMessage(terminate ? tr("Terminating session %1…").arg(pid)
                                    : tr("Cancelling session %1…").arg(pid),
                          MessageWidget::Type::Plain);
    const DbEndpoint endpoint = *m_endpoint;
    const auto action = terminate ? BackendSignaller::Action::Terminate : BackendSignaller::Action::Cancel;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, pid, terminate] {
        const QString error = watcher->result();
        watcher->deleteLater();
        m_busy = false;
        const QString message = !error.isEmpty() ? error
                                : terminate      ? tr("Session %1 was terminated.").arg(pid)
                                                 : tr("The statement of session %1 was cancelled.").arg(pid);
        m_result->showMessage(message,
                              error.isEmpty() ? MessageWidget::Type::Positive : MessageWidget::Type::Error);
        updateButtons();
        emit signalFinished(error.isEmpty(), message);
    });
    watcher->setFuture(QtConcurrent::run([endpoint, action, pid] {
        const Status sent = BackendSignaller(endpoint).send(action, pid);
        return sent.ok() ? QString() : sent.error().message;
    }));
}

} // namespace supadesk
