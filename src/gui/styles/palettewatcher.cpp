// SPDX-License-Identifier: GPL-3.0-or-later
#include "palettewatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace supadesk {

PaletteWatcher::PaletteWatcher() : QObject(QCoreApplication::instance())
{
    QCoreApplication::instance()->installEventFilter(this);
}

PaletteWatcher *PaletteWatcher::instance()
{
    static PaletteWatcher *watcher = new PaletteWatcher; // owned by the application object
    return watcher;
}

bool PaletteWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::ApplicationPaletteChange)
        emit changed();
    return false;
}

} // namespace supadesk
