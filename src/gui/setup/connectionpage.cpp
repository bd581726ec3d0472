// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionpage.h"

#include "gui/styles/palettewatcher.h"
#include "gui/styles/statepalette.h"
#include "services/connectionmanager.h"
#include "services/stackconnection.h"
#include "setupplan.h"
#include "ui_connectionpage.h"

#include <QLabel>
#include <QPointer>
#include <QPushButton>

namespace supadesk {

ConnectionPage::ConnectionPage(SetupPlan *plan, QWidget *parent)
    : SetupPage(plan, parent), m_ui(std::make_unique<Ui::ConnectionPage>())
{
    m_ui->setupUi(this);

    connect(m_ui->connect, &QPushButton::clicked, this, [this] {
        if (this->plan()->stack() && this->plan()->connections())
            this->plan()->connections()->connectStack(*this->plan()->stack());
    });
    connect(plan, &SetupPlan::stackChanged, this, &ConnectionPage::refresh);
    connect(plan, &SetupPlan::connectionChanged, this, &ConnectionPage::refresh);
    // The connection's dot is coloured HTML: written again in the new colours.
    connect(PaletteWatcher::instance(), &PaletteWatcher::changed, this, &ConnectionPage::refresh);
    retranslateUi();
}

ConnectionPage::~ConnectionPage() = default;

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
    m_ui->retranslateUi(this);
    refresh();
}

void ConnectionPage::refresh()
{
    const std::optional<Stack> &stack = plan()->stack();
    if (!stack) {
        m_ui->stack->setText(tr("Select a stack in the list on the left."));
        for (QLabel *l : {m_ui->server, m_ui->installDir, m_ui->connectionState, m_ui->envState})
            l->clear();
        m_ui->connect->setEnabled(false);
        return;
    }
    m_ui->stack->setText(stack->name);
    m_ui->server->setText(QStringLiteral("%1@%2:%3").arg(stack->sshUser, stack->sshHost).arg(stack->sshPort));
    m_ui->installDir->setText(plan()->installDir());

    const auto state = plan()->connections() ? plan()->connections()->state(stack->id)
                                             : StackConnection::State::Disconnected;
    const StackConnection *connection =
        plan()->connections() ? plan()->connections()->connection(stack->id) : nullptr;
    using Role = StatePalette::Role;
    Role dot = Role::IdleMark;
    QString text = tr("Not connected.");
    switch (state) {
    case StackConnection::State::Connected:
        dot = Role::OkMark;
        text = tr("Connected.");
        break;
    case StackConnection::State::Connecting:
    case StackConnection::State::Reconnecting:
        dot = Role::WarnMark;
        text = tr("Connecting…");
        break;
    case StackConnection::State::Failed:
        dot = Role::BadMark;
        text = connection && !connection->reason().isEmpty()
                   ? tr("Failed: %1").arg(connection->reason().toHtmlEscaped())
                   : tr("Failed.");
        break;
    case StackConnection::State::Disconnected:
        break;
    }
    m_ui->connectionState->setText(
        QStringLiteral("<span style=\"%1\">●</span> %2").arg(StatePalette::current().textStyle(dot), text));
    const bool idle =
        state == StackConnection::State::Disconnected || state == StackConnection::State::Failed;
    m_ui->connect->setEnabled(idle && plan()->connections());

    if (m_envReadFor != stack->id && m_envState != EnvState::Reading)
        m_envState = EnvState::Unknown;
    if (state == StackConnection::State::Connected && m_envReadFor != stack->id &&
        m_envState != EnvState::Reading)
        readServerEnv();
    if (!plan()->isConnected() && m_envState != EnvState::Read)
        m_envState = EnvState::Unknown;

    switch (m_envState) {
    case EnvState::Unknown:
        m_ui->envState->setText(tr("Not read yet: it is read once the stack is connected."));
        break;
    case EnvState::Reading:
        m_ui->envState->setText(tr("Reading…"));
        break;
    case EnvState::Read:
        m_ui->envState->setText(tr("Read: %n line(s). Its secrets are checked on the Secrets page.", nullptr,
                                   int(plan()->serverEnv().value_or(QString()).count(QLatin1Char('\n')))));
        break;
    case EnvState::Missing:
        m_ui->envState->setText(tr("Not read (%1). Every secret will be generated.").arg(m_envError));
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
