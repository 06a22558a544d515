#include "findings/FindingsExport.h"

#include "privacy/Masking.h"
#include "statistics/Province.h"
#include "util/Csv.h"

#include <QCoreApplication>

namespace sw::findings {

FindingsExport::FindingsExport(QString path, Format format) : m_file(std::move(path)), m_format(format) { }

QString FindingsExport::fileSuffix(Format format)
{
    return format == Format::Csv ? QStringLiteral("csv") : QStringLiteral("jsonl");
}

Result<void> FindingsExport::write(const QByteArray &bytes)
{
    return m_file.write(bytes);
}

Result<void> FindingsExport::begin()
{
    if (auto opened = m_file.open(); !opened)
        return opened;
    if (m_format == Format::Csv)
        return write(QByteArrayLiteral("\xEF\xBB\xBF") + rules::csvHeader() + ",district,new\r\n");
    return {};
}

Result<void> FindingsExport::append(const QList<StoredFinding> &findings)
{
    QByteArray out;
    for (const StoredFinding &s : findings) {
        rules::Finding masked = s.finding;
        // §1.7: ids leave the console masked.
        if (masked.citizenId)
            masked.citizenId = privacy::maskCitizenId(*masked.citizenId);
        if (m_format == Format::Csv)
            out += rules::toCsvRow(masked) + ','
                + util::csvField(s.district.isEmpty() ? QString() : statistics::districtName(s.district))
                + ',' + (s.isNew ? "1" : "0") + "\r\n";
        else
            out += rules::toJsonLine(masked) + '\n';
    }
    if (auto written = write(out); !written)
        return written;
    m_written += findings.size();
    return {};
}

Result<qint64> FindingsExport::commit()
{
    if (auto committed = m_file.commit(); !committed)
        return committed.error();
    return m_written;
}

} // namespace sw::findings
