#include "findings/FindingsExport.h"

#include "privacy/Masking.h"
#include "statistics/Province.h"

#include <QCoreApplication>

namespace sw::findings {

namespace {
QByteArray csvField(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        utf8.replace("\"", "\"\"");
        return '"' + utf8 + '"';
    }
    return utf8;
}
} // namespace

FindingsExport::FindingsExport(QString path, Format format) : m_file(std::move(path)), m_format(format) { }

QString FindingsExport::fileSuffix(Format format)
{
    return format == Format::Csv ? QStringLiteral("csv") : QStringLiteral("jsonl");
}

Result<void> FindingsExport::write(const QByteArray &bytes)
{
    if (m_file.write(bytes) != bytes.size())
        return Error::make(QCoreApplication::translate("Findings", "The findings could not be written to %1.")
                               .arg(m_file.fileName()),
                           m_file.errorString());
    return {};
}

Result<void> FindingsExport::begin()
{
    if (!m_file.open(QIODevice::WriteOnly))
        return Error::make(QCoreApplication::translate("Findings", "The file %1 could not be created.")
                               .arg(m_file.fileName()),
                           m_file.errorString());
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
                + csvField(s.district.isEmpty() ? QString() : statistics::districtName(s.district)) + ','
                + (s.isNew ? "1" : "0") + "\r\n";
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
    if (!m_file.commit())
        return Error::make(
            QCoreApplication::translate("Findings", "The file %1 could not be saved.").arg(m_file.fileName()),
            m_file.errorString());
    return m_written;
}

} // namespace sw::findings
