// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonObjectBuilder.h"

namespace Helpline {

void JsonObjectBuilder::beginObject(QStringView key)
{
    m_open.append({key.toString(), {}});
}

void JsonObjectBuilder::endObject()
{
    Open closed = m_open.takeLast();
    if (m_open.isEmpty())
        m_done = closed.object;
    else
        m_open.last().object.insert(closed.key, closed.object);
}

void JsonObjectBuilder::put(QStringView key, const QJsonValue &value)
{
    m_open.last().object.insert(key, value);
}

} // namespace Helpline
