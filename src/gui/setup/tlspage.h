// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/tls/tlssetupplan.h"
#include "services/tls/tlsverifier.h"
#include "setuppage.h"

#include <memory>
#include <optional>

namespace supadesk {

namespace Ui {
class TlsPage;
}

// Page 7: HTTPS in front of the gateway. The public names and the ACME e-mail, the proxy (Caddy or
// nginx + certbot) and where it runs (a host package, or Supabase's compose overlay where the stack's
// directory has it), and the gateway ports closed from outside once HTTPS answers. The page shows the
// configuration and the .env changes it generates; the Review page applies them as steps that roll
// back. "Check names and ports" runs the preflight (TlsPreflight), "Verify HTTPS" the checks from this
// computer after the apply (TlsVerifier), both off the GUI thread.
class TlsPage : public SetupPage
{
    Q_OBJECT
public:
    explicit TlsPage(SetupPlan *plan, QWidget *parent = nullptr);
    ~TlsPage() override;

    QString title() const override;
    QString explanation() const override;
    void entered() override;

    // Reads the stack's compose files (which overlays the tree has) over the connection.
    void readLayout();
    void checkNamesAndPorts();
    void verifyHttps();
    bool isBusy() const { return m_busy > 0; }
    // The last preflight's and verification's results; none before the first.
    const std::optional<Status> &lastCheck() const { return m_lastCheck; }
    const std::optional<TlsVerifyReport> &lastVerify() const { return m_lastVerify; }

signals:
    void checkFinished(bool ok);
    void verifyFinished(bool ok);
    // Studio's extra password was drawn, hashed on the server and stored in the keychain.
    void studioPasswordReady();

protected:
    void retranslateUi() override;

private:
    void load();
    void store();
    void showPreview();
    void showError(const QString &message);
    void showCheck();
    void showVerify();
    void updateState();
    QString commandPrefix() const;
    void makeStudioPassword();
    void setStudioAuth(StudioAuth auth, const QString &hash);
    void verifyThroughTunnel(const TlsVerifyRequest &request, const TlsVerifyReport &direct);
    void finishVerify(const TlsVerifyReport &report);

    std::unique_ptr<Ui::TlsPage> m_ui; // ui/setup/tlspage.ui
    bool m_loading = false;
    int m_busy = 0;
    // What the preflight read: who holds 80/443, the names' and the server's addresses.
    struct CheckFacts
    {
        TlsApplyInput input;
        QString ss;
        QHash<QString, QStringList> resolved;
        QStringList serverAddresses;
        QString execError; // the command could not run
    };
    std::optional<CheckFacts> m_checkFacts;
    std::optional<Status> m_lastCheck;
    std::optional<TlsVerifyReport> m_lastVerify;
    bool m_verifiedThroughTunnel = false; // the last verification went through an SSH tunnel
};

} // namespace supadesk
