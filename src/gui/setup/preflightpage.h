// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/setup/hostfacts.h"
#include "core/setup/preflightfinding.h"
#include "setuppage.h"

#include <memory>

namespace supadesk {

namespace Ui {
class PreflightPage;
}

class PreflightRunner;

// Page 2: reads the server over SSH (size, disks, OS, Docker, ports, time sync, the install directory)
// and lists each finding green, amber or red against the production minimum, with the reason and the
// fix. What it learns prefills the tuning and pooling pages.
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

signals:
    void preflightFinished();

protected:
    void retranslateUi() override;

private:
    void rebuild();
    void onFinished();
    void showDetails();

    std::unique_ptr<Ui::PreflightPage> m_ui; // ui/setup/preflightpage.ui
    PreflightRunner *m_runner = nullptr;
    PreflightFindings m_findings;
    HostFacts m_facts;
    QString m_error;
    QString m_ranFor; // stack id the findings belong to
};

} // namespace supadesk
