#include "connection/ConnectionSpec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QUrl>
#include <QUrlQuery>

#include <array>

namespace sw::connection {

namespace {

struct ModeName
{
    SslMode mode;
    const char *name;
};
constexpr std::array<ModeName, 5> modeNames {{{SslMode::Disable, "disable"},
                                              {SslMode::Prefer, "prefer"},
                                              {SslMode::Require, "require"},
                                              {SslMode::VerifyCa, "verify-ca"},
                                              {SslMode::VerifyFull, "verify-full"}}};

const QString sslModeKey = QStringLiteral("sslmode");
const QString sslRootCertKey = QStringLiteral("sslrootcert");
const QString sslCertKey = QStringLiteral("sslcert");
const QString sslKeyKey = QStringLiteral("sslkey");

// The text of an address for an error message, with whatever sits between "://" and the last "@"
// (user and password, however malformed) masked: an error message never repeats a password.
QString withoutUserInfo(const QString &text)
{
    const qsizetype scheme = text.indexOf(QLatin1String("://"));
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    if (scheme < 0 || at < scheme)
        return text;
    return text.left(scheme + 3) + QStringLiteral("…") + text.mid(at);
}

Error invalid(const QString &message, const QString &detail = {})
{
    return Error::make(message, detail, Error::Kind::InvalidInput);
}

QString absolutePath(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

// The query of a PostgreSQL URL: the TLS settings and nothing else.
Result<void> readQuery(const QUrl &url, ConnectionSpec &spec)
{
    const QUrlQuery query(url);
    QStringList seen;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (seen.contains(key))
            return invalid(
                QCoreApplication::translate("Registry", "The address sets \"%1\" twice.").arg(key));
        seen << key;
        if (key == sslModeKey) {
            spec.sslMode = sslModeFromName(value);
            if (!spec.sslMode)
                return invalid(
                    QCoreApplication::translate("Registry",
                                                "Unknown sslmode \"%1\" in the address: use disable, prefer, "
                                                "require, verify-ca or verify-full.")
                        .arg(value.left(40)));
            continue;
        }
        QString *path = key == sslRootCertKey ? &spec.sslRootCert
            : key == sslCertKey               ? &spec.sslCert
            : key == sslKeyKey                ? &spec.sslKey
                                              : nullptr;
        if (!path)
            return invalid(
                QCoreApplication::translate("Registry",
                                            "Unknown setting \"%1\" in the address: SignWatch "
                                            "understands sslmode, sslrootcert, sslcert and sslkey.")
                    .arg(key.left(40)));
        if (value.isEmpty())
            return invalid(
                QCoreApplication::translate("Registry", "The setting \"%1\" in the address names no file.")
                    .arg(key));
        *path = absolutePath(value);
    }
    return {};
}

} // namespace

QString engineName(Engine engine)
{
    return engine == Engine::Sqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");
}

QString sslModeName(SslMode mode)
{
    for (const ModeName &m : modeNames)
        if (m.mode == mode)
            return QLatin1String(m.name);
    return {};
}

std::optional<SslMode> sslModeFromName(const QString &name)
{
    for (const ModeName &m : modeNames)
        if (name == QLatin1String(m.name))
            return m.mode;
    return std::nullopt;
}

bool isLocalHost(const QString &host)
{
    if (host.startsWith(QLatin1Char('/')))
        return true; // a Unix-socket folder
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

SslMode defaultSslMode(const QString &host)
{
    return isLocalHost(host) ? SslMode::Prefer : SslMode::VerifyFull;
}

Result<ConnectionSpec> ConnectionSpec::parse(const QString &url)
{
    const QString text = url.trimmed();
    if (text.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive)) {
        QString path = text.mid(7);
        if (path.startsWith(QLatin1String("//")))
            path = path.mid(2); // tolerate sqlite://PATH
        if (path.isEmpty())
            return invalid(QCoreApplication::translate(
                "Registry", "The SQLite address names no file: write sqlite:PATH."));
        ConnectionSpec spec;
        spec.engine = Engine::Sqlite;
        spec.path = absolutePath(path);
        return spec;
    }
    if (text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive)) {
        const QUrl parsed(text, QUrl::StrictMode);
        if (!parsed.isValid()) {
            // QUrl's explanation quotes the whole address, password included: explain the same
            // address with its user part masked instead.
            const QUrl masked(withoutUserInfo(text), QUrl::StrictMode);
            return invalid(QCoreApplication::translate("Registry",
                                                       "The PostgreSQL address is not a valid URL: write "
                                                       "postgresql://USER@HOST:PORT/DB."),
                           masked.isValid() ? QString() : masked.errorString());
        }
        if (!parsed.password().isEmpty())
            return invalid(QCoreApplication::translate(
                "Registry",
                "Do not put the password in the address: SignWatch takes it from the keychain or from "
                "PGPASSWORD."));
        ConnectionSpec spec;
        spec.engine = Engine::Postgres;
        spec.user = parsed.userName();
        spec.host = parsed.host();
        spec.port = parsed.port(5432);
        spec.database = parsed.path().mid(1);
        if (spec.host.isEmpty() || spec.database.isEmpty() || spec.user.isEmpty())
            return invalid(QCoreApplication::translate("Registry",
                                                       "The PostgreSQL address needs a user, a host and a "
                                                       "database: postgresql://USER@HOST:PORT/DB."));
        if (spec.port <= 0 || spec.port > 65535)
            return invalid(QCoreApplication::translate("Registry", "The port must be between 1 and 65535."));
        if (auto read = readQuery(parsed, spec); !read)
            return read.error();
        return spec;
    }
    return invalid(QCoreApplication::translate("Registry",
                                               "Unknown registry address \"%1\": use sqlite:PATH or "
                                               "postgresql://USER@HOST:PORT/DB.")
                       .arg(withoutUserInfo(text).left(80)));
}

QString ConnectionSpec::registryKey() const
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

QString ConnectionSpec::toUrl() const
{
    if (engine == Engine::Sqlite)
        return registryKey();
    QUrl url(registryKey());
    QUrlQuery query;
    if (effectiveSslMode() != defaultSslMode(host))
        query.addQueryItem(sslModeKey, sslModeName(effectiveSslMode()));
    const std::pair<const QString &, const QString &> files[]
        = {{sslRootCertKey, sslRootCert}, {sslCertKey, sslCert}, {sslKeyKey, sslKey}};
    for (const auto &[key, file] : files)
        if (!file.isEmpty())
            query.addQueryItem(key, QString(file).replace(QLatin1Char('%'), QLatin1String("%25")));
    url.setQuery(query);
    return url.toString(QUrl::EncodeSpaces); // parse() reads URLs strictly: no bare spaces
}

QString ConnectionSpec::displayName() const
{
    if (engine == Engine::Sqlite)
        return QFileInfo(path).fileName();
    return QStringLiteral("%1@%2").arg(database, host);
}

QString ConnectionSpec::keychainKey() const
{
    return engine == Engine::Postgres ? registryKey() : QString();
}

QString ConnectionSpec::sslKeyKeychainKey() const
{
    return engine == Engine::Postgres ? registryKey() + QStringLiteral("#sslpassword") : QString();
}

SslMode ConnectionSpec::effectiveSslMode() const
{
    return sslMode.value_or(defaultSslMode(host));
}

bool ConnectionSpec::tlsBelowRecommended() const
{
    return engine == Engine::Postgres && !isLocalHost(host) && effectiveSslMode() != SslMode::VerifyFull;
}

bool ConnectionSpec::operator==(const ConnectionSpec &other) const
{
    return engine == other.engine && path == other.path && host == other.host && port == other.port
        && database == other.database && user == other.user && effectiveSslMode() == other.effectiveSslMode()
        && sslRootCert == other.sslRootCert && sslCert == other.sslCert && sslKey == other.sslKey;
}

QString tlsWarning(const ConnectionSpec &spec)
{
    if (!spec.tlsBelowRecommended())
        return {};
    switch (spec.effectiveSslMode()) {
    case SslMode::Disable:
        return QCoreApplication::translate("Registry",
                                           "sslmode=disable: the connection to %1 is not encrypted; the "
                                           "password and the registry's data cross the network readable by "
                                           "anyone on the way.")
            .arg(spec.host);
    case SslMode::Prefer:
        return QCoreApplication::translate("Registry",
                                           "sslmode=prefer: the connection to %1 falls back to no encryption "
                                           "when asked to, and the server is not verified: a machine on the "
                                           "way can pose as the server and read the password.")
            .arg(spec.host);
    case SslMode::Require:
        return QCoreApplication::translate(
                   "Registry",
                   "sslmode=require: the connection to %1 is encrypted but the server "
                   "is not verified: a machine on the way can pose as the server and "
                   "receive the password.")
            .arg(spec.host);
    case SslMode::VerifyCa:
        return QCoreApplication::translate(
                   "Registry",
                   "sslmode=verify-ca: the server's certificate is checked against the "
                   "CA but not its name: any server holding a certificate from that CA "
                   "can pose as %1.")
            .arg(spec.host);
    case SslMode::VerifyFull:
        break;
    }
    return {};
}

} // namespace sw::connection
