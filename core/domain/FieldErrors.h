// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

namespace Helpline {

// Field name -> what is wrong with it ("required", "too_long", "invalid", ...). Sent to the
// client as the "fields" object of a validation error, so the form can mark each field.
using FieldErrors = QMap<QString, QString>;

} // namespace Helpline
