// The INI editor of clm and libclm (daemon/client/IniFile). The input is
// "<flag byte><file text>\0<url>\0<token>", edited as `clm enroll` edits
// /etc/clm/clmd.conf: set server/url, remove server/enrollment_token, set it
// to the token. Afterwards IniFile must read back exactly what it wrote and
// every other key as before. With the flag byte even, the file is the
// shipped template instead of the input's text, and clmd's own reader
// (DaemonSettings' options through core/Config, that is QSettings) must read
// the same URLs and token: a token that clmd reads differently from what
// `clm enroll` wrote would fail to enroll.
#include "FuzzSupport.h"
#include "core/Config.h"
#include "daemon/DaemonSettings.h"
#include "daemon/client/IniFile.h"
#include "daemon/client/MiniJson.h"

#include <QFile>

#include <array>
#include <string>
#include <string_view>

using clm::client::IniFile;

namespace {

struct Key
{
    std::string_view section;
    std::string_view key;
};

// What clm, libclm and clmd read from the file.
constexpr std::array kKeys{
        Key{"server", "url"},
        Key{"server", "enrollment_token"},
        Key{"server", "ca_file"},
        Key{"server", "allow_insecure_http"},
        Key{"daemon", "socket"},
        Key{"daemon", "state_dir"},
        Key{"daemon", "release_linger_seconds"},
};

std::string field(std::string_view& rest)
{
    const size_t end = rest.find('\0');
    const std::string value(rest.substr(0, end));
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    return value;
}

bool isEdited(const Key& k)
{
    return k.section == "server" && (k.key == "url" || k.key == "enrollment_token");
}

std::string templateText()
{
    QFile file(QStringLiteral(CLM_FUZZ_CONFIG_TEMPLATE));
    if (!file.open(QIODevice::ReadOnly))
        clm::fuzz::fail("cannot read " CLM_FUZZ_CONFIG_TEMPLATE, __FILE__, __LINE__);
    return file.readAll().toStdString();
}

// The file as clmd reads it.
clm::Config daemonConfig(const std::string& text)
{
    const QString path = clm::fuzz::writeScratchFile(
            QByteArray(text.data(), static_cast<qsizetype>(text.size())));
    clm::Config config = clm::daemon::DaemonSettings::makeConfig();
    QString error;
    if (!config.loadFile(path, true, &error))
        clm::fuzz::fail(qPrintable(error), __FILE__, __LINE__);
    return config;
}

// Comma-separated items, trimmed, empty ones dropped (Config::list).
QStringList items(const std::string& text)
{
    QStringList out;
    for (const QString& part : QString::fromStdString(text).split(u',')) {
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    clm::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    static const std::string shipped = templateText();
    const bool fromTemplate = data[0] % 2 == 0;
    std::string_view rest(reinterpret_cast<const char*>(data + 1), size - 1);
    const std::string text = field(rest);
    const std::string url = field(rest);
    const std::string token = field(rest);

    const IniFile before(fromTemplate ? shipped : text);
    // Reading the text it keeps changes nothing.
    const IniFile reread(before.text());
    for (const Key& k : kKeys)
        CLM_FUZZ_CHECK(reread.value(k.section, k.key) == before.value(k.section, k.key));

    IniFile edited = before;
    edited.setValue("server", "url", url);
    edited.remove("server", "enrollment_token");
    CLM_FUZZ_CHECK(!edited.value("server", "enrollment_token"));
    edited.setValue("server", "enrollment_token", token);

    const IniFile after(edited.text());
    CLM_FUZZ_CHECK(after.value("server", "url") == url);
    CLM_FUZZ_CHECK(after.value("server", "enrollment_token") == token);
    for (const Key& k : kKeys) {
        if (!isEdited(k))
            CLM_FUZZ_CHECK(after.value(k.section, k.key) == before.value(k.section, k.key));
    }

    // clmd reads the file as UTF-8 (url and token hold no NUL: it splits
    // them).
    if (fromTemplate && clm::client::json::isValidUtf8(url) &&
        clm::client::json::isValidUtf8(token)) {
        const std::string written = edited.text();
        const clm::Config config = daemonConfig(written);
        const QStringList urls = config.list(QStringLiteral("server/url"));
        const QString clmdToken = config.value(QStringLiteral("server/enrollment_token"));
        if (urls != items(url) || clmdToken != QString::fromStdString(token).trimmed()) {
            std::fprintf(stderr, "written:\n%s\nclmd reads url [%s], token [%s]\n", written.c_str(),
                         qPrintable(urls.join(u'|')), qPrintable(clmdToken));
            CLM_FUZZ_CHECK(urls == items(url));
            CLM_FUZZ_CHECK(clmdToken == QString::fromStdString(token).trimmed());
        }
    }
    return 0;
}
