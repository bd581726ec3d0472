// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QtTest>

// Services for integration tests are started by tests/harness/with-services (run by scripts/test),
// which exports where they listen. A test that finds a variable missing fails with this message
// instead of skipping: a missing service is a broken set-up, not a passing test.
namespace testenv {

inline QString value(const char *name)
{
    return qEnvironmentVariable(name);
}

inline bool has(const char *name)
{
    return !qEnvironmentVariableIsEmpty(name);
}

inline QByteArray missing(const char *name, const char *what)
{
    return QByteArray("Environment variable ") + name + " is not set: " + what +
           " is not running. Run the tests with ./scripts/test (it installs and starts it), "
           "or start tests/harness/with-services yourself.";
}

} // namespace testenv

#define REQUIRE_SERVICE(var, what)                                                                           \
    do {                                                                                                     \
        if (!testenv::has(var))                                                                              \
            QFAIL(testenv::missing(var, what).constData());                                                  \
    } while (false)
