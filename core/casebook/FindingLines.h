#pragma once

#include "rules/Finding.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace sw::casebook {

// Findings kept in the casebook as the JSON lines rules::toJsonLine wrote (spec/rules.md), so that
// a case or a complaint keeps its evidence after the findings store prunes old scans.

// Reads one line back into a Finding; fails on a line that is not a finding.
Result<rules::Finding> findingFromJsonLine(const QByteArray &line);
// Reads a JSON Lines text (a `signwatch-cli scan` file): one finding per non-empty line. Fails on
// the first bad line, naming its line number.
Result<QList<QByteArray>> findingLinesFromText(const QByteArray &text);
// The identity of a finding within a registry: "RULE/subject/id" (rules::Finding::key).
QString findingKey(const rules::Finding &finding);

} // namespace sw::casebook
