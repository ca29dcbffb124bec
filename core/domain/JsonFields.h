// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldErrors.h"

#include <QJsonObject>

namespace Helpline {

// Reading one field of a request body, reporting what is wrong under the field's name.

// A text: must be a string if present; trimmed; at most `max` characters.
QString readTextField(const QJsonObject &json, const QString &field, qsizetype max, bool required,
                      FieldErrors &errors);
// An impact or urgency level, 1-3; `fallback` when absent.
int readLevelField(const QJsonObject &json, const QString &field, int fallback, FieldErrors &errors);

} // namespace Helpline
