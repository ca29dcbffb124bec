// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Asset.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Helpline {

class ApiCall;
class ApiClient;
class LocationCatalog;
class PersonPicker;

// An asset's own fields, edited in place: what changed is sent as one PATCH with the version
// the form was loaded at. The status offers only the moves the lifecycle allows. When
// someone else changed the asset first (412), the form shows their version with the
// analyst's own changes on top, so nothing typed is lost; a refused field is named in words.
// Read-only for a role that may not edit assets.
class AssetFieldsEditor : public QWidget
{
    Q_OBJECT
public:
    AssetFieldsEditor(ApiClient &api, LocationCatalog &locations, QWidget *parent = nullptr);

    void setAsset(const Asset &asset);
    void setEditable(bool editable);
    const std::optional<Asset> &asset() const { return m_asset; }

    // The changed fields as a PATCH body; empty when nothing changed.
    QJsonObject changes() const;
    void save();
    void revert();

Q_SIGNALS:
    void saved(const Helpline::Asset &asset);
    void saveFailed(const QString &message);

private:
    void fillLocations();
    void fillStatuses(AssetStatus current);
    void showValues(const Asset &asset);
    void apply(const QJsonObject &changes, const std::optional<Asset::Holder> &person);
    void updateButtons();
    void showProblem(const QString &text);

    ApiClient &m_api;
    LocationCatalog &m_locations;
    std::optional<Asset> m_asset;
    bool m_editable = false;
    bool m_filling = false;
    QPointer<ApiCall> m_call;
    QLineEdit *m_tag;
    QLineEdit *m_serial;
    QLineEdit *m_model;
    QLineEdit *m_manufacturer;
    QComboBox *m_category;
    QComboBox *m_status;
    PersonPicker *m_person;
    QComboBox *m_location;
    QLineEdit *m_purchase;
    QLineEdit *m_warranty;
    QLineEdit *m_hostname;
    QLineEdit *m_os;
    QLineEdit *m_patchLevel;
    QPlainTextEdit *m_notes;
    QLabel *m_problem;
    QPushButton *m_save;
    QPushButton *m_revert;
};

} // namespace Helpline
