// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketClassification.h"

namespace Helpline {

using namespace Qt::StringLiterals;

bool checkTicketClassification(const Catalog &catalog, const std::optional<TicketClassification> &before,
                               const TicketClassification &after, FieldErrors &errors)
{
    const qsizetype errorsBefore = errors.size();

    if (!after.group.isEmpty() && !(before && before->group == after.group)) {
        const AssignmentGroup *group = catalog.group(after.group);
        if (!group)
            errors.insert(u"group"_s, u"unknown"_s);
        else if (!group->active)
            errors.insert(u"group"_s, u"retired"_s);
    }

    const bool categoryKept = before && before->category == after.category;
    const Category *category = catalog.category(after.category);
    if (!after.category.isEmpty() && !categoryKept) {
        if (!category)
            errors.insert(u"category"_s, u"unknown"_s);
        else if (!category->active)
            errors.insert(u"category"_s, u"retired"_s);
    }

    const bool subcategoryKept = categoryKept && before->subcategory == after.subcategory;
    if (!after.subcategory.isEmpty() && !subcategoryKept) {
        const Subcategory *sub = category ? category->subcategory(after.subcategory) : nullptr;
        if (!sub)
            errors.insert(u"subcategory"_s, u"not_in_category"_s);
        else if (!sub->active)
            errors.insert(u"subcategory"_s, u"retired"_s);
    }
    return errors.size() == errorsBefore;
}

} // namespace Helpline
