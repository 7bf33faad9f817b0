#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace clm::app {

class ApiClient;
class ListWalker;

// What an owner asks about one license, gathered for the license view:
// who holds its seats now (machine, OS user, since when, borrowed until),
// how often requests were refused today and when the last time was (with
// who, when a live event said so), and how far its expiry is. Reloads
// itself on the live events that concern the license.
class LicenseOverview : public QObject
{
    Q_OBJECT
public:
    static constexpr int kExpiryWarningDays = 30;

    enum class Expiry
    {
        Never,
        Later, // more than kExpiryWarningDays away
        Soon,  // within kExpiryWarningDays
        Expired,
    };
    Q_ENUM(Expiry)

    explicit LicenseOverview(ApiClient* api, QObject* parent = nullptr);

    // Shows this license (an empty object: none) and loads the rest.
    void setLicense(const QJsonObject& license);
    QJsonObject license() const { return m_license; }
    QString licenseId() const;
    void reload();
    // Session and license events of this license reload what they change.
    void handleEvent(const QJsonObject& event);

    bool isLoading() const { return m_pending > 0; }
    QString lastError() const { return m_error; }
    // Active sessions holding a seat of the license, oldest first.
    QList<QJsonObject> holders() const { return m_holders; }
    int denialsToday() const { return m_denialsToday; }
    // When the last request was refused today (to the minute from the
    // usage history, exact from a live event), and who asked if known.
    std::optional<qint64> lastDenialMs() const { return m_lastDenialMs; }
    QString lastDenialBy() const { return m_lastDenialBy; }

    static Expiry expiry(const QJsonObject& license, qint64 nowMs);
    // Days until the license expires (negative once expired); nullopt: never.
    static std::optional<int> daysLeft(const QJsonObject& license, qint64 nowMs);

signals:
    void changed();
    void errorOccurred(const QString& message);

private:
    void loadHolders();
    void loadDenials();
    void done();

    ApiClient* m_api;
    ListWalker* m_walker;
    QJsonObject m_license;
    QList<QJsonObject> m_holders;
    QList<QJsonObject> m_incoming;
    int m_denialsToday = 0;
    std::optional<qint64> m_lastDenialMs;
    std::optional<qint64> m_countedUntilMs; // refusals up to here are in the count
    QString m_lastDenialBy;
    QString m_error;
    int m_pending = 0;
    quint64 m_serial = 0;
};

} // namespace clm::app
