// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/stack.h"
#include "core/stackvalidator.h"
#include "stackstore.h"

#include <QCoreApplication>

#include <optional>

namespace supadesk {

// The user's stacks with the rules for changing them: every change is validated, then saved, and
// only then becomes visible; a failed save leaves both the file and the list as they were.
class StackRepository
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::StackRepository)

public:
    explicit StackRepository(StackStore store);
    static StackRepository forCurrentProfile();

    const StackList &stacks() const { return m_stacks; }
    std::optional<Stack> find(const QString &id) const;
    std::optional<Stack> findByName(const QString &name) const;
    QList<FieldError> check(const Stack &stack) const;

    Status add(const Stack &stack);
    Status update(const Stack &stack);
    Status remove(const QString &id);
    // A copy named "NAME (copy)" (or "(copy 2)", ...) right after the original; returns its id.
    Result<QString> duplicate(const QString &id);
    // Moves a stack by `delta` places in the list (negative is up).
    Status move(const QString &id, int delta);
    Result<int> importJson(const QByteArray &json);
    QByteArray exportJson() const;

    static StackValidator validator();

private:
    Status commit(const StackList &next);
    qsizetype indexOf(const QString &id) const;

    StackStore m_store;
    StackList m_stacks;
};

} // namespace supadesk
