// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Helpline {

// Argon2id through libsodium. The cost is written into each hash, so hashes made with
// different costs all verify.
class PasswordHasher
{
public:
    enum class Cost {
        Interactive, // libsodium's interactive limits: for real accounts
        Minimal,     // the smallest limits: only for throw-away test databases
    };

    explicit PasswordHasher(Cost cost = Cost::Interactive);

    QString hash(const QString &password) const; // throws std::runtime_error if out of memory
    bool verify(const QString &hash, const QString &password) const;
    // Spends the time of one verification, so an unknown user name takes as long as a known one.
    void verifyDummy(const QString &password) const;

private:
    Cost m_cost;
};

} // namespace Helpline
