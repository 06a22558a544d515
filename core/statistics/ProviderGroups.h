#pragma once

#include "statistics/DashboardStats.h"

#include <QMap>
#include <QString>

namespace sw::statistics {

// The dashboard with the providers grouped as the charts show them (ProviderColors.h): the six
// programme providers as they are, every other code summed into one line under
// invalidProviderKey(), whose `name` lists the codes it holds ("BKAV_CA, HUE-SMARTCA"). Counts are
// summed; a delay distribution cannot be, so the group keeps one only when a single code had one.
Dashboard groupInvalidProviders(const Dashboard &dashboard);

// Counts per provider code, the codes not among the six summed under invalidProviderKey().
QMap<QString, qint64> groupInvalidCounts(const QMap<QString, qint64> &byProvider);

// The codes not among the six in `codes`, sorted, joined with ", ".
QString invalidCodesText(const QStringList &codes);

} // namespace sw::statistics
