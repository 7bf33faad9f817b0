#include "FuzzSupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace clm::fuzz {

void fail(const char* what, const char* file, int line)
{
    std::fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", what, file, line);
    std::fflush(stderr);
    std::abort();
}

namespace {

void dropMessage(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type != QtFatalMsg)
        return;
    std::fprintf(stderr, "Qt fatal: %s\n", qPrintable(message));
    std::fflush(stderr);
}

} // namespace

void quietQt()
{
    if (qEnvironmentVariableIsEmpty("CLM_FUZZ_VERBOSE"))
        qInstallMessageHandler(dropMessage);
}

QString scratchDir()
{
    static const auto dir = [] {
        // In memory where there is such a place: the server's SQLite syncs
        // every commit, which on a disk costs more than the rest together.
        const QFileInfo shm(QStringLiteral("/dev/shm"));
        const QString base = shm.isDir() && shm.isWritable() ? shm.filePath() : QDir::tempPath();
        auto created = std::make_unique<QTemporaryDir>(base + QStringLiteral("/clm-fuzz-XXXXXX"));
        if (!created->isValid())
            fail("cannot create a temporary directory", __FILE__, __LINE__);
        return created;
    }();
    return dir->path();
}

QString writeScratchFile(const QByteArray& contents)
{
    static qint64 writes = 0;
    QFile::remove(scratchDir() + QStringLiteral("/%1.conf").arg(writes));
    const QString path = scratchDir() + QStringLiteral("/%1.conf").arg(writes + 1);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(contents) != contents.size())
        fail("cannot write the scratch file", __FILE__, __LINE__);
    ++writes;
    if (!file.setFileTime(QDateTime::fromSecsSinceEpoch(1'000'000'000 + writes, Qt::UTC),
                          QFileDevice::FileModificationTime))
        fail("cannot set the scratch file's time", __FILE__, __LINE__);
    return path;
}

} // namespace clm::fuzz
