// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <stdexcept>

namespace Helpline {

// A database failure nobody could have prevented by sending other input (the disk is full,
// the connection dropped). The message is for the server log only; it may contain SQL and
// must never reach a client.
class StoreError : public std::runtime_error
{
public:
    explicit StoreError(const QString &message) : std::runtime_error(message.toStdString()) {}
};

// A write lost a race with another writer (unique key taken, version moved on).
class StoreConflict : public StoreError
{
public:
    using StoreError::StoreError;
};

} // namespace Helpline
