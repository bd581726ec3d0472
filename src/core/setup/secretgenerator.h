// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class QRandomGenerator;

namespace supadesk {

// Random strings for secrets, drawn from the operating system's CSPRNG (QRandomGenerator::system()).
// Character classes are chosen per secret by the caller: passwords that end up inside connection URLs
// must stay alphanumeric, keys that Supabase's own script makes with `openssl rand -base64` use base64.
class SecretGenerator
{
public:
    SecretGenerator();

    QByteArray bytes(int count) const;
    // Uniform over [A-Za-z0-9]: rejection sampling keeps every character equally likely.
    QString alphanumeric(int length) const;
    QString hex(int byteCount) const;
    QString base64(int byteCount) const;

private:
    QRandomGenerator *m_random;
};

} // namespace supadesk
