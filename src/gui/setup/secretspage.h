// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setuppage.h"

#include <QSet>
#include <memory>

namespace supadesk {

namespace Ui {
class SecretsPage;
}

// Page 3: every secret of the stack's .env, masked, each with Show, Copy and Regenerate. Example values
// from Supabase's env.example are flagged and replaced; values that look right are kept, because
// rotating them on a running stack breaks it. Values stay in memory (SetupPlan), never in settings.
class SecretsPage : public SetupPage
{
    Q_OBJECT
public:
    explicit SecretsPage(SetupPlan *plan, QWidget *parent = nullptr);
    ~SecretsPage() override;

    QString title() const override;
    QString explanation() const override;

    // The value the plan will write for `key` (new or kept).
    QString valueOf(const QString &key) const;
    // Draws a new value (and, for JWT_SECRET, signs the API keys again). `confirmed` skips the question
    // a rotation of a live secret asks first.
    void regenerate(const QString &key, bool confirmed = false);

protected:
    void retranslateUi() override;

private:
    void rebuild();
    QString stateText(const QString &key) const;
    QString masked(const QString &key) const;

    std::unique_ptr<Ui::SecretsPage> m_ui; // ui/setup/secretspage.ui
    QSet<QString> m_shown;
    QSet<QString> m_rotatedByUser;
};

} // namespace supadesk
