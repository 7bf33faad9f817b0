#include "app/ListWalker.h"

#include "app/ApiClient.h"
#include "app/ApiErrors.h"
#include "app/Endpoints.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace clm::app {

ListWalker::ListWalker(ApiClient* api, QObject* parent)
    : QObject(parent)
    , m_api(api)
{}

void ListWalker::start(const QString& endpoint, const QString& query, int pageSize)
{
    cancel();
    m_endpoint = endpoint;
    m_query = query;
    m_pageSize = std::clamp(pageSize, 1, kMaxPageSize);
    m_page = 0;
    m_total = 0;
    m_seen.clear();
    m_hasMore = true;
    m_walk = new QObject(this);
    fetch(1);
}

void ListWalker::fetchNext()
{
    if (m_loading || !m_hasMore || !m_walk)
        return;
    fetch(m_page + 1);
}

void ListWalker::cancel()
{
    // Not deleted at once: this may run inside one of its callbacks.
    if (m_walk)
        m_walk->deleteLater();
    m_walk = nullptr;
    m_loading = false;
}

void ListWalker::fetch(int page)
{
    m_loading = true;
    QObject* walk = m_walk;
    m_api->get(endpoints::page(m_endpoint, m_query, page, m_pageSize), walk,
               [this, walk, page](const RestReply& reply) {
                   if (walk != m_walk)
                       return;
                   m_loading = false;
                   if (!reply.isSuccess()) {
                       // A page past the end, after rows went away, is the end.
                       if (reply.status == 404 && page > 1) {
                           m_hasMore = false;
                           emit finished();
                           return;
                       }
                       m_hasMore = false;
                       emit failed(ApiErrors::describe(reply), page);
                       return;
                   }
                   m_page = page;
                   m_total = reply.json.value("count"_L1).toInt();
                   const QJsonArray results = reply.json.value("results"_L1).toArray();
                   m_hasMore = !reply.json.value("next"_L1).isNull() && !results.isEmpty() &&
                               (m_maxPages <= 0 || page < m_maxPages);
                   QList<QJsonObject> fresh;
                   fresh.reserve(results.size());
                   for (const QJsonValue& value : results) {
                       const QJsonObject item = value.toObject();
                       const QString id = item.value("id"_L1).toString();
                       if (!id.isEmpty()) {
                           if (m_seen.contains(id))
                               continue;
                           m_seen.insert(id);
                       }
                       fresh.append(item);
                   }
                   const bool more = m_hasMore;
                   emit pageLoaded(fresh, page);
                   // A slot may have cancelled or started anew.
                   if (walk != m_walk)
                       return;
                   if (!more)
                       emit finished();
                   else if (m_autoContinue)
                       fetch(page + 1);
               });
}

} // namespace clm::app
