#pragma once

#include "setuppage.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;

namespace supadesk {

// Page 7: the nightly backup: a custom-format pg_dump from the db container, checked with
// pg_restore --list, kept for a number of days, optionally copied off-site with rclone, run from cron.
class BackupPage : public SetupPage
{
    Q_OBJECT
public:
    explicit BackupPage(SetupPlan *plan, QWidget *parent = nullptr);

    QString title() const override;
    QString explanation() const override;

protected:
    void retranslateUi() override;

private:
    void load();
    void store();

    QLabel *m_timeLabel;
    QTimeEdit *m_time;
    QLabel *m_retentionLabel;
    QSpinBox *m_retention;
    QLabel *m_dirLabel;
    QLineEdit *m_dir;
    QLabel *m_remoteLabel;
    QLineEdit *m_remote;
    QLabel *m_remoteNote;
    QLabel *m_error;
    QLabel *m_cronLabel;
    QLineEdit *m_cron;
    QLabel *m_scriptLabel;
    QPlainTextEdit *m_script;
    bool m_loading = false;
};

} // namespace supadesk
