// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewAssetDialog.h"

#include "ApiClient.h"
#include "AssetInput.h"
#include "DisplayText.h"
#include "LocationCatalog.h"
#include "PersonPicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUuid>

namespace Helpline {

using namespace Qt::StringLiterals;

NewAssetDialog::NewAssetDialog(ApiClient &api, LocationCatalog &locations, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_locations(locations)
    , m_idempotencyKey(QUuid::createUuid().toByteArray(QUuid::WithoutBraces))
    , m_tag(new QLineEdit)
    , m_category(new QComboBox)
    , m_manufacturer(new QLineEdit)
    , m_model(new QLineEdit)
    , m_serial(new QLineEdit)
    , m_hostname(new QLineEdit)
    , m_location(new QComboBox)
    , m_person(new PersonPicker(api))
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
{
    setObjectName(u"newAssetDialog"_s);
    setWindowTitle(tr("New asset"));
    m_tag->setObjectName(u"newAssetTag"_s);
    m_category->setObjectName(u"newAssetCategory"_s);
    m_manufacturer->setObjectName(u"newAssetManufacturer"_s);
    m_model->setObjectName(u"newAssetModel"_s);
    m_serial->setObjectName(u"newAssetSerial"_s);
    m_hostname->setObjectName(u"newAssetHostname"_s);
    m_location->setObjectName(u"newAssetLocation"_s);
    m_person->setObjectName(u"newAssetPerson"_s);
    m_problem->setObjectName(u"newAssetProblem"_s);
    m_tag->setPlaceholderText(tr("Scan the label or type the tag"));
    m_tag->setMaxLength(int(Asset::tagMax));
    m_model->setMaxLength(int(Asset::modelMax));
    m_manufacturer->setMaxLength(int(Asset::manufacturerMax));
    m_serial->setMaxLength(int(Asset::serialMax));
    m_hostname->setMaxLength(int(Asset::hostnameMax));
    for (const AssetCategory category : allAssetCategories())
        m_category->addItem(DisplayText::assetCategoryText(category), assetCategoryName(category));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();
    QPushButton *create = m_buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    create->setObjectName(u"newAssetCreateButton"_s);
    create->setDefault(true);

    auto *form = new QFormLayout(this);
    form->addRow(DisplayText::assetFieldText(u"tag"_s) + u':', m_tag);
    form->addRow(DisplayText::assetFieldText(u"category"_s) + u':', m_category);
    form->addRow(DisplayText::assetFieldText(u"manufacturer"_s) + u':', m_manufacturer);
    form->addRow(DisplayText::assetFieldText(u"model"_s) + u':', m_model);
    form->addRow(DisplayText::assetFieldText(u"serial"_s) + u':', m_serial);
    form->addRow(DisplayText::assetFieldText(u"hostname"_s) + u':', m_hostname);
    form->addRow(DisplayText::assetFieldText(u"location"_s) + u':', m_location);
    form->addRow(DisplayText::assetFieldText(u"person"_s) + u':', m_person);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    resize(480, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewAssetDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_tag, m_model})
        connect(edit, &QLineEdit::textChanged, this, &NewAssetDialog::updateButtons);
    connect(&m_locations, &LocationCatalog::loaded, this, &NewAssetDialog::fillLocations);
    fillLocations();
    updateButtons();
}

void NewAssetDialog::fillLocations()
{
    const QVariant chosen = m_location->currentData();
    m_location->clear();
    m_location->addItem(tr("(no room)"), QVariant());
    for (const Location &room : m_locations.rooms())
        m_location->addItem(room.path, room.id);
    if (chosen.isValid())
        m_location->setCurrentIndex(std::max(0, m_location->findData(chosen)));
}

void NewAssetDialog::setTag(const QString &tag)
{
    m_tag->setText(tag);
    m_model->setFocus();
}

QJsonObject NewAssetDialog::toJson() const
{
    QJsonObject json{{u"tag"_s, m_tag->text().trimmed()},
                     {u"category"_s, m_category->currentData().toString()},
                     {u"model"_s, m_model->text().trimmed()}};
    for (const auto &[field, edit] : {std::pair{u"manufacturer"_s, m_manufacturer}, std::pair{u"serial"_s, m_serial},
                                      std::pair{u"hostname"_s, m_hostname}}) {
        if (!edit->text().trimmed().isEmpty())
            json.insert(field, edit->text().trimmed());
    }
    if (m_location->currentData().isValid())
        json.insert(u"location_id"_s, m_location->currentData().toLongLong());
    if (m_person->person())
        json.insert(u"person_id"_s, m_person->person()->id);
    return json;
}

void NewAssetDialog::updateButtons()
{
    const bool ready = isValidAssetTag(m_tag->text().trimmed()) && !m_model->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!m_call);
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(ready && !m_call);
    }
}

void NewAssetDialog::submit()
{
    if (m_call)
        return;
    if (m_person->isUnresolved()) {
        m_problem->setText(tr("Choose the person from the list that opens as you type, or clear the field."));
        m_problem->show();
        return;
    }
    ApiCall *call = m_api.post(u"/assets"_s, toJson(), m_idempotencyKey);
    m_call = call;
    updateButtons();
    call->then(
        this,
        [this](const QJsonObject &json, int) {
            m_call = nullptr;
            if (const auto asset = Asset::fromJson(json))
                Q_EMIT assetCreated(*asset);
            accept();
        },
        [this](const ApiFailure &failure) {
            m_call = nullptr;
            // A corrected form is another request.
            m_idempotencyKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
            m_problem->setText(failure.fields.isEmpty() ? failure.message
                                                        : DisplayText::assetFieldErrorsText(failure.fields));
            m_problem->show();
            updateButtons();
        });
}

} // namespace Helpline
