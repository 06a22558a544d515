// A case's minutes signed digitally from end to end (issue 14 §2–4): rendered in the Decree 30
// layout, signed with a PKCS#12 key by signatures::DocumentSigner in the slot the layout left, then
// sealed; the stored file is the signed one (its SHA-256 recorded), pdfsig and verifyPdf find both
// signatures valid; a wrong passphrase and an expired certificate leave no number used and nothing
// frozen. The slot lies between the signer's title and name (pdftotext -bbox), and the XMP packet
// carries the number, body and date.
#include "CaseworkFixtures.h"
#include "RequireTool.h"
#include "SigningFixture.h"
#include "casebook/AuditLog.h"
#include "casebook/CaseDocuments.h"
#include "casebook/Casebook.h"
#include "casebook/Cases.h"
#include "documents/DocumentPdf.h"
#include "signatures/DocumentSigner.h"
#include "signing/PdfVerifier.h"

#include <QCryptographicHash>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonDocument>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace sw::casebook;
using sw::signatures::DocumentSigner;
using sw::test::SigningFixture;
using sw::test::TestSigner;

namespace {
const QString provider = QStringLiteral("VNPT-CA");

template<typename R>
QByteArray why(const R &result)
{
    return result.ok() ? QByteArray() : result.error().fullText().toUtf8();
}

QByteArray run(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(120000);
    if (exitCode)
        *exitCode = process.exitCode();
    return process.readAllStandardOutput() + process.readAllStandardError();
}

// A word of pdftotext -bbox: its box in points, origin top-left.
struct Word
{
    QString text;
    QRectF box;
};

QList<Word> wordsOfPage(const QString &pdfPath, int page)
{
    const QString html = QString::fromUtf8(
        run(QStringLiteral("pdftotext"),
            {QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(page + 1), QStringLiteral("-l"),
             QString::number(page + 1), pdfPath, QStringLiteral("-")}));
    static const QRegularExpression word(QStringLiteral(
        "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    QList<Word> words;
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        words.append({m.captured(5).normalized(QString::NormalizationForm_C),
                      QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                             QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()))});
    }
    return words;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A signature image: blue strokes on a transparent background.
QImage signatureImage()
{
    QImage image(600, 250, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(20, 40, 160), 10));
    p.drawLine(40, 180, 260, 60);
    p.drawLine(260, 60, 330, 200);
    p.drawLine(330, 200, 560, 80);
    return image;
}

// A seal: a red ring on a transparent background.
QImage sealImage()
{
    QImage image(400, 400, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(210, 20, 20), 18));
    p.drawEllipse(QRectF(20, 20, 360, 360));
    p.drawEllipse(QRectF(90, 90, 220, 220));
    return image;
}
} // namespace

class TestSignedDocuments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void slotLiesBetweenTitleAndName();
    void metadataCarriesNumberBodyAndDate();
    void signsSealsAndFreezesTheSignedFile();
    void wrongPassphraseUsesNoNumber();
    void expiredCertificateUsesNoNumber();

private:
    qint64 minutesDraft();
    sw::settings::SigningProfile profile(bool withSeal) const;
    int numbersGiven() const;

    SigningFixture m_fixture;
    TestSigner m_signer;
    TestSigner m_seal;
    QDateTime m_now;
    std::unique_ptr<Casebook> m_casebook;
    std::unique_ptr<Cases> m_cases;
    std::unique_ptr<CaseDocuments> m_documents;
    int m_nextSubject = 7000;
};

void TestSignedDocuments::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!sw::test::requireTool({"openssl"}, "openssl")
        || !sw::test::requireTool({"pdfsig", "pdftotext", "pdftoppm", "pdfinfo"}, "poppler-utils"))
        return;
    QVERIFY2(m_fixture.makeCa(), qPrintable(m_fixture.error()));
    QVERIFY2(m_fixture.makeSigner(QStringLiteral("signer"),
                                  QStringLiteral("/C=VN/O=Sở Thông tin và Truyền thông/CN=Trần Văn Bình"),
                                  365, m_signer),
             qPrintable(m_fixture.error()));
    m_signer.commonName = QStringLiteral("Trần Văn Bình");
    QVERIFY2(m_fixture.makeSigner(QStringLiteral("seal"),
                                  QStringLiteral("/C=VN/CN=Sở Thông tin và Truyền thông"), 365, m_seal),
             qPrintable(m_fixture.error()));
    QVERIFY(signatureImage().save(m_fixture.path(QStringLiteral("chu-ky.png"))));
    QVERIFY(sealImage().save(m_fixture.path(QStringLiteral("con-dau.png"))));
    // To the second: the PDF's /M and the casebook's record are compared.
    m_now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
}

void TestSignedDocuments::init()
{
    static int n = 0;
    auto opened = Casebook::open(m_fixture.path(QStringLiteral("casebook-%1.sqlite").arg(++n)),
                                 sw::Clock::fixedAt(m_now));
    QVERIFY2(opened.ok(), why(opened).constData());
    m_casebook = std::move(opened.value());
    m_cases = std::make_unique<Cases>(*m_casebook);
    m_documents = std::make_unique<CaseDocuments>(*m_casebook);
}

void TestSignedDocuments::cleanup()
{
    m_documents.reset();
    m_cases.reset();
    m_casebook.reset();
}

qint64 TestSignedDocuments::minutesDraft()
{
    auto opened = m_cases->open({provider, {}, {}, {sw::test::findingLine(++m_nextSubject, provider)}});
    if (!opened || !m_cases->establish(opened->id, QStringLiteral("checked")))
        return 0;
    auto draft = m_documents->createMinutes(opened->id);
    if (!draft
        || !m_documents->saveDraft(draft->id, sw::test::completedMinutes(draft->draft, QDate(2024, 1, 5)),
                                   draft->version))
        return 0;
    return draft->id;
}

sw::settings::SigningProfile TestSignedDocuments::profile(bool withSeal) const
{
    sw::settings::SigningProfile p;
    p.signingKey = m_signer.p12Path;
    p.signatureImage = m_fixture.path(QStringLiteral("chu-ky.png"));
    if (withSeal) {
        p.sealKey = m_seal.p12Path;
        p.sealImage = m_fixture.path(QStringLiteral("con-dau.png"));
    }
    p.trustAnchors = {m_fixture.caPath()};
    return p;
}

int TestSignedDocuments::numbersGiven() const
{
    QSqlQuery q(m_casebook->database());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM case_documents WHERE number IS NOT NULL")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestSignedDocuments::slotLiesBetweenTitleAndName()
{
    const qint64 draft = minutesDraft();
    QVERIFY(draft);
    for (const char *kind : {"minutes", "announcement"}) {
        QJsonObject json = m_documents->document(draft)->draft;
        sw::Result<sw::documents::PdfDocument> pdf = sw::Error::make(QString());
        if (QByteArray(kind) == "minutes") {
            pdf = sw::documents::DocumentPdf::fromDraft(json);
        } else {
            auto minutes = sw::documents::minutesFromJson(json);
            QVERIFY(minutes.ok());
            pdf = sw::documents::DocumentPdf::announcement(sw::documents::announcementFromMinutes(*minutes));
        }
        QVERIFY2(pdf.ok(), why(pdf).constData());
        QVERIFY2(pdf->signerSlot.has_value(), kind);
        const auto slot = *pdf->signerSlot;
        QCOMPARE(slot.signerName, QStringLiteral("Trần Văn Bình"));
        const QString path = m_fixture.path(QStringLiteral("%1-layout.pdf").arg(QLatin1String(kind)));
        QVERIFY(writeFile(path, pdf->bytes));
        const QList<Word> words = wordsOfPage(path, slot.page);
        QVERIFY(!words.isEmpty());
        // The Department's signer: the last "Bình" on the page, and the last title word above it.
        QRectF name, title;
        for (const Word &w : words) {
            if (w.text == QStringLiteral("Bình"))
                name = w.box;
        }
        QVERIFY2(!name.isNull(), kind);
        for (const Word &w : words)
            if (w.text == QStringLiteral("ĐỐC") && w.box.bottom() < name.top())
                title = w.box;
        QVERIFY2(!title.isNull(), kind);
        const qreal pageHeight = 841.89; // A4 in points
        // The slot in pdftotext's coordinates (origin top-left).
        const qreal roomTop = pageHeight - slot.signature.top() - slot.signature.height();
        const qreal roomBottom = pageHeight - slot.signature.top();
        QVERIFY2(roomTop >= title.bottom() && roomBottom <= name.top(),
                 qPrintable(QStringLiteral("%1: room %2–%3, title ends %4, name starts %5")
                                .arg(QLatin1String(kind))
                                .arg(roomTop)
                                .arg(roomBottom)
                                .arg(title.bottom())
                                .arg(name.top())));
        // Most of the room between them, and above the name horizontally.
        QVERIFY(slot.signature.height() > 0.7 * (name.top() - title.bottom()));
        QVERIFY(slot.signature.left() < name.center().x() && slot.signature.right() > name.center().x());
        // The seal: its real size (35 mm), centred on the room, covering the signature's left third.
        QCOMPARE(qRound(slot.seal.height() * 25.4 / 72.0), 35);
        QVERIFY(qAbs(slot.seal.center().y() - slot.signature.center().y()) < 1.0);
        QVERIFY(slot.seal.right() > slot.signature.left()
                && slot.seal.right() <= slot.signature.left() + slot.signature.width() / 2);
    }
}

void TestSignedDocuments::metadataCarriesNumberBodyAndDate()
{
    const qint64 draft = minutesDraft();
    QVERIFY(draft);
    auto signedDoc = m_documents->sign(draft);
    QVERIFY2(signedDoc.ok(), why(signedDoc).constData());
    const QString path = m_fixture.path(QStringLiteral("metadata.pdf"));
    QVERIFY(writeFile(path, *m_documents->pdf(draft)));
    const QString meta = QString::fromUtf8(run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), path}));
    const QString number = signedDoc->numberText();
    const QString date = signedDoc->draft.value(QLatin1String("date")).toString();
    QVERIFY2(meta.contains(QStringLiteral("<dc:identifier>%1</dc:identifier>").arg(number)),
             qPrintable(meta));
    QVERIFY2(
        meta.contains(QStringLiteral("<signwatch:DocumentNumber>%1</signwatch:DocumentNumber>").arg(number)),
        qPrintable(meta));
    const QString body
        = signedDoc->draft.value(QLatin1String("issuer")).toObject().value(QLatin1String("body")).toString();
    QVERIFY(!body.isEmpty());
    QVERIFY2(meta.contains(QStringLiteral("<rdf:li>%1</rdf:li>").arg(body)), qPrintable(meta));
    QVERIFY2(meta.contains(QStringLiteral("<signwatch:IssuingBody>%1</signwatch:IssuingBody>").arg(body)),
             qPrintable(meta));
    QVERIFY2(meta.contains(QStringLiteral("<rdf:li>%1</rdf:li>").arg(date)), qPrintable(meta));
    QVERIFY2(meta.contains(QStringLiteral("<signwatch:AuditHead>")), qPrintable(meta));
}

void TestSignedDocuments::signsSealsAndFreezesTheSignedFile()
{
    const qint64 draft = minutesDraft();
    QVERIFY(draft);
    QStringList asked;
    auto signer = DocumentSigner::open(profile(true), [&](const QString &what) -> sw::Result<QByteArray> {
        asked << what;
        return SigningFixture::p12Passphrase().toUtf8();
    });
    QVERIFY2(signer.ok(), why(signer).constData());
    QCOMPARE(asked.size(), 2); // the signer's key, then the seal's
    m_documents->setDigitalSigner(signer->callback());
    auto signedDoc = m_documents->sign(draft);
    QVERIFY2(signedDoc.ok(), why(signedDoc).constData());
    const QByteArray stored = *m_documents->pdf(draft);
    QCOMPARE(signedDoc->pdfSha256,
             QString::fromLatin1(QCryptographicHash::hash(stored, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(signedDoc->pdfSize, stored.size());

    auto anchors = sw::signing::TrustAnchors::fromFiles({m_fixture.caPath()});
    QVERIFY2(anchors.ok(), why(anchors).constData());
    auto report = sw::signing::verifyPdf(stored, *anchors);
    QVERIFY2(report.ok(), why(report).constData());
    QCOMPARE(report->signatures.size(), 2);
    QCOMPARE(report->overall, sw::signing::SignatureStatus::Valid);
    QCOMPARE(report->signatures[0].commonName, m_signer.commonName);
    QCOMPARE(report->signatures[0].fieldName, QStringLiteral("SignWatch.signer"));
    QCOMPARE(report->signatures[1].fieldName, QStringLiteral("SignWatch.seal"));
    QCOMPARE(report->signatures[0].claimedTime, m_now);
    QVERIFY(!report->modifiedAfterLastSignature);

    const QString path = m_fixture.path(QStringLiteral("signed-minutes.pdf"));
    QVERIFY(writeFile(path, stored));
    int exitCode = -1;
    const QString pdfsig = QString::fromUtf8(run(QStringLiteral("pdfsig"), {path}, &exitCode));
    QCOMPARE(pdfsig.count(QStringLiteral("Signature Validation: Signature is Valid.")), 2);
    QVERIFY2(pdfsig.contains(m_signer.commonName), qPrintable(pdfsig));

    // The page with the signatures, as a picture to look at (SIGNWATCH_KEEP_PICTURES keeps it).
    const QString keep = qEnvironmentVariable("SIGNWATCH_KEEP_PICTURES");
    if (!keep.isEmpty()) {
        const int page = 1 + [&] {
            auto rendered = sw::documents::DocumentPdf::fromDraft(signedDoc->draft);
            return rendered && rendered->signerSlot ? rendered->signerSlot->page : 0;
        }();
        run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"), QStringLiteral("-f"),
             QString::number(page), QStringLiteral("-l"), QString::number(page), path,
             keep + QStringLiteral("/signed-minutes")});
    }
    // The announcement of these minutes, signed and sealed the same way, in its own signature block.
    auto announcement = m_documents->createAnnouncement(signedDoc->caseId);
    QVERIFY2(announcement.ok(), why(announcement).constData());
    auto signedAnnouncement = m_documents->sign(announcement->id);
    QVERIFY2(signedAnnouncement.ok(), why(signedAnnouncement).constData());
    const QByteArray announcementPdf = *m_documents->pdf(announcement->id);
    auto announcementReport = sw::signing::verifyPdf(announcementPdf, *anchors);
    QVERIFY2(announcementReport.ok(), why(announcementReport).constData());
    QCOMPARE(announcementReport->signatures.size(), 2);
    QCOMPARE(announcementReport->overall, sw::signing::SignatureStatus::Valid);
    if (!keep.isEmpty()) {
        const QString announcementPath = m_fixture.path(QStringLiteral("signed-announcement.pdf"));
        QVERIFY(writeFile(announcementPath, announcementPdf));
        auto rendered = sw::documents::DocumentPdf::fromDraft(signedAnnouncement->draft);
        QVERIFY(rendered.ok() && rendered->signerSlot);
        const QString page = QString::number(rendered->signerSlot->page + 1);
        run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"), QStringLiteral("-f"), page,
             QStringLiteral("-l"), page, announcementPath, keep + QStringLiteral("/signed-announcement")});
    }

    // The audit entry says who signed.
    QJsonObject after;
    const auto entries = AuditLog(*m_casebook).entries();
    QVERIFY(entries.ok());
    for (const AuditEntry &e : *entries)
        if (e.action == QLatin1String("document.sign"))
            after = QJsonDocument::fromJson(e.after.toUtf8()).object();
    QCOMPARE(after.value(QLatin1String("signed_digitally")).toBool(), true);
    QVERIFY(after.value(QLatin1String("digital_signer")).toString().contains(m_signer.commonName));
}

void TestSignedDocuments::wrongPassphraseUsesNoNumber()
{
    const qint64 draft = minutesDraft();
    QVERIFY(draft);
    auto signer = DocumentSigner::open(profile(false), [](const QString &) -> sw::Result<QByteArray> {
        return QByteArray("not-the-passphrase");
    });
    QVERIFY(!signer.ok());
    QCOMPARE(signer.error().kind, sw::Error::Kind::AccessDenied);
    QCOMPARE(numbersGiven(), 0);
    QVERIFY(!m_documents->document(draft)->isSigned());
    // Cancelled at the prompt: nothing opened, nothing signed.
    auto cancelled = DocumentSigner::open(profile(false), [](const QString &) -> sw::Result<QByteArray> {
        return sw::Error::make(QStringLiteral("cancelled"), {}, sw::Error::Kind::Cancelled);
    });
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.error().kind, sw::Error::Kind::Cancelled);
}

void TestSignedDocuments::expiredCertificateUsesNoNumber()
{
    // The casebook's clock two years on: the one-year certificate has expired when signing.
    cleanup();
    auto opened = Casebook::open(m_fixture.path(QStringLiteral("casebook-expired.sqlite")),
                                 sw::Clock::fixedAt(m_now.addYears(2)));
    QVERIFY2(opened.ok(), why(opened).constData());
    m_casebook = std::move(opened.value());
    m_cases = std::make_unique<Cases>(*m_casebook);
    m_documents = std::make_unique<CaseDocuments>(*m_casebook);
    const qint64 draft = minutesDraft();
    QVERIFY(draft);
    auto signer = DocumentSigner::open(profile(false), [](const QString &) -> sw::Result<QByteArray> {
        return SigningFixture::p12Passphrase().toUtf8();
    });
    QVERIFY2(signer.ok(), why(signer).constData());
    m_documents->setDigitalSigner(signer->callback());
    auto failed = m_documents->sign(draft);
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().message.contains(QStringLiteral("no number used")), why(failed).constData());
    QCOMPARE(numbersGiven(), 0);
    const CaseDocument still = *m_documents->document(draft);
    QVERIFY(!still.isSigned());
    QVERIFY(still.pdfSha256.isEmpty());
}

QTEST_MAIN(TestSignedDocuments)
#include "tst_signeddocuments.moc"
