#pragma once

#include "findings/FindingsStore.h"
#include "privacy/PrivateFiles.h"
#include "util/Result.h"

#include <QString>

namespace sw::findings {

// Writes findings to a file for use outside the console, with citizen ids masked (§1.7): CSV
// (UTF-8 with a byte-order mark, so that spreadsheet programs read Vietnamese; the scan's CSV
// columns plus the district and "new") or JSON Lines (the spec's form). The file appears only
// when commit() succeeds, readable by its owner only.
class FindingsExport
{
public:
    enum class Format { Csv, JsonLines };

    FindingsExport(QString path, Format format);
    Result<void> begin();
    Result<void> append(const QList<StoredFinding> &findings);
    Result<qint64> commit(); // the number of findings written

    static QString fileSuffix(Format format); // "csv" / "jsonl"

private:
    Result<void> write(const QByteArray &bytes);

    privacy::PrivateSaveFile m_file;
    Format m_format;
    qint64 m_written = 0;
};

} // namespace sw::findings
