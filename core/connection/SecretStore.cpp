#include "connection/SecretStore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>

namespace sw::connection {

namespace {
Error keychainError(const QKeychain::Job &job)
{
    Error::Kind kind = Error::Kind::General;
    QString message;
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        kind = Error::Kind::NotFound;
        message
            = QCoreApplication::translate("Registry", "The keychain holds no password for this connection.");
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        kind = Error::Kind::AccessDenied;
        message = QCoreApplication::translate("Registry",
                                              "The system keychain refused access (it may be locked).");
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    default:
        kind = Error::Kind::Unavailable;
        message = QCoreApplication::translate("Registry", "The system keychain is not available.");
        break;
    }
    return Error::make(message, job.errorString(), kind);
}

// QtKeychain jobs report through a signal; wait for it here so callers get a plain Result.
void runJob(QKeychain::Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
}
} // namespace

SecretStore::SecretStore(QString service) : m_service(std::move(service)) { }

Result<QString> SecretStore::read(const QString &key) const
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job);
    return job.textData();
}

Result<void> SecretStore::write(const QString &key, const QString &secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setTextData(secret);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job);
    return {};
}

Result<void> SecretStore::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return keychainError(job);
    return {};
}

} // namespace sw::connection
