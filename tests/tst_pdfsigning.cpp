// PAdES signing and verification (issue 14 §2, §3): a PDF signed with a PKCS#12 file and with a
// SoftHSM2 token is valid for poppler's pdfsig and for verifyPdf; two signatures in order both stay
// valid; one changed byte breaks the signature for both; wrong PINs, expired certificates and
// visible appearances.
#include "LocalTsa.h"
#include "RequireTool.h"
#include "SigningFixture.h"
#include "signing/PdfSigner.h"
#include "signing/PdfVerifier.h"
#include "signing/SigningKey.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace sw::signing;
using sw::test::SigningFixture;
using sw::test::TestSigner;

namespace {

template<typename R>
QByteArray why(const R &result)
{
    return result.ok() ? QByteArray() : result.error().fullText().toUtf8();
}

QByteArray samplePdf(int pages = 1)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    writer.setTitle(QStringLiteral("Biên bản thử"));
    QPainter painter(&writer);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.drawText(QPointF(72, 100), QStringLiteral("BIÊN BẢN số 01/BB-SKHCN, trang %1").arg(page + 1));
    }
    painter.end();
    return buffer.data();
}

struct Pdfsig
{
    int exitCode = -1;
    QString output;
};

Pdfsig runPdfsig(const QByteArray &pdf, const QString &folder)
{
    const QString path = folder + QStringLiteral("/pdfsig-input.pdf");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(pdf);
    file.close();
    QProcess process;
    process.start(QStringLiteral("pdfsig"), {path});
    process.waitForFinished(60000);
    return {process.exitCode(),
            QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())};
}

} // namespace

class TestPdfSigning : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void keySpecs();
    void signsWithPkcs12();
    void signsWithToken();
    void twoSignaturesInOrder();
    void changedByteBreaksSignature();
    void wrongPinIsAccessDenied();
    void wrongTokenPinIsAccessDenied();
    void expiredCertificateIsRefused();
    void untrustedWithoutAnchors();
    void fieldNameMustBeNew();
    void visibleAppearance();
    void timestampedSignature();
    void thirdPartyXrefStream();

private:
    SignatureRequest request(const QString &field) const;
    SigningKey openP12(const TestSigner &signer);

    SigningFixture m_fixture;
    TestSigner m_signer;
    TestSigner m_seal;
    TrustAnchors m_anchors;
    QDateTime m_now;
};

void TestPdfSigning::initTestCase()
{
    if (!sw::test::requireTool({"openssl"}, "openssl") || !sw::test::requireTool({"pdfsig"}, "poppler-utils"))
        return;
    QVERIFY2(m_fixture.makeCa(), qPrintable(m_fixture.error()));
    QVERIFY2(m_fixture.makeSigner(QStringLiteral("signer"),
                                  QStringLiteral("/C=VN/O=Sở Khoa học và Công nghệ/CN=Nguyễn Văn An"), 365,
                                  m_signer),
             qPrintable(m_fixture.error()));
    m_signer.commonName = QStringLiteral("Nguyễn Văn An");
    QVERIFY2(m_fixture.makeSigner(QStringLiteral("seal"),
                                  QStringLiteral("/C=VN/CN=Sở Khoa học và Công nghệ Huế"), 365, m_seal),
             qPrintable(m_fixture.error()));
    m_seal.commonName = QStringLiteral("Sở Khoa học và Công nghệ Huế");
    auto anchors = TrustAnchors::fromFiles({m_fixture.caPath()});
    QVERIFY2(anchors, why(anchors));
    m_anchors = *anchors;
    QCOMPARE(m_anchors.count(), 1);
    m_now = QDateTime::currentDateTimeUtc().toOffsetFromUtc(7 * 3600);
}

SignatureRequest TestPdfSigning::request(const QString &field) const
{
    SignatureRequest request;
    request.signingTime = m_now;
    request.fieldName = field;
    request.reason = QStringLiteral("Ký biên bản");
    request.location = QStringLiteral("Huế");
    return request;
}

SigningKey TestPdfSigning::openP12(const TestSigner &signer)
{
    auto spec = KeySpec::parse(signer.p12Path);
    if (!spec)
        qFatal("%s", why(spec).constData());
    auto key = SigningKey::open(*spec, SigningFixture::p12Passphrase().toUtf8());
    if (!key)
        qFatal("%s", why(key).constData());
    return *key;
}

void TestPdfSigning::keySpecs()
{
    auto token = KeySpec::parse(QStringLiteral("pkcs11:token=Dept;object=signer?pin-value=1234"));
    QVERIFY2(token, why(token));
    QCOMPARE(token->kind, KeySpec::Kind::Pkcs11);
    QVERIFY(!token->displayText().contains(QLatin1String("1234")));
    QVERIFY(!KeySpec::parse(QStringLiteral("pkcs11:token=%zz")).ok());
    auto missing = KeySpec::parse(m_fixture.path(QStringLiteral("none.p12")));
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, sw::Error::Kind::NotFound);
    auto file = KeySpec::parse(m_signer.p12Path);
    QVERIFY2(file, why(file));
    QCOMPARE(file->kind, KeySpec::Kind::Pkcs12);
}

void TestPdfSigning::signsWithPkcs12()
{
    const SigningKey key = openP12(m_signer);
    QCOMPARE(key.commonName(), m_signer.commonName);
    QVERIFY(key.subject().startsWith(QStringLiteral("CN=Nguyễn Văn An")));
    QCOMPARE(key.chainDer().size(), 1); // the CA from the PKCS#12 file
    const QByteArray original = samplePdf();
    auto signedPdf = signPdf(original, key, request(QStringLiteral("SignWatch.signer")));
    QVERIFY2(signedPdf, why(signedPdf));
    QVERIFY(signedPdf->startsWith(original)); // an incremental update
    QVERIFY(signedPdf->contains("/ETSI.CAdES.detached"));

    const Pdfsig pdfsig = runPdfsig(*signedPdf, m_fixture.path({}));
    QVERIFY2(pdfsig.output.contains(QLatin1String("Signature Validation: Signature is Valid.")),
             qPrintable(pdfsig.output));
    QVERIFY2(pdfsig.output.contains(m_signer.commonName), qPrintable(pdfsig.output));

    auto report = verifyPdf(*signedPdf, m_anchors);
    QVERIFY2(report, why(report));
    QCOMPARE(report->signatures.size(), 1);
    const SignatureCheck &check = report->signatures.first();
    QVERIFY2(check.problems.isEmpty(), qPrintable(check.problems.join(QLatin1Char('\n'))));
    QCOMPARE(check.fieldName, QStringLiteral("SignWatch.signer"));
    QCOMPARE(check.commonName, m_signer.commonName);
    QVERIFY(check.issuer.contains(QLatin1String("SignWatch Test CA")));
    QVERIFY(check.intact);
    QVERIFY(check.coversWholeFile);
    QVERIFY(check.trusted);
    QVERIFY(check.validAtSigningTime);
    QCOMPARE(check.revision, 1);
    QCOMPARE(check.claimedTime.toSecsSinceEpoch(), m_now.toSecsSinceEpoch());
    QVERIFY(!check.revocation.isEmpty());
    QCOMPARE(check.status, SignatureStatus::Valid);
    QCOMPARE(report->overall, SignatureStatus::Valid);
    QVERIFY(!report->modifiedAfterLastSignature);

    // PAdES B-B: no signingTime attribute in the CMS (the time is /M); signing-certificate-v2 is.
    static const QRegularExpression contents(QStringLiteral("/Contents\\s*<([0-9A-Fa-f]+)>"));
    const QRegularExpressionMatch match = contents.match(QString::fromLatin1(*signedPdf));
    QVERIFY(match.hasMatch());
    const QByteArray cms = QByteArray::fromHex(match.captured(1).toLatin1());
    QFile cmsFile(m_fixture.path(QStringLiteral("signature.der")));
    QVERIFY(cmsFile.open(QIODevice::WriteOnly));
    cmsFile.write(cms);
    cmsFile.close();
    QByteArray dump;
    QVERIFY2(m_fixture.run(QStringLiteral("openssl"),
                           {QStringLiteral("cms"), QStringLiteral("-cmsout"), QStringLiteral("-print"),
                            QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                            cmsFile.fileName()},
                           &dump),
             qPrintable(m_fixture.error()));
    QVERIFY(dump.contains("id-smime-aa-signingCertificateV2"));
    QVERIFY(dump.contains("messageDigest"));
    QVERIFY2(!dump.contains("signingTime"), dump.constData());
}

void TestPdfSigning::signsWithToken()
{
    const QString pin = QStringLiteral("246810");
    if (!m_fixture.makeToken(QStringLiteral("SignWatch Test"), pin, m_signer))
        return;
    auto spec = KeySpec::parse(QStringLiteral("pkcs11:token=SignWatch%20Test;object=signer;type=private"),
                               SigningFixture::softHsmModule());
    QVERIFY2(spec, why(spec));
    auto key = SigningKey::open(*spec, pin.toUtf8());
    QVERIFY2(key, why(key));
    QCOMPARE(key->commonName(), m_signer.commonName);
    QCOMPARE(key->chainDer().size(), 1); // the CA certificate on the token
    auto signedPdf = signPdf(samplePdf(), *key, request(QStringLiteral("SignWatch.signer")));
    QVERIFY2(signedPdf, why(signedPdf));
    const Pdfsig pdfsig = runPdfsig(*signedPdf, m_fixture.path({}));
    QVERIFY2(pdfsig.output.contains(QLatin1String("Signature Validation: Signature is Valid.")),
             qPrintable(pdfsig.output));
    QVERIFY2(pdfsig.output.contains(m_signer.commonName), qPrintable(pdfsig.output));
    auto report = verifyPdf(*signedPdf, m_anchors);
    QVERIFY2(report, why(report));
    QCOMPARE(report->overall, SignatureStatus::Valid);

    // The key by its id instead of its label.
    auto byId = KeySpec::parse(QStringLiteral("pkcs11:token=SignWatch%20Test;id=%01"),
                               SigningFixture::softHsmModule());
    QVERIFY2(byId, why(byId));
    auto keyById = SigningKey::open(*byId, pin.toUtf8());
    QVERIFY2(keyById, why(keyById));
    QCOMPARE(keyById->certificateDer(), key->certificateDer());
    // A library that is not a PKCS#11 module.
    const QString notModule = m_fixture.path(QStringLiteral("notamodule.so"));
    {
        QFile fake(notModule);
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write("not a shared object");
    }
    auto badModule = KeySpec::parse(QStringLiteral("pkcs11:token=SignWatch%20Test"), notModule);
    QVERIFY2(badModule, why(badModule));
    auto unloadable = SigningKey::open(*badModule, pin.toUtf8());
    QFile::remove(notModule);
    QVERIFY(!unloadable);
    QCOMPARE(unloadable.error().kind, sw::Error::Kind::Unavailable);
    // A token that is not there.
    auto absent = KeySpec::parse(QStringLiteral("pkcs11:token=Nobody"), SigningFixture::softHsmModule());
    QVERIFY2(absent, why(absent));
    auto none = SigningKey::open(*absent, pin.toUtf8());
    QVERIFY(!none);
    QCOMPARE(none.error().kind, sw::Error::Kind::NotFound);
}

void TestPdfSigning::twoSignaturesInOrder()
{
    const QByteArray original = samplePdf(2);
    auto first = signPdf(original, openP12(m_signer), request(QStringLiteral("SignWatch.signer")));
    QVERIFY2(first, why(first));
    auto second = signPdf(*first, openP12(m_seal), request(QStringLiteral("SignWatch.seal")));
    QVERIFY2(second, why(second));
    QVERIFY(second->startsWith(*first));

    const Pdfsig pdfsig = runPdfsig(*second, m_fixture.path({}));
    QCOMPARE(pdfsig.output.count(QLatin1String("Signature Validation: Signature is Valid.")), 2);
    QVERIFY2(pdfsig.output.contains(m_signer.commonName) && pdfsig.output.contains(m_seal.commonName),
             qPrintable(pdfsig.output));

    auto report = verifyPdf(*second, m_anchors);
    QVERIFY2(report, why(report));
    QCOMPARE(report->signatures.size(), 2);
    QCOMPARE(report->signatures[0].fieldName, QStringLiteral("SignWatch.signer"));
    QCOMPARE(report->signatures[0].revision, 1);
    QVERIFY(!report->signatures[0].coversWholeFile);
    QCOMPARE(report->signatures[0].status, SignatureStatus::Valid);
    QCOMPARE(report->signatures[1].fieldName, QStringLiteral("SignWatch.seal"));
    QCOMPARE(report->signatures[1].commonName, m_seal.commonName);
    QCOMPARE(report->signatures[1].revision, 2);
    QVERIFY(report->signatures[1].coversWholeFile);
    QCOMPARE(report->overall, SignatureStatus::Valid);
}

void TestPdfSigning::changedByteBreaksSignature()
{
    auto signedPdf = signPdf(samplePdf(), openP12(m_signer), request(QStringLiteral("SignWatch.signer")));
    QVERIFY2(signedPdf, why(signedPdf));
    // One byte of the page's text stream, inside the signed range.
    QByteArray changed = *signedPdf;
    const qsizetype at = changed.indexOf("stream") + 20;
    QVERIFY(at > 20);
    changed[at] = char(changed[at] ^ 0x01);

    const Pdfsig pdfsig = runPdfsig(changed, m_fixture.path({}));
    QVERIFY2(!pdfsig.output.contains(QLatin1String("Signature is Valid.")), qPrintable(pdfsig.output));
    QVERIFY2(pdfsig.output.contains(QLatin1String("Digest Mismatch")), qPrintable(pdfsig.output));

    auto report = verifyPdf(changed, m_anchors);
    QVERIFY2(report, why(report));
    QCOMPARE(report->signatures.size(), 1);
    QVERIFY(!report->signatures.first().intact);
    QCOMPARE(report->signatures.first().status, SignatureStatus::Broken);
    QCOMPARE(report->overall, SignatureStatus::Broken);

    // A later incremental update appended to the signed file is reported as such.
    auto appended = verifyPdf(*signedPdf + "1 0 obj\n<< >>\nendobj\n", m_anchors);
    QVERIFY2(appended, why(appended));
    QVERIFY(appended->modifiedAfterLastSignature);
    QVERIFY(!appended->signatures.first().coversWholeFile);
    QCOMPARE(appended->overall, SignatureStatus::Broken);

    // No signature at all.
    auto unsignedReport = verifyPdf(samplePdf(), m_anchors);
    QVERIFY2(unsignedReport, why(unsignedReport));
    QVERIFY(unsignedReport->signatures.isEmpty());
    QCOMPARE(unsignedReport->overall, SignatureStatus::Broken);
}

void TestPdfSigning::wrongPinIsAccessDenied()
{
    auto spec = KeySpec::parse(m_signer.p12Path);
    QVERIFY2(spec, why(spec));
    auto key = SigningKey::open(*spec, "not-the-passphrase");
    QVERIFY(!key);
    QCOMPARE(key.error().kind, sw::Error::Kind::AccessDenied);
}

void TestPdfSigning::wrongTokenPinIsAccessDenied()
{
    const QString pin = QStringLiteral("135790");
    if (!m_fixture.makeToken(QStringLiteral("PIN Test"), pin, m_signer))
        return;
    auto spec = KeySpec::parse(QStringLiteral("pkcs11:token=PIN%20Test;object=signer"),
                               SigningFixture::softHsmModule());
    QVERIFY2(spec, why(spec));
    auto key = SigningKey::open(*spec, "000000");
    QVERIFY(!key);
    QCOMPARE(key.error().kind, sw::Error::Kind::AccessDenied);
    QVERIFY2(key.error().message.contains(QLatin1String("PIN")), qPrintable(key.error().message));
    auto right = SigningKey::open(*spec, pin.toUtf8());
    QVERIFY2(right, why(right));
}

void TestPdfSigning::expiredCertificateIsRefused()
{
    const SigningKey key = openP12(m_signer);
    SignatureRequest late = request(QStringLiteral("SignWatch.signer"));
    late.signingTime = key.notAfter().addDays(1);
    auto expired = signPdf(samplePdf(), key, late);
    QVERIFY(!expired);
    QCOMPARE(expired.error().kind, sw::Error::Kind::InvalidInput);
    QVERIFY2(expired.error().message.contains(QLatin1String("expired")), qPrintable(expired.error().message));
    SignatureRequest early = request(QStringLiteral("SignWatch.signer"));
    early.signingTime = key.notBefore().addDays(-1);
    auto notYet = signPdf(samplePdf(), key, early);
    QVERIFY(!notYet);
    QCOMPARE(notYet.error().kind, sw::Error::Kind::InvalidInput);
}

void TestPdfSigning::untrustedWithoutAnchors()
{
    auto signedPdf = signPdf(samplePdf(), openP12(m_signer), request(QStringLiteral("SignWatch.signer")));
    QVERIFY2(signedPdf, why(signedPdf));
    auto report = verifyPdf(*signedPdf, TrustAnchors());
    QVERIFY2(report, why(report));
    QVERIFY(report->signatures.first().intact);
    QVERIFY(!report->signatures.first().trusted);
    QCOMPARE(report->overall, SignatureStatus::Untrusted);

    // Another CA is no anchor for this signer.
    SigningFixture other;
    QVERIFY2(other.makeCa(), qPrintable(other.error()));
    auto otherAnchors = TrustAnchors::fromFiles({other.caPath()});
    QVERIFY2(otherAnchors, why(otherAnchors));
    auto otherReport = verifyPdf(*signedPdf, *otherAnchors);
    QVERIFY2(otherReport, why(otherReport));
    QCOMPARE(otherReport->overall, SignatureStatus::Untrusted);
}

void TestPdfSigning::fieldNameMustBeNew()
{
    const SigningKey key = openP12(m_signer);
    auto once = signPdf(samplePdf(), key, request(QStringLiteral("SignWatch.signer")));
    QVERIFY2(once, why(once));
    auto twice = signPdf(*once, key, request(QStringLiteral("SignWatch.signer")));
    QVERIFY(!twice);
    QCOMPARE(twice.error().kind, sw::Error::Kind::Conflict);
}

void TestPdfSigning::visibleAppearance()
{
    if (!sw::test::requireTool({"pdftoppm"}, "poppler-utils"))
        return;
    // A red disc on a transparent background (a seal), and the text lines of the seal.
    QImage seal(200, 200, QImage::Format_ARGB32);
    seal.fill(Qt::transparent);
    {
        QPainter painter(&seal);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(QColor(220, 0, 0));
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QRectF(20, 20, 160, 160));
    }
    SignatureRequest visible = request(QStringLiteral("SignWatch.seal"));
    Appearance appearance;
    appearance.page = 0;
    appearance.rect = QRectF(300, 500, 144, 144); // points from the bottom left; 2 inches square
    appearance.image = seal;
    appearance.lines = {QStringLiteral("Sở Khoa học và Công nghệ"), m_now.toString(Qt::ISODate)};
    visible.appearance = appearance;
    auto signedPdf = signPdf(samplePdf(), openP12(m_seal), visible);
    QVERIFY2(signedPdf, why(signedPdf));
    const Pdfsig pdfsig = runPdfsig(*signedPdf, m_fixture.path({}));
    QVERIFY2(pdfsig.output.contains(QLatin1String("Signature Validation: Signature is Valid.")),
             qPrintable(pdfsig.output));

    // The page as a picture at 72 dpi: one pixel per point, y from the top (842 - y).
    const QString pdfPath = m_fixture.path(QStringLiteral("visible.pdf"));
    QFile file(pdfPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(*signedPdf);
    file.close();
    QVERIFY2(
        m_fixture.run(QStringLiteral("pdftoppm"),
                      {QStringLiteral("-r"), QStringLiteral("72"), QStringLiteral("-png"),
                       QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                       QStringLiteral("-singlefile"), pdfPath, m_fixture.path(QStringLiteral("visible"))}),
        qPrintable(m_fixture.error()));
    const QImage page(m_fixture.path(QStringLiteral("visible.png")));
    QVERIFY(!page.isNull());
    QCOMPARE(page.height(), 842);
    if (!qEnvironmentVariableIsEmpty("SIGNWATCH_KEEP_PAGES")) { // to look at them
        page.save(qEnvironmentVariable("SIGNWATCH_KEEP_PAGES") + QStringLiteral("/visible.png"));
        QFile::copy(pdfPath, qEnvironmentVariable("SIGNWATCH_KEEP_PAGES") + QStringLiteral("/visible.pdf"));
    }
    auto pixel = [&](qreal x, qreal y) { return page.pixelColor(qRound(x), qRound(842 - y)); };
    // The disc's middle, left of the text: red.
    const QColor inside = pixel(300 + 40, 500 + 72);
    QVERIFY2(inside.red() > 180 && inside.green() < 80 && inside.blue() < 80, qPrintable(inside.name()));
    // The rectangle's corner (transparent in the image): the white page shows through.
    QCOMPARE(pixel(302, 502), QColor(Qt::white));
    // Outside the rectangle: white.
    QCOMPARE(pixel(290, 480), QColor(Qt::white));
    // The text lines: dark pixels across the rectangle's middle band.
    int dark = 0;
    for (int x = 300; x < 444; ++x)
        for (int y = 560; y < 590; ++y)
            dark += pixel(x, y).lightness() < 60 ? 1 : 0;
    QVERIFY2(dark > 20, qPrintable(QString::number(dark)));
    // The widget is where it was asked, on page 1.
    auto report = verifyPdf(*signedPdf, m_anchors);
    QVERIFY2(report, why(report));
    QCOMPARE(report->overall, SignatureStatus::Valid);

    // A rectangle off the page is refused.
    SignatureRequest off = visible;
    off.appearance->rect = QRectF(500, 800, 200, 100);
    auto refused = signPdf(samplePdf(), openP12(m_seal), off);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, sw::Error::Kind::InvalidInput);
}

void TestPdfSigning::timestampedSignature()
{
    // PAdES B-T: a TSA of the test CA (timeStamping EKU) on a local port.
    TestSigner tsa;
    QVERIFY2(m_fixture.makeSigner(QStringLiteral("tsa"), QStringLiteral("/C=VN/CN=SignWatch Test TSA"), 365,
                                  tsa, QStringLiteral("extendedKeyUsage=critical,timeStamping")),
             qPrintable(m_fixture.error()));
    sw::test::LocalTsa server(m_fixture.path({}), tsa.certPath, tsa.keyPath, m_fixture.caPath());
    QVERIFY(server.start());
    SignatureRequest stamped = request(QStringLiteral("SignWatch.signer"));
    stamped.timestampUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/tsa").arg(server.port()));
    auto signedPdf = signPdf(samplePdf(), openP12(m_signer), stamped);
    QVERIFY2(signedPdf, why(signedPdf));
    QCOMPARE(server.answered(), 1);

    const Pdfsig pdfsig = runPdfsig(*signedPdf, m_fixture.path({}));
    QVERIFY2(pdfsig.output.contains(QLatin1String("Signature Validation: Signature is Valid.")),
             qPrintable(pdfsig.output));
    auto report = verifyPdf(*signedPdf, m_anchors);
    QVERIFY2(report, why(report));
    const SignatureCheck &check = report->signatures.first();
    QVERIFY2(check.problems.isEmpty(), qPrintable(check.problems.join(QLatin1Char('\n'))));
    QVERIFY(check.timestamp.has_value());
    QVERIFY2(qAbs(check.timestamp->secsTo(QDateTime::currentDateTimeUtc())) < 120,
             qPrintable(check.timestamp->toString(Qt::ISODate)));
    QCOMPARE(report->overall, SignatureStatus::Valid);
    // Trusted without the TSA's CA: the time-stamp is there but said to be untrusted.
    SigningFixture other;
    QVERIFY2(other.makeCa(), qPrintable(other.error()));
    auto signerOnly = TrustAnchors::fromFiles({m_signer.certPath});
    QVERIFY2(signerOnly, why(signerOnly));
    auto partly = verifyPdf(*signedPdf, *signerOnly);
    QVERIFY2(partly, why(partly));
    QVERIFY(
        partly->signatures.first().problems.join(QLatin1Char(' ')).contains(QLatin1String("time-stamping")));
    QCOMPARE(partly->overall, SignatureStatus::Untrusted);

    // No TSA listening: a clear error, nothing signed.
    SignatureRequest unreachable = request(QStringLiteral("SignWatch.signer"));
    unreachable.timestampUrl = QUrl(QStringLiteral("http://127.0.0.1:1/tsa"));
    unreachable.timestampTimeoutMs = 2000;
    auto refused = signPdf(samplePdf(), openP12(m_signer), unreachable);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, sw::Error::Kind::Unavailable);
}

void TestPdfSigning::thirdPartyXrefStream()
{
    // A reply as other producers write PDF 1.5: its objects in an object stream, a cross-reference
    // stream instead of a table. Signed twice by incremental updates, both signatures stay valid.
    QFile file(QStringLiteral(SIGNWATCH_TEST_DATA "/signing/third-party-xref-stream.pdf"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    auto first = signPdf(original, openP12(m_signer), request(QStringLiteral("SignWatch.signer")));
    QVERIFY2(first, why(first));
    QVERIFY(first->startsWith(original));
    auto second = signPdf(*first, openP12(m_seal), request(QStringLiteral("SignWatch.seal")));
    QVERIFY2(second, why(second));
    const Pdfsig pdfsig = runPdfsig(*second, m_fixture.path({}));
    QCOMPARE(pdfsig.output.count(QLatin1String("Signature Validation: Signature is Valid.")), 2);
    auto report = verifyPdf(*second, m_anchors);
    QVERIFY2(report, why(report));
    QCOMPARE(report->signatures.size(), 2);
    QCOMPARE(report->overall, SignatureStatus::Valid);
}

QTEST_MAIN(TestPdfSigning)
#include "tst_pdfsigning.moc"
