// Signing a document digitally is part of the one act of signing (issue 14 §2): number, render,
// sign digitally, freeze. The casebook takes the digital signature as a callback (it holds no
// keys); here the callback is a test signer that appends an update to the rendered file, as a
// PAdES incremental update does, or fails as a wrong PIN does. The real PAdES signatures, with
// keys and pdfsig, are tested in tst_signeddocuments.
#include "CaseworkFixtures.h"
#include "casebook/AuditLog.h"
#include "casebook/CaseDocuments.h"
#include "casebook/Casebook.h"
#include "casebook/Cases.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sw::casebook;
using sw::test::findingLine;

namespace {
const QString provider = QStringLiteral("VNPT-CA");
const QString signer = QStringLiteral("CN=Trần Văn Bình, O=Sở Khoa học và Công nghệ");

template<typename R>
QByteArray why(const R &result)
{
    return result.ok() ? QByteArray() : result.error().fullText().toUtf8();
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// The number of documents given a number so far.
int numbersGiven(Casebook &casebook)
{
    QSqlQuery q(casebook.database());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM case_documents WHERE number IS NOT NULL")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QJsonObject lastSigningEntry(Casebook &casebook)
{
    const auto entries = AuditLog(casebook).entries();
    QJsonObject after;
    if (entries)
        for (const AuditEntry &e : *entries)
            if (e.action == QLatin1String("document.sign"))
                after = QJsonDocument::fromJson(e.after.toUtf8()).object();
    return after;
}
} // namespace

class TestDigitalSigning : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void storesTheSignedFileAndItsHash();
    void failedSignatureUsesNoNumber();
    void signatureMustKeepTheRenderedFile();
    void numberTakenMeanwhileIsSignedAgain();
    void withoutSignerIsSignedOnPaper();

private:
    qint64 minutesDraft(Cases &cases, CaseDocuments &documents);

    QTemporaryDir m_dir;
    std::unique_ptr<Casebook> m_casebook;
    std::unique_ptr<Cases> m_cases;
    std::unique_ptr<CaseDocuments> m_documents;
    int m_nextSubject = 5000;
    QList<QDateTime> m_signingTimes;
    QList<QByteArray> m_signedInputs;
};

void TestDigitalSigning::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestDigitalSigning::init()
{
    static int n = 0;
    auto opened = Casebook::open(m_dir.filePath(QStringLiteral("casebook-%1.sqlite").arg(++n)));
    QVERIFY2(opened.ok(), why(opened).constData());
    m_casebook = std::move(opened.value());
    m_cases = std::make_unique<Cases>(*m_casebook);
    m_documents = std::make_unique<CaseDocuments>(*m_casebook);
    m_documents->setRenderer(sw::test::fakeRender);
    m_signingTimes.clear();
    m_signedInputs.clear();
    m_documents->setDigitalSigner([this](const sw::documents::PdfDocument &pdf,
                                         const QDateTime &at) -> sw::Result<CaseDocuments::DigitalSignature> {
        m_signingTimes << at;
        m_signedInputs << pdf.bytes;
        return CaseDocuments::DigitalSignature {pdf.bytes + "\n%signature " + sha256(pdf.bytes).toLatin1(),
                                                signer};
    });
}

void TestDigitalSigning::cleanup()
{
    m_documents.reset();
    m_cases.reset();
    m_casebook.reset();
}

qint64 TestDigitalSigning::minutesDraft(Cases &cases, CaseDocuments &documents)
{
    auto opened = cases.open({provider, {}, {}, {findingLine(++m_nextSubject, provider)}});
    if (!opened || !cases.establish(opened->id, QStringLiteral("checked")))
        return 0;
    auto draft = documents.createMinutes(opened->id);
    if (!draft
        || !documents.saveDraft(draft->id, sw::test::completedMinutes(draft->draft, QDate(2024, 1, 5)),
                                draft->version))
        return 0;
    return draft->id;
}

void TestDigitalSigning::storesTheSignedFileAndItsHash()
{
    const qint64 draft = minutesDraft(*m_cases, *m_documents);
    QVERIFY(draft);
    auto signedDoc = m_documents->sign(draft);
    QVERIFY2(signedDoc.ok(), why(signedDoc).constData());
    QCOMPARE(m_signedInputs.size(), 1);
    // The rendered document carries its number when it is signed.
    QCOMPARE(QJsonDocument::fromJson(m_signedInputs[0].mid(m_signedInputs[0].indexOf('{')))
                 .object()
                 .value(QLatin1String("number"))
                 .toInt(),
             1);
    // The signing moment is the casebook's, the one the document is stamped with.
    QCOMPARE(m_signingTimes[0], signedDoc->signedAt);
    const QByteArray stored = *m_documents->pdf(draft);
    QVERIFY(stored.startsWith(m_signedInputs[0]));
    QVERIFY(stored.contains("%signature"));
    QCOMPARE(signedDoc->pdfSha256, sha256(stored));
    QCOMPARE(signedDoc->pdfSize, stored.size());
    const QJsonObject entry = lastSigningEntry(*m_casebook);
    QCOMPARE(entry.value(QLatin1String("signed_digitally")).toBool(), true);
    QCOMPARE(entry.value(QLatin1String("digital_signer")).toString(), signer);
    QCOMPARE(entry.value(QLatin1String("pdf_sha256")).toString(), sha256(stored));
    QVERIFY(AuditLog(*m_casebook).verify()->intact());
}

void TestDigitalSigning::failedSignatureUsesNoNumber()
{
    const qint64 draft = minutesDraft(*m_cases, *m_documents);
    QVERIFY(draft);
    const qint64 entriesBefore = AuditLog(*m_casebook).entries()->size();
    m_documents->setDigitalSigner([](const sw::documents::PdfDocument &,
                                     const QDateTime &) -> sw::Result<CaseDocuments::DigitalSignature> {
        return sw::Error::make(QStringLiteral("Wrong PIN."), {}, sw::Error::Kind::AccessDenied);
    });
    auto failed = m_documents->sign(draft);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().kind, sw::Error::Kind::AccessDenied);
    QVERIFY2(failed.error().message.contains(QStringLiteral("Wrong PIN.")), why(failed).constData());
    QCOMPARE(numbersGiven(*m_casebook), 0);
    const CaseDocument still = *m_documents->document(draft);
    QVERIFY(!still.isSigned());
    QCOMPARE(still.number, 0);
    QVERIFY(still.pdfSha256.isEmpty());
    QCOMPARE(AuditLog(*m_casebook).entries()->size(), entriesBefore);
    // The PIN right the second time: it takes number 1, the one the failure did not use.
    m_documents->setDigitalSigner([](const sw::documents::PdfDocument &pdf,
                                     const QDateTime &) -> sw::Result<CaseDocuments::DigitalSignature> {
        return CaseDocuments::DigitalSignature {pdf.bytes + "\n%signed", signer};
    });
    auto signedDoc = m_documents->sign(draft);
    QVERIFY2(signedDoc.ok(), why(signedDoc).constData());
    QCOMPARE(signedDoc->number, 1);
}

void TestDigitalSigning::signatureMustKeepTheRenderedFile()
{
    const qint64 draft = minutesDraft(*m_cases, *m_documents);
    QVERIFY(draft);
    // A "signature" that is not an update of the rendered file is refused: what is frozen must be
    // what was rendered.
    m_documents->setDigitalSigner([](const sw::documents::PdfDocument &,
                                     const QDateTime &) -> sw::Result<CaseDocuments::DigitalSignature> {
        return CaseDocuments::DigitalSignature {QByteArray("%PDF-other\n%signed"), signer};
    });
    QVERIFY(!m_documents->sign(draft).ok());
    QCOMPARE(numbersGiven(*m_casebook), 0);
}

void TestDigitalSigning::numberTakenMeanwhileIsSignedAgain()
{
    // Another desk on the same file signs its minutes while this one renders: this one's is
    // rendered and signed again, with the next number, and what is stored is that signature.
    auto openedThere = Casebook::open(m_casebook->path());
    QVERIFY2(openedThere.ok(), why(openedThere).constData());
    Cases casesThere(**openedThere);
    CaseDocuments documentsThere(**openedThere);
    documentsThere.setRenderer(sw::test::fakeRender);
    const qint64 mine = minutesDraft(*m_cases, *m_documents);
    const qint64 theirs = minutesDraft(casesThere, documentsThere);
    QVERIFY(mine && theirs);
    bool signedThere = false;
    m_documents->setRenderer([&](const QJsonObject &d) {
        if (!signedThere)
            signedThere = documentsThere.sign(theirs).ok();
        return sw::test::fakeRender(d);
    });
    auto signedHere = m_documents->sign(mine);
    QVERIFY2(signedHere.ok(), why(signedHere).constData());
    QVERIFY(signedThere);
    QCOMPARE(signedHere->number, 2);
    QCOMPARE(m_signedInputs.size(), 2);
    const QByteArray stored = *m_documents->pdf(mine);
    QVERIFY(stored.startsWith(m_signedInputs[1]));
    QCOMPARE(QJsonDocument::fromJson(m_signedInputs[1].mid(m_signedInputs[1].indexOf('{')))
                 .object()
                 .value(QLatin1String("number"))
                 .toInt(),
             2);
    QCOMPARE(signedHere->pdfSha256, sha256(stored));
}

void TestDigitalSigning::withoutSignerIsSignedOnPaper()
{
    m_documents->setDigitalSigner({});
    QVERIFY(!m_documents->signsDigitally());
    const qint64 draft = minutesDraft(*m_cases, *m_documents);
    QVERIFY(draft);
    auto signedDoc = m_documents->sign(draft);
    QVERIFY2(signedDoc.ok(), why(signedDoc).constData());
    const QByteArray stored = *m_documents->pdf(draft);
    QVERIFY(!stored.contains("%signature"));
    QCOMPARE(signedDoc->pdfSha256, sha256(stored));
    const QJsonObject entry = lastSigningEntry(*m_casebook);
    QCOMPARE(entry.value(QLatin1String("signed_digitally")).toBool(), false);
    QVERIFY(entry.value(QLatin1String("digital_signer")).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestDigitalSigning)
#include "tst_digitalsigning.moc"
