#pragma once

#include "util/Result.h"

#include <QString>

#include <memory>

class QLockFile;

namespace sw::demo {

// A new SQLite registry file written under a temporary name beside its final one (NAME.partial)
// and put in place by one rename when it is complete: a run killed at any point leaves no file at
// NAME, never a broken one, so the next run (and the README's `run` command, which makes the demo
// registry only when the file is missing) starts again instead of failing on it. A NAME.partial
// left by a killed run is replaced; a lock (NAME.partial.lock) keeps two runs apart.
class StagedRegistryFile
{
public:
    // Fails when `finalPath` exists, or another run is writing it.
    static Result<std::unique_ptr<StagedRegistryFile>> begin(const QString &finalPath);
    // Removes the staging file unless published.
    ~StagedRegistryFile();
    StagedRegistryFile(const StagedRegistryFile &) = delete;
    StagedRegistryFile &operator=(const StagedRegistryFile &) = delete;

    QString stagingPath() const { return m_finalPath + QStringLiteral(".partial"); }
    const QString &finalPath() const { return m_finalPath; }

    // Once every connection to the staging file is closed: flushes it to disk and renames it to
    // the final name (refused if a file appeared there meanwhile).
    Result<void> publish();

private:
    StagedRegistryFile(QString finalPath, std::unique_ptr<QLockFile> lock);

    QString m_finalPath;
    std::unique_ptr<QLockFile> m_lock;
    bool m_published = false;
};

} // namespace sw::demo
