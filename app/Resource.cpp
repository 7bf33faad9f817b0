#include "app/Resource.h"

#include "app/ApiClient.h"
#include "app/EditSession.h"

using namespace Qt::StringLiterals;

namespace clm::app {

namespace {

ApiClient::Callback outcomeOf(Resource::Done done)
{
    return [done = std::move(done)](const RestReply& reply) {
        done(Outcome::fromReply(reply));
    };
}

} // namespace

Resource::Resource(ApiClient* api, QString collection, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_collection(std::move(collection))
{}

void Resource::create(const QJsonObject& body, QObject* context, Done done)
{
    m_api->request("POST", m_collection, body, context, outcomeOf(std::move(done)));
}

void Resource::remove(const QString& id, QObject* context, Done done)
{
    m_api->request("DELETE", itemPath(id), {}, context, outcomeOf(std::move(done)));
}

void Resource::reactivate(const QString& id, QObject* context, Done done)
{
    update(id, {{u"is_active"_s, true}}, context, std::move(done));
}

void Resource::update(const QString& id, const QJsonObject& body, QObject* context, Done done)
{
    m_api->request("PATCH", itemPath(id), body, context, outcomeOf(std::move(done)));
}

void Resource::post(const QString& path, QObject* context, Done done)
{
    m_api->request("POST", path, {}, context, outcomeOf(std::move(done)));
}

void Resource::fetch(const QString& id, QObject* context, Done done)
{
    m_api->get(itemPath(id), context, outcomeOf(std::move(done)));
}

EditSession* Resource::edit(const QJsonObject& item, QObject* parent)
{
    return new EditSession(m_api, itemPath(item.value("id"_L1).toString()), item, parent);
}

} // namespace clm::app
