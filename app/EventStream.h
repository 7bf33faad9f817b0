#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QWebSocket>

namespace clm::app {

class ApiClient;

// Live events of the caller's organization (API.md, GET /api/v1/events)
// over a WebSocket. While the socket is down the stream falls back to
// polling: it emits pollDue() at an interval so views reload, and keeps
// trying to reconnect with backoff. mode() tells which is active, for the
// indicator in the GUI.
class EventStream : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        Off,
        Live,
        Polling,
    };
    Q_ENUM(Mode)

    explicit EventStream(ApiClient* api, QObject* parent = nullptr);
    // The socket closes before the timers go: its last "disconnected"
    // must not start a timer that is already destroyed.
    ~EventStream() override;

    void start();
    void stop();
    Mode mode() const { return m_mode; }
    void setPollIntervalMs(int ms) { m_poll.setInterval(ms); }
    void setMaxReconnectDelayMs(int ms) { m_maxDelayMs = ms; }

signals:
    void eventReceived(const QJsonObject& event);
    void pollDue();
    void modeChanged(clm::app::EventStream::Mode mode);

private:
    void connectSocket();
    void onDisconnected();
    void fallBackToPolling();
    void setMode(Mode mode);

    ApiClient* m_api;
    QWebSocket m_socket;
    QTimer m_poll;
    QTimer m_reconnect;
    Mode m_mode = Mode::Off;
    int m_delayMs = 0;
    int m_maxDelayMs = 30000;
    bool m_running = false;
    QElapsedTimer m_connectedAt;
};

} // namespace clm::app
