#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace clm::base64url {

// RFC 4648 section 5 alphabet, no padding (as JOSE requires).
QByteArray encode(QByteArrayView data);

// Strict decoding: only the URL-safe alphabet, no padding, no whitespace, and
// the encoding must be canonical (unused trailing bits zero), so that exactly
// one string decodes to a given byte sequence. A flipped bit in a signature's
// last character therefore never yields the same bytes.
std::optional<QByteArray> decode(QByteArrayView text);

} // namespace clm::base64url
