#pragma once

#include "util/Result.h"

#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace sw::statistics {

// One provider's line of the overview table: counted in the database (GROUP BY), never by pulling
// rows to the desktop.
struct ProviderOverview
{
    QString code; // as stored; a code that is not in `providers` still gets a line
    QString name; // legal name, empty when the provider is unknown
    bool known = true; // present in the providers table
    bool excluded = false; // providers.excluded_at is set (§5.3)
    QMap<QString, qint64> certificatesByChannel; // channel as stored -> count
    qint64 certificates = 0;
    qint64 activeCertificates = 0; // status 'active'
    qint64 revokedCertificates = 0;
    qint64 requests = 0;
    qint64 lookups = 0;
};

struct Overview
{
    QList<ProviderOverview> providers; // ordered by provider code
    qint64 citizens = 0;
    qint64 citizensWithCertificate = 0; // distinct citizens holding a certificate not revoked
    ProviderOverview totals; // code "" : the sums over all providers
};

// The channels of registry.md, in display order.
QStringList knownChannels();

// Runs the overview's aggregate queries on an open registry connection (either engine).
Result<Overview> loadOverview(const QSqlDatabase &db);

} // namespace sw::statistics
