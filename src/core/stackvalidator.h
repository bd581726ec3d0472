// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stack.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace supadesk {

// One problem with one field of a stack, for the form to show next to that field.
struct FieldError
{
    QString field; // the Stack member's name, e.g. "sshPort"
    QString message;
};

// Checks a stack definition before it is saved. Pure: whether a key file can be read is asked
// through a predicate so that the rule stays here and the file system stays outside core.
class StackValidator
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::StackValidator)

public:
    using ReadableFile = std::function<bool(const QString &path)>;

    explicit StackValidator(ReadableFile readable = {});

    // `others` are the stacks already saved; the one with the same id is the stack being edited.
    QList<FieldError> validate(const Stack &stack, const StackList &others) const;

    static QString summary(const QList<FieldError> &errors);

private:
    ReadableFile m_readable;
};

} // namespace supadesk
