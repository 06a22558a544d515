#include "connection/PostgresSession.h"

#include "connection/SqlError.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <libpq-fe.h>

#include <mutex>
#include <utility>

Q_LOGGING_CATEGORY(lcPostgres, "signwatch.connection.postgres")

namespace sw::connection {

namespace {
// libpq's connection options are "key=value" pairs; QPSQL joins them with spaces after turning
// every ";" into a space. A value is quoted (libpq: '…' with \ escapes), and one that holds ";"
// cannot be passed intact.
Result<QString> libpqOption(const char *key, const QString &value)
{
    if (value.contains(QLatin1Char(';')))
        return Error::make(QCoreApplication::translate("Connection",
                                                       "The PostgreSQL driver cannot pass a %1 that contains "
                                                       "\";\": rename the file (or change the passphrase).")
                               .arg(QLatin1String(key)),
                           {}, Error::Kind::InvalidInput);
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1String(key) + QStringLiteral("='") + quoted + QLatin1Char('\'');
}

// libpq's own words when it gives up while setting up TLS, before any authentication: the
// server got no password. (A server's refusal, e.g. "no pg_hba.conf entry … SSL encryption", is
// not among them.)
bool isTlsFailure(const QString &driverText)
{
    static const char *const phrases[]
        = {"SSL was required", "SSL error",   "does not match host name", "root certificate",
           "certificate file", "private key", "certificate present"};
    for (const char *phrase : phrases)
        if (driverText.contains(QLatin1String(phrase), Qt::CaseInsensitive))
            return true;
    return false;
}
} // namespace

Result<void> openPostgres(const QString &name, const ConnectionSpec &spec, const Credentials &credentials,
                          const QString &connectFailed)
{
    // Without a hook of the application's, libpq lets OpenSSL ask for an encrypted key's
    // passphrase on the terminal whenever sslpassword is empty, and the connection waits for an
    // answer that never comes (a GUI, a script). libpq's own hook answers with sslpassword or
    // with nothing. Set once, before any connection: the hook is global to libpq.
    static std::once_flag noPassphrasePrompt;
    std::call_once(noPassphrasePrompt, [] { PQsetSSLKeyPassHook_OpenSSL(PQdefaultSSLKeyPassHook_OpenSSL); });
    QStringList options {QStringLiteral("connect_timeout=10"), QStringLiteral("application_name=signwatch")};
    const std::pair<const char *, QString> tls[] = {
        {"sslmode", sslModeName(spec.effectiveSslMode())},
        {"sslrootcert", spec.sslRootCert},
        {"sslcert", spec.sslCert},
        {"sslkey", spec.sslKey},
        {"sslpassword", credentials.sslKeyPassword},
    };
    for (const auto &[key, value] : tls) {
        if (value.isEmpty())
            continue;
        auto option = libpqOption(key, value);
        if (!option)
            return option.error();
        options << *option;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(spec.host);
    db.setPort(spec.port);
    db.setDatabaseName(spec.database);
    db.setUserName(spec.user);
    db.setPassword(credentials.password);
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        qCWarning(lcPostgres) << "PostgreSQL connection failed to" << spec.host << spec.port << "sslmode"
                              << sslModeName(spec.effectiveSslMode());
        if (isTlsFailure(db.lastError().text()))
            return sqlError(QCoreApplication::translate(
                                "Connection",
                                "Could not make an encrypted connection to %1:%2 (sslmode=%3): the server "
                                "offers no TLS, or its certificate is not signed by the CA you chose or was "
                                "not issued to this host, or a certificate file is missing. No password was "
                                "sent.")
                                .arg(spec.host)
                                .arg(spec.port)
                                .arg(sslModeName(spec.effectiveSslMode())),
                            db.lastError());
        return sqlError(connectFailed, db.lastError());
    }
    QSqlQuery setup(db);
    // Timestamps travel as UTC so that both engines give the same text.
    if (!setup.exec(QStringLiteral("SET TIME ZONE 'UTC'")))
        return sqlError(QCoreApplication::translate("Connection",
                                                    "The PostgreSQL server refused the "
                                                    "session settings."),
                        setup.lastError());
    // The server's notices ("already exists, skipping") are not for the user's terminal.
    setup.exec(QStringLiteral("SET client_min_messages = warning"));
    return {};
}

} // namespace sw::connection
