#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace clm {
struct RestReply;
}

namespace clm::app {

// The REST API's refusals (API.md, "Errors") in the user's language. Every
// error code and every validation reason the server can answer has a
// translated sentence here; the server's English `message` is kept only as
// a detail (Outcome::detail), for a tooltip or a support request. Unknown codes and
// reasons (a newer server) read as a general sentence, never as nothing.
class ApiErrors
{
    Q_DECLARE_TR_FUNCTIONS(clm::app::ApiErrors)
public:
    // The codes API.md lists, plus "unreachable" (no answer at all).
    static QStringList codes();
    // The sentence for an error code.
    static QString sentence(const QString& code);
    // The sentence for an answer: its code's sentence, made specific where
    // the answer's details allow ("All 5 seats are in use."). For a
    // `validation_failed` answer, the first field's reason is named.
    static QString describe(const RestReply& reply);
    // A validation reason (`details` of `validation_failed`) in the user's
    // language; `known` tells whether it was recognized.
    static QString reason(const QString& serverReason, bool* known = nullptr);
};

} // namespace clm::app
