// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssetInput.h"

#include "AssetLifecycle.h"
#include "JsonFields.h"

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {

const QStringList &writableFields()
{
    static const QStringList fields{u"tag"_s,         u"serial"_s,       u"model"_s,    u"manufacturer"_s,
                                    u"category"_s,    u"status"_s,       u"person_id"_s, u"location_id"_s,
                                    u"purchase_date"_s, u"warranty_end"_s, u"hostname"_s, u"os"_s,
                                    u"patch_level"_s, u"notes"_s};
    return fields;
}

bool isValidHostname(const QString &name)
{
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'.')
            return false;
    }
    return true;
}

// An id field: a positive whole number, or null to clear. Absent: unchanged (nullopt).
// The inner nullopt means "cleared".
std::optional<std::optional<qint64>> readIdField(const QJsonObject &json, const QString &field, FieldErrors &errors)
{
    const QJsonValue value = json.value(field);
    if (value.isUndefined())
        return std::nullopt;
    if (value.isNull())
        return std::optional<std::optional<qint64>>(std::in_place, std::nullopt);
    if (!value.isDouble() || value.toDouble() < 1 || value.toDouble() != double(value.toInteger())) {
        errors.insert(field, u"invalid"_s);
        return std::nullopt;
    }
    return std::optional<std::optional<qint64>>(std::in_place, value.toInteger());
}

// A date field: "YYYY-MM-DD" or null. Absent: unchanged.
void readDateField(const QJsonObject &json, const QString &field, QDate &date, FieldErrors &errors)
{
    const QJsonValue value = json.value(field);
    if (value.isUndefined())
        return;
    if (value.isNull()) {
        date = {};
        return;
    }
    const QDate parsed = QDate::fromString(value.toString(), Qt::ISODate);
    if (!value.isString() || !parsed.isValid() || value.toString().size() != 10)
        errors.insert(field, u"invalid_date"_s);
    else
        date = parsed;
}

void readText(const QJsonObject &json, const QString &field, qsizetype max, bool required, QString &target,
              FieldErrors &errors)
{
    if (!json.contains(field))
        return;
    target = readTextField(json, field, max, required, errors);
}

// Applies every field `json` names to `asset`; the status and person rules come after.
void applyFields(Asset &asset, const QJsonObject &json, FieldErrors &errors)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!writableFields().contains(it.key()))
            errors.insert(it.key(), u"unknown_field"_s);
    }
    readText(json, u"tag"_s, Asset::tagMax, true, asset.tag, errors);
    if (json.contains(u"tag"_s) && !errors.contains(u"tag"_s) && !isValidAssetTag(asset.tag))
        errors.insert(u"tag"_s, u"invalid"_s);
    readText(json, u"serial"_s, Asset::serialMax, false, asset.serial, errors);
    readText(json, u"model"_s, Asset::modelMax, true, asset.model, errors);
    readText(json, u"manufacturer"_s, Asset::manufacturerMax, false, asset.manufacturer, errors);
    readText(json, u"hostname"_s, Asset::hostnameMax, false, asset.hostname, errors);
    if (json.contains(u"hostname"_s) && !errors.contains(u"hostname"_s) && !isValidHostname(asset.hostname))
        errors.insert(u"hostname"_s, u"invalid"_s);
    readText(json, u"os"_s, Asset::osMax, false, asset.os, errors);
    readText(json, u"patch_level"_s, Asset::patchLevelMax, false, asset.patchLevel, errors);
    if (json.contains(u"notes"_s)) {
        // Not trimmed: notes keep their layout.
        const QJsonValue notes = json.value(u"notes"_s);
        if (!notes.isString() && !notes.isNull())
            errors.insert(u"notes"_s, u"must_be_text"_s);
        else if (notes.toString().size() > Asset::notesMax)
            errors.insert(u"notes"_s, u"too_long"_s);
        else
            asset.notes = notes.toString();
    }
    if (json.contains(u"category"_s)) {
        const auto category = assetCategoryFromName(json.value(u"category"_s).toString());
        if (!category)
            errors.insert(u"category"_s, u"invalid"_s);
        else
            asset.category = *category;
    }
    readDateField(json, u"purchase_date"_s, asset.purchaseDate, errors);
    readDateField(json, u"warranty_end"_s, asset.warrantyEnd, errors);
    if (asset.purchaseDate.isValid() && asset.warrantyEnd.isValid() && asset.warrantyEnd < asset.purchaseDate
        && !errors.contains(u"warranty_end"_s))
        errors.insert(u"warranty_end"_s, u"before_purchase"_s);
    if (const auto location = readIdField(json, u"location_id"_s, errors)) {
        if (*location)
            asset.location = Asset::Place{**location, {}};
        else
            asset.location.reset();
    }
}

// The status and the person together, as the class comment says.
void applyStatusAndPerson(Asset &asset, AssetStatus from, const QJsonObject &json, bool creating,
                          FieldErrors &errors)
{
    const auto person = readIdField(json, u"person_id"_s, errors);
    std::optional<AssetStatus> requested;
    if (json.contains(u"status"_s)) {
        requested = assetStatusFromName(json.value(u"status"_s).toString());
        if (!requested)
            errors.insert(u"status"_s, u"invalid"_s);
    }
    if (errors.contains(u"person_id"_s) || errors.contains(u"status"_s))
        return;
    if (person) {
        if (*person)
            asset.holder = Asset::Holder{**person, {}, {}};
        else
            asset.holder.reset();
    }
    AssetStatus status = requested.value_or(from);
    if (!requested && person) {
        // The person decides: giving one assigns an asset in stock, taking it away returns it.
        if (asset.holder && from == AssetStatus::InStock)
            status = AssetStatus::Assigned;
        else if (!asset.holder && AssetLifecycle::holdsPerson(from))
            status = AssetStatus::InStock;
    }
    if (!creating && status != from && !AssetLifecycle::canMove(from, status)) {
        errors.insert(u"status"_s, u"transition_not_allowed"_s);
        return;
    }
    if (AssetLifecycle::holdsPerson(status)) {
        if (!asset.holder)
            errors.insert(u"person_id"_s, u"required_for_status"_s);
    } else if (asset.holder) {
        if (person && *person)
            errors.insert(u"person_id"_s, u"not_allowed_in_status"_s);
        else
            asset.holder.reset(); // returned, lost, in repair: nobody holds it any more
    }
    asset.status = status;
}

} // namespace

bool isValidAssetTag(const QString &tag)
{
    if (tag.isEmpty())
        return false;
    for (const QChar c : tag) {
        const bool plain = c.unicode() < 128 && c.isLetterOrNumber();
        if (!plain && c != u'-' && c != u'_' && c != u'.' && c != u'/')
            return false;
    }
    return true;
}

std::optional<Asset> parseNewAsset(const QJsonObject &json, FieldErrors &errors)
{
    Asset asset;
    if (!json.contains(u"tag"_s))
        errors.insert(u"tag"_s, u"required"_s);
    if (!json.contains(u"model"_s))
        errors.insert(u"model"_s, u"required"_s);
    if (!json.contains(u"category"_s))
        errors.insert(u"category"_s, u"required"_s);
    applyFields(asset, json, errors);
    applyStatusAndPerson(asset, AssetStatus::InStock, json, true, errors);
    if (!errors.isEmpty())
        return std::nullopt;
    return asset;
}

std::optional<Asset> applyAssetPatch(const Asset &current, const QJsonObject &patch, FieldErrors &errors)
{
    Asset changed = current;
    applyFields(changed, patch, errors);
    applyStatusAndPerson(changed, current.status, patch, false, errors);
    if (!errors.isEmpty())
        return std::nullopt;
    return changed;
}

} // namespace Helpline
