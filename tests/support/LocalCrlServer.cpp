#include "LocalCrlServer.h"

#include <QFile>

namespace sw::test {

LocalCrlServer::LocalCrlServer(QString path)
    : m_path(std::move(path)), m_server([this](const QByteArray &) {
          QFile file(m_path);
          const QByteArray crl = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
          ++m_served; // before the answer: the client returns as soon as it has it
          return ThreadedHttpServer::Response {200, "application/pkix-crl", crl};
      })
{ }

} // namespace sw::test
