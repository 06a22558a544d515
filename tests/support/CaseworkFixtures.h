#pragma once

#include "documents/OfficialDocumentWriter.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace sw::test {

// Pieces the casework tests share: findings of a scan, a fast renderer, a completed minutes draft,
// and a connection that edits a casebook as an outsider would.

QDateTime utcTime(const char *iso);
// A demo citizen id, 12 digits, from a serial.
QString demoCitizen(int serial);
// A finding of a scan as a JSON line (rules::toJsonLine) about `provider`.
QByteArray findingLine(int subjectId, const QString &provider = QStringLiteral("VIETTEL-CA"),
                       const QString &rule = QStringLiteral("DUPLICATE_ISSUANCE"));
// A fast stand-in for DocumentPdf: "%PDF-fake" and the draft's JSON, so that a test can see the
// number (and the audit head) it carried.
Result<documents::PdfDocument> fakeRender(const QJsonObject &draft);
// The code of the issuing body in force today in the province (the built-in periods): what a
// document signed or a report issued by signwatch-cli, which reads the system's clock, carries.
QString bodyCodeToday();
// What the inspector fills in before signing minutes.
QJsonObject completedMinutes(const QJsonObject &draft, QDate date = {});

// Edits a casebook file as someone with other tools would: its own connection, the append-only
// and frozen-document triggers dropped.
class CasebookTamperer
{
public:
    explicit CasebookTamperer(const QString &path);
    ~CasebookTamperer();
    CasebookTamperer(const CasebookTamperer &) = delete;
    CasebookTamperer &operator=(const CasebookTamperer &) = delete;
    // Runs one statement; false (with a warning) when it fails.
    bool exec(const QString &statement);
    bool exec(const QStringList &statements);
    // Flips one bit in the middle of document `documentId`'s stored PDF (its size unchanged).
    bool flipPdfBit(qint64 documentId);

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace sw::test
