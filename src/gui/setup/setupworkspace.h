// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/common/workspace.h"
#include "setupplan.h"

#include <QList>
#include <memory>

namespace supadesk {

class ConnectionManager;
class SecretStore;
class SetupPage;

namespace Ui {
class SetupWorkspace;
}

// The Setup tab: the first-install wizard ops staff click through. A list of the nine pages on the
// left, the current page with its one-paragraph explanation on the right, Back and Next below. The
// pages share one SetupPlan; its defaults make Next, Next, … end in a valid plan.
class SetupWorkspace : public Workspace
{
    Q_OBJECT
public:
    SetupWorkspace(ConnectionManager *connections, SecretStore *secrets, SetupPlan::EndpointResolver resolver,
                   QWidget *parent = nullptr);
    ~SetupWorkspace() override;

    QString title() const override;
    void setStack(const std::optional<Stack> &stack) override;
    void connectionChanged() override;

    SetupPlan *plan() const { return m_plan; }
    int pageCount() const { return int(m_pages.size()); }
    int currentIndex() const;
    SetupPage *page(int index) const { return m_pages.value(index); }
    template <typename T> T *page() const
    {
        for (SetupPage *p : m_pages)
            if (auto *t = qobject_cast<T *>(p))
                return t;
        return nullptr;
    }

    void goTo(int index);
    // Opens the page an audit fix names: "connection", "preflight", "secrets", "tuning", "pooling",
    // "firewall", "tls", "backups", "review" (AuditFix::setupPage). False for a name it does not know.
    bool goToPage(const QString &name);
    void next();
    void back();

signals:
    // After an apply, the keychain holds the stack's new .env secrets (under
    // SecretStore::envSecretName(key)): whoever caches them (the uptime monitor's anon key) reloads.
    void secretsStored(const QString &stackId);
    // A page changed the stack's own settings (preflight: the server's ports, confirmed): save it.
    void stackEdited(const Stack &stack);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateHeader();

    SetupPlan *m_plan;
    QList<SetupPage *> m_pages;
    std::unique_ptr<Ui::SetupWorkspace> m_ui; // ui/setup/setupworkspace.ui
};

} // namespace supadesk
