#include "app/AuditNames.h"

#include "app/ApiClient.h"
#include "app/AuditActions.h"
#include "app/Endpoints.h"
#include "app/Roles.h"
#include "app/TimeText.h"
#include "core/RestClient.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace clm::app {

namespace {

// The list endpoint of a kind of audit party, empty for kinds without one.
QString endpointOf(const QString& type)
{
    if (type == "user"_L1)
        return endpoints::users();
    if (type == "device"_L1)
        return endpoints::devices();
    if (type == "license"_L1)
        return endpoints::licenses();
    if (type == "enrollment_token"_L1)
        return endpoints::enrollmentTokens();
    if (type == "webhook"_L1)
        return endpoints::webhooks();
    return QString();
}

// What a person reads for an item of a kind.
QString nameIn(const QString& type, const QJsonObject& item)
{
    if (type == "user"_L1) {
        const QString name = item.value("full_name"_L1).toString().trimmed();
        return name.isEmpty() ? item.value("email"_L1).toString() : name;
    }
    if (type == "device"_L1)
        return item.value("hostname"_L1).toString();
    if (type == "license"_L1)
        return item.value("name"_L1).toString();
    if (type == "enrollment_token"_L1)
        return item.value("label"_L1).toString();
    if (type == "webhook"_L1)
        return item.value("url"_L1).toString();
    return QString();
}

} // namespace

AuditNames::AuditNames(ApiClient* api, QObject* parent)
    : QObject(parent)
    , m_api(api)
{}

void AuditNames::clear()
{
    m_names.clear();
    m_hostnames.clear();
    m_listed.clear();
    m_asked.clear();
    ++m_generation; // answers still on their way are dropped
}

void AuditNames::prepare(const QList<QJsonObject>& entries)
{
    // What the entries mention, by kind.
    QHash<QString, QSet<QString>> wanted;
    auto want = [&](const QString& type, const QString& id) {
        if (!id.isEmpty() && !endpointOf(type).isEmpty() && known(type, id).isEmpty())
            wanted[type].insert(id);
    };
    bool machines = false;
    for (const QJsonObject& e : entries) {
        want(e.value("actor_type"_L1).toString(), e.value("actor_id"_L1).toString());
        want(e.value("target_type"_L1).toString(), e.value("target_id"_L1).toString());
        const QJsonObject details = e.value("details"_L1).toObject();
        want(u"license"_s, details.value("license_id"_L1).toString());
        const QString hardwareId = details.value("hardware_id"_L1).toString();
        if (!hardwareId.isEmpty() && machine(hardwareId).isEmpty())
            machines = true;
    }
    if (machines && !wanted.contains(u"device"_s) && !m_listed.contains(u"device"_s))
        wanted[u"device"_s] = {};
    int singles = 0;
    for (auto it = wanted.begin(); it != wanted.end(); ++it) {
        if (!m_listed.contains(it.key())) {
            loadList(it.key()); // one request names most of a kind
            continue;
        }
        for (const QString& id : std::as_const(it.value())) {
            if (singles >= kMaxSingleRequests)
                break;
            if (it.key() == "enrollment_token"_L1) // no single read; the list is all
                continue;
            if (!m_asked.contains(it.key() + u'/' + id)) {
                loadOne(it.key(), id);
                ++singles;
            }
        }
    }
}

void AuditNames::loadList(const QString& type)
{
    m_listed.insert(type);
    ++m_requests;
    const quint64 generation = m_generation;
    m_api->get(endpoints::page(endpointOf(type), {}, 1, 500), this,
               [this, type, generation](const RestReply& reply) {
                   if (generation != m_generation || !reply.isSuccess())
                       return;
                   for (const QJsonValue& v : reply.json.value("results"_L1).toArray())
                       remember(type, v.toObject());
                   emit changed();
               });
}

void AuditNames::loadOne(const QString& type, const QString& id)
{
    m_asked.insert(type + u'/' + id);
    ++m_requests;
    const quint64 generation = m_generation;
    m_api->get(endpointOf(type) + id + u'/', this,
               [this, type, generation](const RestReply& reply) {
                   if (generation != m_generation || !reply.isSuccess())
                       return;
                   remember(type, reply.json);
                   emit changed();
               });
}

void AuditNames::remember(const QString& type, const QJsonObject& item)
{
    const QString id = item.value("id"_L1).toString();
    const QString name = nameIn(type, item);
    if (id.isEmpty() || name.isEmpty())
        return;
    QHash<QString, QString>& names = m_names[type];
    // Bounded: a long session forgets a kind and asks again rather than grows.
    if (names.size() >= kMaxNamesPerKind && !names.contains(id)) {
        names.clear();
        if (type == "device"_L1)
            m_hostnames.clear();
        m_listed.remove(type);
        m_asked.clear();
    }
    names.insert(id, name);
    if (type == "device"_L1)
        m_hostnames.insert(item.value("hardware_id"_L1).toString(), name);
}

QString AuditNames::known(const QString& type, const QString& id) const
{
    return m_names.value(type).value(id);
}

QString AuditNames::machine(const QString& hardwareId) const
{
    return m_hostnames.value(hardwareId);
}

QString AuditNames::placeholder(const QString& type, const QString& id) const
{
    if (id.isEmpty())
        return audit::typeName(type);
    return tr("%1 %2").arg(audit::typeName(type), id.left(8));
}

QString AuditNames::actor(const QJsonObject& e) const
{
    const QString type = e.value("actor_type"_L1).toString();
    const QString id = e.value("actor_id"_L1).toString();
    if (type == "system"_L1)
        return tr("System");
    const QString name = known(type, id);
    if (!name.isEmpty())
        return name;
    // A failed sign-in names the email it tried.
    const QString email = e.value("details"_L1).toObject().value("email"_L1).toString();
    if (type == "user"_L1 && !email.isEmpty())
        return email;
    return placeholder(type, id);
}

QString AuditNames::target(const QJsonObject& e) const
{
    const QString type = e.value("target_type"_L1).toString();
    const QString id = e.value("target_id"_L1).toString();
    const QJsonObject details = e.value("details"_L1).toObject();
    if (type == "session"_L1) {
        // A seat: its license, and the machine and OS user that held it.
        const QString license = known(u"license"_s, details.value("license_id"_L1).toString());
        const QString hardwareId = details.value("hardware_id"_L1).toString();
        QString who = machine(hardwareId);
        if (who.isEmpty() && !hardwareId.isEmpty())
            who = hardwareId.left(12);
        const QString osUser = details.value("os_user"_L1).toString();
        if (!osUser.isEmpty())
            who = who.isEmpty() ? osUser : tr("%1 (%2)").arg(who, osUser);
        if (license.isEmpty())
            return who.isEmpty() ? placeholder(type, id) : tr("Seat of %1").arg(who);
        return who.isEmpty() ? tr("Seat of %1").arg(license) : tr("%1: %2").arg(license, who);
    }
    if (type == "organization"_L1)
        return tr("The organization");
    const QString name = known(type, id);
    if (!name.isEmpty())
        return name;
    // Names recorded in the entry itself (a deleted webhook, a new user).
    for (const char* key : {"name", "email", "label", "url", "hostname"}) {
        const QString recorded = details.value(QLatin1String(key)).toString();
        if (!recorded.isEmpty() && !details.contains("before"_L1))
            return recorded;
    }
    return placeholder(type, id);
}

namespace {

QString fieldWord(const QString& key)
{
    static const QHash<QString, const char*> words{
            {u"name"_s, QT_TRANSLATE_NOOP("clm::app::AuditNames", "name")},
            {u"product"_s, QT_TRANSLATE_NOOP("clm::app::AuditNames", "product")},
            {u"max_concurrent_seats"_s, QT_TRANSLATE_NOOP("clm::app::AuditNames", "seats")},
            {u"expires_at"_s, QT_TRANSLATE_NOOP("clm::app::AuditNames", "expiry")},
            {u"is_active"_s, QT_TRANSLATE_NOOP("clm::app::AuditNames", "active")},
            {u"offline_lease_seconds"_s,
             QT_TRANSLATE_NOOP("clm::app::AuditNames", "offline lease (s)")},
            {u"max_borrow_seconds"_s,
             QT_TRANSLATE_NOOP("clm::app::AuditNames", "longest borrow (s)")},
            {u"features"_s, QT_TRANSLATE_NOOP("clm::app::AuditNames", "features")},
            {u"full_name"_s, QT_TRANSLATE_NOOP("clm::app::AuditNames", "name")},
            {u"role"_s, QT_TRANSLATE_NOOP("clm::app::AuditNames", "role")},
            {u"url"_s, QT_TRANSLATE_NOOP("clm::app::AuditNames", "address")},
            {u"events"_s, QT_TRANSLATE_NOOP("clm::app::AuditNames", "events")},
            {u"description"_s, QT_TRANSLATE_NOOP("clm::app::AuditNames", "description")},
    };
    const auto it = words.constFind(key);
    return it == words.cend() ? key
                              : QCoreApplication::translate("clm::app::AuditNames", it.value());
}

QString valueWords(const QString& key, const QJsonValue& value)
{
    if (value.isBool())
        return value.toBool() ? AuditNames::tr("yes") : AuditNames::tr("no");
    if (value.isNull() || value.isUndefined())
        return key == "expires_at"_L1 ? AuditNames::tr("never") : AuditNames::tr("none");
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue& item : value.toArray())
            items.append(item.toVariant().toString());
        return items.isEmpty() ? AuditNames::tr("none") : items.join(u", "_s);
    }
    if (key == "role"_L1)
        return roles::displayName(value.toString());
    if (key == "expires_at"_L1)
        if (const auto at = TimeText::parse(value.toString()))
            return TimeText::absolute(*at);
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

} // namespace

QString AuditNames::changes(const QJsonObject& e)
{
    const QString action = e.value("action"_L1).toString();
    const QJsonObject details = e.value("details"_L1).toObject();
    // Updates, and deactivations that were a change of is_active (a
    // DELETE records only the name).
    if (!action.endsWith(".update"_L1) && !details.contains("before"_L1))
        return QString();
    const QJsonObject before = details.value("before"_L1).toObject();
    QStringList said;
    for (auto it = details.begin(); it != details.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key == "before"_L1 || key == "self"_L1 || key == "email"_L1)
            continue;
        if (key == "password"_L1) {
            said.append(tr("password changed"));
            continue;
        }
        if (key == "secret_rotated"_L1) {
            said.append(tr("secret rotated"));
            continue;
        }
        QString from;
        QString to;
        bool hasFrom = true;
        if (value.isObject() && value.toObject().contains("to"_L1)) { // {"from","to"}
            from = valueWords(key, value.toObject().value("from"_L1));
            to = valueWords(key, value.toObject().value("to"_L1));
        } else if (value.isArray() && value.toArray().size() == 2 &&
                   (key == "url"_L1 || key == "events"_L1 || key == "description"_L1 ||
                    key == "is_active"_L1)) { // webhooks: [before, after]
            from = valueWords(key, value.toArray().at(0));
            to = valueWords(key, value.toArray().at(1));
        } else {
            to = valueWords(key, value);
            hasFrom = before.contains(key);
            if (hasFrom)
                from = valueWords(key, before.value(key));
        }
        said.append(!hasFrom ? tr("%1: %2").arg(fieldWord(key), to)
                             : tr("%1: %2 → %3").arg(fieldWord(key), from, to));
    }
    return said.join(u"; "_s);
}

} // namespace clm::app
