#include "LocalTsa.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace sw::test {

LocalTsa::LocalTsa(const QString &folder, const QString &tsaCert, const QString &tsaKey,
                   const QString &caCert)
    : m_folder(folder),
      m_config(QDir(folder).filePath(QStringLiteral("tsa.cnf"))),
      m_server([this](const QByteArray &request) { return reply(request); })
{
    QFile config(m_config);
    if (!config.open(QIODevice::WriteOnly))
        return;
    config.write("[ tsa ]\ndefault_tsa = tsa_config\n[ tsa_config ]\n");
    config.write("serial = " + QDir(folder).filePath(QStringLiteral("tsaserial")).toUtf8() + '\n');
    config.write("crypto_device = builtin\n");
    config.write("signer_cert = " + tsaCert.toUtf8() + "\nsigner_key = " + tsaKey.toUtf8() + '\n');
    config.write("certs = " + caCert.toUtf8() + '\n');
    config.write("signer_digest = sha256\ndefault_policy = 1.2.3.4.1\ndigests = sha256, sha384, sha512\n"
                 "accuracy = secs:1\nordering = yes\ntsa_name = yes\ness_cert_id_chain = no\n"
                 "ess_cert_id_alg = sha256\n");
}

ThreadedHttpServer::Response LocalTsa::reply(const QByteArray &request)
{
    const QString query = QDir(m_folder).filePath(QStringLiteral("request.tsq"));
    const QString answer = QDir(m_folder).filePath(QStringLiteral("reply.tsr"));
    QFile queryFile(query);
    if (!queryFile.open(QIODevice::WriteOnly))
        return {500, {}, {}};
    queryFile.write(request);
    queryFile.close();
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("ts"), QStringLiteral("-reply"), QStringLiteral("-config"), m_config,
                   QStringLiteral("-queryfile"), query, QStringLiteral("-out"), answer});
    openssl.waitForFinished(30000);
    QFile replyFile(answer);
    if (openssl.exitCode() != 0 || !replyFile.open(QIODevice::ReadOnly))
        return {500, {}, {}};
    ++m_answered;
    return {200, "application/timestamp-reply", replyFile.readAll()};
}

} // namespace sw::test
