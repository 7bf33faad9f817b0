#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

namespace clm {
class Clock;
}

namespace clm::app {

// Decides when the admin should hear about seats without looking: a
// license reached its seat limit (the moment the last seat is taken, not
// every time the list reloads), or requests started to be refused (the
// first `session.denied` after a quiet spell or after a seat was free
// again, not one per denial). The
// window turns an alert into a desktop notification; the setting switches
// them off.
class SeatAlerts : public QObject
{
    Q_OBJECT
public:
    enum class Kind
    {
        SeatLimitReached,
        DenialsStarted,
    };
    Q_ENUM(Kind)

    static constexpr int kDefaultQuietMinutes = 15;

    explicit SeatAlerts(const Clock& clock, QObject* parent = nullptr);

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    // Denials after this long without one count as "starting" again.
    void setQuietMinutes(int minutes) { m_quietMs = qint64(minutes) * 60'000; }

    // The active licenses as last read (DashboardModel::licenses()): a
    // license that was below its limit and is now at it alerts. The first
    // call only learns the state.
    void updateLicenses(const QList<QJsonObject>& licenses);
    // A live event (API.md): `session.denied` may alert.
    void handleEvent(const QJsonObject& event);

signals:
    void alert(clm::app::SeatAlerts::Kind kind, const QString& licenseId, const QString& title,
               const QString& text);

private:
    struct Seen
    {
        QString name;
        int used = 0;
        int total = 0;
        qint64 lastDenialMs = -1;
    };

    const Clock& m_clock;
    QHash<QString, Seen> m_licenses;
    qint64 m_quietMs = kDefaultQuietMinutes * 60'000LL;
    bool m_enabled = true;
    bool m_learned = false;
};

} // namespace clm::app
