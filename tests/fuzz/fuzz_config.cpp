// clmd's configuration file: core/Config (QSettings INI) with the options of
// daemon/DaemonSettings, checked by DaemonSettings::read as clmd starts.
// libclm and clm read the same file with their own parser (IniFile) for the
// socket to connect to: where the file is text (UTF-8), both must find the
// same socket, or a tool would knock at a door clmd does not listen at.
#include "FuzzSupport.h"
#include "core/Config.h"
#include "daemon/DaemonSettings.h"
#include "daemon/ServerUrl.h"
#include "daemon/client/IniFile.h"
#include "daemon/client/MiniJson.h"

#include <QFile>

#include <string_view>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    clm::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = clm::fuzz::scratchDir() + u"/clmd.conf"_s;
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            clm::fuzz::fail("cannot write the scratch file", __FILE__, __LINE__);
        file.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size));
    }
    clm::Config config = clm::daemon::DaemonSettings::makeConfig();
    QString error;
    if (!config.loadFile(path, true, &error)) {
        CLM_FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    for (const auto& option : config.options()) {
        config.integer(option.key, 0, 1 << 20);
        config.boolean(option.key);
        config.list(option.key);
    }

    clm::daemon::DaemonSettings settings;
    if (settings.read(config, &error)) {
        CLM_FUZZ_CHECK(!settings.socketPath.isEmpty() && !settings.stateDir.isEmpty());
        for (const QUrl& url : std::as_const(settings.serverUrls))
            CLM_FUZZ_CHECK(clm::daemon::checkServerUrl(url, settings.allowInsecureHttp, &error));
        CLM_FUZZ_CHECK(settings.lingerSeconds >= 0 && settings.requestTimeoutSeconds >= 1 &&
                       settings.retryMinSeconds >= 1 && settings.maxConnectionsPerUser >= 1);
    } else {
        CLM_FUZZ_CHECK(!error.isEmpty());
    }

    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (clm::client::json::isValidUtf8(text)) {
        const auto socket = clm::client::IniFile(text).value("daemon", "socket");
        const bool ours = socket && !socket->empty();
        const bool clmds = config.isExplicit(u"daemon/socket"_s);
        if (ours && clmds)
            CLM_FUZZ_CHECK(QString::fromStdString(*socket) == config.value(u"daemon/socket"_s));
    }
    return 0;
}
