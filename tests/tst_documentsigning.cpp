// Signing holds the casebook's write lock only briefly: the PDF is rendered before the transaction,
// so a second console on the same file can work meanwhile, and numbers still come without gaps —
// a number taken by another console during the render makes the document render again with the
// next one; a draft changed meanwhile is rendered again as it now stands. The second console is a
// second connection to the same file, driven from inside the slow renderer.
#include "CaseworkFixtures.h"
#include "casebook/AuditLog.h"
#include "casebook/CaseDocuments.h"
#include "casebook/Casebook.h"
#include "casebook/Cases.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sw::casebook;
using sw::test::findingLine;

namespace {
const QString provider = QStringLiteral("VNPT-CA");

template<typename R>
QByteArray why(const R &result)
{
    return result.ok() ? QByteArray() : result.error().fullText().toUtf8();
}

// A console on the casebook: its own connection and casework objects.
struct Desk
{
    std::unique_ptr<Casebook> casebook;
    std::unique_ptr<Cases> cases;
    std::unique_ptr<CaseDocuments> documents;

    explicit Desk(const QString &path)
    {
        // Documents are signed on a day of 2026: the Department of Science and Technology issues them.
        auto opened
            = Casebook::open(path, sw::Clock::fixedAt(QDateTime(QDate(2026, 11, 20), QTime(3, 15), Qt::UTC)));
        if (!opened)
            return;
        casebook = std::move(opened.value());
        cases = std::make_unique<Cases>(*casebook);
        documents = std::make_unique<CaseDocuments>(*casebook);
        documents->setRenderer(sw::test::fakeRender);
    }
};
} // namespace

class TestDocumentSigning : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void otherConsoleWorksWhileRendering();
    void numberTakenMeanwhileIsRenderedAgain();
    void draftChangedMeanwhileIsRenderedAgain();

private:
    // A minutes draft ready to sign, of a new established case at `desk`.
    qint64 minutesDraft(Desk &desk);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Desk> m_here;
    std::unique_ptr<Desk> m_there;
    int m_nextSubject = 3000;
};

void TestDocumentSigning::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestDocumentSigning::init()
{
    static int n = 0;
    m_path = m_dir.filePath(QStringLiteral("casebook-%1.sqlite").arg(++n));
    m_here = std::make_unique<Desk>(m_path);
    m_there = std::make_unique<Desk>(m_path);
    QVERIFY(m_here->casebook && m_there->casebook);
}

void TestDocumentSigning::cleanup()
{
    m_there.reset();
    m_here.reset();
}

qint64 TestDocumentSigning::minutesDraft(Desk &desk)
{
    auto opened = desk.cases->open({provider, {}, {}, {findingLine(++m_nextSubject, provider)}});
    if (!opened || !desk.cases->establish(opened->id, QStringLiteral("checked")))
        return 0;
    auto draft = desk.documents->createMinutes(opened->id);
    if (!draft
        || !desk.documents->saveDraft(draft->id, sw::test::completedMinutes(draft->draft, QDate(2024, 1, 5)),
                                      draft->version))
        return 0;
    return draft->id;
}

void TestDocumentSigning::otherConsoleWorksWhileRendering()
{
    const qint64 draft = minutesDraft(*m_here);
    QVERIFY(draft);
    // The other console opens a case while this one renders (a long minutes takes seconds).
    std::optional<sw::Result<CaseRecord>> openedThere;
    qint64 waitedMs = -1;
    m_here->documents->setRenderer([&](const QJsonObject &d) {
        if (!openedThere) {
            QElapsedTimer timer;
            timer.start();
            openedThere = m_there->cases->open({provider, {}, {}, {findingLine(++m_nextSubject, provider)}});
            waitedMs = timer.elapsed();
        }
        return sw::test::fakeRender(d);
    });
    auto signedDoc = m_here->documents->sign(draft);
    QVERIFY2(signedDoc.ok(), why(signedDoc).constData());
    QCOMPARE(signedDoc->numberText(), QStringLiteral("01/BB-SKHCN"));
    QVERIFY(openedThere.has_value());
    QVERIFY2(openedThere->ok(), why(*openedThere).constData());
    // It did not wait for the signing (the busy timeout is 5 s).
    QVERIFY2(waitedMs < 2000, qPrintable(QString::number(waitedMs)));
    QVERIFY(AuditLog(*m_here->casebook).verify()->intact());
}

void TestDocumentSigning::numberTakenMeanwhileIsRenderedAgain()
{
    const qint64 mine = minutesDraft(*m_here);
    const qint64 theirs = minutesDraft(*m_there);
    QVERIFY(mine && theirs);
    // While this console renders its minutes as no. 1, the other signs its own: no. 1 is theirs.
    QList<int> numbersRendered;
    std::optional<sw::Result<CaseDocument>> signedThere;
    m_here->documents->setRenderer([&](const QJsonObject &d) {
        numbersRendered << d.value(QLatin1String("number")).toInt();
        if (!signedThere)
            signedThere = m_there->documents->sign(theirs);
        return sw::test::fakeRender(d);
    });
    auto signedHere = m_here->documents->sign(mine);
    QVERIFY2(signedHere.ok(), why(signedHere).constData());
    QVERIFY(signedThere.has_value());
    QVERIFY2(signedThere->ok(), why(*signedThere).constData());
    QCOMPARE((*signedThere)->numberText(), QStringLiteral("01/BB-SKHCN"));
    QCOMPARE(signedHere->numberText(), QStringLiteral("02/BB-SKHCN"));
    QCOMPARE(numbersRendered, (QList<int> {1, 2}));
    // What is stored is what was rendered last: the PDF of no. 2.
    const QByteArray pdf = *m_here->documents->pdf(mine);
    QCOMPARE(
        QJsonDocument::fromJson(pdf.mid(pdf.indexOf('{'))).object().value(QLatin1String("number")).toInt(),
        2);
    // Numbers 1 and 2, nothing else, and both signings audited once.
    QSqlQuery numbers(m_here->casebook->database());
    QVERIFY(numbers.exec(QStringLiteral("SELECT number FROM case_documents WHERE number IS NOT NULL ORDER BY "
                                        "number")));
    QList<int> given;
    while (numbers.next())
        given << numbers.value(0).toInt();
    QCOMPARE(given, (QList<int> {1, 2}));
    int signings = 0;
    const auto entries = AuditLog(*m_here->casebook).entries();
    QVERIFY(entries.ok());
    for (const AuditEntry &e : *entries)
        signings += e.action == QLatin1String("document.sign") ? 1 : 0;
    QCOMPARE(signings, 2);
    QVERIFY(AuditLog(*m_here->casebook).verify()->intact());
}

void TestDocumentSigning::draftChangedMeanwhileIsRenderedAgain()
{
    const qint64 draft = minutesDraft(*m_here);
    QVERIFY(draft);
    // The other window autosaves a last edit while this one renders.
    QStringList placesRendered;
    bool edited = false;
    m_here->documents->setRenderer([&](const QJsonObject &d) {
        placesRendered << d.value(QLatin1String("meeting_place")).toString();
        if (!edited) {
            edited = true;
            const CaseDocument current = *m_there->documents->document(draft);
            QJsonObject changed = current.draft;
            changed.insert(QLatin1String("meeting_place"), QStringLiteral("Phòng họp số 2"));
            (void)m_there->documents->saveDraft(draft, changed, current.version);
        }
        return sw::test::fakeRender(d);
    });
    auto signedDoc = m_here->documents->sign(draft);
    QVERIFY2(signedDoc.ok(), why(signedDoc).constData());
    QCOMPARE(placesRendered.size(), 2);
    QCOMPARE(placesRendered.constLast(), QStringLiteral("Phòng họp số 2"));
    QCOMPARE(signedDoc->draft.value(QLatin1String("meeting_place")).toString(),
             QStringLiteral("Phòng họp số 2"));
    QCOMPARE(signedDoc->numberText(), QStringLiteral("01/BB-SKHCN"));
}

QTEST_GUILESS_MAIN(TestDocumentSigning)
#include "tst_documentsigning.moc"
