// clmd's configuration file: core/Config (QSettings INI) with the options of
// daemon/DaemonSettings, checked by DaemonSettings::read as clmd starts.
// libclm and clm read the same file with their own parser (IniFile) for the
// socket to connect to: where the file is UTF-8 in the syntax IniFile
// covers, both must find the same socket, or a tool would knock at a door
// clmd does not listen at.
#include "FuzzSupport.h"
#include "core/Config.h"
#include "daemon/DaemonSettings.h"
#include "daemon/ServerUrl.h"
#include "daemon/client/IniFile.h"
#include "daemon/client/MiniJson.h"

#include <string_view>

using namespace Qt::StringLiterals;

namespace {

// UTF-8 without backslash escapes, %-encoded names, @-typed values, lists,
// NUL, or a quote left open at the end of a line (QSettings continues it on
// the next lines).
bool inIniFileSyntax(std::string_view text)
{
    if (!clm::client::json::isValidUtf8(text) ||
        text.find_first_of(std::string_view("\\%@,\0", 5)) != text.npos)
        return false;
    bool open = false;
    for (const char c : text) {
        if (c == '"')
            open = !open;
        else if ((c == '\n' || c == '\r') && open)
            return false;
    }
    return !open;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    clm::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = clm::fuzz::writeScratchFile(clm::fuzz::bytes(data, size));
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

    // Compared where the file keeps to the syntax IniFile reads as QSettings
    // does (daemon/client/IniFile.h).
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (inIniFileSyntax(text)) {
        // clmd trims every value, also white space a value kept in quotes
        // ("/run/x.sock "), which IniFile keeps as QSettings does: a socket
        // path with such spaces is not worth a difference in the code.
        const auto socket = clm::client::IniFile(text).value("daemon", "socket");
        const QString ours = QString::fromStdString(socket.value_or(std::string())).trimmed();
        const QString clmds = config.value(u"daemon/socket"_s);
        if (!ours.isEmpty() && config.isExplicit(u"daemon/socket"_s) && ours != clmds) {
            std::fprintf(stderr, "libclm reads [%s], clmd [%s]\n", qPrintable(ours),
                         qPrintable(clmds));
            CLM_FUZZ_CHECK(ours == clmds);
        }
    }
    return 0;
}
