// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace Helpline {

// Maps an enum to the names it has on the wire (JSON, database) and back, from one table.
template<typename Enum, std::size_t N>
QString wireName(const std::pair<Enum, const char *> (&table)[N], Enum value)
{
    for (const auto &[entry, name] : table) {
        if (entry == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> fromWireName(const std::pair<Enum, const char *> (&table)[N], QStringView name)
{
    for (const auto &[entry, wire] : table) {
        if (name == QLatin1StringView(wire))
            return entry;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QStringList wireNames(const std::pair<Enum, const char *> (&table)[N])
{
    QStringList names;
    for (const auto &entry : table)
        names << QString::fromLatin1(entry.second);
    return names;
}

} // namespace Helpline
