#pragma once

#include <QByteArrayView>
#include <QStringView>

namespace clm::text {

// The offset of the first byte that breaks strict UTF-8 (RFC 3629: no
// overlong forms, no surrogates, nothing above U+10FFFF, no truncated
// sequence), or -1 when all of `bytes` is valid.
qsizetype invalidUtf8At(QByteArrayView bytes);

// True when `text` holds U+0000 or a UTF-16 surrogate without its pair:
// neither can be stored the same way by PostgreSQL and SQLite (PostgreSQL
// cuts text at NUL; a lone surrogate has no UTF-8 form), so text fields
// refuse them.
bool hasForbiddenCharacters(QStringView text);

} // namespace clm::text
