// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionpage.h"

#include "services/connectionmanager.h"
#include "services/stackconnection.h"
#include "setupplan.h"

#include <QFormLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace supadesk {

ConnectionPage::ConnectionPage(SetupPlan *plan, QWidget *parent) : SetupPage(plan, parent)
{
    setObjectName(QStringLiteral("ConnectionPage"));
    auto value = [this](const char *name) {
        auto *label = new QLabel(this);
        label->setObjectName(QString::fromLatin1(name));
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    m_stackLabel = new QLabel(this);
    m_stack = value("stack");
    m_serverLabel = new QLabel(this);
    m_server = value("server");
    m_dirLabel = new QLabel(this);
    m_dir = value("installDir");
    m_stateLabel = new QLabel(this);
    m_state = value("connectionState");
    m_envLabel = new QLabel(this);
    m_env = value("envState");
    m_connect = new QPushButton(this);
    m_connect->setObjectName(QStringLiteral("connect"));
    m_offline = new QLabel(this);
    m_offline->setObjectName(QStringLiteral("offlineNote"));
    m_offline->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_stackLabel, m_stack);
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_dirLabel, m_dir);
    form->addRow(m_stateLabel, m_state);
    form->addRow(m_envLabel, m_env);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_connect, 0, Qt::AlignLeft);
    layout->addSpacing(12);
    layout->addWidget(m_offline);
    layout->addStretch();

    connect(m_connect, &QPushButton::clicked, this, [this] {
        if (this->plan()->stack() && this->plan()->connections())
            this->plan()->connections()->connectStack(*this->plan()->stack());
    });
    connect(plan, &SetupPlan::stackChanged, this, &ConnectionPage::refresh);
    connect(plan, &SetupPlan::connectionChanged, this, &ConnectionPage::refresh);
    retranslateUi();
}

QString ConnectionPage::title() const
{
    return tr("Connection");
}

QString ConnectionPage::explanation() const
{
    return tr("Supadesk sets up the stack selected on the left over its SSH connection. Connect it so "
              "that the next pages can read the server; without a connection you can still make a plan "
              "and export it as a bundle.");
}

void ConnectionPage::retranslateUi()
{
    m_stackLabel->setText(tr("Stack:"));
    m_serverLabel->setText(tr("SSH:"));
    m_dirLabel->setText(tr("Install directory:"));
    m_stateLabel->setText(tr("Connection:"));
    m_envLabel->setText(tr("Server .env:"));
    m_connect->setText(tr("&Connect"));
    m_connect->setToolTip(tr("Open the SSH connection and the tunnels of this stack."));
    m_offline->setText(tr("Host keys are checked as in the rest of Supadesk: an unknown key is shown "
                          "for you to trust, a changed one is refused."));
    refresh();
}

void ConnectionPage::refresh()
{
    const std::optional<Stack> &stack = plan()->stack();
    if (!stack) {
        m_stack->setText(tr("Select a stack in the list on the left."));
        for (QLabel *l : {m_server, m_dir, m_state, m_env})
            l->clear();
        m_connect->setEnabled(false);
        return;
    }
    m_stack->setText(stack->name);
    m_server->setText(QStringLiteral("%1@%2:%3").arg(stack->sshUser, stack->sshHost).arg(stack->sshPort));
    m_dir->setText(plan()->installDir());

    const auto state = plan()->connections() ? plan()->connections()->state(stack->id)
                                             : StackConnection::State::Disconnected;
    const StackConnection *connection =
        plan()->connections() ? plan()->connections()->connection(stack->id) : nullptr;
    QString color = QStringLiteral("#8c959f");
    QString text = tr("Not connected.");
    switch (state) {
    case StackConnection::State::Connected:
        color = QStringLiteral("#2ea043");
        text = tr("Connected.");
        break;
    case StackConnection::State::Connecting:
    case StackConnection::State::Reconnecting:
        color = QStringLiteral("#d29922");
        text = tr("Connecting…");
        break;
    case StackConnection::State::Failed:
        color = QStringLiteral("#cf222e");
        text = connection && !connection->reason().isEmpty()
                   ? tr("Failed: %1").arg(connection->reason().toHtmlEscaped())
                   : tr("Failed.");
        break;
    case StackConnection::State::Disconnected:
        break;
    }
    m_state->setText(QStringLiteral("<span style=\"color:%1\">●</span> %2").arg(color, text));
    const bool idle =
        state == StackConnection::State::Disconnected || state == StackConnection::State::Failed;
    m_connect->setEnabled(idle && plan()->connections());

    if (m_envReadFor != stack->id && m_envState != EnvState::Reading)
        m_envState = EnvState::Unknown;
    if (state == StackConnection::State::Connected && m_envReadFor != stack->id &&
        m_envState != EnvState::Reading)
        readServerEnv();
    if (!plan()->isConnected() && m_envState != EnvState::Read)
        m_envState = EnvState::Unknown;

    switch (m_envState) {
    case EnvState::Unknown:
        m_env->setText(tr("Not read yet: it is read once the stack is connected."));
        break;
    case EnvState::Reading:
        m_env->setText(tr("Reading…"));
        break;
    case EnvState::Read:
        m_env->setText(tr("Read: %n line(s). Its secrets are checked on the Secrets page.", nullptr,
                          int(plan()->serverEnv().value_or(QString()).count(QLatin1Char('\n')))));
        break;
    case EnvState::Missing:
        m_env->setText(tr("Not read (%1). Every secret will be generated.").arg(m_envError));
        break;
    }
}

void ConnectionPage::readServerEnv()
{
    StackConnection *connection = plan()->connection();
    if (!connection)
        return;
    const QString stackId = plan()->stack()->id;
    m_envState = EnvState::Reading;
    // The answer comes back through the connection manager, which outlives this page: a page closed
    // while the file is read must not be the object the answer is delivered to.
    QPointer<ConnectionPage> self(this);
    connection->readFile(plan()->installDir() + QStringLiteral("/.env"), plan()->connections(),
                         [self, stackId](Result<QByteArray> data) {
                             if (!self)
                                 return;
                             if (!self->plan()->stack() || self->plan()->stack()->id != stackId) {
                                 self->m_envState = EnvState::Unknown; // another stack was selected
                                 return self->refresh();
                             }
                             self->m_envReadFor = stackId;
                             if (data.ok()) {
                                 self->m_envState = EnvState::Read;
                                 self->plan()->setServerEnv(QString::fromUtf8(data.value()));
                             } else {
                                 self->m_envState = EnvState::Missing;
                                 self->m_envError = data.error().message;
                                 self->plan()->setServerEnv(std::nullopt);
                             }
                             self->refresh();
                         });
}

} // namespace supadesk
