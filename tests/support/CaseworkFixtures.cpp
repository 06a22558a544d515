#include "CaseworkFixtures.h"
#include "documents/DocumentWording.h"
#include "documents/IssuingPeriods.h"
#include "util/Clock.h"

#include "documents/MinutesData.h"
#include "rules/Finding.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace sw::test {

QDateTime utcTime(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

QString demoCitizen(int serial)
{
    return QStringLiteral("046201%1").arg(serial, 6, 10, QLatin1Char('0'));
}

QByteArray findingLine(int subjectId, const QString &provider, const QString &rule)
{
    rules::Finding f;
    f.rule = rule;
    f.subjectKind = QStringLiteral("certificate");
    f.subjectId = subjectId;
    f.provider = provider;
    f.citizenId = demoCitizen(subjectId);
    f.at = utcTime("2023-08-02T03:04:05Z").toSecsSinceEpoch() + subjectId;
    f.evidence = {subjectId - 1};
    f.detail = {{QStringLiteral("lookup_found"), true}};
    return rules::toJsonLine(f);
}

Result<documents::PdfDocument> fakeRender(const QJsonObject &draft)
{
    documents::PdfDocument pdf;
    pdf.bytes = "%PDF-fake\n" + QJsonDocument(draft).toJson(QJsonDocument::Compact);
    pdf.sha256 = QCryptographicHash::hash(pdf.bytes, QCryptographicHash::Sha256).toHex();
    pdf.pageCount = 1;
    return pdf;
}

QString bodyCodeToday()
{
    const QDate today = documents::provinceTime(Clock().now()).date();
    return documents::IssuingPeriods::builtIn().inForce(today)->period.issuer.bodyCode;
}

QJsonObject completedMinutes(const QJsonObject &draft, QDate date)
{
    auto m = documents::minutesFromJson(draft);
    if (!m)
        return draft;
    m->date = date;
    m->startedAt = utcTime("2024-01-05T02:30:00Z");
    m->meetingPlace
        = QStringLiteral("Phòng họp Sở Thông tin và Truyền thông, số 06 Trần Quốc Toản, thành phố Huế");
    m->departmentParticipants = {{QStringLiteral("Trần Văn Bình"), QStringLiteral("Phó Giám đốc Sở")},
                                 {QStringLiteral("Lê Thị Hoa"), QStringLiteral("Chuyên viên"), {}, true}};
    m->providerParticipants = {{QStringLiteral("Phạm Minh Đức"), QStringLiteral("Giám đốc chi nhánh")}};
    if (m->provider.legalName.isEmpty())
        m->provider.legalName = QStringLiteral("Viettel Thừa Thiên Huế");
    m->provider.address = QStringLiteral("Số 02 Lý Thường Kiệt, thành phố Huế");
    m->provider.registrationNumber = QStringLiteral("0100109106-015");
    m->providerOpinion = documents::ProviderOpinion::NoOpinion;
    m->closedAt = utcTime("2024-01-05T04:00:00Z");
    m->conclusion = QStringLiteral("Doanh nghiệp đã vi phạm khoản 3 mục 1 của Quy định.");
    m->excludeProvider = true;
    m->exclusionDate = QDate(2024, 1, 10);
    if (m->recipients.isEmpty())
        m->recipients = {QStringLiteral("Viettel Thừa Thiên Huế"), QStringLiteral("Lưu: VT")};
    // No heading, as the editor leaves it: the document prints "ĐẠI DIỆN <the body it is issued by>".
    m->departmentSignatory = {
        {}, QStringLiteral("KT. GIÁM ĐỐC"), QStringLiteral("PHÓ GIÁM ĐỐC"), QStringLiteral("Trần Văn Bình")};
    m->providerSignatory = {QStringLiteral("ĐẠI DIỆN DOANH NGHIỆP"),
                            {},
                            QStringLiteral("GIÁM ĐỐC"),
                            QStringLiteral("Phạm Minh Đức")};
    return documents::toJson(*m);
}

CasebookTamperer::CasebookTamperer(const QString &path)
{
    static QAtomicInteger<int> counter;
    m_name = QStringLiteral("tamperer-%1").arg(counter.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    m_db.open();
    for (const char *trigger : {"audit_log_no_update", "audit_log_no_delete",
                                "case_documents_signed_no_update", "case_documents_signed_no_delete"})
        exec(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(QLatin1String(trigger)));
}

CasebookTamperer::~CasebookTamperer()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

bool CasebookTamperer::exec(const QString &statement)
{
    QSqlQuery query(m_db);
    const bool ok = query.exec(statement);
    if (!ok)
        qWarning("tamper failed: %s", qPrintable(query.lastError().text()));
    return ok;
}

bool CasebookTamperer::exec(const QStringList &statements)
{
    for (const QString &statement : statements)
        if (!exec(statement))
            return false;
    return true;
}

bool CasebookTamperer::flipPdfBit(qint64 documentId)
{
    QSqlQuery read(m_db);
    read.prepare(QStringLiteral("SELECT pdf FROM case_documents WHERE id = ?"));
    read.addBindValue(documentId);
    if (!read.exec() || !read.next())
        return false;
    QByteArray pdf = read.value(0).toByteArray();
    read.finish();
    if (pdf.isEmpty())
        return false;
    pdf[pdf.size() / 2] = char(pdf.at(pdf.size() / 2) ^ 0x01);
    QSqlQuery write(m_db);
    write.prepare(QStringLiteral("UPDATE case_documents SET pdf = ? WHERE id = ?"));
    write.addBindValue(pdf);
    write.addBindValue(documentId);
    return write.exec();
}

} // namespace sw::test
