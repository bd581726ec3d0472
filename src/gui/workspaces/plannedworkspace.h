#pragma once

#include "gui/common/workspace.h"

class QLabel;

namespace supadesk {

// A workspace that is not built yet: it says what it will do and which stack it belongs to, and shows
// no made-up data.
class PlannedWorkspace : public Workspace
{
    Q_OBJECT
public:
    enum class Kind { Setup, Analyzer, Dashboard, Uptime };

    explicit PlannedWorkspace(Kind kind, QWidget *parent = nullptr);

    QString title() const override;
    void setStack(const std::optional<Stack> &stack) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QString description() const;

    Kind m_kind;
    std::optional<Stack> m_stack;
    QLabel *m_heading;
    QLabel *m_stackLabel;
    QLabel *m_description;
};

} // namespace supadesk
