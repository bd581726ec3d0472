// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace supadesk {

// Says when the application palette has changed (a theme chosen in Preferences, the desktop's own
// switch). Widgets styled by a style sheet keep a palette of their own and hear no PaletteChange,
// and other children hear no ApplicationPaletteChange; the application object always hears it.
class PaletteWatcher : public QObject
{
    Q_OBJECT
public:
    static PaletteWatcher *instance();

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    PaletteWatcher();
};

} // namespace supadesk
