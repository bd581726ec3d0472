// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "stack.h"
#include "stackvalidator.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace supadesk {

// Stack definitions as JSON for import/export and for `supadesk-cli stacks list --json`.
// The format never carries a secret: stacks hold none.
class StackJson
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::StackJson)

public:
    static QJsonObject toObject(const Stack &stack);
    static QByteArray exportStacks(const StackList &stacks);

    // Parses an export and checks every stack against `existing` and against each other.
    // All or nothing: on any error no stack is returned. Imported stacks get fresh ids.
    static Result<StackList> importStacks(const QByteArray &json, const StackList &existing,
                                          const StackValidator &validator);
};

} // namespace supadesk
