#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace clm::client {

// Reads an RFC 3339 timestamp ("2026-11-22T10:00:00Z") as Unix seconds. Also
// takes "t" or a space for "T", "z", a fraction (dropped, rounding toward the
// past) and a "+hh:mm"/"-hh:mm" offset. nullopt for anything else.
std::optional<int64_t> parseRfc3339(std::string_view text);

// "2026-11-22T10:00:00Z" for Unix seconds.
std::string formatRfc3339(int64_t seconds);

} // namespace clm::client
