// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClassificationFields.h"

#include "TicketCatalog.h"

#include <QComboBox>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {

// One entry per name, the item's data being the name itself ("" for none).
void fill(QComboBox *combo, const QList<std::pair<QString, bool>> &entries, const QString &kept,
          const QString &selected)
{
    const QSignalBlocker quiet(combo);
    combo->clear();
    combo->addItem(ClassificationFields::tr("(none)"), QString());
    bool keptListed = kept.isEmpty();
    bool selectedListed = selected.isEmpty();
    for (const auto &[name, active] : entries) {
        const bool isKept = name == kept;
        if (!active && !isKept)
            continue; // retired: no longer offered
        combo->addItem(active ? name : ClassificationFields::tr("%1 (retired)").arg(name), name);
        keptListed |= isKept;
        selectedListed |= name == selected;
    }
    // A value the lists do not know (yet): shown as it is, never silently replaced.
    if (!keptListed)
        combo->addItem(ClassificationFields::tr("%1 (not in the list)").arg(kept), kept);
    if (!selectedListed && selected != kept)
        combo->addItem(ClassificationFields::tr("%1 (not in the list)").arg(selected), selected);
    combo->setCurrentIndex(std::max(0, combo->findData(selected)));
}

} // namespace

ClassificationFields::ClassificationFields(const TicketCatalog &catalog, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_group(new QComboBox)
    , m_category(new QComboBox)
    , m_subcategory(new QComboBox)
{
    m_group->setObjectName(u"groupCombo"_s);
    m_category->setObjectName(u"categoryCombo"_s);
    m_subcategory->setObjectName(u"subcategoryCombo"_s);
    for (QComboBox *combo : combos())
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    refill();

    connect(&catalog, &TicketCatalog::loaded, this, &ClassificationFields::refill);
    connect(m_group, &QComboBox::activated, this, &ClassificationFields::edited);
    connect(m_subcategory, &QComboBox::activated, this, &ClassificationFields::edited);
    connect(m_category, &QComboBox::activated, this, [this] {
        // Another category: its own subcategories, none chosen yet (or the ticket's own when
        // the analyst came back to the ticket's category).
        const QString category = m_category->currentData().toString();
        const bool backToKept = m_kept && m_kept->category == category;
        fillSubcategories(category, backToKept ? m_kept->subcategory : QString());
        Q_EMIT edited();
    });
}

void ClassificationFields::setKept(const std::optional<TicketClassification> &kept)
{
    m_kept = kept;
}

void ClassificationFields::setValue(const TicketClassification &value)
{
    fillGroups(value.group);
    fillCategories(value.category);
    fillSubcategories(value.category, value.subcategory);
}

TicketClassification ClassificationFields::value() const
{
    return {m_group->currentData().toString(), m_category->currentData().toString(),
            m_subcategory->currentData().toString()};
}

bool ClassificationFields::check(FieldErrors &errors) const
{
    // Before the lists arrive there is nothing to check against; the server still checks.
    if (!m_catalog.isLoaded())
        return true;
    return checkTicketClassification(m_catalog.catalog(), m_kept, value(), errors);
}

void ClassificationFields::refill()
{
    setValue(value());
}

void ClassificationFields::fillGroups(const QString &selected)
{
    QList<std::pair<QString, bool>> entries;
    for (const AssignmentGroup &group : m_catalog.catalog().groups)
        entries.append({group.name, group.active});
    fill(m_group, entries, m_kept ? m_kept->group : QString(), selected);
}

void ClassificationFields::fillCategories(const QString &selected)
{
    QList<std::pair<QString, bool>> entries;
    for (const Category &category : m_catalog.catalog().categories)
        entries.append({category.name, category.active});
    fill(m_category, entries, m_kept ? m_kept->category : QString(), selected);
}

void ClassificationFields::fillSubcategories(const QString &categoryName, const QString &selected)
{
    QList<std::pair<QString, bool>> entries;
    if (const Category *category = m_catalog.catalog().category(categoryName)) {
        for (const Subcategory &sub : category->subcategories)
            entries.append({sub.name, sub.active});
    }
    const bool keptHere = m_kept && m_kept->category == categoryName;
    fill(m_subcategory, entries, keptHere ? m_kept->subcategory : QString(), selected);
}

} // namespace Helpline
