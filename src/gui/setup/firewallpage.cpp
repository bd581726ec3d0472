#include "firewallpage.h"

#include "core/setup/firewallplanner.h"
#include "setupplan.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>
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
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(m_scriptLabel);
    right->addWidget(m_script, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 2);
    layout->addLayout(right, 3);

    connect(m_revert, &QSpinBox::valueChanged, this, &FirewallPage::store);
    connect(m_public, &QLineEdit::textEdited, this, &FirewallPage::store);
    connect(m_closed, &QLineEdit::textEdited, this, &FirewallPage::store);
    connect(plan, &SetupPlan::changed, this, &FirewallPage::load);
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
    m_protection->setText(
        tr("<b>You cannot lock yourself out.</b><ol>"
           "<li>The SSH rule is added before anything is denied.</li>"
           "<li>An automatic undo is armed on the server before ufw is enabled.</li>"
           "<li>Open a <i>new</i> SSH connection and run <tt>firewall.sh --confirm</tt> in it: only a "
           "working new connection disarms the undo.</li>"
           "<li>Without that confirmation the undo switches the firewall off again when the undo time "
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

} // namespace supadesk
