// SPDX-License-Identifier: GPL-3.0-or-later
#include "MacroPicker.h"

#include "DisplayText.h"
#include "SafeTextBrowser.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace Helpline {

using namespace Qt::StringLiterals;

MacroPicker::MacroPicker(const QList<Macro> &macros, const MacroContext &context, QWidget *parent)
    : QDialog(parent)
    , m_macros(macros)
    , m_context(context)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_preview(new SafeTextBrowser(this))
    , m_changes(new QLabel(this))
{
    setObjectName(u"macroPicker"_s);
    setWindowTitle(tr("Insert a macro"));
    m_filter->setObjectName(u"macroFilter"_s);
    m_list->setObjectName(u"macroList"_s);
    m_preview->setObjectName(u"macroPreview"_s);
    m_changes->setObjectName(u"macroChanges"_s);
    m_filter->setPlaceholderText(tr("Type to find a macro by name or text…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_changes->setTextFormat(Qt::PlainText);
    m_changes->setWordWrap(true);

    for (qsizetype i = 0; i < m_macros.size(); ++i) {
        const Macro &macro = m_macros.at(i);
        auto *item = new QListWidgetItem(macro.name, m_list);
        item->setData(Qt::UserRole, int(i));
        item->setToolTip(macro.visibility == Comment::Visibility::Public ? tr("Writes a reply to the requester")
                                                                         : tr("Writes an internal note"));
        item->setIcon(style()->standardIcon(macro.visibility == Comment::Visibility::Public
                                                ? QStyle::SP_MessageBoxInformation
                                                : QStyle::SP_FileDialogDetailedView));
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *insert = buttons->button(QDialogButtonBox::Ok);
    insert->setObjectName(u"macroInsertButton"_s);
    insert->setText(tr("&Insert"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &MacroPicker::filter);
    connect(m_list, &QListWidget::currentRowChanged, this, &MacroPicker::showPreview);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);

    auto *previewPane = new QWidget;
    auto *previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_preview, 1);
    previewLayout->addWidget(m_changes);
    auto *split = new QSplitter(this);
    split->addWidget(m_list);
    split->addWidget(previewPane);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(760, 420);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        m_preview->setPlainText(tr("There are no macros yet. A senior analyst or an admin can add them under Tools → Macros."));
    showPreview();
    m_filter->setFocus();
}

std::optional<Macro> MacroPicker::chosen() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || item->isHidden())
        return std::nullopt;
    return m_macros.value(item->data(Qt::UserRole).toInt());
}

QString MacroPicker::changesText(const QJsonObject &changes)
{
    QStringList parts;
    if (const auto status = ticketStatusFromName(changes.value(u"status"_s).toString())) {
        QString text = DisplayText::statusText(*status);
        if (const auto reason = pendingReasonFromName(changes.value(u"pending_reason"_s).toString()))
            text = tr("%1 (%2)").arg(text, DisplayText::pendingReasonText(*reason));
        parts << tr("Status → %1").arg(text);
    }
    if (changes.contains(u"group"_s))
        parts << tr("Group → %1").arg(changes.value(u"group"_s).toString());
    return parts.join(u"  ·  "_s);
}

void MacroPicker::filter(const QString &text)
{
    const QString needle = text.trimmed();
    int firstVisible = -1;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const Macro &macro = m_macros.at(item->data(Qt::UserRole).toInt());
        const bool match = needle.isEmpty() || macro.name.contains(needle, Qt::CaseInsensitive)
            || macro.body.contains(needle, Qt::CaseInsensitive);
        item->setHidden(!match);
        if (match && firstVisible < 0)
            firstVisible = row;
    }
    if (!m_list->currentItem() || m_list->currentItem()->isHidden())
        m_list->setCurrentRow(firstVisible);
    showPreview();
}

void MacroPicker::showPreview()
{
    const auto macro = chosen();
    if (!macro) {
        if (m_list->count() > 0)
            m_preview->setPlainText(tr("No macro matches."));
        m_changes->clear();
        return;
    }
    const MacroExpansion::Result expanded = MacroExpansion::expand(macro->body, m_context);
    m_preview->setMarkdownSafely(expanded.text);
    QStringList lines;
    lines << (macro->visibility == Comment::Visibility::Public ? tr("Writes a reply to the requester.")
                                                               : tr("Writes an internal note."));
    if (!macro->changes.isEmpty())
        lines << tr("Then sets: %1").arg(changesText(macro->changes));
    if (!expanded.unknown.isEmpty())
        lines << tr("Unknown placeholders stay as written: %1").arg(expanded.unknown.join(u", "_s));
    m_changes->setText(lines.join(u'\n'));
}

bool MacroPicker::eventFilter(QObject *watched, QEvent *event)
{
    // The list is walked from the search field, so the hands never leave the keys.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            int row = m_list->currentRow();
            const int step = key == Qt::Key_Down ? 1 : -1;
            for (int next = row + step; next >= 0 && next < m_list->count(); next += step) {
                if (!m_list->item(next)->isHidden()) {
                    m_list->setCurrentRow(next);
                    break;
                }
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Helpline
