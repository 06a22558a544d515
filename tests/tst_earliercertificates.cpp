// §1.4: the minutes' evidence for a duplicate shows the certificate the citizen already held, its
// provider and the moment it reached Hue-S, read from the registry (citizens::fillEarlierCertificates)
// for the ids the finding's evidence names. A hand-made registry on SQLite and PostgreSQL: the scan
// finds the duplicates, the minutes are made from its findings, and the registry fills the rows.
#include "CaseworkFixtures.h"
#include "RegistryBuilder.h"
#include "ScratchRegistry.h"
#include "citizens/EarlierCertificates.h"
#include "documents/MinutesData.h"
#include "documents/MinutesFromFindings.h"
#include "registry/RegistryConnection.h"
#include "rules/ScanEngine.h"

#include <QTest>

using namespace sw;
using connection::Engine;
using documents::EvidenceRow;
using documents::MinutesData;
using test::numberedCertificate;
using test::RegistryBuilder;

Q_DECLARE_METATYPE(sw::connection::Engine)

class TestEarlierCertificates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void duplicatesGetTheEarliestHeldCertificate_data()
    {
        QTest::addColumn<Engine>("engine");
        test::addEngineRows();
    }
    void duplicatesGetTheEarliestHeldCertificate();
    void idsSurviveTheDraft();
};

namespace {

const EvidenceRow *rowOf(const MinutesData &minutes, const QString &rule, const QString &record)
{
    for (const documents::MinutesViolation &v : minutes.violations)
        if (v.ruleCode == rule)
            for (const EvidenceRow &row : v.evidence)
                if (row.record == record)
                    return &row;
    return nullptr;
}

} // namespace

void TestEarlierCertificates::initTestCase()
{
    QVERIFY(test::checkPostgresRequirement());
}

void TestEarlierCertificates::duplicatesGetTheEarliestHeldCertificate()
{
    QFETCH(Engine, engine);
    RegistryBuilder b;
    b.tenCitizensInThreeDistricts()
        // Citizen 1: VNPT-CA's certificate reached Hue-S first; MISA-CA issues again while it is held.
        .certificate(numberedCertificate(1, 1, "VNPT-CA", "app", "active", "2023-08-01T02:10:00Z",
                                         "2023-08-01T02:15:00Z"))
        .certificate(numberedCertificate(2, 1, "MISA-CA", "app", "active", "2023-08-05T03:00:00Z",
                                         "2023-08-05T03:05:00Z"))
        // Citizen 2: two certificates held when VIETTEL-CA issues; the one with the higher id (FPT-CA)
        // is the earlier on Hue-S.
        .certificate(numberedCertificate(4, 2, "FPT-CA", "app", "active", "2023-08-03T01:00:00Z",
                                         "2023-08-03T01:30:00Z"))
        .certificate(numberedCertificate(3, 2, "BKAV-CA", "app", "active", "2023-08-10T01:00:00Z",
                                         "2023-08-10T01:20:00Z"))
        .certificate(numberedCertificate(5, 2, "VIETTEL-CA", "app", "active", "2023-09-01T08:00:00Z",
                                         "2023-09-01T08:02:00Z"));
    auto scratch = test::ScratchRegistry::create(engine);
    QVERIFY2(scratch.ok(), qPrintable(scratch ? QString() : scratch.error().fullText()));
    auto filled = (*scratch)->exec(b.statements());
    QVERIFY2(filled.ok(), qPrintable(filled ? QString() : filled.error().fullText()));
    (*scratch)->closeWriter();

    rules::ScanOptions options;
    options.asOf = sw::test::utcTime("2024-01-01T00:00:00Z").toSecsSinceEpoch();
    options.rules = {QStringLiteral("DUPLICATE_ISSUANCE")};
    options.threads = 1;
    auto scan = rules::ScanEngine((*scratch)->spec(), (*scratch)->password()).run(options);
    QVERIFY2(scan.ok(), qPrintable(scan ? QString() : scan.error().fullText()));

    MinutesData minutes;
    minutes.violations = documents::minutesViolationsFromFindings(scan->findings);
    const QString rule = QStringLiteral("DUPLICATE_ISSUANCE");
    const EvidenceRow *second = rowOf(minutes, rule, QStringLiteral("Chứng thư số 2"));
    const EvidenceRow *fifth = rowOf(minutes, rule, QStringLiteral("Chứng thư số 5"));
    QVERIFY(second && fifth);
    QCOMPARE(second->earlierCertificates, QList<qint64>({1}));
    QCOMPARE(fifth->earlierCertificates, QList<qint64>({3, 4}));
    QVERIFY(second->earlierProvider.isEmpty()); // the findings carry only ids

    // A row naming more ids than one statement binds (batches), only the last of them held, and a
    // row naming only a certificate the registry does not have.
    EvidenceRow many = *second;
    many.record = QStringLiteral("Chứng thư số 900");
    many.earlierCertificates.clear();
    for (qint64 id = 1000; id < 1700; ++id)
        many.earlierCertificates << id;
    many.earlierCertificates << 4;
    EvidenceRow missing = *second;
    missing.record = QStringLiteral("Chứng thư số 901");
    missing.earlierCertificates = {99999};
    for (documents::MinutesViolation &v : minutes.violations)
        if (v.ruleCode == rule)
            v.evidence << many << missing;

    auto console = registry::RegistryConnection::open((*scratch)->spec(), (*scratch)->password());
    QVERIFY2(console.ok(), qPrintable(console ? QString() : console.error().fullText()));
    auto set = citizens::fillEarlierCertificates(**console, minutes);
    QVERIFY2(set.ok(), qPrintable(set ? QString() : set.error().fullText()));

    second = rowOf(minutes, rule, QStringLiteral("Chứng thư số 2"));
    fifth = rowOf(minutes, rule, QStringLiteral("Chứng thư số 5"));
    const EvidenceRow *third = rowOf(minutes, rule, QStringLiteral("Chứng thư số 3"));
    QCOMPARE(second->earlierProvider, QStringLiteral("VNPT-CA"));
    QCOMPARE(second->earlierRecordedAt, sw::test::utcTime("2023-08-01T02:15:00Z"));
    // By the moment on Hue-S, not by id: certificate 4 (FPT-CA) came before 3 (BKAV-CA).
    QCOMPARE(fifth->earlierProvider, QStringLiteral("FPT-CA"));
    QCOMPARE(fifth->earlierRecordedAt, sw::test::utcTime("2023-08-03T01:30:00Z"));
    QVERIFY(third); // BKAV-CA issued while FPT-CA's was held
    QCOMPARE(third->earlierProvider, QStringLiteral("FPT-CA"));
    const EvidenceRow *manyRow = rowOf(minutes, rule, QStringLiteral("Chứng thư số 900"));
    QCOMPARE(manyRow->earlierProvider, QStringLiteral("FPT-CA"));
    const EvidenceRow *missingRow = rowOf(minutes, rule, QStringLiteral("Chứng thư số 901"));
    QVERIFY(missingRow->earlierProvider.isEmpty());
    QVERIFY(!missingRow->earlierRecordedAt.isValid());
    QCOMPARE(*set, 4); // rows 2, 3, 5 and 900
    QCOMPARE(second->earlierRecordedAt.timeSpec(), Qt::UTC);
}

void TestEarlierCertificates::idsSurviveTheDraft()
{
    MinutesData minutes;
    minutes.year = 2026;
    documents::MinutesViolation v;
    v.ruleCode = QStringLiteral("SUPERSEDED");
    EvidenceRow row;
    row.record = QStringLiteral("Chứng thư số 7");
    row.citizenId = QStringLiteral("046090000001");
    row.at = sw::test::utcTime("2023-08-05T03:00:00Z");
    row.happened = QStringLiteral("…");
    row.earlierCertificates = {4702, 4703};
    row.earlierProvider = QStringLiteral("VNPT-CA");
    row.earlierRecordedAt = sw::test::utcTime("2023-08-01T02:15:00Z");
    v.evidence << row;
    minutes.violations << v;
    const QJsonObject json = documents::toJson(minutes);
    auto back = documents::minutesFromJson(json);
    QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().fullText()));
    QCOMPARE(back->violations.constFirst().evidence.constFirst(), row);
    // Not a finding's detail: the rows of rules without earlier certificates carry no ids.
    QVERIFY(!documents::hasEarlierCertificates(QStringLiteral("LATE_UPDATE")));
    QVERIFY(documents::hasEarlierCertificates(QStringLiteral("SUPERSEDED")));
}

QTEST_GUILESS_MAIN(TestEarlierCertificates)
#include "tst_earliercertificates.moc"
