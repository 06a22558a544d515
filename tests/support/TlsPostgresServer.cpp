#include "TlsPostgresServer.h"

#include "connection/SqlError.h"
#include "registry/RegistryConnection.h"
#include "registry/RegistrySchema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>

#include <unistd.h>

namespace sw::test {

namespace {

const QString serverBin = QStringLiteral("/usr/lib/postgresql/15/bin/");

Result<void> run(const QString &program, const QStringList &arguments, const QString &workingDir = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return Error::make(QStringLiteral("%1 %2 failed").arg(program, arguments.join(QLatin1Char(' '))),
                           QString::fromLocal8Bit(process.readAll()) + process.errorString());
    return {};
}

Result<void> writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return Error::make(QStringLiteral("cannot write %1").arg(path), file.errorString());
    return {};
}

int freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return 0;
    return probe.serverPort();
}

bool runningAsRoot()
{
    return geteuid() == 0;
}

} // namespace

bool TlsPostgresServer::required()
{
    return qEnvironmentVariable("SIGNWATCH_REQUIRE_PG") == QLatin1String("1");
}

Result<std::unique_ptr<TlsPostgresServer>> TlsPostgresServer::start()
{
    if (!QFileInfo::exists(serverBin + QStringLiteral("initdb")))
        return Error::make(
            QStringLiteral("PostgreSQL 15 is not installed (%1initdb is missing)").arg(serverBin));
    std::unique_ptr<TlsPostgresServer> server(new TlsPostgresServer);
    if (!server->m_dir.isValid())
        return Error::make(QStringLiteral("no temporary folder"));
    server->m_clientDir = server->m_dir.filePath(QStringLiteral("client"));
    server->m_serverDir = server->m_dir.filePath(QStringLiteral("server"));
    if (!QDir().mkpath(server->m_clientDir) || !QDir().mkpath(server->m_serverDir))
        return Error::make(QStringLiteral("cannot make the certificate folders"));
    for (auto step : {&TlsPostgresServer::makeCertificates, &TlsPostgresServer::startCluster,
                      &TlsPostgresServer::createRegistry})
        if (auto done = (server.get()->*step)(); !done)
            return done.error();
    return server;
}

TlsPostgresServer::~TlsPostgresServer()
{
    if (m_running)
        (void)runServerTool(QStringLiteral("pg_ctl"),
                            {QStringLiteral("-D"), m_serverDir + QStringLiteral("/data"),
                             QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop")});
}

Result<void> TlsPostgresServer::runServerTool(const QString &tool, const QStringList &arguments)
{
    if (runningAsRoot())
        return run(QStringLiteral("runuser"),
                   QStringList {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                                serverBin + tool}
                       + arguments,
                   m_serverDir);
    return run(serverBin + tool, arguments, m_serverDir);
}

// EC keys (P-256): made in milliseconds, unlike RSA.
Result<void> TlsPostgresServer::makeCertificates()
{
    const QString openssl = QStringLiteral("openssl");
    const QStringList ecKey = {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                               QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    const QString c = m_clientDir + QLatin1Char('/');
    auto makeCa = [&](const QString &name, const QString &subject) {
        return run(openssl,
                   QStringList {QStringLiteral("req"), QStringLiteral("-x509")} + ecKey
                       + QStringList {
                           QStringLiteral("-keyout"), c + name + QStringLiteral(".key"),
                           QStringLiteral("-out"), c + name + QStringLiteral(".crt"), QStringLiteral("-days"),
                           QStringLiteral("2"), QStringLiteral("-subj"), subject, QStringLiteral("-addext"),
                           QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                           QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
    };
    // A certificate signed by the first CA: `name`.key and `name`.crt.
    auto makeSigned
        = [&](const QString &name, const QString &subject, const QByteArray &extensions) -> Result<void> {
        if (auto ext = writeFile(c + name + QStringLiteral(".ext"), extensions); !ext)
            return ext;
        if (auto req = run(openssl,
                           QStringList {QStringLiteral("req"), QStringLiteral("-new")} + ecKey
                               + QStringList {QStringLiteral("-keyout"), c + name + QStringLiteral(".key"),
                                              QStringLiteral("-out"), c + name + QStringLiteral(".csr"),
                                              QStringLiteral("-subj"), subject});
            !req)
            return req;
        return run(openssl,
                   {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                    c + name + QStringLiteral(".csr"), QStringLiteral("-CA"), c + QStringLiteral("ca.crt"),
                    QStringLiteral("-CAkey"), c + QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                    QStringLiteral("-out"), c + name + QStringLiteral(".crt"), QStringLiteral("-days"),
                    QStringLiteral("2"), QStringLiteral("-extfile"), c + name + QStringLiteral(".ext")});
    };
    const Result<void> steps[] = {
        makeCa(QStringLiteral("ca"), QStringLiteral("/CN=SignWatch test CA")),
        makeCa(QStringLiteral("other-ca"), QStringLiteral("/CN=Some other CA")),
        makeSigned(QStringLiteral("server"), QStringLiteral("/O=SignWatch test server/CN=localhost"),
                   "subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n"),
        makeSigned(QStringLiteral("client"), QStringLiteral("/CN=") + certUser(),
                   "extendedKeyUsage=clientAuth\n"),
        run(openssl,
            {QStringLiteral("pkey"), QStringLiteral("-in"), c + QStringLiteral("client.key"),
             QStringLiteral("-aes256"), QStringLiteral("-passout"), QStringLiteral("pass:") + keyPassphrase(),
             QStringLiteral("-out"), c + QStringLiteral("client-encrypted.key")}),
    };
    for (const Result<void> &step : steps)
        if (!step)
            return step;
    // libpq refuses a client key that others may read.
    for (const char *key : {"client.key", "client-encrypted.key"})
        QFile::setPermissions(c + QLatin1String(key), QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    // The server's own copies, in the folder its user owns.
    const QString s = m_serverDir + QLatin1Char('/');
    for (const char *file : {"server.crt", "server.key", "ca.crt"})
        if (!QFile::copy(c + QLatin1String(file), s + QLatin1String(file)))
            return Error::make(QStringLiteral("cannot copy %1").arg(QLatin1String(file)));
    QFile::setPermissions(s + QStringLiteral("server.key"), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return writeFile(s + QStringLiteral("pw"), password().toUtf8() + '\n');
}

Result<void> TlsPostgresServer::startCluster()
{
    m_port = freeLoopbackPort();
    if (m_port == 0)
        return Error::make(QStringLiteral("no free port"));
    // TLS only from the network side: the certificate role by its certificate, everyone else by
    // password; a connection without TLS finds no line and is refused.
    if (auto hba = writeFile(m_serverDir + QStringLiteral("/pg_hba.conf"),
                             "local all all scram-sha-256\n"
                             "hostssl all signwatch_cert 127.0.0.0/8 cert\n"
                             "hostssl all all 127.0.0.0/8 scram-sha-256\n");
        !hba)
        return hba;
    if (runningAsRoot()) {
        // The cluster's user must reach its folder; the test's own keys stay in the client folder.
        QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFileDevice::ExeOther);
        if (auto owned = run(QStringLiteral("chown"),
                             {QStringLiteral("-R"), QStringLiteral("postgres:postgres"), m_serverDir});
            !owned)
            return owned;
    }
    const QString data = m_serverDir + QStringLiteral("/data");
    if (auto made
        = runServerTool(QStringLiteral("initdb"),
                        {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("signwatch"),
                         QStringLiteral("--pwfile=") + m_serverDir + QStringLiteral("/pw"),
                         QStringLiteral("-A"), QStringLiteral("scram-sha-256"), QStringLiteral("-E"),
                         QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
                         QStringLiteral("--no-sync")}); // a throw-away cluster: no fsync
        !made)
        return made;
    const QString s = m_serverDir + QLatin1Char('/');
    const QString options
        = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1,127.0.0.2 -c ssl=on -c ssl_cert_file=%3 "
                         "-c ssl_key_file=%4 -c ssl_ca_file=%5 -c hba_file=%6 -c fsync=off "
                         "-c synchronous_commit=off -c full_page_writes=off")
              .arg(m_port)
              .arg(m_serverDir, s + QStringLiteral("server.crt"), s + QStringLiteral("server.key"),
                   s + QStringLiteral("ca.crt"), s + QStringLiteral("pg_hba.conf"));
    if (auto started = runServerTool(QStringLiteral("pg_ctl"),
                                     {QStringLiteral("-D"), data, QStringLiteral("-l"),
                                      m_serverDir + QStringLiteral("/server.log"), QStringLiteral("-w"),
                                      QStringLiteral("-o"), options, QStringLiteral("start")});
        !started)
        return started;
    m_running = true;
    return {};
}

connection::ConnectionSpec TlsPostgresServer::spec(connection::SslMode mode) const
{
    connection::ConnectionSpec spec;
    spec.engine = connection::Engine::Postgres;
    spec.host = QStringLiteral("127.0.0.1");
    spec.port = m_port;
    spec.database = QStringLiteral("registry");
    spec.user = QStringLiteral("signwatch");
    spec.sslMode = mode;
    spec.sslRootCert = caFile();
    return spec;
}

Result<void> TlsPostgresServer::createRegistry()
{
    auto postgres = spec(connection::SslMode::VerifyFull);
    postgres.database = QStringLiteral("postgres");
    auto admin
        = registry::RegistryConnection::open(postgres, password(), registry::RegistryConnection::Mode::Write);
    if (!admin)
        return admin.error();
    QSqlQuery query((*admin)->database());
    for (const QString &statement :
         {QStringLiteral("CREATE ROLE %1 LOGIN").arg(certUser()), QStringLiteral("CREATE DATABASE registry")})
        if (!query.exec(statement))
            return connection::sqlError(statement, query.lastError());
    admin->reset();
    auto registryAdmin = registry::RegistryConnection::open(spec(connection::SslMode::VerifyFull), password(),
                                                            registry::RegistryConnection::Mode::Write);
    if (!registryAdmin)
        return registryAdmin.error();
    QSqlQuery create((*registryAdmin)->database());
    for (const QString &statement : registry::createTableStatements(connection::Engine::Postgres)
             + QStringList {
                 QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(certUser())})
        if (!create.exec(statement))
            return connection::sqlError(statement, create.lastError());
    return {};
}

} // namespace sw::test
