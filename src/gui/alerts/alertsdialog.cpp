// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/alerts/alertsdialog.h"

#include "gui/styles/statepalette.h"
#include "services/alerts/alertchanneltester.h"
#include "services/alerts/alertconfigstore.h"
#include "services/secretstore.h"
#include "ui_alertsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

namespace supadesk {

namespace {

enum Column { ColOn, ColId, ColKind, ColSeverity, ColThreshold, ColFor, ColTarget, ColResolved };

const QList<AlertSeverity> kSeverities{AlertSeverity::Info, AlertSeverity::Warning, AlertSeverity::Critical};
const QList<AlertChannelKind> kChannelKinds{AlertChannelKind::Webhook, AlertChannelKind::Slack,
                                            AlertChannelKind::Telegram, AlertChannelKind::Email};

// A new id of the form base, base_2, base_3… not among `taken`.
QString freeId(const QString &base, const QStringList &taken)
{
    QString id = base;
    for (int n = 2; taken.contains(id); ++n)
        id = base + QLatin1Char('_') + QString::number(n);
    return id;
}

} // namespace

AlertsDialog::AlertsDialog(const Stack &stack, AlertConfigStore *store, SecretStore *secrets, QWidget *parent)
    : QDialog(parent), m_stack(stack), m_store(store), m_secrets(secrets),
      m_tester(new AlertChannelTester(this)), m_ui(std::make_unique<Ui::AlertsDialog>())
{
    m_ui->setupUi(this);
    StatePalette::setTextRole(m_ui->error, StatePalette::Role::Bad);
    m_ui->error->hide();
    QHeaderView *header = m_ui->rulesTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The rule and its target get fixed room (a longer name is elided, its tooltip holds it whole);
    // the resolved message, which has its default as placeholder, takes what is left.
    header->setSectionResizeMode(ColKind, QHeaderView::Interactive);
    header->setSectionResizeMode(ColTarget, QHeaderView::Interactive);
    header->setSectionResizeMode(ColResolved, QHeaderView::Stretch);
    header->resizeSection(ColKind, 250);
    header->resizeSection(ColTarget, 190);
    m_ui->rulesTable->verticalHeader()->hide();
    for (AlertRuleKind kind : AlertRules::allKinds())
        m_ui->newRuleKind->addItem(AlertRules::kindTitle(kind), AlertRules::kindKey(kind));
    for (AlertChannelKind kind : kChannelKinds)
        m_ui->newChannelKind->addItem(AlertChannels::kindTitle(kind), AlertChannels::kindKey(kind));

    connect(m_ui->addRule, &QPushButton::clicked, this, &AlertsDialog::addRule);
    connect(m_ui->removeRule, &QPushButton::clicked, this, &AlertsDialog::removeRule);
    connect(m_ui->addChannel, &QPushButton::clicked, this, &AlertsDialog::addChannel);
    connect(m_ui->removeChannel, &QPushButton::clicked, this, &AlertsDialog::removeChannel);
    connect(m_ui->channelList, &QListWidget::currentRowChanged, this, &AlertsDialog::showChannel);
    connect(m_ui->sendTest, &QPushButton::clicked, this, &AlertsDialog::sendTest);
    connect(m_tester, &AlertChannelTester::finished, this, &AlertsDialog::testFinished);
    connect(m_ui->useFleetDefaults, &QCheckBox::toggled, this, &AlertsDialog::scopeChanged);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &AlertsDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &AlertsDialog::reject);
    connect(m_ui->install, &QPushButton::clicked, this, [this] {
        if (!save())
            return;
        m_installRequested = true;
        QDialog::accept();
    });
    connect(m_ui->channelId, &QLineEdit::editingFinished, this, [this] {
        commitChannel();
        refreshChannelList();
    });

    {
        const QSignalBlocker quiet(m_ui->useFleetDefaults);
        m_ui->useFleetDefaults->setChecked(!m_store->stackConfig(m_stack.id));
    }
    load(m_store->effective(m_stack.id), m_store->secretOwner(m_stack.id));
    retranslate();
}

AlertsDialog::~AlertsDialog() = default;

QTableWidget *AlertsDialog::rulesTable() const
{
    return m_ui->rulesTable;
}

bool AlertsDialog::usesFleetDefaults() const
{
    return m_ui->useFleetDefaults->isChecked();
}

QString AlertsDialog::errorText() const
{
    return m_ui->error->isHidden() ? QString() : m_ui->error->text();
}

QString AlertsDialog::testAnswer() const
{
    return m_ui->testAnswer->text();
}

void AlertsDialog::load(const AlertConfig &config, const QString &secretOwner)
{
    m_loading = true;
    m_ui->stormSeconds->setValue(config.stormSeconds);
    m_ui->rulesTable->setRowCount(0);
    for (const AlertRule &rule : config.rules)
        addRuleRow(rule);
    m_channels = config.channels;
    m_loadedChannelIds.clear();
    m_loadedOwner = secretOwner;
    for (AlertChannel &channel : m_channels) {
        m_loadedChannelIds.append(channel.id);
        if (m_secrets)
            if (const Result<QString> secret =
                    m_secrets->readNow(secretOwner, AlertChannels::secretName(channel.id)))
                channel.secret = secret.value();
    }
    m_current = -1;
    refreshChannelList();
    m_loading = false;
    m_ui->channelList->setCurrentRow(m_channels.isEmpty() ? -1 : 0);
    showChannel(m_ui->channelList->currentRow());
}

void AlertsDialog::addRuleRow(const AlertRule &rule)
{
    QTableWidget *t = m_ui->rulesTable;
    const int row = t->rowCount();
    t->insertRow(row);
    auto *on = new QTableWidgetItem;
    on->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    on->setCheckState(rule.enabled ? Qt::Checked : Qt::Unchecked);
    t->setItem(row, ColOn, on);
    t->setItem(row, ColId, new QTableWidgetItem(rule.id));
    auto *kind = new QTableWidgetItem(AlertRules::kindTitle(rule.kind));
    kind->setData(Qt::UserRole, AlertRules::kindKey(rule.kind));
    kind->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    kind->setToolTip(kind->text());
    t->setItem(row, ColKind, kind);

    auto *severity = new QComboBox(t);
    for (AlertSeverity s : kSeverities)
        severity->addItem(AlertRules::severityTitle(s), AlertRules::severityKey(s));
    severity->setCurrentIndex(int(kSeverities.indexOf(rule.severity)));
    t->setCellWidget(row, ColSeverity, severity);

    // The spin box's range is the rule's: an impossible threshold cannot be typed in.
    auto *threshold = new QDoubleSpinBox(t);
    threshold->setDecimals(
        rule.kind == AlertRuleKind::DiskAbove || rule.kind == AlertRuleKind::MemoryAbove ? 1 : 0);
    threshold->setRange(AlertRules::minimumThreshold(rule.kind), AlertRules::maximumThreshold(rule.kind));
    threshold->setEnabled(AlertRules::needsThreshold(rule.kind));
    if (!AlertRules::needsThreshold(rule.kind))
        threshold->setSpecialValueText(QStringLiteral("—"));
    threshold->setValue(rule.threshold);
    threshold->setSuffix(ruleUnit(rule.kind));
    t->setCellWidget(row, ColThreshold, threshold);

    auto *forSeconds = new QSpinBox(t);
    forSeconds->setRange(0, AlertRules::MaxForSeconds);
    forSeconds->setSingleStep(60);
    forSeconds->setValue(rule.forSeconds);
    forSeconds->setSuffix(tr(" s"));
    t->setCellWidget(row, ColFor, forSeconds);

    auto *target = new QLineEdit(rule.target, t);
    target->setEnabled(AlertRules::needsTarget(rule.kind));
    t->setCellWidget(row, ColTarget, target);

    auto *resolved = new QLineEdit(rule.resolvedMessage, t);
    AlertRule plain = rule;
    plain.resolvedMessage.clear();
    resolved->setPlaceholderText(AlertRules::resolvedText(plain)); // what is sent when left empty
    t->setCellWidget(row, ColResolved, resolved);
}

AlertRule AlertsDialog::ruleAt(int row) const
{
    const QTableWidget *t = m_ui->rulesTable;
    AlertRule r;
    r.enabled = t->item(row, ColOn)->checkState() == Qt::Checked;
    r.id = t->item(row, ColId)->text().trimmed();
    r.kind = AlertRules::kindFromKey(t->item(row, ColKind)->data(Qt::UserRole).toString())
                 .value_or(AlertRuleKind::ComponentDown);
    r.severity = AlertRules::severityFromKey(
                     qobject_cast<QComboBox *>(t->cellWidget(row, ColSeverity))->currentData().toString())
                     .value_or(AlertSeverity::Warning);
    r.threshold = AlertRules::needsThreshold(r.kind)
                      ? qobject_cast<QDoubleSpinBox *>(t->cellWidget(row, ColThreshold))->value()
                      : 0;
    r.forSeconds = qobject_cast<QSpinBox *>(t->cellWidget(row, ColFor))->value();
    r.target = AlertRules::needsTarget(r.kind)
                   ? qobject_cast<QLineEdit *>(t->cellWidget(row, ColTarget))->text().trimmed()
                   : QString();
    r.resolvedMessage = qobject_cast<QLineEdit *>(t->cellWidget(row, ColResolved))->text().trimmed();
    return r;
}

QString AlertsDialog::ruleUnit(AlertRuleKind kind) const
{
    switch (kind) {
    case AlertRuleKind::DiskAbove:
    case AlertRuleKind::MemoryAbove:
    case AlertRuleKind::ConnectionsAbove:
        return tr(" %");
    case AlertRuleKind::BackupOlderThan:
        return tr(" h");
    case AlertRuleKind::ReplicationLagAbove:
        return tr(" bytes");
    case AlertRuleKind::CertificateExpiring:
    case AlertRuleKind::JwtKeys:
        return tr(" days");
    case AlertRuleKind::LongTransaction:
        return tr(" min");
    default:
        return {};
    }
}

void AlertsDialog::addRule()
{
    const auto kind = AlertRules::kindFromKey(m_ui->newRuleKind->currentData().toString());
    if (!kind)
        return;
    QStringList taken;
    for (int row = 0; row < m_ui->rulesTable->rowCount(); ++row)
        taken.append(m_ui->rulesTable->item(row, ColId)->text());
    AlertRule r;
    r.kind = *kind;
    r.id = freeId(AlertRules::kindKey(*kind).left(28), taken);
    r.threshold = AlertRules::needsThreshold(*kind) ? AlertRules::minimumThreshold(*kind) : 0;
    if (*kind == AlertRuleKind::DiskAbove || *kind == AlertRuleKind::MemoryAbove)
        r.threshold = 90;
    if (AlertRules::needsTarget(*kind))
        r.target = *kind == AlertRuleKind::ComponentDown ? QStringLiteral("rest") : QStringLiteral("/");
    addRuleRow(r);
    m_ui->rulesTable->selectRow(m_ui->rulesTable->rowCount() - 1);
}

void AlertsDialog::removeRule()
{
    const int row = m_ui->rulesTable->currentRow();
    if (row >= 0)
        m_ui->rulesTable->removeRow(row);
}

void AlertsDialog::addChannel()
{
    commitChannel();
    const auto kind = AlertChannels::kindFromKey(m_ui->newChannelKind->currentData().toString());
    if (!kind)
        return;
    QStringList taken;
    for (const AlertChannel &c : std::as_const(m_channels))
        taken.append(c.id);
    AlertChannel c;
    c.kind = *kind;
    c.id = freeId(AlertChannels::kindKey(*kind), taken);
    m_channels.append(c);
    refreshChannelList();
    m_ui->channelList->setCurrentRow(int(m_channels.size()) - 1);
}

void AlertsDialog::removeChannel()
{
    const int index = m_ui->channelList->currentRow();
    if (index < 0 || index >= m_channels.size())
        return;
    m_current = -1; // what the editor holds belongs to the removed channel
    m_channels.removeAt(index);
    refreshChannelList();
    m_ui->channelList->setCurrentRow(std::min(index, int(m_channels.size()) - 1));
    showChannel(m_ui->channelList->currentRow());
}

void AlertsDialog::selectChannel(int index)
{
    m_ui->channelList->setCurrentRow(index);
}

void AlertsDialog::refreshChannelList()
{
    const QSignalBlocker block(m_ui->channelList);
    const int row = m_ui->channelList->currentRow();
    m_ui->channelList->clear();
    for (const AlertChannel &c : std::as_const(m_channels))
        m_ui->channelList->addItem(QStringLiteral("%1 — %2").arg(c.id, AlertChannels::kindTitle(c.kind)));
    m_ui->channelList->setCurrentRow(std::min(row, int(m_channels.size()) - 1));
}

void AlertsDialog::commitChannel()
{
    if (m_loading || m_current < 0 || m_current >= m_channels.size())
        return;
    AlertChannel &c = m_channels[m_current];
    c.id = m_ui->channelId->text().trimmed();
    c.secret = m_ui->secret->text().trimmed();
    c.chatId = m_ui->chatId->text().trimmed();
    c.smtpUrl = m_ui->smtpUrl->text().trimmed();
    c.smtpUser = m_ui->smtpUser->text().trimmed();
    c.startTls = m_ui->startTls->isChecked();
    c.mailFrom = m_ui->mailFrom->text().trimmed();
    c.mailTo.clear();
    for (const QString &to : m_ui->mailTo->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!to.trimmed().isEmpty())
            c.mailTo.append(to.trimmed());
    c.enabled = m_ui->channelEnabled->isChecked();
}

void AlertsDialog::showChannel(int index)
{
    commitChannel();
    m_current = index >= 0 && index < m_channels.size() ? index : -1;
    const bool has = m_current >= 0;
    const AlertChannel c = has ? m_channels.at(m_current) : AlertChannel();
    m_ui->channelId->setText(c.id);
    m_ui->secret->setText(c.secret);
    m_ui->chatId->setText(c.chatId);
    m_ui->smtpUrl->setText(c.smtpUrl);
    m_ui->smtpUser->setText(c.smtpUser);
    m_ui->startTls->setChecked(c.startTls);
    m_ui->mailFrom->setText(c.mailFrom);
    m_ui->mailTo->setText(c.mailTo.join(QStringLiteral(", ")));
    m_ui->channelEnabled->setChecked(c.enabled);
    m_ui->testAnswer->clear();
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->channelId), static_cast<QWidget *>(m_ui->secret),
          static_cast<QWidget *>(m_ui->channelEnabled), static_cast<QWidget *>(m_ui->removeChannel)})
        w->setEnabled(has);
    updateChannelFields();
}

void AlertsDialog::updateChannelFields()
{
    const bool has = m_current >= 0;
    const AlertChannelKind kind = has ? m_channels.at(m_current).kind : AlertChannelKind::Webhook;
    const bool telegram = has && kind == AlertChannelKind::Telegram;
    const bool email = has && kind == AlertChannelKind::Email;
    m_ui->channelKind->setText(has ? AlertChannels::kindTitle(kind) : QString());
    m_ui->secretLabel->setText(AlertChannels::secretTitle(kind) + QLatin1Char(':'));
    m_ui->chatIdLabel->setVisible(telegram);
    m_ui->chatId->setVisible(telegram);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->smtpUrlLabel), static_cast<QWidget *>(m_ui->smtpUrl),
                       static_cast<QWidget *>(m_ui->smtpUserLabel), static_cast<QWidget *>(m_ui->smtpUser),
                       static_cast<QWidget *>(m_ui->startTlsLabel), static_cast<QWidget *>(m_ui->startTls),
                       static_cast<QWidget *>(m_ui->mailFromLabel), static_cast<QWidget *>(m_ui->mailFrom),
                       static_cast<QWidget *>(m_ui->mailToLabel), static_cast<QWidget *>(m_ui->mailTo)})
        w->setVisible(email);
    m_ui->sendTest->setEnabled(has && !m_tester->busy());
}

void AlertsDialog::scopeChanged(bool fleet)
{
    if (m_loading)
        return;
    commitChannel();
    if (fleet) {
        // The stack's own settings stay until Save; the form shows what the fleet uses.
        load(m_store->fleetDefaults(), AlertConfigStore::FleetKey);
    } else {
        // The stack starts from what it followed: a copy of the fleet defaults, secrets included.
        AlertConfig copy = config();
        const std::optional<AlertConfig> own = m_store->stackConfig(m_stack.id);
        load(own.value_or(copy), m_stack.id);
        if (!own) {
            m_channels = copy.channels;
            m_loadedChannelIds.clear();
            m_current = -1;
            refreshChannelList();
            m_ui->channelList->setCurrentRow(m_channels.isEmpty() ? -1 : 0);
            showChannel(m_ui->channelList->currentRow());
        }
    }
    retranslate();
}

AlertConfig AlertsDialog::config() const
{
    const_cast<AlertsDialog *>(this)->commitChannel();
    AlertConfig c;
    c.stackName = m_stack.name;
    c.stormSeconds = m_ui->stormSeconds->value();
    for (int row = 0; row < m_ui->rulesTable->rowCount(); ++row)
        c.rules.append(ruleAt(row));
    c.channels = m_channels;
    return c;
}

void AlertsDialog::sendTest()
{
    commitChannel();
    if (m_current < 0)
        return;
    const AlertChannel channel = m_channels.at(m_current);
    StatePalette::setTextRole(m_ui->testAnswer, std::nullopt);
    m_ui->testAnswer->setText(tr("Sending a test message through “%1” from this computer…").arg(channel.id));
    if (const Status started = m_tester->start(m_stack.name, channel); !started) {
        StatePalette::setTextRole(m_ui->testAnswer, StatePalette::Role::Bad);
        m_ui->testAnswer->setText(started.error().message);
        return;
    }
    m_ui->sendTest->setEnabled(false);
}

void AlertsDialog::testFinished(int outcome, const QString &answer)
{
    m_ui->sendTest->setEnabled(m_current >= 0);
    switch (outcome) {
    case AlertChannelTester::Delivered:
        StatePalette::setTextRole(m_ui->testAnswer, StatePalette::Role::Ok);
        m_ui->testAnswer->setText(tr("Delivered. The channel answered: %1").arg(answer));
        break;
    case AlertChannelTester::Refused:
        StatePalette::setTextRole(m_ui->testAnswer, StatePalette::Role::Bad);
        m_ui->testAnswer->setText(tr("Refused. The channel answered: %1").arg(answer));
        break;
    default:
        StatePalette::setTextRole(m_ui->testAnswer, StatePalette::Role::Bad);
        m_ui->testAnswer->setText(tr("Not reached: %1").arg(answer));
        break;
    }
}

void AlertsDialog::showError(const QString &text)
{
    m_ui->error->setText(text);
    m_ui->error->setVisible(!text.isEmpty());
}

bool AlertsDialog::save()
{
    const AlertConfig c = config();
    // Validated with the secrets the form holds: the copy kept in the settings has none.
    if (const Status valid = c.validate(); !valid) {
        showError(valid.error().message);
        return false;
    }
    const bool fleet = usesFleetDefaults();
    const QString owner = fleet ? AlertConfigStore::FleetKey : m_stack.id;
    if (m_secrets) {
        for (const AlertChannel &channel : c.channels)
            if (!channel.secret.isEmpty())
                if (const Status written =
                        m_secrets->writeNow(owner, AlertChannels::secretName(channel.id), channel.secret);
                    !written) {
                    showError(tr("The secret of “%1” could not be kept in the keychain: %2")
                                  .arg(channel.id, written.error().message));
                    return false;
                }
        // A removed or renamed channel's secret leaves the keychain with it.
        if (owner == m_loadedOwner)
            for (const QString &id : std::as_const(m_loadedChannelIds)) {
                const bool kept = std::any_of(c.channels.begin(), c.channels.end(),
                                              [&id](const AlertChannel &ch) { return ch.id == id; });
                if (!kept)
                    m_secrets->remove(owner, AlertChannels::secretName(id), [](Status) {});
            }
    } else if (std::any_of(c.channels.begin(), c.channels.end(),
                           [](const AlertChannel &ch) { return !ch.secret.isEmpty(); })) {
        showError(tr("There is no keychain to keep the channels' secrets in."));
        return false;
    }
    if (fleet) {
        m_store->setFleetDefaults(c);
        m_store->clearStackConfig(m_stack.id);
    } else {
        m_store->setStackConfig(m_stack.id, c);
    }
    showError({});
    return true;
}

void AlertsDialog::accept()
{
    if (save())
        QDialog::accept();
}

void AlertsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void AlertsDialog::retranslate()
{
    setWindowTitle(tr("Alerts of “%1”").arg(m_stack.name));
    m_ui->intro->setText(
        tr("The server's uptime probe checks these rules every round and tells the channels, so alerts "
           "arrive while no desktop is open. A rule fires once after its condition has held for the time "
           "given, and sends its resolved message once when it clears; maintenance windows silence it."));
    m_ui->scopeNote->setText(
        usesFleetDefaults() ? tr("These are the fleet defaults: every stack without its own settings uses "
                                 "them. Clear the box to give “%1” its own.")
                                  .arg(m_stack.name)
                            : tr("“%1” has its own rules and channels.").arg(m_stack.name));
    if (QPushButton *save = m_ui->buttons->button(QDialogButtonBox::Save))
        save->setText(tr("Save"));
    for (int i = 0; i < m_ui->newRuleKind->count(); ++i)
        if (const auto kind = AlertRules::kindFromKey(m_ui->newRuleKind->itemData(i).toString()))
            m_ui->newRuleKind->setItemText(i, AlertRules::kindTitle(*kind));
    for (int i = 0; i < m_ui->newChannelKind->count(); ++i)
        if (const auto kind = AlertChannels::kindFromKey(m_ui->newChannelKind->itemData(i).toString()))
            m_ui->newChannelKind->setItemText(i, AlertChannels::kindTitle(*kind));
    QTableWidget *t = m_ui->rulesTable;
    for (int row = 0; row < t->rowCount(); ++row) {
        const auto kind = AlertRules::kindFromKey(t->item(row, ColKind)->data(Qt::UserRole).toString());
        if (!kind)
            continue;
        t->item(row, ColKind)->setText(AlertRules::kindTitle(*kind));
        t->item(row, ColKind)->setToolTip(AlertRules::kindTitle(*kind));
        auto *severity = qobject_cast<QComboBox *>(t->cellWidget(row, ColSeverity));
        for (int i = 0; i < severity->count(); ++i)
            severity->setItemText(i, AlertRules::severityTitle(kSeverities.at(i)));
        qobject_cast<QDoubleSpinBox *>(t->cellWidget(row, ColThreshold))->setSuffix(ruleUnit(*kind));
        qobject_cast<QSpinBox *>(t->cellWidget(row, ColFor))->setSuffix(tr(" s"));
    }
    const int current = m_ui->channelList->currentRow();
    refreshChannelList();
    m_ui->channelList->setCurrentRow(current);
    updateChannelFields();
}

} // namespace supadesk
