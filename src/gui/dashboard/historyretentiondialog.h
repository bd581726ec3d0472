// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/metrics/rollup.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace supadesk {

namespace Ui {
class HistoryRetentionDialog;
}

// How long the dashboard's local history keeps raw samples and the 1-minute and 1-hour roll-ups.
// The limits and the order (a coarser resolution keeps at least as long as a finer one) come from
// RetentionPolicy; what the dialog returns is already within them.
class HistoryRetentionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HistoryRetentionDialog(const RetentionPolicy &policy, QWidget *parent = nullptr);
    ~HistoryRetentionDialog() override;

    RetentionPolicy policy() const;
    void setPolicy(const RetentionPolicy &policy);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateTexts();
    void keepOrder();

    std::unique_ptr<Ui::HistoryRetentionDialog> m_ui;
    QPushButton *m_defaults;
};

} // namespace supadesk
