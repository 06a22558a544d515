#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <optional>
#include <variant>

namespace sw::rules {

// A value of a finding's detail object: null, a boolean, a whole number or text.
using DetailValue = std::variant<std::nullptr_t, bool, qint64, QString>;

// One violation found by a rule (spec/rules.md, "Findings").
struct Finding
{
    QString rule; // rule code
    QString subjectKind; // "certificate", "request", or a table name for DATA_QUALITY
    qint64 subjectId = 0;
    std::optional<QString> provider; // as stored; absent when the row has none
    std::optional<QString> citizenId;
    std::optional<qint64> at; // seconds since the epoch, UTC
    QList<qint64> evidence; // certificate ids, ascending
    QList<QPair<QString, DetailValue>> detail; // in the order the spec writes them

    // The identity of a finding within a registry, "RULE/subject/id": what stays the same from one
    // scan to the next (a case keeps its findings under it; the findings store marks what casework
    // made of them).
    QString key() const;
    // The findings order: rule code, then subject kind, then subject id.
    bool operator<(const Finding &other) const;
    bool operator==(const Finding &other) const = default;
};

// One finding as a line of JSON (no newline), exactly in the form of the spec: compact, UTF-8
// unescaped, keys in the spec's order.
QByteArray toJsonLine(const Finding &finding);
// The CSV header and one row (RFC 4180 quoting).
QByteArray csvHeader();
QByteArray toCsvRow(const Finding &finding);

} // namespace sw::rules
