// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonFields.h"

namespace Helpline {

using namespace Qt::StringLiterals;

QString readTextField(const QJsonObject &json, const QString &field, qsizetype max, bool required,
                      FieldErrors &errors)
{
    const QJsonValue value = json.value(field);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            errors.insert(field, u"required"_s);
        return {};
    }
    if (!value.isString()) {
        errors.insert(field, u"must_be_text"_s);
        return {};
    }
    const QString text = value.toString().trimmed();
    if (required && text.isEmpty())
        errors.insert(field, u"required"_s);
    else if (text.size() > max)
        errors.insert(field, u"too_long"_s);
    return text;
}

int readLevelField(const QJsonObject &json, const QString &field, int fallback, FieldErrors &errors)
{
    const QJsonValue value = json.value(field);
    if (value.isUndefined())
        return fallback;
    const double number = value.toDouble(-1);
    // Range first: casting a huge double to int is undefined.
    if (!value.isDouble() || number < 1 || number > 3 || number != static_cast<int>(number)) {
        errors.insert(field, u"must_be_1_to_3"_s);
        return fallback;
    }
    return static_cast<int>(number);
}

} // namespace Helpline
