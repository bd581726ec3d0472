// SPDX-License-Identifier: GPL-3.0-or-later
#include "stackrepository.h"

#include "apppaths.h"
#include "core/stackjson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace supadesk {

namespace {

Error unknownStack()
{
    return Error{ErrorCode::StackUnknown, StackRepository::tr("The stack no longer exists.")};
}

Error invalid(const QList<FieldError> &errors)
{
    return Error{ErrorCode::StackInvalid, StackValidator::summary(errors)};
}

QString expandHome(const QString &path)
{
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

} // namespace

StackRepository::StackRepository(StackStore store) : m_store(std::move(store)), m_stacks(m_store.load()) {}

StackRepository StackRepository::forCurrentProfile()
{
    return StackRepository(StackStore(AppPaths::settingsFile()));
}

StackValidator StackRepository::validator()
{
    return StackValidator([](const QString &path) {
        const QFileInfo info(expandHome(path));
        return info.isFile() && info.isReadable();
    });
}

std::optional<Stack> StackRepository::find(const QString &id) const
{
    const qsizetype i = indexOf(id);
    return i < 0 ? std::nullopt : std::optional<Stack>(m_stacks.at(i));
}

std::optional<Stack> StackRepository::findByName(const QString &name) const
{
    for (const Stack &s : m_stacks)
        if (s.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

QList<FieldError> StackRepository::check(const Stack &stack) const
{
    return validator().validate(stack, m_stacks);
}

qsizetype StackRepository::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_stacks.size(); ++i)
        if (m_stacks.at(i).id == id)
            return i;
    return -1;
}

Status StackRepository::commit(const StackList &next)
{
    const Status saved = m_store.save(next);
    if (!saved.ok()) {
        (void)m_store.save(m_stacks); // put the file back as it was; the first error is the one to report
        return saved;
    }
    m_stacks = next;
    return success();
}

Status StackRepository::add(const Stack &stack)
{
    Stack s = stack;
    if (s.id.isEmpty())
        s.id = Stack::newId();
    if (indexOf(s.id) >= 0)
        return Error{ErrorCode::StackDuplicate, tr("A stack with this id already exists.")};
    const QList<FieldError> errors = check(s);
    if (!errors.isEmpty())
        return invalid(errors);
    StackList next = m_stacks;
    next.append(s);
    return commit(next);
}

Status StackRepository::update(const Stack &stack)
{
    const qsizetype i = indexOf(stack.id);
    if (i < 0)
        return unknownStack();
    const QList<FieldError> errors = check(stack);
    if (!errors.isEmpty())
        return invalid(errors);
    StackList next = m_stacks;
    next[i] = stack;
    return commit(next);
}

Status StackRepository::remove(const QString &id)
{
    const qsizetype i = indexOf(id);
    if (i < 0)
        return unknownStack();
    StackList next = m_stacks;
    next.removeAt(i);
    return commit(next);
}

Result<QString> StackRepository::duplicate(const QString &id)
{
    const qsizetype i = indexOf(id);
    if (i < 0)
        return unknownStack();
    Stack copy = m_stacks.at(i);
    copy.id = Stack::newId();
    copy.autoConnect = false;
    for (int n = 1;; ++n) {
        copy.name = n == 1 ? tr("%1 (copy)").arg(m_stacks.at(i).name)
                           : tr("%1 (copy %2)").arg(m_stacks.at(i).name).arg(n);
        if (!findByName(copy.name))
            break;
    }
    StackList next = m_stacks;
    next.insert(i + 1, copy);
    const Status saved = commit(next);
    if (!saved.ok())
        return saved.error();
    return copy.id;
}

Status StackRepository::move(const QString &id, int delta)
{
    const qsizetype i = indexOf(id);
    if (i < 0)
        return unknownStack();
    const qsizetype target = std::clamp<qsizetype>(i + delta, 0, m_stacks.size() - 1);
    if (target == i)
        return success();
    StackList next = m_stacks;
    next.move(i, target);
    return commit(next);
}

Result<int> StackRepository::importJson(const QByteArray &json)
{
    const Result<StackList> parsed = StackJson::importStacks(json, m_stacks, validator());
    if (!parsed.ok())
        return parsed.error();
    const Status saved = commit(m_stacks + parsed.value());
    if (!saved.ok())
        return saved.error();
    return int(parsed.value().size());
}

QByteArray StackRepository::exportJson() const
{
    return StackJson::exportStacks(m_stacks);
}

} // namespace supadesk
