// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColleaguePickerDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {
constexpr int UserIdRole = Qt::UserRole;
constexpr int SearchTextRole = Qt::UserRole + 1;
} // namespace

ColleaguePickerDialog::ColleaguePickerDialog(ApiClient &api, const QString &title, const QString &prompt,
                                             QWidget *parent)
    : QDialog(parent)
    , m_colleagues(new Colleagues(api, this))
    , m_filter(new QLineEdit)
    , m_list(new QListWidget)
    , m_state(new QLabel)
{
    setObjectName(u"colleaguePicker"_s);
    setWindowTitle(title);
    m_filter->setObjectName(u"colleagueFilter"_s);
    m_list->setObjectName(u"colleagueList"_s);
    m_state->setObjectName(u"colleagueState"_s);
    m_filter->setPlaceholderText(tr("Name or group"));
    m_filter->setClearButtonEnabled(true);
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    m_state->setText(tr("Loading your colleagues…"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(prompt);
    label->setWordWrap(true);
    layout->addWidget(label);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_state);
    layout->addWidget(buttons);
    resize(420, 420);

    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        // Return on the list activates the item and also presses the default button: once.
        if (isVisible() && chosen())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ColleaguePickerDialog::narrow);
    connect(m_list, &QListWidget::currentItemChanged, this, &ColleaguePickerDialog::updateOk);
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        // Return on the list activates the item and also presses the default button: once.
        if (isVisible() && chosen())
            accept();
    });
    connect(m_colleagues, &Colleagues::loaded, this, &ColleaguePickerDialog::fill);
    connect(m_colleagues, &Colleagues::loadFailed, this, [this](const QString &message) {
        m_state->setText(tr("Your colleagues could not be loaded: %1").arg(message));
    });
    m_colleagues->reload(); // never offer someone who has left
    m_filter->setFocus();
}

void ColleaguePickerDialog::setExcluded(const QList<qint64> &userIds)
{
    m_excluded = userIds;
    if (m_colleagues->isLoaded())
        fill();
}

void ColleaguePickerDialog::fill()
{
    m_list->clear();
    QList<Colleague> workers = m_colleagues->ticketWorkers();
    std::sort(workers.begin(), workers.end(), [](const Colleague &a, const Colleague &b) {
        return QString::localeAwareCompare(a.user.displayName, b.user.displayName) < 0;
    });
    for (const Colleague &colleague : std::as_const(workers)) {
        const QString groups = colleague.groups.isEmpty() ? tr("no group") : colleague.groups.join(u", "_s);
        auto *item = new QListWidgetItem(tr("%1  —  %2").arg(colleague.user.displayName, groups), m_list);
        item->setData(UserIdRole, colleague.user.id);
        item->setData(SearchTextRole, (colleague.user.displayName + u" "_s + colleague.user.username + u" "_s
                                       + colleague.groups.join(u' '))
                                          .toLower());
        if (m_excluded.contains(colleague.user.id)) {
            item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
            item->setToolTip(tr("Already chosen"));
        }
    }
    m_state->setText(workers.isEmpty() ? tr("Nobody who works tickets is signed up.") : QString());
    m_state->setVisible(workers.isEmpty());
    narrow(m_filter->text());
}

void ColleaguePickerDialog::narrow(const QString &text)
{
    const QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    QListWidgetItem *firstShown = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const QString haystack = item->data(SearchTextRole).toString();
        const bool shown = std::all_of(words.cbegin(), words.cend(), [&](const QString &w) { return haystack.contains(w); });
        item->setHidden(!shown);
        if (shown && !firstShown && (item->flags() & Qt::ItemIsEnabled))
            firstShown = item;
    }
    if (!m_list->currentItem() || m_list->currentItem()->isHidden())
        m_list->setCurrentItem(firstShown);
    updateOk();
}

void ColleaguePickerDialog::updateOk()
{
    m_ok->setEnabled(chosen().has_value());
}

std::optional<Colleague> ColleaguePickerDialog::chosen() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || item->isHidden() || !(item->flags() & Qt::ItemIsEnabled))
        return std::nullopt;
    const qint64 id = item->data(UserIdRole).toLongLong();
    for (const Colleague &colleague : m_colleagues->all()) {
        if (colleague.user.id == id)
            return colleague;
    }
    return std::nullopt;
}

QList<qint64> ColleaguePickerDialog::listedIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_list->count(); ++row) {
        if (!m_list->item(row)->isHidden())
            ids << m_list->item(row)->data(UserIdRole).toLongLong();
    }
    return ids;
}

bool ColleaguePickerDialog::choose(qint64 userId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->data(UserIdRole).toLongLong() == userId && !item->isHidden() && (item->flags() & Qt::ItemIsEnabled)) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

} // namespace Helpline
