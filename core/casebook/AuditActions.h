#pragma once

#include <QString>
#include <QStringList>

namespace sw::casebook {

// The audit log's action codes ("case.open", "case.established", …) stay codes in the log, its
// hash and its CSV export; people read them as sentences: "Mở vụ việc", "Xác định vi phạm".

// The sentence for `action` in the interface language; an unknown code as it is.
QString auditActionText(const QString &action);
// Every action the casebook writes, in the order of the procedure.
QStringList auditActionCodes();

} // namespace sw::casebook
