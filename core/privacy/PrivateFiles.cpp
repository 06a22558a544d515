#include "privacy/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStringList>

namespace sw::privacy {

namespace {
constexpr QFileDevice::Permissions ownerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions ownerFolder
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

Error permissionError(const QString &path, const QString &detail)
{
    return Error::make(
        QCoreApplication::translate("Privacy", "Could not make %1 readable by its owner only.").arg(path),
        detail, Error::Kind::AccessDenied);
}
} // namespace

Result<void> ensurePrivateFolder(const QString &folder, bool restrictExisting)
{
    const QString absolute = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    // The folders that do not exist yet, deepest last: these are the ones made here.
    QStringList missing;
    for (QString at = absolute; !at.isEmpty() && !QFileInfo::exists(at);) {
        missing.prepend(at);
        const QString parent = QFileInfo(at).path();
        if (parent == at)
            break;
        at = parent;
    }
    if (!QDir().mkpath(absolute))
        return Error::make(
            QCoreApplication::translate("Privacy", "Could not create the folder %1.").arg(absolute), {},
            Error::Kind::AccessDenied);
    if (restrictExisting && !missing.contains(absolute))
        missing.append(absolute);
    for (const QString &made : std::as_const(missing))
        if (!QFile::setPermissions(made, ownerFolder))
            return permissionError(made, {});
    return {};
}

Result<bool> ensurePrivateFile(const QString &path)
{
    bool created = false;
    if (!QFileInfo::exists(path)) {
        QFile file(path);
        // NewOnly: O_CREAT | O_EXCL with the mode given, so the file never exists with wider rights.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerFile))
            return Error::make(
                QCoreApplication::translate("Privacy", "Could not create the file %1.").arg(path),
                file.errorString(), Error::Kind::AccessDenied);
        created = true;
    } else if (QFile::permissions(path).testAnyFlags(others) && !QFile::setPermissions(path, ownerFile)) {
        return permissionError(path, {});
    }
    for (const char *suffix : {"-journal", "-wal", "-shm"}) {
        const QString companion = path + QLatin1String(suffix);
        if (QFileInfo::exists(companion) && QFile::permissions(companion).testAnyFlags(others)
            && !QFile::setPermissions(companion, ownerFile))
            return permissionError(companion, {});
    }
    return created;
}

Result<void> preparePrivateStore(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    const QString dataFolder
        = QDir::cleanPath(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    if (auto made = ensurePrivateFolder(folder, QDir::cleanPath(folder) == dataFolder); !made)
        return made;
    if (auto file = ensurePrivateFile(path); !file)
        return file.error();
    return {};
}

PrivateSaveFile::PrivateSaveFile(QString path) : m_file(std::move(path)) { }

PrivateSaveFile::~PrivateSaveFile()
{
    if (m_committed)
        return;
    m_file.cancelWriting();
    if (m_file.isOpen())
        (void)m_file.commit(); // cancelled: discards the temporary file, leaves the target alone
    if (m_created)
        QFile::remove(m_file.fileName());
}

Result<void> PrivateSaveFile::open()
{
    auto prepared = ensurePrivateFile(m_file.fileName());
    if (!prepared)
        return prepared.error();
    m_created = *prepared;
    // QSaveFile gives the new file the mode of the one it replaces: 0600, made just above.
    if (!m_file.open(QIODevice::WriteOnly))
        return Error::make(
            QCoreApplication::translate("Privacy", "Could not create the file %1.").arg(m_file.fileName()),
            m_file.errorString());
    return {};
}

Result<void> PrivateSaveFile::write(const QByteArray &bytes)
{
    if (m_file.write(bytes) != bytes.size())
        return Error::make(
            QCoreApplication::translate("Privacy", "Could not write %1.").arg(m_file.fileName()),
            m_file.errorString());
    return {};
}

Result<void> PrivateSaveFile::commit()
{
    if (!m_file.commit())
        return Error::make(
            QCoreApplication::translate("Privacy", "Could not save %1.").arg(m_file.fileName()),
            m_file.errorString());
    m_committed = true;
    return {};
}

Result<void> savePrivateFile(const QString &path, const QByteArray &bytes)
{
    PrivateSaveFile file(path);
    if (auto opened = file.open(); !opened)
        return opened;
    if (auto written = file.write(bytes); !written)
        return written;
    return file.commit();
}

bool isOpenToOthers(const QString &path)
{
    return QFile::permissions(path).testAnyFlags(others);
}

} // namespace sw::privacy
