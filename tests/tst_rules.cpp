#include "RegistryBuilder.h"
#include "ScratchRegistry.h"
#include "SpecRules.h"

#include "rules/RuleCatalogue.h"
#include "rules/ScanEngine.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace sw::connection;
using namespace sw::registry;
using namespace sw::rules;
using sw::test::RegistryBuilder;
using sw::test::ScratchRegistry;
using sw::test::specRule;
using sw::test::SpecRule;
using sw::test::specRules;
using Cert = RegistryBuilder::Cert;

Q_DECLARE_METATYPE(std::function<void(RegistryBuilder &)>)

// Every rule of spec/rules.md at its edges: thresholds at the limit and one second past it, ties,
// revocations around t(X) and T, switches, windows, bursts. Each row builds a small registry,
// scans it as of T with the rules named, and compares the JSON Lines to the letter. The same rows
// run on SQLite and on a real PostgreSQL server.
class TestRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(sw::test::checkPostgresRequirement()); }
    void scan_data();
    void scan();
    void catalogue();
    void progressAndCancel();
    void caseworkExclusionTakesTheEarliest_data();
    void caseworkExclusionTakesTheEarliest();
};

namespace {
const QString defaultT = QStringLiteral("2024-03-31T17:00:00Z");

// One expected finding as the spec writes it, its clause and severity from SpecRules.h (not from
// the catalogue under test). `detail` is the JSON object's text.
QString F(const char *rule, const char *subject, int id, const char *provider, const char *citizen,
          const char *at, const QList<int> &evidence = {}, const char *detail = "{}")
{
    const QStringList clauses = specRule(rule).clauseList();
    QStringList ev;
    for (int e : evidence)
        ev << QString::number(e);
    return QStringLiteral(
               "{\"rule\":\"%1\",\"clause\":%2,\"severity\":\"%3\",\"subject\":\"%4\",\"subject_id\":%5,"
               "\"provider\":\"%6\",\"citizen_id\":\"%7\",\"at\":\"%8\",\"evidence\":[%9],\"detail\":%10}")
        .arg(QString::fromLatin1(rule),
             clauses.isEmpty() ? QStringLiteral("null")
                               : QLatin1Char('"') + clauses.first() + QLatin1Char('"'),
             QString::fromLatin1(specRule(rule).severity), QString::fromLatin1(subject), QString::number(id),
             QString::fromLatin1(provider), QString::fromLatin1(citizen), QString::fromLatin1(at),
             ev.join(QLatin1Char(',')), QString::fromLatin1(detail));
}

Cert cert(qint64 id, const char *citizen, const char *provider, const char *channel, const char *activated,
          const char *recorded, const char *freeUntil = "2025-01-01")
{
    Cert c;
    c.id = id;
    c.citizen = QString::fromLatin1(citizen);
    c.provider = QString::fromLatin1(provider);
    c.channel = QString::fromLatin1(channel);
    c.activated = QString::fromLatin1(activated);
    c.recorded = QString::fromLatin1(recorded);
    c.freeUntil = QString::fromLatin1(freeUntil);
    return c;
}

Cert revoked(Cert c, const char *at, const char *reason = "switch_provider")
{
    c.status = QStringLiteral("revoked");
    c.revoked = QString::fromLatin1(at);
    c.reason = QString::fromLatin1(reason);
    return c;
}

Cert withStaff(Cert c, const char *staff)
{
    c.staff = QString::fromLatin1(staff);
    return c;
}

Cert replacing(Cert c, qint64 replaced)
{
    c.replaces = replaced;
    return c;
}

using Build = std::function<void(RegistryBuilder &)>;
} // namespace

void TestRules::scan_data()
{
    QTest::addColumn<Engine>("engine");
    QTest::addColumn<Build>("build");
    QTest::addColumn<QString>("asOf");
    QTest::addColumn<QStringList>("rules");
    QTest::addColumn<QStringList>("expected");

    struct Case
    {
        const char *name;
        Build build;
        QString asOf;
        QStringList rules;
        QStringList expected;
    };
    const QStringList all; // every rule
    const QStringList dup {QStringLiteral("DUPLICATE_ISSUANCE"), QStringLiteral("SUPERSEDED")};
    const QString A = QStringLiteral("046090000001");
    QList<Case> cases;

    // --- DUPLICATE_ISSUANCE and SUPERSEDED -----------------------------------------------------
    cases.append({"lawful door-to-door issuance: nothing",
                  [](RegistryBuilder &r) {
                      r.citizen(QStringLiteral("046090000001"))
                          .lookup(1, QStringLiteral("VNPT-CA"), QStringLiteral("046090000001"),
                                  QStringLiteral("2023-08-01T01:00:00Z"))
                          .certificate(
                              withStaff(cert(1, "046090000001", "VNPT-CA", "door_to_door",
                                             "2023-08-01T01:30:00Z", "2023-08-01T01:40:00Z", "2024-08-01"),
                                        "vnpt.nv001"));
                  },
                  defaultT,
                  all,
                  {}});
    cases.append({"duplicate after a look-up that found the citizen",
                  [](RegistryBuilder &r) {
                      r.citizen(QStringLiteral("046090000002"))
                          .certificate(cert(2, "046090000002", "VNPT-CA", "app", "2023-08-02T02:00:00Z",
                                            "2023-08-02T02:05:00Z"))
                          .lookup(3, QStringLiteral("VIETTEL-CA"), QStringLiteral("046090000002"),
                                  QStringLiteral("2023-08-05T03:00:00Z"), true)
                          .certificate(cert(3, "046090000002", "VIETTEL-CA", "app", "2023-08-05T03:10:00Z",
                                            "2023-08-05T03:20:00Z"));
                  },
                  defaultT,
                  dup,
                  {F("DUPLICATE_ISSUANCE", "certificate", 3, "VIETTEL-CA", "046090000002",
                     "2023-08-05T03:10:00Z", {2}, "{\"lookup_found\":true}")}});
    cases.append({"a found look-up one second outside the window does not aggravate",
                  [](RegistryBuilder &r) {
                      r.citizen(QStringLiteral("046090000002"))
                          .certificate(cert(2, "046090000002", "VNPT-CA", "app", "2023-08-02T02:00:00Z",
                                            "2023-08-02T02:05:00Z"))
                          .lookup(3, QStringLiteral("VIETTEL-CA"), QStringLiteral("046090000002"),
                                  QStringLiteral("2023-08-04T03:09:59Z"), true)
                          .lookup(4, QStringLiteral("VNPT-CA"), QStringLiteral("046090000002"),
                                  QStringLiteral("2023-08-05T03:00:00Z"), true)
                          .certificate(cert(3, "046090000002", "VIETTEL-CA", "app", "2023-08-05T03:10:00Z",
                                            "2023-08-05T03:20:00Z"));
                  },
                  defaultT,
                  dup,
                  {F("DUPLICATE_ISSUANCE", "certificate", 3, "VIETTEL-CA", "046090000002",
                     "2023-08-05T03:10:00Z", {2}, "{\"lookup_found\":false}")}});
    cases.append({"issued in the second the first record reached Hue-S: duplicate",
                  [](RegistryBuilder &r) {
                      r.citizen(QStringLiteral("046090000003"))
                          .certificate(cert(4, "046090000003", "MISA-CA", "app", "2023-08-10T01:00:00Z",
                                            "2023-08-10T02:00:00Z"))
                          .certificate(cert(5, "046090000003", "BKAV-CA", "app", "2023-08-10T02:00:00Z",
                                            "2023-08-10T02:01:00Z"));
                  },
                  defaultT,
                  dup,
                  {F("DUPLICATE_ISSUANCE", "certificate", 5, "BKAV-CA", "046090000003",
                     "2023-08-10T02:00:00Z", {4}, "{\"lookup_found\":false}")}});
    cases.append(
        {"issued one second before the first record: superseded, not duplicate",
         [](RegistryBuilder &r) {
             r.citizen(QStringLiteral("046090000003"))
                 .certificate(cert(4, "046090000003", "MISA-CA", "app", "2023-08-10T01:00:00Z",
                                   "2023-08-10T02:00:00Z"))
                 .certificate(cert(5, "046090000003", "BKAV-CA", "app", "2023-08-10T01:59:59Z",
                                   "2023-08-10T02:01:00Z"));
         },
         defaultT,
         dup,
         {F("SUPERSEDED", "certificate", 5, "BKAV-CA", "046090000003", "2023-08-10T01:59:59Z", {4})}});
    cases.append(
        {"activated first but recorded late: superseded and late",
         [](RegistryBuilder &r) {
             r.citizen(QStringLiteral("046090000004"))
                 .certificate(
                     cert(6, "046090000004", "FPT-CA", "app", "2023-09-02T01:00:00Z", "2023-09-02T01:10:00Z"))
                 .certificate(cert(7, "046090000004", "VNPT-CA", "app", "2023-09-01T01:00:00Z",
                                   "2023-09-03T01:00:00Z"));
         },
         defaultT,
         dup + QStringList {QStringLiteral("LATE_UPDATE")},
         {F("LATE_UPDATE", "certificate", 7, "VNPT-CA", "046090000004", "2023-09-01T01:00:00Z", {},
            "{\"delay_seconds\":172800}"),
          F("SUPERSEDED", "certificate", 7, "VNPT-CA", "046090000004", "2023-09-01T01:00:00Z", {6})}});
    cases.append(
        {"tie on recorded_at: the higher id is superseded",
         [](RegistryBuilder &r) {
             r.citizen(QStringLiteral("046090000005"))
                 .certificate(cert(10, "046090000005", "VIETTEL-CA", "app", "2023-09-10T02:00:00Z",
                                   "2023-09-10T03:00:00Z"))
                 .certificate(cert(11, "046090000005", "VNPT-CA", "app", "2023-09-10T01:00:00Z",
                                   "2023-09-10T03:00:00Z"));
         },
         defaultT,
         dup,
         {F("SUPERSEDED", "certificate", 11, "VNPT-CA", "046090000005", "2023-09-10T01:00:00Z", {10})}});
    cases.append({"same provider twice: duplicate",
                  [](RegistryBuilder &r) {
                      r.citizen(QStringLiteral("046090000066"))
                          .certificate(cert(69, "046090000066", "VNPT-CA", "app", "2023-10-20T01:00:00Z",
                                            "2023-10-20T01:05:00Z"))
                          .certificate(cert(70, "046090000066", "VNPT-CA", "app", "2023-10-25T01:00:00Z",
                                            "2023-10-25T01:05:00Z"));
                  },
                  defaultT,
                  dup,
                  {F("DUPLICATE_ISSUANCE", "certificate", 70, "VNPT-CA", "046090000066",
                     "2023-10-25T01:00:00Z", {69}, "{\"lookup_found\":false}")}});
    cases.append({"several held certificates: all are evidence, ascending",
                  [](RegistryBuilder &r) {
                      r.citizen(QStringLiteral("046090000067"))
                          .certificate(cert(91, "046090000067", "FPT-CA", "app", "2023-10-21T01:00:00Z",
                                            "2023-10-21T01:05:00Z"))
                          .certificate(cert(90, "046090000067", "VNPT-CA", "app", "2023-10-20T01:00:00Z",
                                            "2023-10-20T01:05:00Z"))
                          .certificate(cert(95, "046090000067", "MISA-CA", "app", "2023-10-25T01:00:00Z",
                                            "2023-10-25T01:05:00Z"));
                  },
                  defaultT,
                  QStringList {QStringLiteral("DUPLICATE_ISSUANCE")},
                  {F("DUPLICATE_ISSUANCE", "certificate", 91, "FPT-CA", "046090000067",
                     "2023-10-21T01:00:00Z", {90}, "{\"lookup_found\":false}"),
                   F("DUPLICATE_ISSUANCE", "certificate", 95, "MISA-CA", "046090000067",
                     "2023-10-25T01:00:00Z", {90, 91}, "{\"lookup_found\":false}")}});

    // --- switches and revocations around t(X) and T ---------------------------------------------
    auto switchCase = [](const char *revokedAt, const char *newFreeUntil) {
        return Build([=](RegistryBuilder &r) {
            r.citizen(QStringLiteral("046090000008"))
                .certificate(revoked(cert(14, "046090000008", "VNPT-CA", "app", "2024-01-10T01:00:00Z",
                                          "2024-01-10T01:05:00Z", "2025-01-10"),
                                     revokedAt))
                .certificate(replacing(cert(15, "046090000008", "MISA-CA", "app", "2024-03-20T01:00:00Z",
                                            "2024-03-20T01:02:00Z", newFreeUntil),
                                       14));
        });
    };
    const QStringList switchRules = dup + QStringList {QStringLiteral("FREE_PERIOD")};
    cases.append({"lawful switch: revoked before, same free period",
                  switchCase("2024-03-20T00:59:59Z", "2025-01-10"),
                  defaultT,
                  switchRules,
                  {}});
    cases.append({"switch revoked at t(X) exactly: not held",
                  switchCase("2024-03-20T01:00:00Z", "2025-01-10"),
                  defaultT,
                  switchRules,
                  {}});
    cases.append({"switch revoked one second after t(X): duplicate",
                  switchCase("2024-03-20T01:00:01Z", "2025-01-10"),
                  defaultT,
                  switchRules,
                  {F("DUPLICATE_ISSUANCE", "certificate", 15, "MISA-CA", "046090000008",
                     "2024-03-20T01:00:00Z", {14}, "{\"lookup_found\":false}")}});
    cases.append({"switch revoked only after T: duplicate",
                  switchCase("2024-04-05T00:00:00Z", "2025-01-10"),
                  defaultT,
                  switchRules,
                  {F("DUPLICATE_ISSUANCE", "certificate", 15, "MISA-CA", "046090000008",
                     "2024-03-20T01:00:00Z", {14}, "{\"lookup_found\":false}")}});
    cases.append({"revocation after t(X) still dated before a later T does not help",
                  switchCase("2024-04-05T00:00:00Z", "2025-01-10"),
                  QStringLiteral("2024-05-01T00:00:00Z"),
                  switchRules,
                  {F("DUPLICATE_ISSUANCE", "certificate", 15, "MISA-CA", "046090000008",
                     "2024-03-20T01:00:00Z", {14}, "{\"lookup_found\":false}")}});
    cases.append({"switch restarting the free year",
                  switchCase("2024-03-19T00:00:00Z", "2025-03-20"),
                  defaultT,
                  switchRules,
                  {F("FREE_PERIOD", "certificate", 15, "MISA-CA", "046090000008", "2024-03-20T01:00:00Z",
                     {14}, "{\"free_until\":\"2025-03-20\",\"expected\":\"2025-01-10\"}")}});
    cases.append({"switch one day off is tolerated",
                  switchCase("2024-03-19T00:00:00Z", "2025-01-11"),
                  defaultT,
                  switchRules,
                  {}});
    cases.append({"switch cut short by two days",
                  switchCase("2024-03-19T00:00:00Z", "2025-01-08"),
                  defaultT,
                  switchRules,
                  {F("FREE_PERIOD", "certificate", 15, "MISA-CA", "046090000008", "2024-03-20T01:00:00Z",
                     {14}, "{\"free_until\":\"2025-01-08\",\"expected\":\"2025-01-10\"}")}});
    cases.append({"switch with no free period",
                  switchCase("2024-03-19T00:00:00Z", ""),
                  defaultT,
                  switchRules,
                  {F("FREE_PERIOD", "certificate", 15, "MISA-CA", "046090000008", "2024-03-20T01:00:00Z",
                     {14}, "{\"free_until\":null,\"expected\":\"2025-01-10\"}")}});

    // --- LATE_UPDATE, PREMATURE_CONFIRMATION a/b, STALE_TECHNICAL_ERROR -------------------------
    cases.append({"late update at the limit and one second past",
                  [](RegistryBuilder &r) {
                      r.citizen(QStringLiteral("046090000009"))
                          .citizen(QStringLiteral("046090000010"))
                          .certificate(cert(16, "046090000009", "BKAV-CA", "app", "2023-11-01T01:00:00Z",
                                            "2023-11-02T01:00:00Z"))
                          .certificate(cert(17, "046090000010", "BKAV-CA", "app", "2023-11-01T01:00:00Z",
                                            "2023-11-02T01:00:01Z"));
                  },
                  defaultT,
                  QStringList {QStringLiteral("LATE_UPDATE")},
                  {F("LATE_UPDATE", "certificate", 17, "BKAV-CA", "046090000010", "2023-11-01T01:00:00Z", {},
                     "{\"delay_seconds\":86401}")}});
    cases.append({"recorded before activation: 300 s skew, 301 s premature; active never activated",
                  [](RegistryBuilder &r) {
                      Cert b = cert(20, "046090000013", "VNPT-CA", "app", "", "2023-11-06T01:00:00Z", "");
                      Cert techErr = cert(21, "046090000014", "VNPT-CA", "door_to_door", "",
                                          "2023-11-06T01:00:00Z", "");
                      techErr.status = QStringLiteral("technical_error");
                      r.citizen(QStringLiteral("046090000011"))
                          .citizen(QStringLiteral("046090000012"))
                          .citizen(QStringLiteral("046090000013"))
                          .citizen(QStringLiteral("046090000014"))
                          .certificate(cert(18, "046090000011", "FPT-CA", "app", "2023-11-05T01:05:00Z",
                                            "2023-11-05T01:00:00Z"))
                          .certificate(cert(19, "046090000012", "FPT-CA", "app", "2023-11-05T01:05:01Z",
                                            "2023-11-05T01:00:00Z"))
                          .certificate(b)
                          .certificate(techErr);
                  },
                  defaultT,
                  QStringList {QStringLiteral("PREMATURE_CONFIRMATION"), QStringLiteral("FREE_PERIOD")},
                  {F("PREMATURE_CONFIRMATION", "certificate", 19, "FPT-CA", "046090000012",
                     "2023-11-05T01:05:01Z", {}, "{\"form\":\"a\"}"),
                   F("PREMATURE_CONFIRMATION", "certificate", 20, "VNPT-CA", "046090000013",
                     "2023-11-06T01:00:00Z", {}, "{\"form\":\"b\"}")}});
    cases.append(
        {"technical error within grace and one second past",
         [](RegistryBuilder &r) {
             Cert in = cert(29, "046090000027", "VIETTEL-CA", "door_to_door", "", "2024-03-24T17:00:00Z", "");
             Cert out
                 = cert(30, "046090000028", "VIETTEL-CA", "door_to_door", "", "2024-03-24T16:59:59Z", "");
             Cert activated = cert(31, "046090000029", "VIETTEL-CA", "door_to_door", "2024-03-20T00:00:00Z",
                                   "2024-03-01T00:00:00Z", "");
             in.status = out.status = activated.status = QStringLiteral("technical_error");
             r.citizen(QStringLiteral("046090000027"))
                 .citizen(QStringLiteral("046090000028"))
                 .citizen(QStringLiteral("046090000029"))
                 .certificate(in)
                 .certificate(out)
                 .certificate(activated);
         },
         defaultT,
         QStringList {QStringLiteral("STALE_TECHNICAL_ERROR")},
         {F("STALE_TECHNICAL_ERROR", "certificate", 30, "VIETTEL-CA", "046090000028",
            "2024-03-24T16:59:59Z")}});

    // --- REQUEST_EXPIRED and PREMATURE_CONFIRMATION c --------------------------------------------
    cases.append(
        {"requests around the 48-hour deadline",
         [](RegistryBuilder &r) {
             for (int i = 14; i <= 22; ++i)
                 r.citizen(QStringLiteral("0460900000%1").arg(i));
             Cert served = cert(21, "046090000014", "VNPT-CA", "hues_request", "2023-12-03T00:58:00Z",
                                "2023-12-03T01:00:00Z");
             served.request = 1;
             Cert late = cert(22, "046090000015", "VNPT-CA", "hues_request", "2023-12-03T00:59:00Z",
                              "2023-12-03T01:00:01Z");
             late.request = 2;
             r.request(1, QStringLiteral("046090000014"), QStringLiteral("VNPT-CA"),
                       QStringLiteral("2023-12-01T01:00:00Z"), QStringLiteral("2023-12-03T01:00:00Z"))
                 .certificate(served)
                 .request(2, QStringLiteral("046090000015"), QStringLiteral("VNPT-CA"),
                          QStringLiteral("2023-12-01T01:00:00Z"), QStringLiteral("2023-12-03T01:00:01Z"))
                 .certificate(late)
                 // open, 41 hours old at T
                 .request(3, QStringLiteral("046090000016"), QStringLiteral("VIETTEL-CA"),
                          QStringLiteral("2024-03-30T00:00:00Z"))
                 // open for a month
                 .request(4, QStringLiteral("046090000017"), QStringLiteral("VIETTEL-CA"),
                          QStringLiteral("2024-03-01T00:00:00Z"), {}, {}, QStringLiteral("phone"))
                 // withdrawn exactly at the deadline / after it
                 .request(5, QStringLiteral("046090000018"), QStringLiteral("MISA-CA"),
                          QStringLiteral("2024-02-01T00:00:00Z"), {}, QStringLiteral("2024-02-03T00:00:00Z"))
                 .request(6, QStringLiteral("046090000019"), QStringLiteral("MISA-CA"),
                          QStringLiteral("2024-02-01T00:00:00Z"), {}, QStringLiteral("2024-02-05T00:00:00Z"))
                 // completed and withdrawn after T: as of T open, 7 hours old
                 .request(7, QStringLiteral("046090000022"), QStringLiteral("FPT-CA"),
                          QStringLiteral("2024-03-31T10:00:00Z"), QStringLiteral("2024-04-01T00:00:00Z"))
                 // registered after T: does not exist yet
                 .request(8, QStringLiteral("046090000020"), QStringLiteral("FPT-CA"),
                          QStringLiteral("2024-04-01T00:00:00Z"));
         },
         defaultT,
         QStringList {QStringLiteral("REQUEST_EXPIRED")},
         {F("REQUEST_EXPIRED", "request", 2, "VNPT-CA", "046090000015", "2023-12-03T01:00:00Z", {},
            "{\"late_seconds\":1}"),
          F("REQUEST_EXPIRED", "request", 4, "VIETTEL-CA", "046090000017", "2024-03-03T00:00:00Z", {},
            "{\"late_seconds\":2480400}"),
          F("REQUEST_EXPIRED", "request", 6, "MISA-CA", "046090000019", "2024-02-03T00:00:00Z", {},
            "{\"late_seconds\":172800}")}});
    cases.append(
        {"completion without a certificate behind it",
         [](RegistryBuilder &r) {
             for (int i = 20; i <= 25; ++i)
                 r.citizen(QStringLiteral("0460900000%1").arg(i));
             Cert late = cert(23, "046090000021", "BKAV-CA", "hues_request", "2024-02-10T05:05:01Z",
                              "2024-02-10T05:06:00Z");
             late.request = 8;
             Cert skew = cert(24, "046090000023", "BKAV-CA", "hues_request", "2024-02-10T05:05:00Z",
                              "2024-02-10T05:06:00Z");
             skew.request = 9;
             Cert afterT = cert(25, "046090000024", "BKAV-CA", "hues_request", "2024-02-10T04:00:00Z",
                                "2024-04-02T00:00:00Z");
             afterT.request = 10;
             Cert revokedLater = revoked(cert(26, "046090000025", "BKAV-CA", "hues_request",
                                              "2024-02-10T04:00:00Z", "2024-02-10T04:10:00Z"),
                                         "2024-02-20T00:00:00Z", "citizen_request");
             revokedLater.request = 11;
             r.request(7, QStringLiteral("046090000020"), QStringLiteral("BKAV-CA"),
                       QStringLiteral("2024-02-10T00:00:00Z"), QStringLiteral("2024-02-10T05:00:00Z"))
                 .request(8, QStringLiteral("046090000021"), QStringLiteral("BKAV-CA"),
                          QStringLiteral("2024-02-10T00:00:00Z"), QStringLiteral("2024-02-10T05:00:00Z"))
                 .certificate(late)
                 .request(9, QStringLiteral("046090000023"), QStringLiteral("BKAV-CA"),
                          QStringLiteral("2024-02-10T00:00:00Z"), QStringLiteral("2024-02-10T05:00:00Z"))
                 .certificate(skew)
                 .request(10, QStringLiteral("046090000024"), QStringLiteral("BKAV-CA"),
                          QStringLiteral("2024-02-10T00:00:00Z"), QStringLiteral("2024-02-10T05:00:00Z"))
                 .certificate(afterT)
                 .request(11, QStringLiteral("046090000025"), QStringLiteral("BKAV-CA"),
                          QStringLiteral("2024-02-10T00:00:00Z"), QStringLiteral("2024-02-10T05:00:00Z"))
                 .certificate(revokedLater);
         },
         defaultT,
         QStringList {QStringLiteral("PREMATURE_CONFIRMATION")},
         {F("PREMATURE_CONFIRMATION", "request", 7, "BKAV-CA", "046090000020", "2024-02-10T05:00:00Z", {},
            "{\"form\":\"c\"}"),
          F("PREMATURE_CONFIRMATION", "request", 8, "BKAV-CA", "046090000021", "2024-02-10T05:00:00Z", {},
            "{\"form\":\"c\"}"),
          F("PREMATURE_CONFIRMATION", "request", 10, "BKAV-CA", "046090000024", "2024-02-10T05:00:00Z", {},
            "{\"form\":\"c\"}")}});

    // --- MISSING_LOOKUP -------------------------------------------------------------------------
    cases.append(
        {"look-ups: another provider, the window's edges, channels that need none",
         [](RegistryBuilder &r) {
             for (int i = 23; i <= 29; ++i)
                 r.citizen(QStringLiteral("0460900000%1").arg(i));
             Cert legacy = cert(31, "046090000029", "MISA-CA", "legacy_import", "2022-10-10T05:00:00Z",
                                "2023-10-10T05:05:00Z");
             r.lookup(21, QStringLiteral("VNPT-CA"), QStringLiteral("046090000023"),
                      QStringLiteral("2023-10-10T04:50:00Z"))
                 .certificate(cert(25, "046090000023", "MISA-CA", "app", "2023-10-10T05:00:00Z",
                                   "2023-10-10T05:05:00Z"))
                 .lookup(22, QStringLiteral("MISA-CA"), QStringLiteral("046090000024"),
                         QStringLiteral("2023-10-09T05:00:00Z"))
                 .certificate(withStaff(cert(26, "046090000024", "MISA-CA", "door_to_door",
                                             "2023-10-10T05:00:00Z", "2023-10-10T05:05:00Z"),
                                        "misa.nv003"))
                 .lookup(23, QStringLiteral("MISA-CA"), QStringLiteral("046090000025"),
                         QStringLiteral("2023-10-09T04:59:59Z"))
                 .certificate(cert(27, "046090000025", "MISA-CA", "door_to_door", "2023-10-10T05:00:00Z",
                                   "2023-10-10T05:05:00Z"))
                 .lookup(24, QStringLiteral("MISA-CA"), QStringLiteral("046090000026"),
                         QStringLiteral("2023-10-10T05:00:01Z"))
                 .certificate(cert(28, "046090000026", "MISA-CA", "app", "2023-10-10T05:00:00Z",
                                   "2023-10-10T05:05:00Z"))
                 .lookup(25, QStringLiteral("MISA-CA"), QStringLiteral("046090000027"),
                         QStringLiteral("2023-10-10T05:00:00Z"))
                 .certificate(cert(29, "046090000027", "MISA-CA", "app", "2023-10-10T05:00:00Z",
                                   "2023-10-10T05:05:00Z"))
                 .certificate(cert(30, "046090000028", "MISA-CA", "hues_request", "2023-10-10T05:00:00Z",
                                   "2023-10-10T05:05:00Z"))
                 .certificate(legacy);
         },
         defaultT,
         QStringList {QStringLiteral("MISSING_LOOKUP")},
         {F("MISSING_LOOKUP", "certificate", 25, "MISA-CA", "046090000023", "2023-10-10T05:00:00Z"),
          F("MISSING_LOOKUP", "certificate", 27, "MISA-CA", "046090000025", "2023-10-10T05:00:00Z"),
          F("MISSING_LOOKUP", "certificate", 28, "MISA-CA", "046090000026", "2023-10-10T05:00:00Z")}});

    // --- STAFF_BURST ----------------------------------------------------------------------------
    auto burst = [](int count, int spacing, int lastOffset) {
        return Build([=](RegistryBuilder &r) {
            const qint64 base
                = QDateTime(QDate(2023, 9, 15), QTime(2, 0), QTimeZone::utc()).toSecsSinceEpoch();
            for (int i = 0; i < count; ++i) {
                const QString citizen = QStringLiteral("04609000%1").arg(1000 + i);
                const qint64 at
                    = base + (i == count - 1 && lastOffset >= 0 ? lastOffset : qint64(i) * spacing);
                Cert c;
                c.id = 100 + i;
                c.citizen = citizen;
                c.provider = QStringLiteral("FPT-CA");
                c.channel = QStringLiteral("door_to_door");
                c.activated = formatUtcTime(at);
                c.recorded = formatUtcTime(at + 600);
                c.freeUntil = QStringLiteral("2024-09-15");
                c.staff = QStringLiteral("fpt.nv040");
                r.citizen(citizen).certificate(c);
            }
            // Same staff name at another provider, and an app issuance of the same account: not counted.
            Cert other = cert(200, "046090000201", "VNPT-CA", "door_to_door", "2023-09-15T02:10:00Z",
                              "2023-09-15T02:20:00Z");
            other.staff = QStringLiteral("fpt.nv040");
            Cert app
                = cert(201, "046090000202", "FPT-CA", "app", "2023-09-15T02:11:00Z", "2023-09-15T02:20:00Z");
            app.staff = QStringLiteral("fpt.nv040");
            r.citizen(QStringLiteral("046090000201"))
                .citizen(QStringLiteral("046090000202"))
                .certificate(other)
                .certificate(app);
        });
    };
    const QStringList burstRule {QStringLiteral("STAFF_BURST")};
    cases.append({"burst of 9: nothing", burst(9, 200, -1), defaultT, burstRule, {}});
    QStringList tenBurst;
    for (int i = 0; i < 10; ++i)
        tenBurst << F(
            "STAFF_BURST", "certificate", 100 + i, "FPT-CA",
            qPrintable(QStringLiteral("04609000%1").arg(1000 + i)),
            qPrintable(formatUtcTime(
                QDateTime(QDate(2023, 9, 15), QTime(2, 0), QTimeZone::utc()).toSecsSinceEpoch() + i * 200)),
            {}, "{\"count\":10}");
    cases.append(
        {"burst of 10 within exactly 1800 s: all ten", burst(10, 200, 1800), defaultT, burstRule, tenBurst});
    QStringList edgeBurst = tenBurst.mid(1, 8);
    cases.append({"burst of 10 spread over 1801 s: only the middle eight", burst(10, 200, 1801), defaultT,
                  burstRule, edgeBurst});

    // --- FREE_PERIOD without a switch -----------------------------------------------------------
    cases.append({"free period from the UTC activation date",
                  [](RegistryBuilder &r) {
                      r.citizen(QStringLiteral("046090000050"))
                          .citizen(QStringLiteral("046090000051"))
                          .citizen(QStringLiteral("046090000052"))
                          .citizen(QStringLiteral("046090000053"))
                          .certificate(cert(52, "046090000050", "BKAV-CA", "app", "2023-08-20T01:00:00Z",
                                            "2023-08-20T01:05:00Z", "2024-08-18"))
                          .certificate(cert(53, "046090000051", "BKAV-CA", "app", "2023-08-20T01:00:00Z",
                                            "2023-08-20T01:05:00Z", "2024-08-17"))
                          .certificate(cert(54, "046090000052", "BKAV-CA", "app", "2023-08-20T01:00:00Z",
                                            "2023-08-20T01:05:00Z", ""))
                          // 03:00 local on 20 August is still 19 August in UTC
                          .certificate(cert(55, "046090000053", "BKAV-CA", "app", "2023-08-19T20:00:00Z",
                                            "2023-08-19T20:05:00Z", "2024-08-17"));
                  },
                  defaultT,
                  QStringList {QStringLiteral("FREE_PERIOD")},
                  {F("FREE_PERIOD", "certificate", 53, "BKAV-CA", "046090000051", "2023-08-20T01:00:00Z", {},
                     "{\"free_until\":\"2024-08-17\",\"expected\":\"2024-08-18\"}"),
                   F("FREE_PERIOD", "certificate", 54, "BKAV-CA", "046090000052", "2023-08-20T01:00:00Z", {},
                     "{\"free_until\":null,\"expected\":\"2024-08-18\"}")}});
    cases.append({"switch whose replaced certificate is recorded after T: not judged",
                  [](RegistryBuilder &r) {
                      r.citizen(QStringLiteral("046090000056"))
                          .certificate(cert(60, "046090000056", "VNPT-CA", "app", "2024-01-10T01:00:00Z",
                                            "2024-04-10T01:05:00Z", "2025-01-10"))
                          .certificate(
                              replacing(cert(61, "046090000056", "MISA-CA", "app", "2024-03-20T01:00:00Z",
                                             "2024-03-20T01:02:00Z", "2025-03-20"),
                                        60));
                  },
                  defaultT,
                  QStringList {QStringLiteral("FREE_PERIOD")},
                  {}});

    // --- EXCLUDED_PROVIDER, LEGACY_MISLABEL ------------------------------------------------------
    auto excluded = [](RegistryBuilder &r) {
        r.excludeProvider(QStringLiteral("CA2"), QStringLiteral("2023-12-01T01:00:00Z"))
            .citizen(QStringLiteral("046090000053"))
            .citizen(QStringLiteral("046090000054"))
            .citizen(QStringLiteral("046090000055"))
            .certificate(
                cert(55, "046090000053", "CA2", "app", "2023-12-01T01:00:00Z", "2023-12-01T01:10:00Z"))
            .certificate(
                cert(56, "046090000054", "CA2", "app", "2023-12-01T00:59:59Z", "2023-12-01T01:10:00Z"))
            .certificate(cert(57, "046090000055", "CA2", "legacy_import", "2022-12-01T00:59:59Z",
                              "2023-12-02T01:10:00Z"));
    };
    cases.append(
        {"issuing in the second of exclusion, and one second before",
         excluded,
         defaultT,
         QStringList {QStringLiteral("EXCLUDED_PROVIDER")},
         {F("EXCLUDED_PROVIDER", "certificate", 55, "CA2", "046090000053", "2023-12-01T01:00:00Z")}});
    cases.append({"an exclusion after T does not count yet",
                  excluded,
                  QStringLiteral("2023-12-01T00:59:59Z"),
                  QStringList {QStringLiteral("EXCLUDED_PROVIDER")},
                  {}});
    cases.append(
        {"legacy imports before, at and without activation",
         [](RegistryBuilder &r) {
             r.citizen(QStringLiteral("046090000055"))
                 .citizen(QStringLiteral("046090000056"))
                 .citizen(QStringLiteral("046090000057"))
                 .certificate(cert(57, "046090000055", "VNPT-CA", "legacy_import", "2023-07-27T16:59:59Z",
                                   "2023-08-01T00:00:00Z"))
                 .certificate(cert(58, "046090000055", "BKAV-CA", "app", "2023-09-01T01:00:00Z",
                                   "2023-09-01T01:05:00Z"))
                 .certificate(cert(59, "046090000056", "VIETTEL-CA", "legacy_import", "2023-07-27T17:00:00Z",
                                   "2023-08-02T00:00:00Z"))
                 .certificate(
                     cert(60, "046090000057", "VIETTEL-CA", "legacy_import", "", "2023-08-02T00:00:00Z"));
         },
         defaultT,
         QStringList {QStringLiteral("LEGACY_MISLABEL"), QStringLiteral("DUPLICATE_ISSUANCE")},
         {F("DUPLICATE_ISSUANCE", "certificate", 58, "BKAV-CA", "046090000055", "2023-09-01T01:00:00Z", {57},
            "{\"lookup_found\":false}"),
          F("LEGACY_MISLABEL", "certificate", 59, "VIETTEL-CA", "046090000056", "2023-07-27T17:00:00Z"),
          F("LEGACY_MISLABEL", "certificate", 60, "VIETTEL-CA", "046090000057", "2023-08-02T00:00:00Z")}});

    // --- IDENTITY_NEAR_DUPLICATE ------------------------------------------------------------------
    cases.append({"near-duplicate identities",
                  [](RegistryBuilder &r) {
                      r.citizen(QStringLiteral("046090500001"), QStringLiteral("Nguyễn Văn Ánh"),
                                QStringLiteral("1990-05-05"))
                          .citizen(QStringLiteral("046090500007"), QStringLiteral("NGUYEN VAN ANH"),
                                   QStringLiteral("1990-05-05"))
                          .citizen(QStringLiteral("046090500009"), QStringLiteral("nguyễn\tvăn  ánh"),
                                   QStringLiteral("1990-05-05"))
                          .certificate(cert(61, "046090500001", "VNPT-CA", "app", "2023-08-03T01:00:00Z",
                                            "2023-08-03T01:05:00Z"))
                          .certificate(cert(62, "046090500007", "VIETTEL-CA", "app", "2023-08-20T01:00:00Z",
                                            "2023-08-20T01:05:00Z"))
                          .certificate(cert(63, "046090500009", "FPT-CA", "app", "2023-08-21T01:00:00Z",
                                            "2023-08-21T01:05:00Z"))
                          // adjacent swap, đ, extra spaces and case
                          .citizen(QStringLiteral("046185001234"), QStringLiteral("Đặng Thị Bình"),
                                   QStringLiteral("1985-01-01"))
                          .citizen(QStringLiteral("046185002134"), QStringLiteral("  dang  thi binh "),
                                   QStringLiteral("1985-01-01"))
                          .certificate(cert(64, "046185001234", "MISA-CA", "app", "2023-08-04T01:00:00Z",
                                            "2023-08-04T01:05:00Z"))
                          .certificate(cert(65, "046185002134", "FPT-CA", "app", "2023-08-25T01:00:00Z",
                                            "2023-08-25T01:05:00Z"))
                          // two digits differ; or the birth dates differ; or the names differ: no finding
                          .citizen(QStringLiteral("046070005555"), QStringLiteral("Lê Văn Cường"),
                                   QStringLiteral("1970-03-03"))
                          .citizen(QStringLiteral("046070005566"), QStringLiteral("Lê Văn Cường"),
                                   QStringLiteral("1970-03-03"))
                          .citizen(QStringLiteral("046171007777"), QStringLiteral("Phạm Thị Dung"),
                                   QStringLiteral("1971-04-04"))
                          .citizen(QStringLiteral("046171007778"), QStringLiteral("Phạm Thị Dung"),
                                   QStringLiteral("1971-04-05"))
                          .citizen(QStringLiteral("046172008888"), QStringLiteral("Phạm Thị Dung"),
                                   QStringLiteral("1972-04-04"))
                          .citizen(QStringLiteral("046172008889"), QStringLiteral("Phạm Thị Dũng Anh"),
                                   QStringLiteral("1972-04-04"))
                          .certificate(cert(66, "046070005555", "VNPT-CA", "app", "2023-08-05T01:00:00Z",
                                            "2023-08-05T01:05:00Z"))
                          .certificate(cert(67, "046070005566", "BKAV-CA", "app", "2023-08-06T01:00:00Z",
                                            "2023-08-06T01:05:00Z"))
                          .certificate(cert(68, "046171007777", "VNPT-CA", "app", "2023-08-05T01:00:00Z",
                                            "2023-08-05T01:05:00Z"))
                          .certificate(cert(69, "046171007778", "BKAV-CA", "app", "2023-08-06T01:00:00Z",
                                            "2023-08-06T01:05:00Z"))
                          .certificate(cert(70, "046172008888", "VNPT-CA", "app", "2023-08-05T01:00:00Z",
                                            "2023-08-05T01:05:00Z"))
                          .certificate(cert(71, "046172008889", "BKAV-CA", "app", "2023-08-06T01:00:00Z",
                                            "2023-08-06T01:05:00Z"))
                          // a pair whose second certificate was revoked before T: no finding
                          .citizen(QStringLiteral("046180003333"), QStringLiteral("Hồ Văn Em"),
                                   QStringLiteral("1980-01-01"))
                          .citizen(QStringLiteral("046180003334"), QStringLiteral("Ho Van Em"),
                                   QStringLiteral("1980-01-01"))
                          .certificate(cert(72, "046180003333", "VNPT-CA", "app", "2023-08-05T01:00:00Z",
                                            "2023-08-05T01:05:00Z"))
                          .certificate(revoked(cert(73, "046180003334", "BKAV-CA", "app",
                                                    "2023-08-06T01:00:00Z", "2023-08-06T01:05:00Z"),
                                               "2023-09-01T00:00:00Z", "citizen_request"));
                  },
                  defaultT,
                  QStringList {QStringLiteral("IDENTITY_NEAR_DUPLICATE")},
                  // 500001 ~ 500007 and 500001 ~ 500009 (one digit); 500007 ~ 500009 differ in one
                  // digit too. 62 is later than 61; 63 is later than 61 and 62.
                  {F("IDENTITY_NEAR_DUPLICATE", "certificate", 62, "VIETTEL-CA", "046090500007",
                     "2023-08-20T01:00:00Z", {61}),
                   F("IDENTITY_NEAR_DUPLICATE", "certificate", 63, "FPT-CA", "046090500009",
                     "2023-08-21T01:00:00Z", {61, 62}),
                   F("IDENTITY_NEAR_DUPLICATE", "certificate", 65, "FPT-CA", "046185002134",
                     "2023-08-25T01:00:00Z", {64})}});

    // --- the as-of cut --------------------------------------------------------------------------
    cases.append({"recorded after T: does not exist",
                  [](RegistryBuilder &r) {
                      r.citizen(QStringLiteral("046090000067"))
                          .certificate(cert(71, "046090000067", "MISA-CA", "app", "2024-03-30T16:00:00Z",
                                            "2024-04-02T18:00:00Z", ""));
                  },
                  defaultT,
                  all,
                  {}});

    for (Engine engine : sw::test::enginesUnderTest())
        for (const Case &c : cases)
            QTest::addRow("%s: %s", engine == Engine::Sqlite ? "sqlite" : "postgresql", c.name)
                << engine << c.build << c.asOf << c.rules << c.expected;
}

void TestRules::scan()
{
    QFETCH(Engine, engine);
    QFETCH(Build, build);
    QFETCH(QString, asOf);
    QFETCH(QStringList, rules);
    QFETCH(QStringList, expected);

    auto scratch = ScratchRegistry::create(engine);
    QVERIFY(scratch.ok());
    RegistryBuilder registry;
    build(registry);
    const auto loaded = (*scratch)->exec(registry.statements());
    QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().fullText()));
    (*scratch)->closeWriter();

    ScanOptions options;
    options.asOf = *parseUtcTime(asOf);
    options.rules = rules;
    const ScanEngine scanner((*scratch)->spec(), (*scratch)->password());
    const auto result = scanner.run(options);
    QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().fullText()));
    QStringList lines;
    for (const Finding &f : result->findings)
        lines << QString::fromUtf8(toJsonLine(f));
    if (lines != expected) {
        qWarning().noquote() << "got:\n"
                             << lines.join(QLatin1Char('\n')) << "\nexpected:\n"
                             << expected.join(QLatin1Char('\n'));
    }
    QCOMPARE(lines, expected);
}

void TestRules::catalogue()
{
    QStringList codes;
    for (const RuleInfo &rule : ruleCatalogue())
        codes << rule.code;
    QStringList sorted = codes;
    sorted.sort();
    QCOMPARE(codes, sorted);
    QCOMPARE(codes.size(), 13);
    // Every rule as the spec lists it: its clauses in order, severity and "(suspected)" mark.
    QStringList specCodes;
    for (const SpecRule &spec : specRules) {
        const QString code = QString::fromLatin1(spec.code);
        specCodes << code;
        const RuleInfo *info = findRule(code);
        QVERIFY2(info, spec.code);
        QCOMPARE(info->clauses, spec.clauseList());
        QCOMPARE(severityCode(info->severity), QString::fromLatin1(spec.severity));
        QCOMPARE(info->suspected, spec.suspected);
    }
    QCOMPARE(codes, specCodes);

    // The findings format to the letter: compact, UTF-8 unescaped, keys in the spec's order.
    Finding f;
    f.rule = QStringLiteral("DUPLICATE_ISSUANCE");
    f.subjectKind = QStringLiteral("certificate");
    f.subjectId = 4711;
    f.provider = QStringLiteral("VIETTEL-CA");
    f.citizenId = QStringLiteral("046201000123");
    f.at = *parseUtcTime(QStringLiteral("2023-08-02T03:04:05Z"));
    f.evidence = {4702};
    f.detail = {{QStringLiteral("lookup_found"), true}};
    QCOMPARE(toJsonLine(f),
             QByteArray("{\"rule\":\"DUPLICATE_ISSUANCE\",\"clause\":\"\xC2\xA7"
                        "1.3\",\"severity\":\"high\","
                        "\"subject\":\"certificate\",\"subject_id\":4711,\"provider\":\"VIETTEL-CA\","
                        "\"citizen_id\":\"046201000123\",\"at\":\"2023-08-02T03:04:05Z\",\"evidence\":[4702],"
                        "\"detail\":{\"lookup_found\":true}}"));
    Finding q;
    q.rule = QStringLiteral("DATA_QUALITY");
    q.subjectKind = QStringLiteral("lookups");
    q.subjectId = 7;
    q.provider = QStringLiteral("<b>\"x\"</b>\\");
    QCOMPARE(toJsonLine(q),
             QByteArray("{\"rule\":\"DATA_QUALITY\",\"clause\":null,\"severity\":\"low\","
                        "\"subject\":\"lookups\",\"subject_id\":7,\"provider\":\"<b>\\\"x\\\"</b>\\\\\","
                        "\"citizen_id\":null,\"at\":null,\"evidence\":[],\"detail\":{}}"));

    Thresholds t;
    QCOMPARE(t.lateUpdate(), 86400);
    QCOMPARE(formatUtcTime(t.programmeStart()), QStringLiteral("2023-07-27T17:00:00Z"));
    QVERIFY(t.setAssignment(QStringLiteral("late_update=3600")).ok());
    QCOMPARE(t.lateUpdate(), 3600);
    QVERIFY(!t.setAssignment(QStringLiteral("late_update=-1")).ok());
    QVERIFY(!t.setAssignment(QStringLiteral("burst_count=0")).ok());
    QVERIFY(!t.setAssignment(QStringLiteral("nonsense=1")).ok());
    QVERIFY(!t.setAssignment(QStringLiteral("late_update")).ok());
    QVERIFY(t.setAssignment(QStringLiteral("programme_start=2023-07-28T00:00:00+07:00")).ok());
    QCOMPARE(t.programmeStart(), 1690477200);
}

void TestRules::progressAndCancel()
{
    auto scratch = ScratchRegistry::create(Engine::Sqlite);
    QVERIFY(scratch.ok());
    RegistryBuilder registry;
    registry.citizen(QStringLiteral("046090000001"))
        .certificate(
            cert(1, "046090000001", "VNPT-CA", "app", "2023-08-01T01:30:00Z", "2023-08-01T01:40:00Z"));
    QVERIFY((*scratch)->exec(registry.statements()).ok());
    const ScanEngine scanner((*scratch)->spec(), (*scratch)->password());

    // Progress counts every step up to the total, once each.
    QList<int> seen;
    int lastTotal = 0;
    const auto whole = scanner.run(ScanOptions(), [&](int done, int total, const QString &) {
        seen << done;
        lastTotal = total;
    });
    QVERIFY(whole.ok());
    QVERIFY(lastTotal > 3);
    std::sort(seen.begin(), seen.end());
    QList<int> expected;
    for (int i = 1; i <= lastTotal; ++i)
        expected << i;
    QCOMPARE(seen, expected);

    // Cancelling after the first step gives no findings at all, only the cancellation.
    std::atomic<bool> cancel {false};
    const auto cancelled = scanner.run(
        ScanOptions(), [&](int, int, const QString &) { cancel = true; }, &cancel);
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.error().kind, sw::Error::Kind::Cancelled);
}

void TestRules::caseworkExclusionTakesTheEarliest_data()
{
    QTest::addColumn<QString>("casework"); // the console's own exclusion of CA2, or empty
    QTest::addColumn<QList<int>>("excluded");
    // The registry excludes CA2 at 2023-12-01T01:00:00Z; certificates at 00:30, 01:00 and 02:00.
    QTest::newRow("registry only") << QString() << QList<int> {2, 3};
    QTest::newRow("casework earlier") << QStringLiteral("2023-12-01T00:30:00Z") << QList<int> {1, 2, 3};
    QTest::newRow("casework later") << QStringLiteral("2023-12-01T01:30:00Z") << QList<int> {2, 3};
    QTest::newRow("casework after T") << QStringLiteral("2025-01-01T00:00:00Z") << QList<int> {2, 3};
}

void TestRules::caseworkExclusionTakesTheEarliest()
{
    QFETCH(QString, casework);
    QFETCH(QList<int>, excluded);
    auto scratch = ScratchRegistry::create(Engine::Sqlite);
    QVERIFY(scratch.ok());
    RegistryBuilder registry;
    registry.excludeProvider(QStringLiteral("CA2"), QStringLiteral("2023-12-01T01:00:00Z"));
    const char *times[] = {"2023-12-01T00:30:00Z", "2023-12-01T01:00:00Z", "2023-12-01T02:00:00Z"};
    for (int i = 0; i < 3; ++i) {
        const QString citizen = QStringLiteral("04609000000%1").arg(i + 1);
        registry.citizen(citizen).certificate(
            cert(i + 1, qPrintable(citizen), "CA2", "app", times[i], times[i]));
    }
    QVERIFY((*scratch)->exec(registry.statements()).ok());
    ScanOptions options;
    options.asOf = *parseUtcTime(defaultT);
    options.rules = {QStringLiteral("EXCLUDED_PROVIDER")};
    if (!casework.isEmpty())
        options.caseworkExclusions.insert(QStringLiteral("CA2"), *parseUtcTime(casework));
    const auto result = ScanEngine((*scratch)->spec(), (*scratch)->password()).run(options);
    QVERIFY(result.ok());
    QList<int> ids;
    for (const Finding &f : result->findings)
        ids << int(f.subjectId);
    QCOMPARE(ids, excluded);
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
