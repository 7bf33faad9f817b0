#pragma once

#include "app/Outcome.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>

namespace clm::app {

class ApiClient;

// One edit of one mutable resource (a license, a user): it remembers the
// copy the edit started from, sends only the fields the user changed with
// `If-Match: "<version>"` (API.md), and when someone else saved first (a
// Conflict outcome) lets the user choose: reload the server's copy, or
// overwrite with their changes against the newest version (a third edit
// meanwhile conflicts again rather than being lost silently).
class EditSession : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const Outcome&)>;

    // `itemPath` is the item's URL path ("/api/v1/licenses/<id>/").
    EditSession(ApiClient* api, QString itemPath, QJsonObject original, QObject* parent = nullptr);

    QJsonObject original() const { return m_original; }
    int version() const { return m_original.value(QLatin1String("version")).toInt(); }
    // The fields of `edited` that differ from the original.
    QJsonObject changes(const QJsonObject& edited) const;

    // PATCHes the changes; when saved, the answer becomes the original.
    // With nothing changed it is saved at once, with the original.
    void save(const QJsonObject& edited, Done done);
    // Fetches the server's copy, which becomes the original (a saved
    // outcome carries it).
    void reload(Done done);
    // Fetches the newest version, then PATCHes the changes against it.
    void overwrite(const QJsonObject& edited, Done done);

private:
    void patch(const QJsonObject& changes, Done done);

    ApiClient* m_api;
    QString m_path;
    QJsonObject m_original;
};

} // namespace clm::app
