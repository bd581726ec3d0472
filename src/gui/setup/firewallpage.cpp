// SPDX-License-Identifier: GPL-3.0-or-later
#include "firewallpage.h"

#include "core/setup/firewallplanner.h"
#include "core/shellquote.h"
#include "services/stackconnection.h"
#include "setupplan.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTime>
#include <QVBoxLayout>

namespace supadesk {

FirewallPage::FirewallPage(SetupPlan *plan, QWidget *parent) : SetupPage(plan, parent)
{
    setObjectName(QStringLiteral("FirewallPage"));
    m_sshLabel = new QLabel(this);
    m_ssh = new QSpinBox(this);
    m_ssh->setObjectName(QStringLiteral("sshPort"));
    m_ssh->setRange(1, 65535);
    // Always the port this session uses: allowing any other would close the door we came in by.
    m_ssh->setReadOnly(true);
    m_ssh->setButtonSymbols(QAbstractSpinBox::NoButtons);
    m_sshNote = new QLabel(this);
    m_sshNote->setObjectName(QStringLiteral("sshNote"));
    m_sshNote->setWordWrap(true);
    m_publicLabel = new QLabel(this);
    m_public = new QLineEdit(this);
    m_public->setObjectName(QStringLiteral("publicPorts"));
    m_closedLabel = new QLabel(this);
    m_closed = new QLineEdit(this);
    m_closed->setObjectName(QStringLiteral("closedPorts"));
    m_revertLabel = new QLabel(this);
    m_revert = new QSpinBox(this);
    m_revert->setObjectName(QStringLiteral("revertAfter"));
    m_revert->setRange(60, 3600);
    m_revert->setSingleStep(30);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("firewallError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #cf222e;"));
    m_protection = new QLabel(this);
    m_protection->setObjectName(QStringLiteral("lockoutProtection"));
    m_protection->setWordWrap(true);
    m_protection->setTextFormat(Qt::RichText);
    m_apply = new QPushButton(this);
    m_apply->setObjectName(QStringLiteral("applyFirewall"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelFirewall"));
    m_outcomeLabel = new QLabel(this);
    m_outcomeLabel->setObjectName(QStringLiteral("firewallOutcome"));
    m_outcomeLabel->setWordWrap(true);
    m_outcomeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ports = new QLabel(this);
    m_ports->setObjectName(QStringLiteral("firewallPorts"));
    m_ports->setWordWrap(true);
    m_ports->setTextFormat(Qt::RichText);
    m_logLabel = new QLabel(this);
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("firewallLog"));
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMaximumBlockCount(2000);
    m_scriptLabel = new QLabel(this);
    m_script = new QPlainTextEdit(this);
    m_script->setObjectName(QStringLiteral("firewallScript"));
    m_script->setReadOnly(true);
    m_script->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_script->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sshLabel->setBuddy(m_ssh);
    m_publicLabel->setBuddy(m_public);
    m_closedLabel->setBuddy(m_closed);
    m_revertLabel->setBuddy(m_revert);

    auto *sshRow = new QHBoxLayout;
    sshRow->addWidget(m_ssh);
    sshRow->addWidget(m_sshNote, 1);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_sshLabel, sshRow);
    form->addRow(m_publicLabel, m_public);
    form->addRow(m_closedLabel, m_closed);
    form->addRow(m_revertLabel, m_revert);
    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(m_error);
    left->addWidget(m_protection);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    left->addLayout(buttons);
    left->addWidget(m_outcomeLabel);
    left->addWidget(m_ports);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(m_scriptLabel);
    right->addWidget(m_script, 3);
    right->addWidget(m_logLabel);
    right->addWidget(m_log, 2);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 2);
    layout->addLayout(right, 3);

    connect(m_revert, &QSpinBox::valueChanged, this, &FirewallPage::store);
    connect(m_public, &QLineEdit::textEdited, this, &FirewallPage::store);
    connect(m_closed, &QLineEdit::textEdited, this, &FirewallPage::store);
    connect(plan, &SetupPlan::changed, this, &FirewallPage::load);
    connect(plan, &SetupPlan::connectionChanged, this, &FirewallPage::updateState);
    connect(plan, &SetupPlan::stackChanged, this, [this] {
        if (m_running)
            return;
        // What was applied to another server says nothing about this one.
        m_outcome = Outcome::None;
        m_outcomeMessage.clear();
        m_portsClosed.clear();
        m_log->clear();
        updateState();
    });
    connect(m_apply, &QPushButton::clicked, this, [this] { applyFirewall(); });
    connect(m_cancel, &QPushButton::clicked, this, &FirewallPage::cancelFirewall);
    retranslateUi();
}

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
    m_sshLabel->setText(tr("&SSH port:"));
    m_publicLabel->setText(tr("&Open to everyone:"));
    m_public->setPlaceholderText(tr("e.g. 80, 443"));
    m_closedLabel->setText(tr("&Closed (Docker-published):"));
    m_revertLabel->setText(tr("&Undo after:"));
    m_revert->setSuffix(tr(" s"));
    m_scriptLabel->setText(QStringLiteral("firewall.sh:")); // a file name
    m_logLabel->setText(tr("Log:"));
    m_apply->setText(tr("&Apply firewall…"));
    m_apply->setToolTip(tr("Enable the firewall on the server now, with the automatic undo armed"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape)); // after setText, which resets it
    m_cancel->setToolTip(tr("Stop after the running step and put the firewall back as it was (Esc)"));
    updateState();
    m_protection->setText(
        tr("<b>You cannot lock yourself out.</b><ol>"
           "<li>The SSH rule is added before anything is denied.</li>"
           "<li>An automatic undo is armed on the server before ufw is enabled.</li>"
           "<li>Open a <i>new</i> SSH connection and run <tt>firewall.sh --confirm</tt> in it: only a "
           "working new connection disarms the undo.</li>"
           "<li>Without that confirmation the undo puts the firewall back as it was when the undo time "
           "set above runs out.</li></ol>"));
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
    m_ssh->setValue(f.sshPort);
    const bool session = plan()->isConnected() && f.sshPort == plan()->sessionSshPort();
    m_sshNote->setText(session ? tr("This session's port: it stays open.")
                               : tr("The port Supadesk connects to: it stays open."));
    auto join = [](const QList<int> &ports) {
        QStringList out;
        for (int p : ports)
            out.append(QString::number(p));
        return out.join(QStringLiteral(", "));
    };
    if (!m_public->hasFocus())
        m_public->setText(join(f.publicPorts));
    if (!m_closed->hasFocus())
        m_closed->setText(join(f.closedPorts));
    m_revert->setValue(f.revertAfterSeconds);
    const Result<QString> script = FirewallPlanner::script(f);
    m_script->setPlainText(script.ok() ? script.value() : QString());
    if (!script.ok())
        m_error->setText(script.error().message);
    m_loading = false;
}

void FirewallPage::store()
{
    if (m_loading)
        return;
    bool publicOk = false, closedOk = false;
    FirewallOptions f = plan()->firewall();
    f.sshPort = plan()->sessionSshPort();
    f.publicPorts = parsePorts(m_public->text(), &publicOk);
    f.closedPorts = parsePorts(m_closed->text(), &closedOk);
    f.revertAfterSeconds = m_revert->value();
    m_error->setText(publicOk && closedOk ? QString()
                                          : tr("Ports are numbers from 1 to 65535, separated by "
                                               "commas."));
    m_loading = true;
    plan()->setFirewall(f);
    m_loading = false;
    const Result<QString> script = FirewallPlanner::script(f);
    m_script->setPlainText(script.ok() ? script.value() : QString());
    if (!script.ok())
        m_error->setText(script.error().message);
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
    m_log->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss ")) + line);
}

void FirewallPage::applyFirewall(bool confirmed)
{
    StackConnection *connection = plan()->connection();
    if (m_running || !connection)
        return;
    const FirewallOptions firewall = plan()->firewall();
    const Result<QString> script = FirewallPlanner::script(firewall);
    if (!script.ok()) {
        m_error->setText(script.error().message);
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
    m_log->clear();
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
    m_apply->setEnabled(!m_running && connected);
    m_cancel->setEnabled(m_running && !m_cancelRequested);
    for (QWidget *w : std::initializer_list<QWidget *>{m_public, m_closed, m_revert})
        w->setEnabled(!m_running);

    QString head;
    QString color = QStringLiteral("#57606a");
    switch (m_outcome) {
    case Outcome::None:
        head = m_running ? (m_cancelRequested ? tr("Cancelling…") : tr("Applying the firewall…"))
                         : (connected ? QString() : tr("Connect the stack to apply the firewall from here."));
        break;
    case Outcome::Applied:
        head = tr("Applied: the firewall is on.");
        color = QStringLiteral("#1a7f37");
        break;
    case Outcome::Reverted:
        head = tr("Reverted: the proof failed, the firewall is as it was before.");
        color = QStringLiteral("#9a6700");
        break;
    case Outcome::RevertPending:
        head = tr("Not proven: the automatic undo puts the firewall back shortly.");
        color = QStringLiteral("#9a6700");
        break;
    case Outcome::Refused:
        head = tr("Refused: nothing was changed.");
        color = QStringLiteral("#cf222e");
        break;
    case Outcome::Failed:
        head = tr("Failed.");
        color = QStringLiteral("#cf222e");
        break;
    case Outcome::Cancelled:
        head = tr("Cancelled.");
        break;
    }
    m_outcomeLabel->setStyleSheet(QStringLiteral("color: %1;").arg(color));
    QString text = head;
    if (!m_outcomeMessage.isEmpty() && m_outcome != Outcome::None)
        text += QLatin1Char('\n') + m_outcomeMessage;
    m_outcomeLabel->setText(text);
    m_outcomeLabel->setVisible(!text.isEmpty());
    showPorts();
}

void FirewallPage::showPorts()
{
    if (m_portsClosed.isEmpty()) {
        m_ports->clear();
        m_ports->hide();
        return;
    }
    const QString host = plan()->stack() ? plan()->stack()->sshHost : QString();
    QString html = tr("Checked from this computer on %1:").arg(host.toHtmlEscaped()) + QStringLiteral("<br>");
    for (auto it = m_portsClosed.cbegin(); it != m_portsClosed.cend(); ++it)
        html += it.value()
                    ? QStringLiteral("<span style=\"color:#1a7f37\">✔ %1</span><br>")
                          .arg(tr("Port %1: closed").arg(it.key()))
                    : QStringLiteral("<span style=\"color:#cf222e\">✘ %1</span><br>")
                          .arg(tr("Port %1: still reachable; publish it on 127.0.0.1 only").arg(it.key()));
    m_ports->setText(html);
    m_ports->show();
}

} // namespace supadesk
