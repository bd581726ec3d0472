// SPDX-License-Identifier: GPL-3.0-or-later
#include "stackdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace supadesk {

namespace {

// A row whose label is the field's buddy, so its &-mnemonic focuses the field.
void addLabelledRow(QFormLayout *form, QWidget *field)
{
    auto *label = new QLabel(field->parentWidget());
    label->setBuddy(field);
    form->addRow(label, field);
}

QSpinBox *portBox(QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(1, 65535);
    return box;
}

} // namespace

StackDialog::StackDialog(const StackValidator &validator, const StackList &existing, QWidget *parent)
    : QDialog(parent), m_validator(validator), m_existing(existing)
{
    setObjectName(QStringLiteral("StackDialog"));
    m_errors = new QLabel(this);
    m_errors->setObjectName(QStringLiteral("errors"));
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; font-weight: 600; }"));
    m_errors->hide();

    m_tabs = new QTabWidget(this);
    auto *sshPage = new QWidget(m_tabs);
    m_sshForm = new QFormLayout(sshPage);
    auto *serverPage = new QWidget(m_tabs);
    m_serverForm = new QFormLayout(serverPage);
    m_tabs->addTab(sshPage, QString());
    m_tabs->addTab(serverPage, QString());

    m_name = new QLineEdit(sshPage);
    m_group = new QComboBox(sshPage);
    m_group->setEditable(true);
    m_host = new QLineEdit(sshPage);
    m_port = portBox(sshPage);
    m_port->setValue(22);
    m_user = new QLineEdit(sshPage);
    m_user->setText(qEnvironmentVariable("USER"));
    m_auth = new QComboBox(sshPage);
    m_auth->addItem(QString(), int(AuthMethod::Agent));
    m_auth->addItem(QString(), int(AuthMethod::KeyFile));
    m_auth->addItem(QString(), int(AuthMethod::Password));
    m_keyRow = new QWidget(sshPage);
    auto *keyLayout = new QHBoxLayout(m_keyRow);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    m_keyFile = new QLineEdit(m_keyRow);
    m_browse = new QPushButton(m_keyRow);
    keyLayout->addWidget(m_keyFile, 1);
    keyLayout->addWidget(m_browse);
    m_secret = new QLineEdit(sshPage);
    m_secret->setEchoMode(QLineEdit::Password);
    m_jumpHosts = new QLineEdit(sshPage);
    m_autoConnect = new QCheckBox(sshPage);

    addLabelledRow(m_sshForm, m_name);
    addLabelledRow(m_sshForm, m_group);
    addLabelledRow(m_sshForm, m_host);
    addLabelledRow(m_sshForm, m_port);
    addLabelledRow(m_sshForm, m_user);
    addLabelledRow(m_sshForm, m_auth);
    addLabelledRow(m_sshForm, m_keyRow);
    addLabelledRow(m_sshForm, m_secret);
    addLabelledRow(m_sshForm, m_jumpHosts);
    addLabelledRow(m_sshForm, m_autoConnect);

    const Stack defaults;
    m_installDir = new QLineEdit(defaults.installDir, serverPage);
    m_dbHost = new QLineEdit(defaults.dbHost, serverPage);
    m_dbPort = portBox(serverPage);
    m_dbPort->setValue(defaults.dbPort);
    m_gatewayPort = portBox(serverPage);
    m_gatewayPort->setValue(defaults.gatewayPort);
    m_poolerPort = portBox(serverPage);
    m_poolerPort->setValue(defaults.poolerPort);
    m_poolerMetricsPort = portBox(serverPage);
    m_poolerMetricsPort->setMinimum(0); // no metrics: a PgBouncer stack, or Supavisor's left unpublished
    m_poolerMetricsPort->setValue(defaults.poolerMetricsPort);
    m_dbName = new QLineEdit(defaults.dbName, serverPage);
    m_dbUser = new QLineEdit(defaults.dbUser, serverPage);
    addLabelledRow(m_serverForm, m_installDir);
    addLabelledRow(m_serverForm, m_dbHost);
    addLabelledRow(m_serverForm, m_dbPort);
    addLabelledRow(m_serverForm, m_gatewayPort);
    addLabelledRow(m_serverForm, m_poolerPort);
    addLabelledRow(m_serverForm, m_poolerMetricsPort);
    addLabelledRow(m_serverForm, m_dbName);
    addLabelledRow(m_serverForm, m_dbUser);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addWidget(m_tabs);
    layout->addWidget(m_buttons);

    m_fieldWidgets = {{QStringLiteral("name"), m_name},
                      {QStringLiteral("sshHost"), m_host},
                      {QStringLiteral("sshPort"), m_port},
                      {QStringLiteral("sshUser"), m_user},
                      {QStringLiteral("keyFile"), m_keyFile},
                      {QStringLiteral("jumpHosts"), m_jumpHosts},
                      {QStringLiteral("installDir"), m_installDir},
                      {QStringLiteral("dbHost"), m_dbHost},
                      {QStringLiteral("dbPort"), m_dbPort},
                      {QStringLiteral("gatewayPort"), m_gatewayPort},
                      {QStringLiteral("poolerPort"), m_poolerPort},
                      {QStringLiteral("poolerMetricsPort"), m_poolerMetricsPort},
                      {QStringLiteral("dbName"), m_dbName},
                      {QStringLiteral("dbUser"), m_dbUser}};
    for (auto it = m_fieldWidgets.cbegin(); it != m_fieldWidgets.cend(); ++it)
        it.value()->setObjectName(it.key());
    m_secret->setObjectName(QStringLiteral("secret"));
    m_auth->setObjectName(QStringLiteral("auth"));
    m_group->setObjectName(QStringLiteral("group"));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &StackDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StackDialog::reject);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &StackDialog::updateAuthFields);
    connect(m_browse, &QPushButton::clicked, this, &StackDialog::browseKeyFile);
    connect(m_secret, &QLineEdit::textEdited, this, [this] { m_secretEdited = true; });

    retranslateUi();
    updateAuthFields();
    m_name->setFocus();
}

void StackDialog::retranslateUi()
{
    setWindowTitle(m_id.isEmpty() ? tr("Add stack") : tr("Edit stack"));
    m_tabs->setTabText(0, tr("Connection"));
    m_tabs->setTabText(1, tr("On the server"));
    auto label = [](QFormLayout *form, QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(form->labelForField(field)))
            l->setText(text);
    };
    label(m_sshForm, m_name, tr("&Name:"));
    label(m_sshForm, m_group, tr("&Group:"));
    label(m_sshForm, m_host, tr("SSH &host:"));
    label(m_sshForm, m_port, tr("SSH &port:"));
    label(m_sshForm, m_user, tr("&User:"));
    label(m_sshForm, m_auth, tr("&Authentication:"));
    label(m_sshForm, m_keyRow, tr("&Key file:"));
    label(m_sshForm, m_secret,
          m_auth->currentData().toInt() == int(AuthMethod::Password) ? tr("Pass&word:") : tr("Pass&phrase:"));
    label(m_sshForm, m_jumpHosts, tr("&Jump hosts:"));
    label(m_sshForm, m_autoConnect, QString());
    label(m_serverForm, m_installDir, tr("&Install directory:"));
    label(m_serverForm, m_dbHost, tr("Database &host:"));
    label(m_serverForm, m_dbPort, tr("Database &port:"));
    label(m_serverForm, m_gatewayPort, tr("&Gateway port:"));
    label(m_serverForm, m_poolerPort, tr("P&ooler port:"));
    label(m_serverForm, m_poolerMetricsPort, tr("Supavisor &metrics port:"));
    m_poolerMetricsPort->setSpecialValueText(tr("None"));
    m_poolerMetricsPort->setToolTip(tr("Where Supavisor's metrics are published on the server's loopback, "
                                       "for the dashboard's pooler charts (0: none)."));
    label(m_serverForm, m_dbName, tr("Database &name:"));
    label(m_serverForm, m_dbUser, tr("Database &user:"));
    m_name->setPlaceholderText(tr("e.g. Production EU"));
    m_group->lineEdit()->setPlaceholderText(tr("e.g. Production"));
    m_host->setPlaceholderText(tr("host name, address or ~/.ssh/config alias"));
    m_auth->setItemText(0, tr("SSH agent"));
    m_auth->setItemText(1, tr("Key file"));
    m_auth->setItemText(2, tr("Password"));
    m_browse->setText(tr("&Browse…"));
    m_secret->setPlaceholderText(tr("kept in the system keychain"));
    m_secret->setToolTip(tr("Stored only in the operating system's keychain, never in Supadesk's settings."));
    m_jumpHosts->setPlaceholderText(tr("none: connect directly"));
    m_jumpHosts->setToolTip(
        tr("SSH servers to pass through, as ssh's ProxyJump: user@bastion:22, several "
           "separated by commas. A ProxyJump in ~/.ssh/config is used when this is empty."));
    m_autoConnect->setText(tr("Connect when Supadesk starts"));
    m_installDir->setToolTip(
        tr("The folder on the server that holds Supabase's docker-compose.yml and .env."));
    m_dbHost->setToolTip(tr("Where the database listens, as seen from the server itself."));
}

void StackDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void StackDialog::updateAuthFields()
{
    const auto method = AuthMethod(m_auth->currentData().toInt());
    m_sshForm->setRowVisible(m_keyRow, method == AuthMethod::KeyFile);
    m_sshForm->setRowVisible(m_secret, method != AuthMethod::Agent);
    retranslateUi();
}

void StackDialog::browseKeyFile()
{
    const QString start =
        m_keyFile->text().isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh") : m_keyFile->text();
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose a private key"), start);
    if (!file.isEmpty())
        m_keyFile->setText(file);
}

void StackDialog::setGroups(const QStringList &groups)
{
    const QString current = m_group->currentText();
    m_group->clear();
    m_group->addItems(groups);
    m_group->setCurrentText(current);
}

void StackDialog::setStack(const Stack &s)
{
    m_id = s.id;
    m_name->setText(s.name);
    m_group->setCurrentText(s.group);
    m_host->setText(s.sshHost);
    m_port->setValue(s.sshPort);
    m_user->setText(s.sshUser);
    m_auth->setCurrentIndex(m_auth->findData(int(s.authMethod)));
    m_keyFile->setText(s.keyFile);
    m_jumpHosts->setText(s.jumpHosts);
    m_installDir->setText(s.installDir);
    m_dbHost->setText(s.dbHost);
    m_dbPort->setValue(s.dbPort);
    m_gatewayPort->setValue(s.gatewayPort);
    m_poolerPort->setValue(s.poolerPort);
    m_poolerMetricsPort->setValue(s.poolerMetricsPort);
    m_dbName->setText(s.dbName);
    m_dbUser->setText(s.dbUser);
    m_autoConnect->setChecked(s.autoConnect);
    updateAuthFields();
}

Stack StackDialog::stack() const
{
    Stack s;
    s.id = m_id.isEmpty() ? Stack::newId() : m_id;
    s.name = m_name->text().trimmed();
    s.group = m_group->currentText().trimmed();
    s.sshHost = m_host->text().trimmed();
    s.sshPort = m_port->value();
    s.sshUser = m_user->text().trimmed();
    s.authMethod = AuthMethod(m_auth->currentData().toInt());
    s.keyFile = s.authMethod == AuthMethod::KeyFile ? m_keyFile->text().trimmed() : QString();
    s.jumpHosts = m_jumpHosts->text().trimmed();
    s.installDir = m_installDir->text().trimmed();
    s.dbHost = m_dbHost->text().trimmed();
    s.dbPort = m_dbPort->value();
    s.gatewayPort = m_gatewayPort->value();
    s.poolerPort = m_poolerPort->value();
    s.poolerMetricsPort = m_poolerMetricsPort->value();
    s.dbName = m_dbName->text().trimmed();
    s.dbUser = m_dbUser->text().trimmed();
    s.autoConnect = m_autoConnect->isChecked();
    return s;
}

QString StackDialog::secret() const
{
    return m_secret->text();
}

void StackDialog::showErrors(const QList<FieldError> &errors)
{
    for (QWidget *w : std::as_const(m_fieldWidgets))
        w->setStyleSheet(QString());
    m_errors->setVisible(!errors.isEmpty());
    m_errors->setText(StackValidator::summary(errors));
    for (const FieldError &e : errors)
        if (QWidget *w = m_fieldWidgets.value(e.field))
            w->setStyleSheet(QStringLiteral("border: 1px solid #b3261e;"));
    if (!errors.isEmpty()) {
        if (QWidget *first = m_fieldWidgets.value(errors.first().field)) {
            m_tabs->setCurrentWidget(first->parentWidget() == m_keyRow ? m_keyRow->parentWidget()
                                                                       : first->parentWidget());
            first->setFocus();
        }
    }
}

void StackDialog::accept()
{
    const QList<FieldError> errors = m_validator.validate(stack(), m_existing);
    showErrors(errors);
    if (errors.isEmpty())
        QDialog::accept();
}

} // namespace supadesk
