#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

namespace clm::app {

class ApiClient;

// The one way clm-admin reads a list endpoint (API.md: `page`,
// `page_size`, `count`, `next`): page after page, each item once even when
// rows are inserted meanwhile and shift the newest-first pages, a page past
// the end (rows deleted meanwhile) taken as the end. Every list, the
// dashboard, CSV export and the filter boxes' choices read through it.
//
// By default a walk goes on by itself to the last page; with
// setAutoContinue(false) it waits for fetchNext() (a table that pages in as
// it scrolls). A new start() drops the answers of the walk before it.
class ListWalker : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxPageSize = 500; // the API's largest page

    explicit ListWalker(ApiClient* api, QObject* parent = nullptr);

    // `query` is an encoded query without page parameters (search,
    // ordering, filters), or empty.
    void start(const QString& endpoint, const QString& query = {}, int pageSize = kMaxPageSize);
    void setAutoContinue(bool autoContinue) { m_autoContinue = autoContinue; }
    // Stops after this many pages (0: no limit) as if the list ended there.
    void setMaxPages(int pages) { m_maxPages = pages; }
    // The next page of a walk that waits for it; nothing while one loads.
    void fetchNext();
    // Drops the page in flight; no signal follows.
    void cancel();

    bool isLoading() const { return m_loading; }
    bool hasMore() const { return m_hasMore; }
    // The server's count of all matching items, from the last page read.
    int totalCount() const { return m_total; }
    int pagesLoaded() const { return m_page; }
    QString endpoint() const { return m_endpoint; }
    QString query() const { return m_query; }

signals:
    // The items of page `page` that no earlier page of this walk had.
    void pageLoaded(const QList<QJsonObject>& items, int page);
    // The last page was read (also after a page past the end).
    void finished();
    // The walk stopped at page `page`; `message` says why in words.
    void failed(const QString& message, int page);

private:
    void fetch(int page);

    ApiClient* m_api;
    QString m_endpoint;
    QString m_query;
    int m_pageSize = kMaxPageSize;
    int m_maxPages = 0;
    int m_page = 0; // pages read
    int m_total = 0;
    bool m_autoContinue = true;
    bool m_loading = false;
    bool m_hasMore = false;
    QSet<QString> m_seen;
    QPointer<QObject> m_walk; // the context of this walk's requests
};

} // namespace clm::app
