#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace clm::app {

class ApiClient;
struct Outcome;

// Passwords an admin gives or a user chooses (API.md, users): generated
// ones, and the checks a form makes before anything is sent.
class Passwords
{
    Q_DECLARE_TR_FUNCTIONS(clm::app::Passwords)
public:
    // The server's rule (API.md): at least this many characters.
    static constexpr int kMinimumLength = 10;

    // A new random password from the system's random source: five groups of
    // five letters and digits without look-alikes (no 0/O, 1/l/I), about 140
    // bits, easy to read out and to type.
    static QString generate();
    // Bits of randomness in a generated password.
    static double generatedBits();

    // Takes "password_repeat" out of `body` and checks it matches
    // "password": an Invalid outcome naming it when it does not.
    static std::optional<Outcome> takeRepeat(QJsonObject& body);

    // My account (PATCH users/me/): `body` holds full_name, current_password
    // and, to change it, password and password_repeat. A repeat that does
    // not match is refused here; what the server saves becomes api's user.
    static void saveOwnAccount(ApiClient* api, QJsonObject body, QObject* context,
                               std::function<void(const Outcome&)> done);
};

} // namespace clm::app
