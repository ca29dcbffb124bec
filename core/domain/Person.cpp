// SPDX-License-Identifier: GPL-3.0-or-later
#include "Person.h"

namespace Helpline {

using namespace Qt::StringLiterals;

QString Person::firstName() const
{
    return name.section(u' ', 0, 0, QString::SectionSkipEmpty);
}

QString normalizedEmail(const QString &email)
{
    return email.trimmed().toLower();
}

QJsonObject Person::toJson() const
{
    return {
        {u"id"_s, id},
        {u"name"_s, name},
        {u"email"_s, email},
        {u"department"_s, department},
        {u"location"_s, location},
        {u"manager"_s, managerId ? QJsonValue(QJsonObject{{u"id"_s, *managerId}, {u"name"_s, managerName}})
                                 : QJsonValue(QJsonValue::Null)},
        {u"active"_s, active},
        {u"version"_s, version},
    };
}

std::optional<Person> Person::fromJson(const QJsonObject &json)
{
    Person person;
    person.id = json.value(u"id"_s).toInteger();
    person.name = json.value(u"name"_s).toString();
    if (person.id <= 0 || person.name.isEmpty())
        return std::nullopt;
    person.email = json.value(u"email"_s).toString();
    person.department = json.value(u"department"_s).toString();
    person.location = json.value(u"location"_s).toString();
    const QJsonObject manager = json.value(u"manager"_s).toObject();
    if (manager.contains(u"id"_s)) {
        person.managerId = manager.value(u"id"_s).toInteger();
        person.managerName = manager.value(u"name"_s).toString();
    }
    person.active = json.value(u"active"_s).toBool(true);
    person.version = json.value(u"version"_s).toInt(1);
    return person;
}

} // namespace Helpline
