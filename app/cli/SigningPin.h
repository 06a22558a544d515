#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace sw::cli {

// The PIN or passphrase of a signing key for a command line signing (issue 14 §2): from
// SIGNWATCH_SIGNING_PIN when set (scripts), else asked on the terminal without echo when standard
// input is one, else an error saying how to give it. Never stored, never printed.
Result<QByteArray> signingPin(const QString &what);

} // namespace sw::cli
