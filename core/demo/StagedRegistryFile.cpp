#include "demo/StagedRegistryFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace sw::demo {

StagedRegistryFile::StagedRegistryFile(QString finalPath, std::unique_ptr<QLockFile> lock)
    : m_finalPath(std::move(finalPath)), m_lock(std::move(lock))
{ }

StagedRegistryFile::~StagedRegistryFile()
{
    if (!m_published)
        QFile::remove(stagingPath());
}

Result<std::unique_ptr<StagedRegistryFile>> StagedRegistryFile::begin(const QString &finalPath)
{
    const QString path = QFileInfo(finalPath).absoluteFilePath();
    if (QFileInfo::exists(path))
        return Error::make(QCoreApplication::translate("Demo", "%1 exists already.").arg(path), {},
                           Error::Kind::InvalidInput);
    auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".partial.lock"));
    // A lock whose process is gone (killed) is stale: QLockFile takes it over.
    if (!lock->tryLock(0))
        return Error::make(
            QCoreApplication::translate("Demo", "Another run is writing %1 (lock file %2.partial.lock).")
                .arg(path, path),
            {}, Error::Kind::Unavailable);
    std::unique_ptr<StagedRegistryFile> staged(new StagedRegistryFile(path, std::move(lock)));
    // What a killed run left: half a database that nobody will finish.
    for (const char *suffix : {"", "-journal"}) {
        const QString leftover = staged->stagingPath() + QLatin1String(suffix);
        if (QFileInfo::exists(leftover) && !QFile::remove(leftover))
            return Error::make(
                QCoreApplication::translate("Demo", "Could not remove %1, left by an earlier run.")
                    .arg(leftover),
                {}, Error::Kind::AccessDenied);
    }
    return staged;
}

Result<void> StagedRegistryFile::publish()
{
    QFile file(stagingPath());
    if (!file.open(QIODevice::ReadWrite))
        return Error::make(
            QCoreApplication::translate("Demo", "Could not reopen %1 to finish it.").arg(stagingPath()),
            file.errorString());
#ifdef Q_OS_UNIX
    // On disk before it gets its name: after a power cut the name never points at missing pages.
    if (::fsync(file.handle()) != 0)
        return Error::make(
            QCoreApplication::translate("Demo", "Could not write %1 to disk.").arg(stagingPath()),
            qt_error_string(errno));
#endif
    file.close();
    if (!file.rename(m_finalPath))
        return Error::make(
            QCoreApplication::translate("Demo", "Could not rename %1 to %2.").arg(stagingPath(), m_finalPath),
            file.errorString());
    m_published = true;
    return {};
}

} // namespace sw::demo
