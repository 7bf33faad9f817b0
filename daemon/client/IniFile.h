#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace clm::client {

// The daemon's INI configuration, read the way clmd's QSettings reads it (a
// ";" starts a comment also after a value, "#" only at the start of a line,
// values may be quoted with backslash escapes, sections are case-sensitive and
// may repeat, the last of a key wins, a line ends at "\n", "\r\n" or a lone
// "\r") and edited line by line so that every other line and comment
// survives.
//
// What clmd.conf uses is read alike (fuzz_config compares the two): QSettings
// also knows escapes besides \" \\ \n \r \t (\x41, \101, \a, a backslash
// at the end of a line), %-encoded section and key names, @-typed values,
// quotes that run over several lines and comma-separated lists, which this
// reader does not. What setValue writes, clmd reads back exactly.
class IniFile
{
public:
    explicit IniFile(std::string_view text = {});

    std::optional<std::string> value(std::string_view section, std::string_view key) const;

    // Replaces the key's first line in the section (keeping its indentation
    // and trailing comment) and removes its other lines there; adds it after
    // the section's last key when absent, and the section at the end of the
    // file when that is absent too. `section` must not be empty.
    void setValue(std::string_view section, std::string_view key, std::string_view value);
    void remove(std::string_view section, std::string_view key);

    // The edited text, ending with a newline unless empty.
    std::string text() const;

    // A value as written after "=": quoted when it holds characters QSettings
    // would otherwise read differently.
    static std::string formatValue(std::string_view value);

private:
    std::vector<std::string> m_lines; // without their "\n"
    bool m_crlf = false;
};

} // namespace clm::client
