#pragma once

#include "util/Result.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace sw::casebook {

// Where a case is in the procedure of §5.3: established → minutes drawn up → announced. A case is
// dismissed (with a reason) when the data does not bear the violation out.
enum class CaseStatus { Open, Established, MinutesDrafted, MinutesSigned, Published, Dismissed };
QString statusCode(CaseStatus status); // "open", "established", "minutes_drafted", "minutes_signed",
                                       // "published", "dismissed"
std::optional<CaseStatus> statusFromCode(const QString &code);
QString statusLabel(CaseStatus status); // translated
QList<CaseStatus> allStatuses();

// The one table of allowed moves:
//   open → established, open → dismissed, established → minutes drafted, established → dismissed,
//   minutes drafted → minutes signed, minutes signed → published.
const QList<QPair<CaseStatus, CaseStatus>> &allowedTransitions();
// Ok when `from` may move to `to`; otherwise an error (InvalidInput) saying why, in words.
Result<void> checkTransition(CaseStatus from, CaseStatus to);

} // namespace sw::casebook
