#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace clm::app {

// How many seats a license needs, from its usage history (API.md,
// licenses/{id}/usage, hourly) and who was refused (licenses/{id}/denials):
// the figures a purchasing department asks for and one plain sentence of
// advice. Pure arithmetic on a history, so it is tested on constructed ones.
class SeatAdvice
{
    Q_DECLARE_TR_FUNCTIONS(clm::app::SeatAdvice)
public:
    struct Hour
    {
        qint64 t = 0;    // the hour's start, ms since the epoch
        int peak = 0;    // most seats held at once
        int denials = 0; // refused acquires
        int refused = 0; // distinct machine and OS user pairs refused
    };
    struct Caller
    {
        QString hardwareId;
        QString hostname;
        QString osUser;
        qint64 denials = 0;
        qint64 lastAtMs = 0;
    };
    enum class Verdict
    {
        Unused,  // nothing was used in the whole range
        TooMany, // seats never used at the peak
        Fits,    // the peak reached the seats, nobody refused
        TooFew,  // refused at the limit
    };

    // Whether the hour starting at `t` (ms) is a working hour, in local time.
    static bool isWorkingHour(qint64 t);
    // The figures of `hours` (oldest first, every hour of the range) for a
    // license of `seats` seats; `denied` most refused first.
    static SeatAdvice compute(int seats, int days, const QList<Hour>& hours,
                              const QList<Caller>& denied = {});

    int seats = 0;
    int days = 0;
    int peak = 0;
    int p95 = 0; // 95th percentile of the hourly peaks (nearest rank)
    // The same over working hours only (Monday to Friday, 8:00 to 18:00 in
    // local time): nights and weekends pull `p95` down for a team that
    // works office hours.
    int p95WorkingHours = 0;
    int hoursAtLimit = 0; // hours whose peak reached the seats
    qint64 denials = 0;
    // Fewest extra seats that would have served at least 95 % of the
    // denials: an hour with n refused callers is served by n extra seats.
    int extraSeatsFor95 = 0;
    QList<Caller> denied;
    Verdict verdict = Verdict::Unused;

    int unusedSeats() const { return std::max(0, seats - peak); }
    // The advice in one sentence, in the user's language.
    QString sentence() const;
    // "ws-17 (alice)": who a refused caller was.
    static QString callerName(const Caller& caller);

    // The hours of a usage answer (UsageHistory::parse) with the refused
    // callers of a denials answer joined by hour; the callers of a denials
    // answer.
    static QList<Hour> hoursFrom(const QJsonObject& usage, const QJsonObject& denials);
    static QList<Caller> callersFrom(const QJsonObject& denials);
};

} // namespace clm::app
