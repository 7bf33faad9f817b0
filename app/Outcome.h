#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace clm {
struct RestReply;
}

namespace clm::app {

// What came of a change the user asked for (a save, a create, a
// deactivation), in the terms a dialog acts on; the HTTP status codes stay
// in app/. `fromReply` is the one place that reads them.
struct Outcome
{
    Q_DECLARE_TR_FUNCTIONS(clm::app::Outcome)
public:
    enum class Kind
    {
        Saved,    // done; `item` is the server's copy (empty when it sends none)
        Conflict, // someone else saved first (412): reload or overwrite
        Invalid,  // values refused: `fieldErrors` maps fields to reasons
        Refused,  // not done, for `reason` (also: the server did not answer)
    };

    Kind kind = Kind::Refused;
    QJsonObject item;
    QMap<QString, QString> fieldErrors;
    QString reason; // in the user's language (app/ApiErrors)
    QString detail; // the server's own words, for a tooltip or a support request

    bool isSaved() const { return kind == Kind::Saved; }

    static Outcome saved(const QJsonObject& item = {}) { return {Kind::Saved, item, {}, {}, {}}; }
    static Outcome refused(const QString& reason, const QString& detail = {})
    {
        return {Kind::Refused, {}, {}, reason, detail};
    }
    static Outcome fromReply(const RestReply& reply);
};

} // namespace clm::app
