#include "daemon/DaemonSettings.h"

#include "core/Config.h"
#include "daemon/ServerUrl.h"

using namespace Qt::StringLiterals;

namespace clm::daemon {

Config DaemonSettings::makeConfig()
{
    Config config;
    config.addOption({u"server/url"_s, QString(), u"CLM_SERVER_URL"_s, QString(),
                      u"license server URLs, comma-separated, tried in order"_s, u"URL"_s});
    config.addOption({u"server/enrollment_token"_s, QString(), u"CLM_ENROLLMENT_TOKEN"_s, QString(),
                      u"token to enroll this machine with (used once)"_s});
    config.addOption({u"server/ca_file"_s, QString(), QString(), QString(),
                      u"extra CA certificates (PEM) for a private server"_s, u"FILE"_s});
    config.addOption({u"server/allow_insecure_http"_s, QString(), QString(), u"false"_s,
                      u"accept plain http:// server URLs of other machines (anyone on the path "
                      "could forge leases); loopback is always allowed"_s});
    config.addOption({u"server/timeout_seconds"_s, QString(), QString(), u"10"_s,
                      u"seconds to wait for the server per request"_s});
    config.addOption({u"daemon/socket"_s, u"socket"_s, u"CLM_SOCKET"_s, u"/run/clm/clmd.sock"_s,
                      u"local socket the tools connect to"_s, u"PATH"_s});
    config.addOption({u"daemon/state_dir"_s, u"state-dir"_s, u"CLM_STATE_DIR"_s, u"/var/lib/clm"_s,
                      u"directory of the device token, keys and lease cache"_s, u"DIR"_s});
    config.addOption({u"daemon/release_linger_seconds"_s, QString(), QString(), u"30"_s,
                      u"seconds a seat stays held after its last local holder left"_s});
    config.addOption({u"daemon/retry_min_seconds"_s, QString(), QString(), u"1"_s,
                      u"first retry delay after the server stopped answering"_s});
    config.addOption({u"daemon/retry_max_seconds"_s, QString(), QString(), u"60"_s,
                      u"longest retry delay (exponential backoff with jitter)"_s});
    config.addOption({u"daemon/clock_tolerance_seconds"_s, QString(), QString(), u"300"_s,
                      u"how far the wall clock may go back before offline leases stop"_s});
    config.addOption({u"daemon/allow_unnamed_users"_s, QString(), QString(), u"false"_s,
                      u"grant seats to uids without a passwd entry (containers, user "
                      "namespaces)"_s});
    config.addOption({u"daemon/max_connections_per_user"_s, QString(), QString(), u"1024"_s,
                      u"open local connections one OS user may have; more are refused"_s});
    config.addOption({u"daemon/hardware_id"_s, QString(), u"CLM_HARDWARE_ID"_s, QString(),
                      u"override of the machine fingerprint (cloned VMs, tests)"_s});
    config.addOption({u"testing/clock_offset_file"_s, QString(), QString(), QString(),
                      u"tests only: a file of seconds added to the wall clock"_s});
    config.addOption({u"daemon/foreground"_s, u"foreground"_s, QString(), u"false"_s,
                      u"stay in the foreground (clmd always does; systemd needs no fork)"_s,
                      QString(), true});
    return config;
}

bool DaemonSettings::read(const Config& config, QString* error)
{
    const auto flag = [&](const QString& key, bool& out) {
        const auto value = config.boolean(key, error);
        if (!value)
            return false;
        out = *value;
        return true;
    };
    if (!flag(u"server/allow_insecure_http"_s, allowInsecureHttp) ||
        !flag(u"daemon/allow_unnamed_users"_s, allowUnnamedUsers))
        return false;
    serverUrls.clear();
    for (const QString& text : config.list(u"server/url"_s)) {
        const QUrl url(text, QUrl::StrictMode);
        QString reason;
        if (!checkServerUrl(url, allowInsecureHttp, &reason)) {
            *error = u"server/url: \"%1\" %2"_s.arg(text, reason);
            return false;
        }
        serverUrls.append(url);
    }
    enrollmentToken = config.value(u"server/enrollment_token"_s).trimmed();
    caFile = config.value(u"server/ca_file"_s);
    socketPath = config.value(u"daemon/socket"_s);
    stateDir = config.value(u"daemon/state_dir"_s);
    hardwareId = config.value(u"daemon/hardware_id"_s).trimmed();
    clockOffsetFile = config.value(u"testing/clock_offset_file"_s);
    if (socketPath.isEmpty() || stateDir.isEmpty()) {
        *error = u"daemon/socket and daemon/state_dir must not be empty"_s;
        return false;
    }
    const auto number = [&](const QString& key, qint64 min, qint64 max, int& out) {
        const auto value = config.integer(key, min, max, error);
        if (!value)
            return false;
        out = static_cast<int>(*value);
        return true;
    };
    return number(u"daemon/release_linger_seconds"_s, 0, 86400, lingerSeconds) &&
           number(u"server/timeout_seconds"_s, 1, 600, requestTimeoutSeconds) &&
           number(u"daemon/retry_min_seconds"_s, 1, 3600, retryMinSeconds) &&
           number(u"daemon/retry_max_seconds"_s, 1, 86400, retryMaxSeconds) &&
           number(u"daemon/clock_tolerance_seconds"_s, 0, 86400 * 7, clockToleranceSeconds) &&
           number(u"daemon/max_connections_per_user"_s, 1, 1 << 20, maxConnectionsPerUser);
}

} // namespace clm::daemon
