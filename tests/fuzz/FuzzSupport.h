#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// What every fuzz target shares: the libFuzzer entry points' signature, a
// check that turns a broken property into a crash libFuzzer keeps, and
// quiet Qt logging (a log line per input would slow fuzzing to a crawl).
namespace clm::fuzz {

// Prints "fuzz check failed: <what> (<file>:<line>)" and aborts, which
// libFuzzer reports as a crash and saves the input for.
[[noreturn]] void fail(const char* what, const char* file, int line);

// Drops Qt's log messages below fatal unless CLM_FUZZ_VERBOSE is set.
void quietQt();

// A directory of this process, removed at exit.
QString scratchDir();
// Writes `contents` to one file in scratchDir() and returns its path. Each
// write gets a modification time of its own: QSettings keeps what it read
// by path and reads again only when size or time changed.
QString writeScratchFile(const QByteArray& contents);

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

} // namespace clm::fuzz

#define CLM_FUZZ_CHECK(condition)                                                                  \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::clm::fuzz::fail(#condition, __FILE__, __LINE__);                                     \
    } while (false)

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv);
