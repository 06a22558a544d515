#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace sw::reports {

// CSV as spreadsheet programs on the users' desktops read Vietnamese text: UTF-8 with a byte-order
// mark (without it Excel reads the file as the system's code page), RFC 4180 quoting (a field with
// a comma, a quote, CR or LF is quoted, quotes doubled), CRLF line ends.
class CsvExport
{
public:
    // One record, without the line end.
    static QByteArray line(const QStringList &fields);
    // The whole file: BOM, header, rows.
    static QByteArray document(const QStringList &header, const QList<QStringList> &rows);
    // Writes document() to `path` atomically (QSaveFile).
    static Result<void> save(const QString &path, const QStringList &header, const QList<QStringList> &rows);
    // Reads a file written as above (BOM optional; quoted fields may hold line ends) — for tests and
    // for reading back an export.
    static QList<QStringList> parse(const QByteArray &bytes);
};

} // namespace sw::reports
