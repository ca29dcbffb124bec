// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TicketClassification.h"

#include <QObject>
#include <optional>

class QComboBox;

namespace Helpline {

class TicketCatalog;

// The routing combos of a ticket form: the assignment group, the category and the chosen
// category's subcategories, filled from the TicketCatalog and refilled when it reloads. They
// offer the active entries, and the value the ticket already has even if it was retired since
// (the server keeps accepting it). The form places the combos; this object keeps them in step.
class ClassificationFields : public QObject
{
    Q_OBJECT
public:
    explicit ClassificationFields(const TicketCatalog &catalog, QObject *parent = nullptr);

    QComboBox *groupCombo() const { return m_group; }
    QComboBox *categoryCombo() const { return m_category; }
    QComboBox *subcategoryCombo() const { return m_subcategory; }
    QList<QComboBox *> combos() const { return {m_group, m_category, m_subcategory}; }

    // The values the ticket has on the server (none for a new ticket): offered even when retired.
    void setKept(const std::optional<TicketClassification> &kept);
    void setValue(const TicketClassification &value);
    TicketClassification value() const;
    // The domain's rule against the catalog as loaded; false with the problems in `errors`.
    bool check(FieldErrors &errors) const;

Q_SIGNALS:
    void edited(); // the analyst chose something

private:
    void refill();
    void fillGroups(const QString &selected);
    void fillCategories(const QString &selected);
    void fillSubcategories(const QString &category, const QString &selected);

    const TicketCatalog &m_catalog;
    QComboBox *m_group;
    QComboBox *m_category;
    QComboBox *m_subcategory;
    std::optional<TicketClassification> m_kept;
};

} // namespace Helpline
