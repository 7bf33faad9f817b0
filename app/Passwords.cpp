#include "app/Passwords.h"

#include "app/ApiClient.h"
#include "app/Endpoints.h"
#include "app/Outcome.h"
#include "core/RestClient.h"

#include <QRandomGenerator>

#include <cmath>

using namespace Qt::StringLiterals;

namespace clm::app {

namespace {

// Letters and digits that cannot be mistaken for one another.
constexpr char kAlphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
constexpr int kAlphabetSize = sizeof(kAlphabet) - 1;
constexpr int kGroups = 5;
constexpr int kGroupLength = 5;

} // namespace

QString Passwords::generate()
{
    QRandomGenerator* random = QRandomGenerator::system();
    QString password;
    for (int group = 0; group < kGroups; ++group) {
        if (group > 0)
            password += u'-';
        for (int i = 0; i < kGroupLength; ++i)
            password += QLatin1Char(kAlphabet[random->bounded(kAlphabetSize)]);
    }
    return password;
}

double Passwords::generatedBits()
{
    return kGroups * kGroupLength * std::log2(double(kAlphabetSize));
}

std::optional<Outcome> Passwords::takeRepeat(QJsonObject& body)
{
    const QString repeat = body.take("password_repeat"_L1).toString();
    if (repeat == body.value("password"_L1).toString())
        return std::nullopt;
    const QString reason = tr("Does not match the new password.");
    Outcome invalid{Outcome::Kind::Invalid, {}, {}, reason, {}};
    invalid.fieldErrors.insert(u"password_repeat"_s, reason);
    return invalid;
}

void Passwords::saveOwnAccount(ApiClient* api, QJsonObject body, QObject* context,
                               std::function<void(const Outcome&)> done)
{
    if (const auto mismatch = takeRepeat(body)) {
        done(*mismatch);
        return;
    }
    api->request("PATCH", endpoints::me(), body, context,
                 [api, done = std::move(done)](const RestReply& reply) {
                     const Outcome outcome = Outcome::fromReply(reply);
                     if (outcome.isSaved())
                         api->updateUser(outcome.item);
                     done(outcome);
                 });
}

} // namespace clm::app
