#include "registry/ConnectionSpec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace sw::registry {

QString engineName(Engine engine)
{
    return engine == Engine::Sqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");
}

Result<ConnectionSpec> ConnectionSpec::parse(const QString &url)
{
    const QString text = url.trimmed();
    if (text.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive)) {
        QString path = text.mid(7);
        if (path.startsWith(QLatin1String("//")))
            path = path.mid(2); // tolerate sqlite://PATH
        if (path.isEmpty())
            return Error::make(QCoreApplication::translate(
                                   "Registry", "The SQLite address names no file: write sqlite:PATH."),
                               {}, Error::Kind::InvalidInput);
        ConnectionSpec spec;
        spec.engine = Engine::Sqlite;
        spec.path = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
        return spec;
    }
    if (text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive)) {
        const QUrl parsed(text, QUrl::StrictMode);
        if (!parsed.isValid())
            return Error::make(QCoreApplication::translate("Registry",
                                                           "The PostgreSQL address is not a valid URL: write "
                                                           "postgresql://USER@HOST:PORT/DB."),
                               parsed.errorString(), Error::Kind::InvalidInput);
        if (!parsed.password().isEmpty())
            return Error::make(
                QCoreApplication::translate("Registry",
                                            "Do not put the password in the address: SignWatch takes it from "
                                            "the keychain or from PGPASSWORD."),
                {}, Error::Kind::InvalidInput);
        ConnectionSpec spec;
        spec.engine = Engine::Postgres;
        spec.user = parsed.userName();
        spec.host = parsed.host();
        spec.port = parsed.port(5432);
        spec.database = parsed.path().mid(1);
        if (spec.host.isEmpty() || spec.database.isEmpty() || spec.user.isEmpty())
            return Error::make(
                QCoreApplication::translate("Registry",
                                            "The PostgreSQL address needs a user, a host and a database: "
                                            "postgresql://USER@HOST:PORT/DB."),
                {}, Error::Kind::InvalidInput);
        if (spec.port <= 0 || spec.port > 65535)
            return Error::make(
                QCoreApplication::translate("Registry", "The port must be between 1 and 65535."), {},
                Error::Kind::InvalidInput);
        return spec;
    }
    return Error::make(QCoreApplication::translate("Registry",
                                                   "Unknown registry address \"%1\": use sqlite:PATH or "
                                                   "postgresql://USER@HOST:PORT/DB.")
                           .arg(text.left(80)),
                       {}, Error::Kind::InvalidInput);
}

QString ConnectionSpec::toUrl() const
{
    if (engine == Engine::Sqlite)
        return QStringLiteral("sqlite:") + path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

QString ConnectionSpec::displayName() const
{
    if (engine == Engine::Sqlite)
        return QFileInfo(path).fileName();
    return QStringLiteral("%1@%2").arg(database, host);
}

QString ConnectionSpec::keychainKey() const
{
    return engine == Engine::Postgres ? toUrl() : QString();
}

} // namespace sw::registry
