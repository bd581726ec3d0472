// SPDX-License-Identifier: GPL-3.0-or-later
#include "firewallpage.h"

#include "core/setup/firewallplanner.h"
#include "core/shellquote.h"
#include "gui/common/messagewidget.h"
#include "gui/styles/palettewatcher.h"
#include "gui/styles/statepalette.h"
#include "services/stackconnection.h"
#include "setupplan.h"
#include "ui_firewallpage.h"

#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTime>

namespace supadesk {

FirewallPage::FirewallPage(SetupPlan *plan, QWidget *parent)
    : SetupPage(plan, parent), m_ui(std::make_unique<Ui::FirewallPage>())
{
    m_ui->setupUi(this);
    // Always the port this session uses: allowing any other would close the door we came in by. The
    // form makes it read-only too; this line keeps it so whatever is changed in the form.
    m_ui->sshPort->setReadOnly(true);
    m_ui->firewallErrorMessage->setType(MessageWidget::Type::Error);
    m_ui->firewallErrorMessage->label()->setObjectName(QStringLiteral("firewallError"));
    m_ui->firewallErrorMessage->hide(); // shown with an error
    m_ui->firewallOutcomeMessage->label()->setObjectName(QStringLiteral("firewallOutcome"));
    // The checked ports are coloured HTML: written again in the new colours.
    connect(PaletteWatcher::instance(), &PaletteWatcher::changed, this, &FirewallPage::showPorts);
    m_ui->firewallLog->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->firewallScript->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    connect(m_ui->revertAfter, &QSpinBox::valueChanged, this, &FirewallPage::store);
    connect(m_ui->publicPorts, &QLineEdit::textEdited, this, &FirewallPage::store);
    connect(m_ui->closedPorts, &QLineEdit::textEdited, this, &FirewallPage::store);
    connect(plan, &SetupPlan::changed, this, &FirewallPage::load);
    connect(plan, &SetupPlan::connectionChanged, this, &FirewallPage::updateState);
    connect(plan, &SetupPlan::stackChanged, this, [this] {
        if (m_running)
            return;
        // What was applied to another server says nothing about this one.
        m_outcome = Outcome::None;
        m_outcomeMessage.clear();
        m_portsClosed.clear();
        m_ui->firewallLog->clear();
        updateState();
    });
    connect(m_ui->applyFirewall, &QPushButton::clicked, this, [this] { applyFirewall(); });
    connect(m_ui->cancelFirewall, &QPushButton::clicked, this, &FirewallPage::cancelFirewall);
    retranslateUi();
}

FirewallPage::~FirewallPage() = default;

QString FirewallPage::title() const
{
    return tr("Firewall");
}

QString FirewallPage::explanation() const
{
    return tr("ufw denies every incoming connection except SSH and the web ports. Docker-published ports "
              "bypass ufw, so the pooler ports are also closed in Docker's own DOCKER-USER chain and "
              "published on 127.0.0.1 only.");
}

void FirewallPage::retranslateUi()
{
    m_ui->retranslateUi(this);
    m_ui->cancelFirewall->setShortcut(QKeySequence(Qt::Key_Escape)); // after setText, which resets it
    updateState();
    load();
}

QList<int> FirewallPage::parsePorts(const QString &text, bool *ok)
{
    QList<int> ports;
    *ok = true;
    for (const QString &part :
         text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts)) {
        bool number = false;
        const int port = part.toInt(&number);
        if (!number || port < 1 || port > 65535) {
            *ok = false;
            continue;
        }
        if (!ports.contains(port))
            ports.append(port);
    }
    return ports;
}

void FirewallPage::load()
{
    if (m_loading)
        return;
    m_loading = true;
    const FirewallOptions &f = plan()->firewall();
    m_ui->sshPort->setValue(f.sshPort);
    const bool session = plan()->isConnected() && f.sshPort == plan()->sessionSshPort();
    m_ui->sshNote->setText(session ? tr("This session's port: it stays open.")
                                   : tr("The port Supadesk connects to: it stays open."));
    auto join = [](const QList<int> &ports) {
        QStringList out;
        for (int p : ports)
            out.append(QString::number(p));
        return out.join(QStringLiteral(", "));
    };
    if (!m_ui->publicPorts->hasFocus())
        m_ui->publicPorts->setText(join(f.publicPorts));
    if (!m_ui->closedPorts->hasFocus())
        m_ui->closedPorts->setText(join(f.closedPorts));
    m_ui->revertAfter->setValue(f.revertAfterSeconds);
    const Result<QString> script = FirewallPlanner::script(f);
    m_ui->firewallScript->setPlainText(script.ok() ? script.value() : QString());
    if (!script.ok())
        showError(script.error().message);
    m_loading = false;
}

void FirewallPage::store()
{
    if (m_loading)
        return;
    bool publicOk = false, closedOk = false;
    FirewallOptions f = plan()->firewall();
    f.sshPort = plan()->sessionSshPort();
    f.publicPorts = parsePorts(m_ui->publicPorts->text(), &publicOk);
    f.closedPorts = parsePorts(m_ui->closedPorts->text(), &closedOk);
    f.revertAfterSeconds = m_ui->revertAfter->value();
    showError(publicOk && closedOk ? QString()
                                   : tr("Ports are numbers from 1 to 65535, separated by "
                                        "commas."));
    m_loading = true;
    plan()->setFirewall(f);
    m_loading = false;
    const Result<QString> script = FirewallPlanner::script(f);
    m_ui->firewallScript->setPlainText(script.ok() ? script.value() : QString());
    if (!script.ok())
        showError(script.error().message);
}

FirewallApplier::Options FirewallPage::effectiveOptions() const
{
    FirewallApplier::Options options;
    if (m_options) {
        options = *m_options;
    } else {
        QString user = plan()->stack() ? plan()->stack()->sshUser : QString();
        if (StackConnection *c = plan()->connection())
            user = c->settings().ssh.user;
        // ufw and iptables need root: any other login goes through sudo, without a password prompt.
        if (user != QLatin1String("root"))
            options.commandPrefix = QStringLiteral("sudo -n");
    }
    options.verifyClosedPorts = plan()->firewall().closedPorts;
    return options;
}

QString FirewallPage::scriptCommand(const FirewallApplier::Options &options, const QString &argument) const
{
    QString command = QStringLiteral("bash ") + shellQuote(options.scriptPath);
    if (!argument.isEmpty())
        command += QLatin1Char(' ') + argument;
    return options.commandPrefix.isEmpty() ? command : options.commandPrefix + QLatin1Char(' ') + command;
}

void FirewallPage::appendLog(const QString &line)
{
    m_ui->firewallLog->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss ")) + line);
}

void FirewallPage::applyFirewall(bool confirmed)
{
    StackConnection *connection = plan()->connection();
    if (m_running || !connection)
        return;
    const FirewallOptions firewall = plan()->firewall();
    const Result<QString> script = FirewallPlanner::script(firewall);
    if (!script.ok()) {
        showError(script.error().message);
        return;
    }
    if (!confirmed) {
        QStringList open;
        for (int p : firewall.publicPorts)
            open << QString::number(p);
        QMessageBox ask(QMessageBox::Question, tr("Enable the firewall"),
                        tr("Enable the firewall on “%1”?\n\nSSH port %2 stays open: it is the port this "
                           "session uses. Open to everyone: %3. Every other incoming connection is "
                           "refused.\n\nA new SSH connection must get through afterwards, or the firewall "
                           "is put back as it was.")
                            .arg(plan()->stack()->name)
                            .arg(firewall.sshPort)
                            .arg(open.isEmpty() ? tr("nothing else") : open.join(QStringLiteral(", "))),
                        QMessageBox::Cancel, this);
        ask.setObjectName(QStringLiteral("ConfirmFirewall"));
        QPushButton *go = ask.addButton(tr("Enable firewall"), QMessageBox::AcceptRole);
        go->setObjectName(QStringLiteral("confirmFirewall"));
        ask.setDefaultButton(QMessageBox::Cancel);
        ask.exec();
        if (ask.clickedButton() != go || !plan()->connection())
            return;
        connection = plan()->connection();
    }
    const FirewallApplier::Options options = effectiveOptions();
    m_running = true;
    m_cancelRequested = false;
    m_outcome = Outcome::None;
    m_outcomeMessage.clear();
    m_portsClosed.clear();
    m_ui->firewallLog->clear();
    updateState();
    appendLog(tr("Checking that ufw is installed and that commands run as root."));
    // Refuse before anything is uploaded: a server without ufw or root rights is never half-changed.
    const QString check = QStringLiteral("sh -c %1")
                              .arg(shellQuote(QStringLiteral(
                                  "command -v ufw >/dev/null || exit 3; [ \"$(id -u)\" = 0 ] || exit 4")));
    connection->exec(
        options.commandPrefix.isEmpty() ? check : options.commandPrefix + QLatin1Char(' ') + check, this,
        [this, script = script.value(), options](Result<ExecResult> result) {
            if (m_cancelRequested) {
                finish(Outcome::Cancelled, tr("Cancelled before anything was changed."));
                return;
            }
            if (!result.ok()) {
                finish(Outcome::Failed,
                       tr("Cannot check the server: %1 Nothing was changed.").arg(result.error().message));
                return;
            }
            const ExecResult &r = result.value();
            if (r.exitStatus == 3) {
                finish(Outcome::Refused, tr("ufw is not installed on the server. Install it "
                                            "there (apt-get install ufw) and apply again. "
                                            "Nothing was changed."));
                return;
            }
            if (r.exitStatus != 0) {
                const QString why = QString::fromUtf8(r.standardError).trimmed();
                finish(Outcome::Refused, tr("The firewall needs root on the server: log in as root, or give "
                                            "this user sudo without a password. Nothing was changed.") +
                                             (why.isEmpty() ? QString() : QLatin1Char('\n') + why));
                return;
            }
            runApplier(script, options);
        });
}

void FirewallPage::runApplier(const QString &script, const FirewallApplier::Options &options)
{
    StackConnection *connection = plan()->connection();
    if (!connection) {
        finish(Outcome::Failed, tr("The stack is not connected. Nothing was changed."));
        return;
    }
    m_applier = new FirewallApplier(connection, this);
    connect(m_applier, &FirewallApplier::progress, this, &FirewallPage::appendLog);
    connect(m_applier, &FirewallApplier::finished, this,
            [this, options](FirewallApplier::Outcome outcome, const QString &message) {
                const QList<int> open = m_applier->stillReachable();
                m_applier->deleteLater();
                m_applier = nullptr;
                if (outcome != FirewallApplier::Outcome::Kept) {
                    finish(outcome == FirewallApplier::Outcome::Reverted        ? Outcome::Reverted
                           : outcome == FirewallApplier::Outcome::RevertPending ? Outcome::RevertPending
                                                                                : Outcome::Failed,
                           message);
                    return;
                }
                if (!m_cancelRequested) {
                    for (int port : options.verifyClosedPorts)
                        m_portsClosed.insert(port, !open.contains(port));
                    finish(Outcome::Applied, message);
                    return;
                }
                StackConnection *c = plan()->connection();
                if (!c) {
                    finish(Outcome::Failed, tr("Cancelled, but the stack is no longer connected: the "
                                               "firewall stays on."));
                    return;
                }
                appendLog(tr("Cancelled: putting the firewall back as it was."));
                c->exec(
                    scriptCommand(options, QStringLiteral("--revert")), this, [this](Result<ExecResult> r) {
                        if (r.ok() && r.value().exitStatus == 0)
                            finish(Outcome::Cancelled, tr("Cancelled: the firewall was put back as it was."));
                        else
                            finish(Outcome::Failed,
                                   tr("Cancelled, but putting the firewall back failed (%1): the firewall "
                                      "stays on.")
                                       .arg(r.ok() ? QString::fromUtf8(r.value().standardError).trimmed()
                                                   : r.error().message));
                    });
            });
    m_applier->start(script, options);
}

void FirewallPage::cancelFirewall()
{
    if (!m_running || m_cancelRequested)
        return;
    m_cancelRequested = true;
    appendLog(tr("Cancelling: the firewall is put back as it was after the running step."));
    updateState();
}

void FirewallPage::finish(Outcome outcome, const QString &message)
{
    m_running = false;
    m_outcome = outcome;
    m_outcomeMessage = message;
    if (outcome != Outcome::Reverted && outcome != Outcome::RevertPending && outcome != Outcome::Failed &&
        outcome != Outcome::Applied)
        appendLog(message); // the applier logs its own outcomes
    updateState();
    emit firewallFinished(outcome);
}

void FirewallPage::updateState()
{
    const bool connected = plan()->isConnected();
    m_ui->applyFirewall->setEnabled(!m_running && connected);
    m_ui->cancelFirewall->setEnabled(m_running && !m_cancelRequested);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_ui->publicPorts, m_ui->closedPorts, m_ui->revertAfter})
        w->setEnabled(!m_running);

    QString head;
    MessageWidget::Type type = MessageWidget::Type::Plain;
    switch (m_outcome) {
    case Outcome::None:
        head = m_running ? (m_cancelRequested ? tr("Cancelling…") : tr("Applying the firewall…"))
                         : (connected ? QString() : tr("Connect the stack to apply the firewall from here."));
        break;
    case Outcome::Applied:
        head = tr("Applied: the firewall is on.");
        type = MessageWidget::Type::Positive;
        break;
    case Outcome::Reverted:
        head = tr("Reverted: the proof failed, the firewall is as it was before.");
        type = MessageWidget::Type::Warning;
        break;
    case Outcome::RevertPending:
        head = tr("Not proven: the automatic undo puts the firewall back shortly.");
        type = MessageWidget::Type::Warning;
        break;
    case Outcome::Refused:
        head = tr("Refused: nothing was changed.");
        type = MessageWidget::Type::Error;
        break;
    case Outcome::Failed:
        head = tr("Failed.");
        type = MessageWidget::Type::Error;
        break;
    case Outcome::Cancelled:
        head = tr("Cancelled.");
        break;
    }
    QString text = head;
    if (!m_outcomeMessage.isEmpty() && m_outcome != Outcome::None)
        text += QLatin1Char('\n') + m_outcomeMessage;
    m_ui->firewallOutcomeMessage->showMessage(text, type);
    m_ui->firewallOutcomeMessage->setVisible(!text.isEmpty());
    showPorts();
}

void FirewallPage::showError(const QString &message)
{
    m_ui->firewallErrorMessage->setText(message);
    m_ui->firewallErrorMessage->setVisible(!message.isEmpty());
}

void FirewallPage::showPorts()
{
    if (m_portsClosed.isEmpty()) {
        m_ui->firewallPorts->clear();
        m_ui->firewallPorts->hide();
        return;
    }
    const QString host = plan()->stack() ? plan()->stack()->sshHost : QString();
    const StatePalette colours = StatePalette::current();
    QString html = tr("Checked from this computer on %1:").arg(host.toHtmlEscaped()) + QStringLiteral("<br>");
    for (auto it = m_portsClosed.cbegin(); it != m_portsClosed.cend(); ++it)
        html += it.value()
                    ? QStringLiteral("<span style=\"%1\">✔ %2</span><br>")
                          .arg(colours.textStyle(StatePalette::Role::Ok), tr("Port %1: closed").arg(it.key()))
                    : QStringLiteral("<span style=\"%1\">✘ %2</span><br>")
                          .arg(colours.textStyle(StatePalette::Role::Bad),
                               tr("Port %1: still reachable; publish it on 127.0.0.1 only").arg(it.key()));
    m_ui->firewallPorts->setText(html);
    m_ui->firewallPorts->show();
}

} // namespace supadesk
