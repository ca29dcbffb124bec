// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Asset.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Helpline {

class ApiCall;
class ApiClient;
class LocationCatalog;
class PersonPicker;

// Records a new asset: its tag (scanned or typed), what it is, and optionally where it lives
// and who has it. Sent once, with an idempotency key, so a lost answer never makes two.
class NewAssetDialog : public QDialog
{
    Q_OBJECT
public:
    NewAssetDialog(ApiClient &api, LocationCatalog &locations, QWidget *parent = nullptr);

    void setTag(const QString &tag); // a scanned tag nobody has yet
    QJsonObject toJson() const;
    void submit();

Q_SIGNALS:
    void assetCreated(const Helpline::Asset &asset);

private:
    void fillLocations();
    void updateButtons();

    ApiClient &m_api;
    LocationCatalog &m_locations;
    QByteArray m_idempotencyKey;
    QPointer<ApiCall> m_call;
    QLineEdit *m_tag;
    QComboBox *m_category;
    QLineEdit *m_manufacturer;
    QLineEdit *m_model;
    QLineEdit *m_serial;
    QLineEdit *m_hostname;
    QComboBox *m_location;
    PersonPicker *m_person;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Helpline
