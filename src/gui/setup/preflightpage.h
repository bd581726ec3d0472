// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/stacklayout.h"
#include "core/setup/hostfacts.h"
#include "core/setup/preflightfinding.h"
#include "core/stack.h"
#include "setuppage.h"

#include <memory>
#include <optional>

class QAction;

namespace supadesk {

namespace Ui {
class PreflightPage;
}

class PreflightRunner;

// Page 2: reads the server over SSH (size, disks, OS, Docker, ports, time sync, the install directory)
// and lists each finding green, amber or red against the production minimum, with the reason and the
// fix. What it learns prefills the tuning and pooling pages. It also reads the Supabase layout of the
// install directory (Kong or Envoy, gateway and pooler ports, PostgreSQL) and, when the stack's gateway
// or pooler port differs from the server's, offers to take the server's (confirmed, then
// stackEdited()).
class PreflightPage : public SetupPage
{
    Q_OBJECT
public:
    explicit PreflightPage(SetupPlan *plan, QWidget *parent = nullptr);
    ~PreflightPage() override;

    QString title() const override;
    QString explanation() const override;
    void entered() override;

    void rerun();
    bool isRunning() const;
    const PreflightFindings &findings() const { return m_findings; }
    const StackLayout &layout() const { return m_layout; }

signals:
    void preflightFinished();
    // The user confirmed the server's ports: whoever keeps the stacks saves `stack`.
    void stackEdited(const Stack &stack);

protected:
    void retranslateUi() override;

private:
    void rebuild();
    void onFinished();
    void showDetails();
    void showLayout();
    void useServerPorts();
    // The stack's ports as the server's layout says, or nullopt when they already agree (or are unknown).
    std::optional<Stack> withServerPorts() const;

    std::unique_ptr<Ui::PreflightPage> m_ui; // ui/setup/preflightpage.ui
    PreflightRunner *m_runner = nullptr;
    PreflightFindings m_findings;
    HostFacts m_facts;
    StackLayout m_layout;
    QString m_layoutError;
    QAction *m_useServerPorts;
    QString m_error;
    QString m_ranFor; // stack id the findings belong to
};

} // namespace supadesk
