#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QSaveFile>
#include <QString>

namespace sw::privacy {

// Files that hold personal data (the casebook, the findings store, exports with full citizen
// ids) are readable by their owner only: 0600 files in 0700 folders (§1.7; Law 91/2025/QH15).
// On systems without POSIX permissions these only create what is missing.

// Creates `folder` and its missing parents; the folders created here are made 0700. An existing
// folder is restricted too when `restrictExisting` (the console's own data folder, which earlier
// versions created 0755), never otherwise: a folder the user chose may be shared on purpose.
Result<void> ensurePrivateFolder(const QString &folder, bool restrictExisting = false);

// Before a file is written: creates it empty with mode 0600 when it does not exist, so that it is
// never readable by others, not even for a moment (SQLite gives its journals the database file's
// mode; QSaveFile keeps an existing file's mode); an existing file is restricted to 0600, and so
// are SQLite's companion files (-journal, -wal, -shm) beside it. Returns true when it created the
// file (the caller removes it again if the write then fails).
Result<bool> ensurePrivateFile(const QString &path);

// A store of the console's own (the casebook, the findings store) before SQLite opens it: its
// folder as ensurePrivateFolder — the standard data folder (AppDataLocation) restricted even when
// it exists — and the file as ensurePrivateFile.
Result<void> preparePrivateStore(const QString &path);

// A file written atomically (QSaveFile: it appears whole or not at all) and readable by its owner
// only (ensurePrivateFile before the first byte). Exports of findings and tables go through it.
class PrivateSaveFile
{
public:
    explicit PrivateSaveFile(QString path);
    // Without commit(), nothing is left behind, not even the empty file open() made.
    ~PrivateSaveFile();
    PrivateSaveFile(const PrivateSaveFile &) = delete;
    PrivateSaveFile &operator=(const PrivateSaveFile &) = delete;

    Result<void> open();
    Result<void> write(const QByteArray &bytes);
    Result<void> commit();
    QString fileName() const { return m_file.fileName(); }

private:
    QSaveFile m_file;
    bool m_created = false;
    bool m_committed = false;
};

// open(), write(bytes), commit() of a PrivateSaveFile.
Result<void> savePrivateFile(const QString &path, const QByteArray &bytes);

// Whether a file or folder is readable or writable by anyone but its owner (for the tests and
// for a warning about files made by hand).
bool isOpenToOthers(const QString &path);

} // namespace sw::privacy
