#pragma once

#include "app/ApiClient.h"
#include "app/Endpoints.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

namespace clm::app {

class EditSession;

// The actions on one collection (create, edit, deactivate/revoke/release):
// the controller the window's dialogs and menus call, and tests drive
// without widgets.
class Resource : public QObject
{
    Q_OBJECT
public:
    Resource(ApiClient* api, QString collection, QObject* parent = nullptr);

    QString collection() const { return m_collection; }
    QString itemPath(const QString& id) const { return m_collection + id + u'/'; }

    // POST; `done` gets the created item (201) or the error.
    void create(const QJsonObject& body, QObject* context, ApiClient::Callback done);
    // DELETE: deactivates, disables, revokes or releases, as API.md says
    // for each collection.
    void remove(const QString& id, QObject* context, ApiClient::Callback done);
    // PATCH {"is_active": true}: re-enables a disabled device (API.md),
    // reactivates a user or license.
    void reactivate(const QString& id, QObject* context, ApiClient::Callback done);
    // An edit of `item` that saves with If-Match (see EditSession).
    EditSession* edit(const QJsonObject& item, QObject* parent);

private:
    ApiClient* m_api;
    QString m_collection;
};

} // namespace clm::app
