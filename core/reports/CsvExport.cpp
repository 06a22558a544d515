#include "reports/CsvExport.h"

#include "privacy/PrivateFiles.h"
#include "util/Csv.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace sw::reports {

namespace {
const QByteArray bom("\xEF\xBB\xBF");
const QByteArray lineEnd("\r\n");
} // namespace

QByteArray CsvExport::line(const QStringList &fields)
{
    return util::csvLine(fields);
}

QByteArray CsvExport::document(const QStringList &header, const QList<QStringList> &rows)
{
    QByteArray out = bom;
    out += line(header) + lineEnd;
    for (const QStringList &row : rows)
        out += line(row) + lineEnd;
    return out;
}

Result<void> CsvExport::save(const QString &path, const QStringList &header, const QList<QStringList> &rows)
{
    return privacy::savePrivateFile(path, document(header, rows));
}

QList<QStringList> CsvExport::parse(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes.startsWith(bom) ? bytes.mid(bom.size()) : bytes);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool any = false; // the current record has content (a trailing line end adds no record)
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = true;
            any = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
            any = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (any || !field.isEmpty()) {
                record << field;
                records << record;
            }
            record.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.isEmpty()) {
        record << field;
        records << record;
    }
    return records;
}

} // namespace sw::reports
