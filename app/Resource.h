#pragma once

#include "app/Outcome.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>

namespace clm::app {

class ApiClient;
class EditSession;

// The actions on one collection (create, edit, deactivate/revoke/release,
// re-enable): the controller the pages' dialogs and menus call, and tests
// drive without widgets. Every answer comes as an Outcome.
class Resource : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const Outcome&)>;

    Resource(ApiClient* api, QString collection, QObject* parent = nullptr);

    QString collection() const { return m_collection; }
    QString itemPath(const QString& id) const { return m_collection + id + u'/'; }

    // POST; a saved outcome carries the created item.
    void create(const QJsonObject& body, QObject* context, Done done);
    // DELETE: deactivates, disables, revokes or releases, as API.md says
    // for each collection.
    void remove(const QString& id, QObject* context, Done done);
    // PATCH {"is_active": true}: re-enables a disabled device (API.md),
    // reactivates a user or license.
    void reactivate(const QString& id, QObject* context, Done done);
    // PATCH of `body` without a version check (switches such as a webhook's
    // is_active or rotate_secret); a saved outcome carries the item.
    void update(const QString& id, const QJsonObject& body, QObject* context, Done done);
    // POST without a body to `path` (an action such as a redelivery).
    void post(const QString& path, QObject* context, Done done);
    // GET of one item; a saved outcome carries it.
    void fetch(const QString& id, QObject* context, Done done);
    // An edit of `item` that saves with If-Match (see EditSession).
    EditSession* edit(const QJsonObject& item, QObject* parent);

private:
    ApiClient* m_api;
    QString m_collection;
};

} // namespace clm::app
