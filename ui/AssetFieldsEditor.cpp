// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssetFieldsEditor.h"

#include "ApiClient.h"
#include "AssetLifecycle.h"
#include "DisplayText.h"
#include "LocationCatalog.h"
#include "PersonPicker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>
#include <utility>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {
QString dateField(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonValue dateValue(const QString &text)
{
    return text.trimmed().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text.trimmed());
}
} // namespace

AssetFieldsEditor::AssetFieldsEditor(ApiClient &api, LocationCatalog &locations, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_locations(locations)
    , m_tag(new QLineEdit)
    , m_serial(new QLineEdit)
    , m_model(new QLineEdit)
    , m_manufacturer(new QLineEdit)
    , m_category(new QComboBox)
    , m_status(new QComboBox)
    , m_person(new PersonPicker(api))
    , m_location(new QComboBox)
    , m_purchase(new QLineEdit)
    , m_warranty(new QLineEdit)
    , m_hostname(new QLineEdit)
    , m_os(new QLineEdit)
    , m_patchLevel(new QLineEdit)
    , m_notes(new QPlainTextEdit)
    , m_problem(new QLabel)
    , m_save(new QPushButton(tr("&Save changes")))
    , m_revert(new QPushButton(tr("Re&vert")))
{
    setObjectName(u"assetFields"_s);
    const std::pair<QWidget *, const char16_t *> names[] = {
        {m_tag, u"assetTagEdit"},         {m_serial, u"assetSerialEdit"},   {m_model, u"assetModelEdit"},
        {m_manufacturer, u"assetManufacturerEdit"}, {m_category, u"assetCategoryCombo"}, {m_status, u"assetStatusCombo"},
        {m_person, u"assetPersonEdit"},   {m_location, u"assetLocationCombo"}, {m_purchase, u"assetPurchaseEdit"},
        {m_warranty, u"assetWarrantyEdit"}, {m_hostname, u"assetHostnameEdit"}, {m_os, u"assetOsEdit"},
        {m_patchLevel, u"assetPatchLevelEdit"}, {m_notes, u"assetNotesEdit"}, {m_problem, u"assetProblem"},
        {m_save, u"assetSaveButton"},     {m_revert, u"assetRevertButton"},
    };
    for (const auto &[widget, name] : names)
        widget->setObjectName(QString::fromUtf16(name));
    m_tag->setMaxLength(int(Asset::tagMax));
    m_serial->setMaxLength(int(Asset::serialMax));
    m_model->setMaxLength(int(Asset::modelMax));
    m_manufacturer->setMaxLength(int(Asset::manufacturerMax));
    m_hostname->setMaxLength(int(Asset::hostnameMax));
    m_os->setMaxLength(int(Asset::osMax));
    m_patchLevel->setMaxLength(int(Asset::patchLevelMax));
    for (QLineEdit *date : {m_purchase, m_warranty}) {
        date->setPlaceholderText(tr("YYYY-MM-DD"));
        date->setValidator(new QRegularExpressionValidator(QRegularExpression(u"\\d{0,4}(-\\d{0,2}(-\\d{0,2})?)?"_s), date));
    }
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);
    for (const AssetCategory category : allAssetCategories())
        m_category->addItem(DisplayText::assetCategoryText(category), assetCategoryName(category));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::LinkVisited);
    m_problem->hide();
    m_save->setDefault(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(DisplayText::assetFieldText(u"tag"_s) + u':', m_tag);
    form->addRow(DisplayText::assetFieldText(u"status"_s) + u':', m_status);
    form->addRow(DisplayText::assetFieldText(u"person"_s) + u':', m_person);
    form->addRow(DisplayText::assetFieldText(u"location"_s) + u':', m_location);
    form->addRow(DisplayText::assetFieldText(u"category"_s) + u':', m_category);
    form->addRow(DisplayText::assetFieldText(u"manufacturer"_s) + u':', m_manufacturer);
    form->addRow(DisplayText::assetFieldText(u"model"_s) + u':', m_model);
    form->addRow(DisplayText::assetFieldText(u"serial"_s) + u':', m_serial);
    form->addRow(DisplayText::assetFieldText(u"hostname"_s) + u':', m_hostname);
    form->addRow(DisplayText::assetFieldText(u"os"_s) + u':', m_os);
    form->addRow(DisplayText::assetFieldText(u"patch_level"_s) + u':', m_patchLevel);
    form->addRow(DisplayText::assetFieldText(u"purchase_date"_s) + u':', m_purchase);
    form->addRow(DisplayText::assetFieldText(u"warranty_end"_s) + u':', m_warranty);
    form->addRow(DisplayText::assetFieldText(u"notes"_s) + u':', m_notes);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    layout->addStretch(1);

    for (QLineEdit *edit : {m_tag, m_serial, m_model, m_manufacturer, m_purchase, m_warranty, m_hostname, m_os, m_patchLevel}) {
        connect(edit, &QLineEdit::textChanged, this, &AssetFieldsEditor::updateButtons);
        connect(edit, &QLineEdit::returnPressed, this, &AssetFieldsEditor::save);
    }
    connect(m_notes, &QPlainTextEdit::textChanged, this, &AssetFieldsEditor::updateButtons);
    connect(m_category, &QComboBox::currentIndexChanged, this, &AssetFieldsEditor::updateButtons);
    connect(m_status, &QComboBox::currentIndexChanged, this, &AssetFieldsEditor::updateButtons);
    connect(m_location, &QComboBox::currentIndexChanged, this, &AssetFieldsEditor::updateButtons);
    connect(m_person, &PersonPicker::personChanged, this, &AssetFieldsEditor::updateButtons);
    connect(m_person, &QLineEdit::textChanged, this, &AssetFieldsEditor::updateButtons);
    connect(m_save, &QPushButton::clicked, this, &AssetFieldsEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &AssetFieldsEditor::revert);
    connect(&m_locations, &LocationCatalog::loaded, this, [this] {
        // Keep what the analyst chose while the rooms were loading.
        const QVariant chosen = m_location->currentData();
        fillLocations();
        if (chosen.isValid())
            m_location->setCurrentIndex(std::max(0, m_location->findData(chosen)));
        else if (m_asset && m_asset->location)
            m_location->setCurrentIndex(std::max(0, m_location->findData(m_asset->location->id)));
    });
    fillLocations();
    setEditable(false);
}

void AssetFieldsEditor::fillLocations()
{
    const bool filling = std::exchange(m_filling, true);
    m_location->clear();
    m_location->addItem(tr("(no room)"), QVariant());
    for (const Location &room : m_locations.rooms())
        m_location->addItem(room.path, room.id);
    // An asset in a room the catalog does not know yet still shows where it is.
    if (m_asset && m_asset->location && m_location->findData(m_asset->location->id) < 0)
        m_location->addItem(m_asset->location->path, m_asset->location->id);
    m_filling = filling;
}

void AssetFieldsEditor::fillStatuses(AssetStatus current)
{
    m_status->clear();
    m_status->addItem(DisplayText::assetStatusText(current), assetStatusName(current));
    for (const AssetStatus next : AssetLifecycle::nextStatuses(current))
        m_status->addItem(DisplayText::assetStatusText(next), assetStatusName(next));
}

void AssetFieldsEditor::setAsset(const Asset &asset)
{
    m_asset = asset;
    m_problem->hide();
    showValues(asset);
}

void AssetFieldsEditor::showValues(const Asset &asset)
{
    m_filling = true;
    m_tag->setText(asset.tag);
    m_serial->setText(asset.serial);
    m_model->setText(asset.model);
    m_manufacturer->setText(asset.manufacturer);
    m_category->setCurrentIndex(std::max(0, m_category->findData(assetCategoryName(asset.category))));
    fillStatuses(asset.status);
    m_person->setPerson(asset.holder);
    fillLocations();
    m_location->setCurrentIndex(asset.location ? std::max(0, m_location->findData(asset.location->id)) : 0);
    m_purchase->setText(dateField(asset.purchaseDate));
    m_warranty->setText(dateField(asset.warrantyEnd));
    m_hostname->setText(asset.hostname);
    m_os->setText(asset.os);
    m_patchLevel->setText(asset.patchLevel);
    m_notes->setPlainText(asset.notes);
    m_filling = false;
    updateButtons();
}

void AssetFieldsEditor::setEditable(bool editable)
{
    m_editable = editable;
    for (QLineEdit *edit : {m_tag, m_serial, m_model, m_manufacturer, m_purchase, m_warranty, m_hostname, m_os,
                            m_patchLevel, static_cast<QLineEdit *>(m_person)})
        edit->setReadOnly(!editable);
    m_notes->setReadOnly(!editable);
    for (QComboBox *combo : {m_category, m_status, m_location})
        combo->setEnabled(editable);
    m_save->setVisible(editable);
    m_revert->setVisible(editable);
    updateButtons();
}

QJsonObject AssetFieldsEditor::changes() const
{
    if (!m_asset)
        return {};
    const Asset &a = *m_asset;
    QJsonObject patch;
    auto text = [&](const QString &field, const QLineEdit *edit, const QString &current) {
        if (edit->text().trimmed() != current)
            patch.insert(field, edit->text().trimmed());
    };
    text(u"tag"_s, m_tag, a.tag);
    text(u"serial"_s, m_serial, a.serial);
    text(u"model"_s, m_model, a.model);
    text(u"manufacturer"_s, m_manufacturer, a.manufacturer);
    text(u"hostname"_s, m_hostname, a.hostname);
    text(u"os"_s, m_os, a.os);
    text(u"patch_level"_s, m_patchLevel, a.patchLevel);
    if (m_purchase->text().trimmed() != dateField(a.purchaseDate))
        patch.insert(u"purchase_date"_s, dateValue(m_purchase->text()));
    if (m_warranty->text().trimmed() != dateField(a.warrantyEnd))
        patch.insert(u"warranty_end"_s, dateValue(m_warranty->text()));
    if (m_notes->toPlainText() != a.notes)
        patch.insert(u"notes"_s, m_notes->toPlainText());
    if (m_category->currentData().toString() != assetCategoryName(a.category))
        patch.insert(u"category"_s, m_category->currentData().toString());
    if (m_status->currentData().toString() != assetStatusName(a.status))
        patch.insert(u"status"_s, m_status->currentData().toString());
    const std::optional<qint64> person = m_person->person() ? std::optional(m_person->person()->id) : std::nullopt;
    const std::optional<qint64> personBefore = a.holder ? std::optional(a.holder->id) : std::nullopt;
    if (!m_person->isUnresolved() && person != personBefore)
        patch.insert(u"person_id"_s, person ? QJsonValue(*person) : QJsonValue(QJsonValue::Null));
    const QVariant room = m_location->currentData();
    const std::optional<qint64> location = room.isValid() ? std::optional(room.toLongLong()) : std::nullopt;
    const std::optional<qint64> locationBefore = a.location ? std::optional(a.location->id) : std::nullopt;
    if (location != locationBefore)
        patch.insert(u"location_id"_s, location ? QJsonValue(*location) : QJsonValue(QJsonValue::Null));
    return patch;
}

void AssetFieldsEditor::apply(const QJsonObject &changes, const std::optional<Asset::Holder> &person)
{
    m_filling = true;
    const std::pair<const char16_t *, QLineEdit *> edits[] = {
        {u"tag", m_tag}, {u"serial", m_serial}, {u"model", m_model}, {u"manufacturer", m_manufacturer},
        {u"hostname", m_hostname}, {u"os", m_os}, {u"patch_level", m_patchLevel},
        {u"purchase_date", m_purchase}, {u"warranty_end", m_warranty},
    };
    for (const auto &[field, edit] : edits) {
        const QString key = QString::fromUtf16(field);
        if (changes.contains(key))
            edit->setText(changes.value(key).toString());
    }
    if (changes.contains(u"notes"_s))
        m_notes->setPlainText(changes.value(u"notes"_s).toString());
    if (changes.contains(u"category"_s))
        m_category->setCurrentIndex(std::max(0, m_category->findData(changes.value(u"category"_s).toString())));
    if (changes.contains(u"status"_s)) {
        const int index = m_status->findData(changes.value(u"status"_s).toString());
        if (index >= 0)
            m_status->setCurrentIndex(index);
    }
    if (changes.contains(u"person_id"_s))
        m_person->setPerson(person);
    if (changes.contains(u"location_id"_s)) {
        const QJsonValue room = changes.value(u"location_id"_s);
        m_location->setCurrentIndex(room.isNull() ? 0 : std::max(0, m_location->findData(room.toInteger())));
    }
    m_filling = false;
    updateButtons();
}

void AssetFieldsEditor::updateButtons()
{
    if (m_filling)
        return;
    const bool changed = !changes().isEmpty();
    m_save->setEnabled(m_editable && m_asset && !m_call && (changed || m_person->isUnresolved()));
    m_revert->setEnabled(m_editable && m_asset && (changed || m_person->isUnresolved()));
}

void AssetFieldsEditor::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void AssetFieldsEditor::revert()
{
    if (m_asset)
        setAsset(*m_asset);
}

void AssetFieldsEditor::save()
{
    if (!m_asset || !m_editable || m_call)
        return;
    if (m_person->isUnresolved()) {
        showProblem(tr("Choose the person from the list that opens as you type, or clear the field."));
        return;
    }
    const QJsonObject patch = changes();
    if (patch.isEmpty())
        return;
    const qint64 id = m_asset->id;
    const std::optional<Asset::Holder> person = m_person->person();
    showProblem({});
    ApiCall *call = m_api.patch(u"/assets/%1"_s.arg(id), patch, m_asset->version);
    m_call = call;
    updateButtons();
    call->then(
        this,
        [this, id](const QJsonObject &json, int) {
            m_call = nullptr;
            const auto stored = Asset::fromJson(json);
            if (!stored || !m_asset || m_asset->id != id) {
                updateButtons();
                return;
            }
            setAsset(*stored);
            Q_EMIT saved(*stored);
        },
        [this, id, patch, person](const ApiFailure &failure) {
            m_call = nullptr;
            if (!m_asset || m_asset->id != id)
                return;
            if (failure.httpStatus == 412) {
                // Their version underneath, the analyst's changes on top: nothing typed is lost.
                if (const auto current = Asset::fromJson(failure.body.value(u"current"_s).toObject())) {
                    m_asset = *current;
                    showValues(*current);
                    apply(patch, person);
                }
                showProblem(tr("Someone else changed this asset meanwhile. It now shows their version with your "
                               "changes on top: check them and save again."));
            } else if (!failure.fields.isEmpty()) {
                showProblem(tr("Not saved: %1").arg(DisplayText::assetFieldErrorsText(failure.fields)));
            } else {
                showProblem(tr("Not saved: %1").arg(failure.message));
            }
            updateButtons();
            Q_EMIT saveFailed(m_problem->text());
        });
}

} // namespace Helpline
