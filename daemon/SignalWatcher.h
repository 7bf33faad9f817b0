#pragma once

#include <QObject>

class QSocketNotifier;

namespace clm::daemon {

// Turns SIGTERM, SIGINT and SIGHUP into a Qt signal: the handler only
// writes the signal number into a socket pair (async-signal-safe), and a
// QSocketNotifier reads it on the event loop.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject* parent = nullptr);
    ~SignalWatcher() override;

signals:
    void received(int signal);

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace clm::daemon
