// clm-admin's logic that needs no server: when seat alerts fire, times in
// words, the outcomes dialogs get from answers, stale devices, and how an
// untrusted certificate is described.

#include "TestCertificate.h"
#include "app/ApiErrors.h"
#include "app/AuditNames.h"
#include "app/CertificateProblem.h"
#include "app/DeviceStatus.h"
#include "app/Outcome.h"
#include "app/Passwords.h"
#include "app/SeatAdvice.h"
#include "app/SeatAlerts.h"
#include "app/TimeText.h"
#include "core/Clock.h"
#include "core/RestClient.h"
#include "core/Time.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace clm;
using namespace clm::app;

namespace {

QString readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QJsonObject license(const QString& id, int used, int total)
{
    return {{u"id"_s, id},
            {u"name"_s, QString(u"License "_s + id)},
            {u"active_sessions"_s, used},
            {u"max_concurrent_seats"_s, total}};
}

QJsonObject denied(const QString& licenseId, const QString& user = u"alice"_s)
{
    return {{u"type"_s, u"session.denied"_s},
            {u"license_id"_s, licenseId},
            {u"product"_s, u"cad"_s},
            {u"hardware_id"_s, u"hw-1"_s},
            {u"os_user"_s, user}};
}

RestReply reply(int status, const QJsonObject& json = {})
{
    RestReply r;
    r.status = status;
    r.json = json;
    return r;
}

} // namespace

class TestAdminLogic : public QObject
{
    Q_OBJECT

private slots:
    void seatLimitAlertsOnceWhenReached()
    {
        ManualClock clock;
        SeatAlerts alerts(clock);
        QSignalSpy alert(&alerts, &SeatAlerts::alert);
        // The first look only learns: a license full at start is no news.
        alerts.updateLicenses({license(u"a"_s, 5, 5), license(u"b"_s, 1, 3)});
        QCOMPARE(alert.count(), 0);
        alerts.updateLicenses({license(u"a"_s, 5, 5), license(u"b"_s, 2, 3)});
        QCOMPARE(alert.count(), 0);
        alerts.updateLicenses({license(u"a"_s, 5, 5), license(u"b"_s, 3, 3)});
        QCOMPARE(alert.count(), 1);
        QCOMPARE(alert.first().at(0).value<SeatAlerts::Kind>(), SeatAlerts::Kind::SeatLimitReached);
        QCOMPARE(alert.first().at(1).toString(), u"b"_s);
        QVERIFY(alert.first().at(2).toString().contains(u"License b"_s));
        QVERIFY(alert.first().at(3).toString().contains(u"3 of 3"_s));
        // Still full: nothing new. Below, then full again: once more.
        alerts.updateLicenses({license(u"b"_s, 3, 3)});
        QCOMPARE(alert.count(), 1);
        alerts.updateLicenses({license(u"b"_s, 2, 3)});
        alerts.updateLicenses({license(u"b"_s, 3, 3)});
        QCOMPARE(alert.count(), 2);
        // A license new since the start that arrives full counts too.
        alerts.updateLicenses({license(u"b"_s, 3, 3), license(u"c"_s, 1, 1)});
        QCOMPARE(alert.count(), 3);
        QCOMPARE(alert.last().at(1).toString(), u"c"_s);
        // Switched off: nothing.
        alerts.setEnabled(false);
        alerts.updateLicenses({license(u"b"_s, 2, 3)});
        alerts.updateLicenses({license(u"b"_s, 3, 3)});
        QCOMPARE(alert.count(), 3);
    }

    void denialsAlertWhenTheyStart()
    {
        ManualClock clock;
        SeatAlerts alerts(clock);
        alerts.setQuietMinutes(15);
        QSignalSpy alert(&alerts, &SeatAlerts::alert);
        alerts.updateLicenses({license(u"a"_s, 2, 2)});
        alerts.handleEvent(denied(u"a"_s));
        QCOMPARE(alert.count(), 1);
        QCOMPARE(alert.first().at(0).value<SeatAlerts::Kind>(), SeatAlerts::Kind::DenialsStarted);
        QVERIFY(alert.first().at(2).toString().contains(u"License a"_s));
        QVERIFY(alert.first().at(3).toString().contains(u"alice"_s));
        // A burst is one alert; each denial restarts the quiet spell.
        for (int i = 0; i < 5; ++i) {
            clock.advanceSecs(10 * 60);
            alerts.handleEvent(denied(u"a"_s));
        }
        QCOMPARE(alert.count(), 1);
        clock.advanceSecs(15 * 60);
        alerts.handleEvent(denied(u"a"_s, u"bob"_s));
        QCOMPARE(alert.count(), 2);
        // Per license; other events change nothing.
        alerts.handleEvent(denied(u"z"_s));
        QCOMPARE(alert.count(), 3);
        QVERIFY(alert.last().at(2).toString().contains(u"cad"_s)); // unknown name: the product
        alerts.handleEvent({{u"type"_s, u"session.started"_s}});
        QCOMPARE(alert.count(), 3);
        // Off: the denials are still counted, so switching on again does
        // not report an old burst as new.
        alerts.setEnabled(false);
        clock.advanceSecs(60 * 60);
        alerts.handleEvent(denied(u"a"_s));
        alerts.setEnabled(true);
        clock.advanceSecs(60);
        alerts.handleEvent(denied(u"a"_s));
        QCOMPARE(alert.count(), 3);
    }

    void timesInWords()
    {
        const qint64 now = 1'800'000'000'000;
        QCOMPARE(TimeText::relative(now - 2000, now), u"just now"_s);
        QCOMPARE(TimeText::relative(now - 12'000, now), u"12 s ago"_s);
        QCOMPARE(TimeText::relative(now - 5 * 60'000, now), u"5 min ago"_s);
        QCOMPARE(TimeText::relative(now - 3 * 3'600'000, now), u"3 h ago"_s);
        QCOMPARE(TimeText::relative(now - 4 * 86'400'000LL, now), u"4 days ago"_s);
        QCOMPARE(TimeText::relative(now + 2 * 86'400'000LL, now), u"in 2 days"_s);
        QCOMPARE(TimeText::duration(360), u"6 min"_s);
        QCOMPARE(TimeText::duration(604800), u"7 days"_s);
        QCOMPARE(TimeText::duration(90), u"90 s"_s);
        QVERIFY(TimeText::both(now - 60'000, now).startsWith(u"60 s ago ("_s));
        QVERIFY(!TimeText::parse(QString()));
        QCOMPARE(*TimeText::parse(u"2026-12-05T10:00:00Z"_s),
                 QDateTime(QDate(2026, 12, 5), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch());
    }

    void outcomesOfAnswers()
    {
        const Outcome saved = Outcome::fromReply(reply(201, {{u"id"_s, u"x"_s}}));
        QCOMPARE(saved.kind, Outcome::Kind::Saved);
        QCOMPARE(saved.item.value("id"_L1).toString(), u"x"_s);
        QCOMPARE(Outcome::fromReply(reply(204)).kind, Outcome::Kind::Saved);
        QCOMPARE(Outcome::fromReply(reply(412, {{u"error"_s, u"conflict"_s}})).kind,
                 Outcome::Kind::Conflict);
        const Outcome invalid = Outcome::fromReply(
                reply(400, {{u"error"_s, u"validation_failed"_s},
                            {u"message"_s, u"invalid input"_s},
                            {u"details"_s, QJsonObject{{u"name"_s, u"too long"_s}}}}));
        QCOMPARE(invalid.kind, Outcome::Kind::Invalid);
        // Reasons the app does not know are shown with the server's words.
        QCOMPARE(invalid.fieldErrors.value(u"name"_s), u"Not accepted (too long)."_s);
        QCOMPARE(invalid.reason, u"name: Not accepted (too long)."_s);
        QCOMPARE(invalid.detail, u"invalid input"_s);
        const Outcome known = Outcome::fromReply(reply(
                400,
                {{u"error"_s, u"validation_failed"_s},
                 {u"message"_s, u"invalid input"_s},
                 {u"details"_s, QJsonObject{{u"name"_s, u"must be at most 255 characters"_s}}}}));
        QVERIFY(known.fieldErrors.value(u"name"_s).startsWith(u"Must be at most 255 character"_s));
        const Outcome refused = Outcome::fromReply(reply(
                409,
                {{u"error"_s, u"conflict"_s},
                 {u"message"_s, u"the last active owner cannot be demoted or deactivated"_s}}));
        QCOMPARE(refused.kind, Outcome::Kind::Refused);
        QCOMPARE(refused.reason,
                 u"The organization's last active owner cannot be demoted or deactivated."_s);
        QCOMPARE(refused.detail, u"the last active owner cannot be demoted or deactivated"_s);
        RestReply away;
        away.networkError = u"Connection refused"_s;
        const Outcome unreachable = Outcome::fromReply(away);
        QCOMPARE(unreachable.kind, Outcome::Kind::Refused);
        QVERIFY(unreachable.reason.contains(u"Nothing was saved"_s));
        QCOMPARE(unreachable.detail, u"Connection refused"_s);
    }

    // Generated passwords: the server's rules, the promised shape and
    // strength, never twice the same; a repeat that differs is refused.
    void generatedPasswords()
    {
        QVERIFY(Passwords::generatedBits() > 128);
        static const QRegularExpression shape(
                u"^[a-km-zA-HJ-NP-Z2-9]{5}(-[a-km-zA-HJ-NP-Z2-9]{5}){4}$"_s);
        QSet<QString> seen;
        QSet<QChar> used;
        for (int i = 0; i < 1000; ++i) {
            const QString password = Passwords::generate();
            QVERIFY2(shape.match(password).hasMatch(), qPrintable(password));
            QVERIFY(password.size() >= Passwords::kMinimumLength);
            seen.insert(password);
            for (QChar c : password)
                used.insert(c);
        }
        QCOMPARE(seen.size(), 1000);
        QCOMPARE(used.size(), 56 + 1); // the whole alphabet, and the dashes

        QJsonObject same{{u"password"_s, u"abcdefghijk"_s},
                         {u"password_repeat"_s, u"abcdefghijk"_s}};
        QVERIFY(!Passwords::takeRepeat(same));
        QCOMPARE(same, (QJsonObject{{u"password"_s, u"abcdefghijk"_s}}));
        QJsonObject differ{{u"password"_s, u"abcdefghijk"_s},
                           {u"password_repeat"_s, u"abcdefghij"_s}};
        const auto refused = Passwords::takeRepeat(differ);
        QVERIFY(refused);
        QCOMPARE(refused->kind, Outcome::Kind::Invalid);
        QVERIFY(refused->fieldErrors.contains(u"password_repeat"_s));
    }

    // Seat advice on constructed histories: unused, too many, fits, too
    // few (the issue's own example: 31 hours at the limit, 212 denials).
    void seatAdviceFromHistories()
    {
        using Hour = SeatAdvice::Hour;
        const qint64 t0 = 1'760'000'400'000; // an hour's start
        auto hours = [&](const QList<std::pair<int, Hour>>& runs) {
            QList<Hour> out;
            for (const auto& [count, h] : runs)
                for (int i = 0; i < count; ++i) {
                    Hour hour = h;
                    hour.t = t0 + qint64(out.size()) * 3'600'000;
                    out.append(hour);
                }
            return out;
        };

        const SeatAdvice unused = SeatAdvice::compute(20, 30, hours({{720, {}}}));
        QCOMPARE(unused.verdict, SeatAdvice::Verdict::Unused);
        QCOMPARE(unused.unusedSeats(), 20);
        QVERIFY(unused.sentence().contains(u"all 20 seats are unused"_s));

        // 90 quiet hours, 9 busier, one peak of 12 of 20.
        const SeatAdvice tooMany = SeatAdvice::compute(
                20, 90, hours({{90, {0, 5, 0, 0}}, {9, {0, 10, 0, 0}}, {1, {0, 12, 0, 0}}}));
        QCOMPARE(tooMany.verdict, SeatAdvice::Verdict::TooMany);
        QCOMPARE(tooMany.peak, 12);
        QCOMPARE(tooMany.p95, 10);
        // Working hours only: the hours of t0 + n h that fall on Monday to
        // Friday, 8:00 to 18:00 (the tests run in UTC).
        {
            QList<int> working;
            for (int n = 0; n < 100; ++n)
                if (SeatAdvice::isWorkingHour(t0 + qint64(n) * 3'600'000))
                    working.append(n < 90 ? 5 : n < 99 ? 10 : 12);
            std::sort(working.begin(), working.end());
            const int expected =
                    working.isEmpty() ? 0 : working.at((95 * working.size() + 99) / 100 - 1);
            QCOMPARE(tooMany.p95WorkingHours, expected);
        }
        // A week: 3 seats through office hours, 9 in one hour a day, nights
        // and the weekend idle. Over all hours the 95th percentile reads 3;
        // over working hours it reads the 9 the team needs.
        {
            const qint64 monday =
                    QDateTime(QDate(2026, 11, 30), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
            QList<Hour> week;
            for (int n = 0; n < 7 * 24; ++n) {
                const qint64 t = monday + qint64(n) * 3'600'000;
                const int peak = !SeatAdvice::isWorkingHour(t) ? 0 : n % 24 == 10 ? 9 : 3;
                week.append({t, peak, 0, 0});
            }
            const SeatAdvice office = SeatAdvice::compute(10, 7, week);
            QCOMPARE(office.p95, 3);
            QCOMPARE(office.p95WorkingHours, 9);
            QCOMPARE(office.peak, 9);
            QVERIFY(SeatAdvice::isWorkingHour(monday + 8 * 3'600'000));
            QVERIFY(!SeatAdvice::isWorkingHour(monday + 18 * 3'600'000));
            QVERIFY(!SeatAdvice::isWorkingHour(monday + (5 * 24 + 10) * 3'600'000)); // Saturday
        }
        QCOMPARE(tooMany.unusedSeats(), 8);
        QCOMPARE(tooMany.hoursAtLimit, 0);
        QCOMPARE(tooMany.denials, 0);
        QVERIFY2(tooMany.sentence().startsWith(u"Peak use 12 of 20: 8 seats unused for 90 day"_s),
                 qPrintable(tooMany.sentence()));

        const SeatAdvice fits =
                SeatAdvice::compute(4, 30, hours({{10, {0, 2, 0, 0}}, {2, {0, 4, 0, 0}}}));
        QCOMPARE(fits.verdict, SeatAdvice::Verdict::Fits);
        QCOMPARE(fits.hoursAtLimit, 2);
        QCOMPARE(fits.sentence(), u"Peak use 4 of 4 and nobody was refused: the seats fit."_s);

        // 31 hours at the limit of 10 with 212 denials: 100 of them in hours
        // with one refused caller, 80 with two, 24 with three, 8 with six.
        const SeatAdvice tooFew =
                SeatAdvice::compute(10, 30,
                                    hours({{400, {0, 3, 0, 0}},
                                           {20, {0, 10, 5, 1}},
                                           {8, {0, 10, 10, 2}},
                                           {2, {0, 10, 12, 3}},
                                           {1, {0, 10, 8, 6}}}),
                                    {{u"hw-1"_s, u"ws-17"_s, u"alice"_s, 120, t0}});
        QCOMPARE(tooFew.verdict, SeatAdvice::Verdict::TooFew);
        QCOMPARE(tooFew.hoursAtLimit, 31);
        QCOMPARE(tooFew.denials, 212);
        QCOMPARE(tooFew.extraSeatsFor95, 3); // 100 + 80 + 24 = 204 >= 95 % of 212
        QCOMPARE(tooFew.p95, 10);
        QVERIFY2(
                tooFew.sentence().contains(u"with 212 denials: 3 more seats would have served 95 % "
                                           "of them."_s),
                qPrintable(tooFew.sentence()));
        QCOMPARE(SeatAdvice::callerName(tooFew.denied.first()), u"ws-17 (alice)"_s);
        QCOMPARE(SeatAdvice::callerName({u"hw-9"_s, {}, {}, 1, 0}), u"hw-9"_s);
        // Needing all of it: one hour with many refused callers.
        QCOMPARE(SeatAdvice::compute(2, 1, hours({{1, {0, 2, 40, 7}}})).extraSeatsFor95, 7);
        QCOMPARE(SeatAdvice::compute(2, 1, {}).p95, 0);

        // The two answers joined by hour.
        const QJsonObject usage{
                {u"points"_s, QJsonArray{QJsonObject{{u"t"_s, u"2026-03-01T10:00:00Z"_s},
                                                     {u"max_sessions"_s, 3},
                                                     {u"denials"_s, 4}},
                                         QJsonObject{{u"t"_s, u"2026-03-01T11:00:00Z"_s},
                                                     {u"max_sessions"_s, 1},
                                                     {u"denials"_s, 0}}}}};
        const QJsonObject denials{
                {u"total"_s, 4},
                {u"hours"_s, QJsonArray{QJsonObject{{u"t"_s, u"2026-03-01T10:00:00Z"_s},
                                                    {u"callers"_s, 2},
                                                    {u"denials"_s, 4}}}},
                {u"denied"_s, QJsonArray{QJsonObject{{u"hardware_id"_s, u"h"_s},
                                                     {u"hostname"_s, u"ws-1"_s},
                                                     {u"os_user"_s, u"bo"_s},
                                                     {u"denials"_s, 4},
                                                     {u"last_at"_s, u"2026-03-01T10:59:00Z"_s}}}}};
        const QList<Hour> joined = SeatAdvice::hoursFrom(usage, denials);
        QCOMPARE(joined.size(), 2);
        QCOMPARE(joined.at(0).refused, 2);
        QCOMPARE(joined.at(0).peak, 3);
        QCOMPARE(joined.at(1).refused, 0);
        const auto callers = SeatAdvice::callersFrom(denials);
        QCOMPARE(callers.size(), 1);
        QCOMPARE(callers.first().denials, 4);
        QCOMPARE(callers.first().lastAtMs,
                 QDateTime(QDate(2026, 3, 1), QTime(10, 59), Qt::UTC).toMSecsSinceEpoch());
    }

    // What an audit entry changed, in words.
    void auditChangesInWords()
    {
        auto entry = [](const QString& action, const QJsonObject& details) {
            return QJsonObject{{u"action"_s, action}, {u"details"_s, details}};
        };
        QCOMPARE(AuditNames::changes(
                         entry(u"license.update"_s,
                               {{u"max_concurrent_seats"_s, 8},
                                {u"expires_at"_s, QJsonValue::Null},
                                {u"before"_s, QJsonObject{{u"max_concurrent_seats"_s, 5},
                                                          {u"expires_at"_s, QJsonValue::Null}}}})),
                 u"expiry: never → never; seats: 5 → 8"_s);
        QCOMPARE(AuditNames::changes(entry(
                         u"user.update"_s,
                         {{u"role"_s, QJsonObject{{u"from"_s, u"member"_s}, {u"to"_s, u"admin"_s}}},
                          {u"password"_s, u"changed"_s}})),
                 u"password changed; role: Member → Admin"_s);
        QCOMPARE(AuditNames::changes(
                         entry(u"webhook.update"_s, {{u"is_active"_s, QJsonArray{true, false}},
                                                     {u"secret_rotated"_s, true}})),
                 u"active: yes → no; secret rotated"_s);
        // Without a record of before: the new value only.
        QCOMPARE(AuditNames::changes(entry(u"license.update"_s, {{u"name"_s, u"CAD"_s}})),
                 u"name: CAD"_s);
        // A deactivation by DELETE records the name, which is no change.
        QCOMPARE(AuditNames::changes(entry(u"license.deactivate"_s, {{u"name"_s, u"CAD"_s}})),
                 QString());
        QCOMPARE(AuditNames::changes(entry(u"license.create"_s, {{u"name"_s, u"CAD"_s}})),
                 QString());
        QCOMPARE(AuditNames::changes(entry(u"license.deactivate"_s,
                                           {{u"is_active"_s, false},
                                            {u"before"_s, QJsonObject{{u"is_active"_s, true}}}})),
                 u"active: yes → no"_s);
    }

    // Every error code API.md lists has its own sentence.
    void everyErrorCodeHasASentence()
    {
        const QString fallback = ApiErrors::sentence(u"no_such_code"_s);
        QSet<QString> sentences;
        for (const QString& code : ApiErrors::codes()) {
            const QString text = ApiErrors::sentence(code);
            QVERIFY2(text != fallback, qPrintable(code));
            sentences.insert(text);
        }
        QCOMPARE(sentences.size(), ApiErrors::codes().size());
        const QString spec = readFile(QStringLiteral(CLM_SPEC_API));
        if (!spec.isEmpty()) {
            const qsizetype from = spec.indexOf("Codes used below:"_L1);
            const QString list = spec.mid(from, spec.indexOf("- A resource"_L1, from) - from);
            static const QRegularExpression code(u"`([a-z_]+)`"_s);
            int listed = 0;
            for (const auto& m : code.globalMatch(list)) {
                QVERIFY2(ApiErrors::codes().contains(m.captured(1)), qPrintable(m.captured(1)));
                ++listed;
            }
            QVERIFY(listed >= 18);
        }
        // (Plural forms come from the English translation; see tst_pages.)
        QVERIFY(ApiErrors::describe(
                        reply(409, {{u"error"_s, u"no_seats"_s},
                                    {u"message"_s, u"all 5 seats are in use"_s},
                                    {u"details"_s, QJsonObject{{u"max_concurrent_seats"_s, 5}}}}))
                        .startsWith(u"All 5 seat"_s));
    }

    // Every validation reason written in the server's source is known, so
    // none reaches the user only in English.
    void everyServerReasonIsTranslated()
    {
        QStringList reasons{u"must not contain U+0000 or a UTF-16 surrogate without its pair"_s};
        static const QRegularExpression literal(
                uR"re((?:fail|validation)\(\s*[^,()]+,\s*u"([^"]+)"_s)re"_s);
        static const QRegularExpression urlProblem(uR"re(return u"((?:must|names) [^"]+)"_s)re"_s);
        QDirIterator it(QStringLiteral(CLM_SOURCE_DIR "/server"), {u"*.cpp"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains("/server/db/"_L1)) // the database's own failures
                continue;
            const QString source = readFile(path);
            for (const auto& m : literal.globalMatch(source))
                reasons.append(m.captured(1));
            if (it.fileName() == "WebhookSender.cpp"_L1)
                for (const auto& m : urlProblem.globalMatch(source))
                    reasons.append(m.captured(1));
        }
        QVERIFY(reasons.size() >= 30);
        for (QString r : std::as_const(reasons)) {
            if (r.endsWith(u": "_s)) // a list follows
                r += u"a, b"_s;
            r.replace(u"%1"_s, u"5"_s).replace(u"%2"_s, u"9"_s).replace(u"\\\""_s, u"\""_s);
            bool known = false;
            const QString text = ApiErrors::reason(r, &known);
            QVERIFY2(known, qPrintable(r));
            QVERIFY2(!text.isEmpty() && text != r, qPrintable(r));
        }
    }

    void staleDevices()
    {
        const qint64 now = 1'800'000'000'000;
        const auto device = [now](qint64 daysAgo, bool active, bool seen = true) {
            QJsonObject d{{u"is_active"_s, active},
                          {u"enrolled_at"_s, time::rfc3339(now - 40 * 86'400'000LL)}};
            d.insert(u"last_seen_at"_s,
                     seen ? QJsonValue(time::rfc3339(now - daysAgo * 86'400'000LL)) : QJsonValue());
            return d;
        };
        QVERIFY(!devices::isStale(device(6, true), now, 7));
        QVERIFY(devices::isStale(device(7, true), now, 7));
        QVERIFY(devices::isStale(device(9, true), now, 7));
        QVERIFY(!devices::isStale(device(9, true), now, 10));
        QVERIFY(!devices::isStale(device(30, false), now, 7));     // disabled: not stale
        QVERIFY(devices::isStale(device(0, true, false), now, 7)); // never seen since enrolling
    }

    void certificatesAreDescribed()
    {
        QTemporaryDir dir;
        const QString ca = dir.filePath(u"ca.pem"_s);
        const QString cert = dir.filePath(u"cert.pem"_s);
        QVERIFY(test::TestCertificate::makeCa(ca, dir.filePath(u"ca.key"_s), u"Acme CA"_s));
        QVERIFY(test::TestCertificate::makeServer(cert, dir.filePath(u"cert.key"_s), ca,
                                                  dir.filePath(u"ca.key"_s)));
        QFile file(cert);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QSslCertificate served = QSslCertificate::fromData(file.readAll()).first();
        const CertificateProblem problem = CertificateProblem::describe(
                u"127.0.0.1"_s, {QSslError(QSslError::UnableToGetLocalIssuerCertificate, served)},
                {served});
        QVERIFY(!problem.isNull());
        QCOMPARE(problem.subject, u"CN=127.0.0.1, O=clm tests"_s);
        QCOMPARE(problem.issuer, u"CN=Acme CA, O=clm tests"_s);
        QVERIFY(!problem.isSelfSigned());
        QCOMPARE(problem.sha256.count(u':'), 31);
        QCOMPARE(problem.sha256, problem.sha256.toUpper());
        QCOMPARE(problem.errors.size(), 1);
        QVERIFY(problem.notBefore < problem.notAfter);

        const QString self = dir.filePath(u"self.pem"_s);
        QVERIFY(test::TestCertificate::makeServer(self, dir.filePath(u"self.key"_s)));
        QFile selfFile(self);
        QVERIFY(selfFile.open(QIODevice::ReadOnly));
        const QSslCertificate own = QSslCertificate::fromData(selfFile.readAll()).first();
        QVERIFY(CertificateProblem::describe(
                        u"127.0.0.1"_s, {QSslError(QSslError::SelfSignedCertificate, own)}, {own})
                        .isSelfSigned());
    }
};

QTEST_GUILESS_MAIN(TestAdminLogic)
#include "tst_admin_logic.moc"
