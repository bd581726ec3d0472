// SPDX-License-Identifier: GPL-3.0-or-later
#include "setuppage.h"

#include <QEvent>

namespace supadesk {

void SetupPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        emit textsChanged();
    }
    QWidget::changeEvent(event);
}

} // namespace supadesk
