#include "app/EditSession.h"

#include "app/ApiClient.h"

using namespace Qt::StringLiterals;

namespace clm::app {

EditSession::EditSession(ApiClient* api, QString itemPath, QJsonObject original, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_path(std::move(itemPath))
    , m_original(std::move(original))
{}

QJsonObject EditSession::changes(const QJsonObject& edited) const
{
    QJsonObject changed;
    for (auto it = edited.begin(); it != edited.end(); ++it) {
        if (m_original.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    }
    return changed;
}

void EditSession::save(const QJsonObject& edited, Done done)
{
    const QJsonObject changed = changes(edited);
    if (changed.isEmpty()) {
        done(Outcome::saved(m_original));
        return;
    }
    patch(changed, std::move(done));
}

void EditSession::patch(const QJsonObject& changed, Done done)
{
    const QByteArray match = '"' + QByteArray::number(version()) + '"';
    m_api->request("PATCH", m_path, changed, this,
                   [this, done = std::move(done)](const RestReply& reply) {
                       if (reply.isSuccess())
                           m_original = reply.json;
                       done(Outcome::fromReply(reply));
                   },
                   {{"If-Match", match}});
}

void EditSession::reload(Done done)
{
    m_api->get(m_path, this, [this, done = std::move(done)](const RestReply& reply) {
        if (reply.isSuccess())
            m_original = reply.json;
        done(Outcome::fromReply(reply));
    });
}

void EditSession::overwrite(const QJsonObject& edited, Done done)
{
    // The changes are taken against what the user started from, so a field
    // they did not touch keeps the other person's value.
    const QJsonObject changed = changes(edited);
    reload([this, changed, done = std::move(done)](const Outcome& reloaded) {
        if (!reloaded.isSaved() || changed.isEmpty())
            done(reloaded);
        else
            patch(changed, done);
    });
}

} // namespace clm::app
