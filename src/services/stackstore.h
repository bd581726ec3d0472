// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/stack.h"

#include <QCoreApplication>
#include <QString>

namespace supadesk {

// The saved stack list, in the profile's QSettings file, in the user's order. Never holds a secret.
class StackStore
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::StackStore)

public:
    explicit StackStore(QString settingsFile);

    StackList load() const;
    Status save(const StackList &stacks) const;
    QString settingsFile() const { return m_settingsFile; }

private:
    QString m_settingsFile;
};

} // namespace supadesk
