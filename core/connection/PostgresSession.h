#pragma once

#include "connection/ConnectionSpec.h"
#include "connection/Credentials.h"
#include "util/Result.h"

#include <QString>

namespace sw::connection {

// Opens the QtSql connection `name` (QPSQL) to the PostgreSQL server of `spec`, shared by the
// registry and the casebook: libpq's TLS options as the spec says (verify-full by default off this
// machine), no terminal prompt for an encrypted key's passphrase, a connect timeout, and the
// session in UTC. When TLS fails before authentication, the error says that no password was sent.
// `connectFailed` is the caller's sentence for any other failure ("Could not connect to the
// PostgreSQL registry …"). The caller removes the connection name when done.
Result<void> openPostgres(const QString &name, const ConnectionSpec &spec, const Credentials &credentials,
                          const QString &connectFailed);

// The SQLSTATE of a refused privilege (42501), as PostgreSQL reports it through QSqlError.
inline constexpr const char *insufficientPrivilege = "42501";

} // namespace sw::connection
