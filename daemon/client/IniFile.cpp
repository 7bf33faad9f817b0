#include "daemon/client/IniFile.h"

namespace clm::client {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

std::string_view trim(std::string_view text)
{
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

struct LineInfo
{
    enum Kind
    {
        Other, // blank, comment or not understood
        Section,
        Key
    };
    Kind kind = Other;
    std::string_view name; // the section or the key
    size_t valueStart = 0; // Key: offset just past "="
};

LineInfo classify(std::string_view line)
{
    LineInfo info;
    const std::string_view content = trim(line);
    if (content.empty() || content.front() == ';' || content.front() == '#')
        return info;
    if (content.front() == '[') {
        const size_t close = content.find(']');
        if (close == std::string_view::npos)
            return info;
        info.kind = LineInfo::Section;
        info.name = trim(content.substr(1, close - 1));
        return info;
    }
    const size_t equals = line.find('=');
    if (equals == std::string_view::npos)
        return info;
    info.kind = LineInfo::Key;
    info.name = trim(line.substr(0, equals));
    info.valueStart = equals + 1;
    return info;
}

// Where an unquoted ";" starts the comment after a value, or npos.
size_t commentStart(std::string_view value)
{
    bool quoted = false;
    for (size_t i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (c == '\\') {
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (c == ';' && !quoted) {
            return i;
        }
    }
    return std::string_view::npos;
}

std::string unescape(std::string_view raw)
{
    std::string out;
    bool quoted = false;
    size_t unquotedEnd = 0; // trailing white space outside quotes is dropped
    raw = trim(raw);
    for (size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '"') {
            quoted = !quoted;
            unquotedEnd = out.size();
            // QSettings skips the blanks after a closing quote.
            while (!quoted && i + 1 < raw.size() && (raw[i + 1] == ' ' || raw[i + 1] == '\t'))
                ++i;
            continue;
        }
        if (c == ';' && !quoted)
            break;
        if (c == '\\' && i + 1 < raw.size()) {
            const char next = raw[++i];
            switch (next) {
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            default:
                out += next; // \\ \" \' \? and anything else: the character
            }
            unquotedEnd = out.size();
            continue;
        }
        out += c;
        if (quoted || !isSpace(c))
            unquotedEnd = out.size();
    }
    out.resize(unquotedEnd);
    // QSettings reads "@@x" as "@x" (a leading "@" marks its typed values).
    if (out.size() >= 2 && out[0] == '@' && out[1] == '@')
        out.erase(0, 1);
    return out;
}

} // namespace

IniFile::IniFile(std::string_view text)
{
    // A line ends at "\n", "\r\n" or a lone "\r", as QSettings reads it.
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find_first_of("\r\n", start);
        if (end == std::string_view::npos)
            end = text.size();
        m_lines.emplace_back(text.substr(start, end - start));
        if (end + 1 < text.size() && text[end] == '\r' && text[end + 1] == '\n') {
            m_crlf = true;
            ++end;
        }
        start = end + 1;
    }
}

std::optional<std::string> IniFile::value(std::string_view section, std::string_view key) const
{
    std::optional<std::string> found;
    bool inSection = section.empty();
    for (const std::string& line : m_lines) {
        const LineInfo info = classify(line);
        if (info.kind == LineInfo::Section)
            inSection = info.name == section;
        else if (info.kind == LineInfo::Key && inSection && info.name == key)
            found = unescape(std::string_view(line).substr(info.valueStart));
    }
    return found;
}

void IniFile::setValue(std::string_view section, std::string_view key, std::string_view value)
{
    const std::string formatted = formatValue(value);
    bool inSection = false;
    bool inFirstSection = false;
    bool sectionSeen = false;
    bool replaced = false;
    size_t insertAt = 0; // after the last key of the first such section
    std::vector<std::string> out;
    out.reserve(m_lines.size() + 3);
    for (std::string& line : m_lines) {
        const LineInfo info = classify(line);
        const LineInfo::Kind kind = info.kind;
        if (kind == LineInfo::Section) {
            inSection = info.name == section;
            inFirstSection = inSection && !sectionSeen;
            if (inFirstSection) {
                sectionSeen = true;
                insertAt = out.size() + 1;
            }
        } else if (kind == LineInfo::Key && inSection && info.name == key) {
            if (replaced)
                continue; // QSettings would take the last one: keep only ours
            replaced = true;
            const std::string_view rest = std::string_view(line).substr(info.valueStart);
            const size_t comment = commentStart(rest);
            std::string edited = line.substr(0, line.find_first_not_of(" \t"));
            edited += key;
            edited += '=';
            edited += formatted;
            if (comment != std::string_view::npos) {
                edited += ' ';
                edited += rest.substr(comment);
            }
            line = std::move(edited);
        }
        out.push_back(std::move(line));
        if (inFirstSection && kind == LineInfo::Key)
            insertAt = out.size();
    }
    if (!replaced) {
        std::string added = std::string(key) + '=' + formatted;
        if (sectionSeen) {
            out.insert(out.begin() + static_cast<std::ptrdiff_t>(insertAt), std::move(added));
        } else {
            if (!out.empty() && !trim(out.back()).empty())
                out.emplace_back();
            out.push_back('[' + std::string(section) + ']');
            out.push_back(std::move(added));
        }
    }
    m_lines = std::move(out);
}

void IniFile::remove(std::string_view section, std::string_view key)
{
    bool inSection = section.empty();
    std::vector<std::string> out;
    out.reserve(m_lines.size());
    for (std::string& line : m_lines) {
        const LineInfo info = classify(line);
        if (info.kind == LineInfo::Section)
            inSection = info.name == section;
        else if (info.kind == LineInfo::Key && inSection && info.name == key)
            continue;
        out.push_back(std::move(line));
    }
    m_lines = std::move(out);
}

std::string IniFile::text() const
{
    const char* newline = m_crlf ? "\r\n" : "\n";
    std::string out;
    for (const std::string& line : m_lines) {
        out += line;
        out += newline;
    }
    return out;
}

std::string IniFile::formatValue(std::string_view value)
{
    bool needsQuotes = value != trim(value);
    std::string out;
    // QSettings reads a leading "@" as the mark of a typed value; "@@" is "@".
    if (!value.empty() && value.front() == '@')
        out += '@';
    for (const char c : value) {
        switch (c) {
        case '"':
            out += "\\\"";
            needsQuotes = true;
            break;
        case '\\':
            out += "\\\\";
            needsQuotes = true;
            break;
        case '\n':
            out += "\\n";
            needsQuotes = true;
            break;
        case '\r':
            out += "\\r";
            needsQuotes = true;
            break;
        case '\t':
            out += "\\t";
            needsQuotes = true;
            break;
        case ';':
        case ',':
            // Unquoted, QSettings reads "a, b" as a list, which clmd's
            // Config joins back as "a,b".
            out += c;
            needsQuotes = true;
            break;
        default:
            out += c;
        }
    }
    return needsQuotes ? '"' + out + '"' : out;
}

} // namespace clm::client
