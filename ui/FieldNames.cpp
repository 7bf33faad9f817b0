#include "ui/FieldNames.h"

#include "app/AuditActions.h"
#include "app/Roles.h"
#include "core/Time.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace clm::ui::fields {

namespace {

struct Field
{
    const char* key;
    const char* label;
};

// The fields of License, User, Session, Device, EnrollmentToken and audit
// entries (API.md); QT_TRANSLATE_NOOP marks them for lupdate.
constexpr Field kFields[] = {
        {"id", QT_TRANSLATE_NOOP("Fields", "Id")},
        {"name", QT_TRANSLATE_NOOP("Fields", "Name")},
        {"product", QT_TRANSLATE_NOOP("Fields", "Product code")},
        {"license_key", QT_TRANSLATE_NOOP("Fields", "License key")},
        {"max_concurrent_seats", QT_TRANSLATE_NOOP("Fields", "Seats")},
        {"expires_at", QT_TRANSLATE_NOOP("Fields", "Expires")},
        {"is_active", QT_TRANSLATE_NOOP("Fields", "Active")},
        {"is_expired", QT_TRANSLATE_NOOP("Fields", "Expired")},
        {"is_valid", QT_TRANSLATE_NOOP("Fields", "Valid")},
        {"active_sessions", QT_TRANSLATE_NOOP("Fields", "Seats in use")},
        {"offline_lease_seconds", QT_TRANSLATE_NOOP("Fields", "Offline lease (s)")},
        {"max_borrow_seconds", QT_TRANSLATE_NOOP("Fields", "Longest borrow (s)")},
        {"features", QT_TRANSLATE_NOOP("Fields", "Features")},
        {"created_at", QT_TRANSLATE_NOOP("Fields", "Created")},
        {"updated_at", QT_TRANSLATE_NOOP("Fields", "Changed")},
        {"version", QT_TRANSLATE_NOOP("Fields", "Version")},
        {"email", QT_TRANSLATE_NOOP("Fields", "Email")},
        {"full_name", QT_TRANSLATE_NOOP("Fields", "Name")},
        {"role", QT_TRANSLATE_NOOP("Fields", "Role")},
        {"last_login_at", QT_TRANSLATE_NOOP("Fields", "Last sign-in")},
        {"license_id", QT_TRANSLATE_NOOP("Fields", "License id")},
        {"license_name", QT_TRANSLATE_NOOP("Fields", "License")},
        {"device_id", QT_TRANSLATE_NOOP("Fields", "Machine id")},
        {"hostname", QT_TRANSLATE_NOOP("Fields", "Machine")},
        {"os_user", QT_TRANSLATE_NOOP("Fields", "OS user")},
        {"user_id", QT_TRANSLATE_NOOP("Fields", "User id")},
        {"ip_address", QT_TRANSLATE_NOOP("Fields", "Address")},
        {"started_at", QT_TRANSLATE_NOOP("Fields", "Started")},
        {"last_heartbeat_at", QT_TRANSLATE_NOOP("Fields", "Last heartbeat")},
        {"borrowed_until", QT_TRANSLATE_NOOP("Fields", "Borrowed until")},
        {"lease_expires_at", QT_TRANSLATE_NOOP("Fields", "Lease valid until")},
        {"ended_at", QT_TRANSLATE_NOOP("Fields", "Ended")},
        {"end_reason", QT_TRANSLATE_NOOP("Fields", "End reason")},
        {"os", QT_TRANSLATE_NOOP("Fields", "System")},
        {"hardware_id", QT_TRANSLATE_NOOP("Fields", "Hardware id")},
        {"enrolled_at", QT_TRANSLATE_NOOP("Fields", "Enrolled")},
        {"last_seen_at", QT_TRANSLATE_NOOP("Fields", "Last seen")},
        {"label", QT_TRANSLATE_NOOP("Fields", "Label")},
        {"uses", QT_TRANSLATE_NOOP("Fields", "Uses")},
        {"max_uses", QT_TRANSLATE_NOOP("Fields", "Uses allowed")},
        {"revoked", QT_TRANSLATE_NOOP("Fields", "Revoked")},
        {"at", QT_TRANSLATE_NOOP("Fields", "When")},
        {"actor_type", QT_TRANSLATE_NOOP("Fields", "Actor")},
        {"actor_id", QT_TRANSLATE_NOOP("Fields", "Actor id")},
        {"action", QT_TRANSLATE_NOOP("Fields", "Action")},
        {"target_type", QT_TRANSLATE_NOOP("Fields", "Target")},
        {"target_id", QT_TRANSLATE_NOOP("Fields", "Target id")},
        {"details", QT_TRANSLATE_NOOP("Fields", "Details")},
};

constexpr Field kEndReasons[] = {
        {"released", QT_TRANSLATE_NOOP("Fields", "Released")},
        {"timeout", QT_TRANSLATE_NOOP("Fields", "Timed out (no heartbeat)")},
        {"revoked", QT_TRANSLATE_NOOP("Fields", "Force-released")},
        {"license_deactivated", QT_TRANSLATE_NOOP("Fields", "License deactivated")},
        {"device_disabled", QT_TRANSLATE_NOOP("Fields", "Machine disabled")},
};

} // namespace

QString endReason(const QString& reason)
{
    for (const Field& field : kEndReasons) {
        if (reason == QLatin1String(field.key))
            return QCoreApplication::translate("Fields", field.label);
    }
    return reason;
}

QString label(const QString& key)
{
    for (const Field& field : kFields) {
        if (key == QLatin1String(field.key))
            return QCoreApplication::translate("Fields", field.label);
    }
    QString words = key;
    words.replace(u'_', u' ');
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

QString specialValue(const QString& key, const QJsonValue& value)
{
    if (!value.isString())
        return QString();
    if (key == "role"_L1)
        return app::roles::displayName(value.toString());
    if (key == "action"_L1)
        return app::audit::actionName(value.toString());
    if (key == "actor_type"_L1 || key == "target_type"_L1)
        return app::audit::typeName(value.toString());
    if (key == "end_reason"_L1)
        return endReason(value.toString());
    if (key.endsWith("_at"_L1) || key.endsWith("_until"_L1) || key == "at"_L1)
        return localTime(value.toString());
    return QString();
}

QString valueText(const QString& key, const QJsonValue& value)
{
    const QString dash = u"\u2013"_s;
    if (const QString words = specialValue(key, value); !words.isEmpty())
        return words;
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return dash;
    case QJsonValue::Bool:
        return value.toBool() ? QCoreApplication::translate("Fields", "yes")
                              : QCoreApplication::translate("Fields", "no");
    case QJsonValue::Array: {
        const QJsonArray list = value.toArray();
        if (list.isEmpty())
            return dash;
        QStringList texts;
        for (const QJsonValue& item : list) {
            if (!item.isString())
                return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
            texts.append(item.toString());
        }
        return texts.join(u", "_s);
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        return object.isEmpty()
                       ? dash
                       : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    default:
        return value.toVariant().toString();
    }
}

QString localTime(const QString& rfc3339)
{
    const auto at = time::parseRfc3339(rfc3339);
    return at ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*at), QLocale::ShortFormat)
              : QString();
}

} // namespace clm::ui::fields
