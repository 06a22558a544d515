#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sw::util {

// One CSV field in UTF-8 (RFC 4180): quoted when it holds a comma, a quote, CR or LF, quotes
// doubled. Every CSV the console writes goes through here.
//
// A field a spreadsheet would run as a formula — one starting with '=', '+', '-', '@', a tab or a
// CR — gets an apostrophe in front ("CSV injection"): much of what is exported comes from the
// registry (staff accounts, names, provider codes), which the console does not control. A plain
// number ("-12", "+3,5 %") is left as it is, since no spreadsheet runs it.
QByteArray csvField(const QString &text);
// Fields joined by commas, without the line end.
QByteArray csvLine(const QStringList &fields);

} // namespace sw::util
