#include "ScratchRegistry.h"

#include "demo/DemoGenerator.h"
#include "registry/RegistrySchema.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <map>

using namespace sw;
using namespace sw::connection;
using namespace sw::registry;
using sw::test::ScratchRegistry;

namespace {

QString errorText(const Error &error)
{
    return error.fullText();
}

struct Generated
{
    std::unique_ptr<ScratchRegistry> scratch;
    demo::DemoSummary summary;
};

// A fresh registry of the engine with a demo of `citizens` written into it.
Result<Generated> generate(Engine engine, qint64 citizens, quint64 seed, int violationRate = 1)
{
    auto scratch = ScratchRegistry::create(engine, false);
    if (!scratch)
        return scratch.error();
    demo::DemoOptions options;
    options.citizens = citizens;
    options.seed = seed;
    options.violationRate = violationRate;
    auto summary = demo::generateDemoRegistry((*scratch)->writer(), options);
    if (!summary)
        return summary.error();
    return Generated {std::move(scratch.value()), *summary};
}

// --- SQL that reads the registry the way rules.md defines it, independently of the generator -----

class RuleSql
{
public:
    explicit RuleSql(Engine engine) : m_pg(engine == Engine::Postgres) { }

    // Seconds since 1970 of a timestamp column; the as-of T is now (the default).
    QString secs(const QString &column) const
    {
        return m_pg ? QStringLiteral("CAST(EXTRACT(EPOCH FROM %1) AS BIGINT)").arg(column)
                    : QStringLiteral("CAST(strftime('%s', %1) AS INTEGER)").arg(column);
    }
    QString days(const QString &column) const
    {
        return m_pg ? QStringLiteral("(%1 - DATE '1970-01-01')").arg(column)
                    : QStringLiteral("(CAST(strftime('%s', %1) AS INTEGER) / 86400)").arg(column);
    }
    QString now() const
    {
        return m_pg ? QStringLiteral("CAST(EXTRACT(EPOCH FROM now()) AS BIGINT)")
                    : QStringLiteral("CAST(strftime('%s', 'now') AS INTEGER)");
    }

    // Readable certificates (DATA_QUALITY rows take part in no other rule), times as seconds.
    QString certificates() const
    {
        return QStringLiteral(
                   "c AS (SELECT x.id, x.citizen_id, x.provider_code, x.channel, x.status, x.staff_id, "
                   "x.request_id, x.replaces_id, %1 AS act, %2 AS rec, %3 AS t, "
                   "CASE WHEN %4 <= %5 THEN %4 END AS rev, %6 AS free "
                   "FROM certificates x WHERE %7)")
            .arg(secs(QStringLiteral("x.activated_at")), secs(QStringLiteral("x.recorded_at")),
                 secs(QStringLiteral("COALESCE(x.activated_at, x.recorded_at)")),
                 secs(QStringLiteral("x.revoked_at")), now(), days(QStringLiteral("x.free_until")),
                 readableCertificate(QStringLiteral("x")));
    }
    QString requests() const
    {
        return QStringLiteral("r AS (SELECT x.id, %1 AS reg, CASE WHEN %2 <= %4 THEN %2 END AS comp, "
                              "CASE WHEN %3 <= %4 THEN %3 END AS canc FROM service_requests x WHERE %5)")
            .arg(secs(QStringLiteral("x.registered_at")), secs(QStringLiteral("x.completed_at")),
                 secs(QStringLiteral("x.cancelled_at")), now(), readableRequest(QStringLiteral("x")));
    }
    static QString readableCertificate(const QString &x)
    {
        return QStringLiteral("%1.channel IN ('app', 'door_to_door', 'hues_request', 'legacy_import') "
                              "AND %1.status IN ('active', 'technical_error', 'revoked') "
                              "AND (%1.revoke_reason IS NULL OR %1.revoke_reason IN ('switch_provider', "
                              "'citizen_request', "
                              "'error')) "
                              "AND EXISTS (SELECT 1 FROM citizens k WHERE k.citizen_id = %1.citizen_id) "
                              "AND EXISTS (SELECT 1 FROM providers p WHERE p.code = %1.provider_code) "
                              "AND (%1.request_id IS NULL OR EXISTS (SELECT 1 FROM service_requests q WHERE "
                              "q.id = %1.request_id)) "
                              "AND (%1.replaces_id IS NULL OR EXISTS (SELECT 1 FROM certificates o WHERE "
                              "o.id = %1.replaces_id))")
            .arg(x);
    }
    static QString readableRequest(const QString &x)
    {
        return QStringLiteral("%1.mode IN ('home', 'phone') "
                              "AND EXISTS (SELECT 1 FROM citizens k WHERE k.citizen_id = %1.citizen_id) "
                              "AND EXISTS (SELECT 1 FROM providers p WHERE p.code = %1.provider_code)")
            .arg(x);
    }
    // Z held at x's issuance time (rules.md "held").
    static QString duplicateOf(const QString &x)
    {
        return QStringLiteral(
                   "EXISTS (SELECT 1 FROM c z WHERE z.citizen_id = %1.citizen_id AND z.id <> %1.id "
                   "AND z.rec <= %1.t AND (z.rev IS NULL OR z.rev > %1.t))")
            .arg(x);
    }

    // Findings per rule (without IDENTITY_NEAR_DUPLICATE, which the test checks in C++), each
    // query a direct reading of rules.md.
    std::map<QString, QString> countQueries() const
    {
        const QString withC = QStringLiteral("WITH ") + certificates() + QLatin1Char(' ');
        const QString withR
            = QStringLiteral("WITH ") + certificates() + QStringLiteral(", ") + requests() + QLatin1Char(' ');
        const QString programme = QStringLiteral("x.channel <> 'legacy_import'");
        std::map<QString, QString> q;
        q[QStringLiteral("DUPLICATE_ISSUANCE")] = withC
            + QStringLiteral("SELECT COUNT(*) FROM c x WHERE %1 AND %2")
                  .arg(programme, duplicateOf(QStringLiteral("x")));
        q[QStringLiteral("SUPERSEDED")] = withC
            + QStringLiteral("SELECT COUNT(*) FROM c x WHERE %1 AND NOT %2 AND EXISTS (SELECT 1 FROM c z "
                             "WHERE z.citizen_id = x.citizen_id AND z.id <> x.id "
                             "AND (z.rec < x.rec OR (z.rec = x.rec AND z.id < x.id)) "
                             "AND (z.rev IS NULL OR z.rev > x.rec))")
                  .arg(programme, duplicateOf(QStringLiteral("x")));
        q[QStringLiteral("LATE_UPDATE")] = withC
            + QStringLiteral(
                  "SELECT COUNT(*) FROM c x WHERE %1 AND x.act IS NOT NULL AND x.rec - x.act > 86400")
                  .arg(programme);
        q[QStringLiteral("REQUEST_EXPIRED")] = withR
            + QStringLiteral(
                  "SELECT COUNT(*) FROM r WHERE NOT (r.canc IS NOT NULL AND r.canc <= r.reg + 172800) "
                  "AND ((r.comp IS NOT NULL AND r.comp > r.reg + 172800) "
                  "OR (r.comp IS NULL AND %1 > r.reg + 172800))")
                  .arg(now());
        q[QStringLiteral("PREMATURE_CONFIRMATION a")] = withC
            + QStringLiteral(
                  "SELECT COUNT(*) FROM c x WHERE %1 AND x.act IS NOT NULL AND x.act - x.rec > 300")
                  .arg(programme);
        q[QStringLiteral("PREMATURE_CONFIRMATION b")] = withC
            + QStringLiteral("SELECT COUNT(*) FROM c x WHERE %1 AND x.status = 'active' AND x.act IS NULL")
                  .arg(programme);
        q[QStringLiteral("PREMATURE_CONFIRMATION c")]
            = withR
            + QStringLiteral(
                  "SELECT COUNT(*) FROM r WHERE r.comp IS NOT NULL AND NOT EXISTS (SELECT 1 FROM c y "
                  "WHERE y.request_id = r.id AND y.act IS NOT NULL AND y.act <= r.comp + 300)");
        q[QStringLiteral("MISSING_LOOKUP")] = withC
            + QStringLiteral(
                  "SELECT COUNT(*) FROM c x WHERE %1 AND x.channel IN ('app', 'door_to_door') "
                  "AND NOT EXISTS (SELECT 1 FROM lookups l WHERE l.provider_code = x.provider_code "
                  "AND l.citizen_id = x.citizen_id AND %2 BETWEEN x.t - 86400 AND x.t)")
                  .arg(programme, secs(QStringLiteral("l.looked_up_at")));
        q[QStringLiteral("STALE_TECHNICAL_ERROR")] = withC
            + QStringLiteral("SELECT COUNT(*) FROM c x WHERE %1 AND x.status = 'technical_error' "
                             "AND x.act IS NULL AND %2 - x.rec > 604800")
                  .arg(programme, now());
        q[QStringLiteral("STAFF_BURST")] = withC
            + QStringLiteral("SELECT COUNT(*) FROM c x WHERE %1 AND x.channel = 'door_to_door' "
                             "AND x.staff_id IS NOT NULL AND (SELECT COUNT(*) FROM c y "
                             "WHERE y.channel = 'door_to_door' AND y.provider_code = x.provider_code "
                             "AND y.staff_id = x.staff_id AND y.t BETWEEN x.t - 1800 AND x.t + 1800) >= 10")
                  .arg(programme);
        q[QStringLiteral("FREE_PERIOD")] = withC
            + QStringLiteral(
                  "SELECT COUNT(*) FROM c x LEFT JOIN c p ON p.id = x.replaces_id "
                  "WHERE %1 AND x.act IS NOT NULL AND ("
                  "(x.replaces_id IS NOT NULL AND p.free IS NOT NULL "
                  " AND (x.free IS NULL OR x.free - p.free > 1 OR p.free - x.free > 1)) "
                  "OR (x.replaces_id IS NULL AND (x.free IS NULL OR x.free < x.act / 86400 + 364)))")
                  .arg(programme);
        q[QStringLiteral("EXCLUDED_PROVIDER")] = withC
            + QStringLiteral("SELECT COUNT(*) FROM c x JOIN providers p ON p.code = x.provider_code "
                             "WHERE %1 AND p.excluded_at IS NOT NULL AND %2 <= %3 AND %2 <= x.t")
                  .arg(programme, secs(QStringLiteral("p.excluded_at")), now());
        q[QStringLiteral("LEGACY_MISLABEL")] = withC
            + QStringLiteral("SELECT COUNT(*) FROM c x WHERE x.channel = 'legacy_import' "
                             "AND (x.act IS NULL OR x.act >= %1)")
                  .arg(secs(m_pg ? QStringLiteral("TIMESTAMPTZ '2023-07-27T17:00:00Z'")
                                 : QStringLiteral("'2023-07-27T17:00:00Z'")));
        q[QStringLiteral("DATA_QUALITY")]
            = QStringLiteral("SELECT (SELECT COUNT(*) FROM certificates x WHERE NOT (%1)) "
                             "+ (SELECT COUNT(*) FROM service_requests x WHERE NOT (%2)) "
                             "+ (SELECT COUNT(*) FROM lookups x WHERE NOT EXISTS "
                             "(SELECT 1 FROM providers p WHERE p.code = x.provider_code))")
                  .arg(readableCertificate(QStringLiteral("x")), readableRequest(QStringLiteral("x")));
        return q;
    }

private:
    bool m_pg;
};

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        qWarning() << "query failed:" << query.lastError().text() << sql.left(300);
        return -1;
    }
    return query.value(0).toLongLong();
}

// rules.md name key: NFD, marks removed, đ -> d, lower case, white space collapsed, trimmed.
QString nameKey(const QString &name)
{
    QString key;
    for (const QChar c : name.normalized(QString::NormalizationForm_D)) {
        const auto category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        key += (c == QChar(0x0111) || c == QChar(0x0110)) ? QChar(u'd') : c.toLower();
    }
    return key.simplified();
}

bool nearIds(const QString &a, const QString &b)
{
    if (a.size() != 12 || b.size() != 12)
        return false;
    QList<int> diffs;
    for (int i = 0; i < 12; ++i)
        if (a.at(i) != b.at(i))
            diffs << i;
    if (diffs.size() == 1)
        return true;
    return diffs.size() == 2 && diffs[1] == diffs[0] + 1 && a.at(diffs[0]) == b.at(diffs[1])
        && a.at(diffs[1]) == b.at(diffs[0]);
}

// IDENTITY_NEAR_DUPLICATE pairs: same birth date, near ids, same name key, both holding a
// certificate not revoked now.
int nearDuplicatePairs(const QSqlDatabase &db, Engine engine)
{
    RuleSql sql(engine);
    QSqlQuery query(db);
    const QString text
        = QStringLiteral("SELECT a.citizen_id, a.full_name, b.citizen_id, b.full_name FROM citizens a "
                         "JOIN citizens b ON a.birth_date = b.birth_date AND a.citizen_id < b.citizen_id "
                         "AND substr(a.citizen_id, 1, 6) = substr(b.citizen_id, 1, 6) "
                         "WHERE EXISTS (SELECT 1 FROM certificates x WHERE x.citizen_id = a.citizen_id "
                         "AND (x.revoked_at IS NULL OR %1 > %2)) "
                         "AND EXISTS (SELECT 1 FROM certificates x WHERE x.citizen_id = b.citizen_id "
                         "AND (x.revoked_at IS NULL OR %1 > %2))")
              .arg(sql.secs(QStringLiteral("x.revoked_at")), sql.now());
    if (!query.exec(text)) {
        qWarning() << query.lastError().text();
        return -1;
    }
    int pairs = 0;
    while (query.next()) {
        if (nearIds(query.value(0).toString(), query.value(2).toString())
            && nameKey(query.value(1).toString()) == nameKey(query.value(3).toString()))
            ++pairs;
    }
    return pairs;
}

// Every row of every contract table as contract text, sorted: equal dumps mean equal registries,
// whatever the engine.
QByteArray dumpHash(const QSqlDatabase &db, Engine engine)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const TableDef &table : contractTables()) {
        QStringList columns;
        for (const ColumnDef &c : table.columns) {
            if (engine == Engine::Sqlite)
                columns << c.name;
            else if (c.postgresType == QLatin1String("timestamptz"))
                columns << QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')")
                               .arg(c.name);
            else if (c.postgresType == QLatin1String("date"))
                columns << QStringLiteral("to_char(%1, 'YYYY-MM-DD')").arg(c.name);
            else if (c.postgresType == QLatin1String("boolean"))
                columns << QStringLiteral("CASE WHEN %1 THEN 1 ELSE 0 END").arg(c.name);
            else
                columns << c.name;
        }
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(
                QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table.name)))
            return {};
        QStringList rows;
        while (query.next()) {
            QStringList cells;
            for (int i = 0; i < int(table.columns.size()); ++i)
                cells << (query.isNull(i) ? QStringLiteral("<NULL>") : query.value(i).toString());
            rows << cells.join(QChar(0x1f));
        }
        rows.sort();
        hash.addData(table.name.toUtf8());
        for (const QString &row : rows)
            hash.addData(row.toUtf8() + '\n');
    }
    return hash.result().toHex();
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(sw::test::checkPostgresRequirement()); }
    void determinism_data() { engines(); }
    void determinism();
    void sameRowsOnBothEngines();
    void distributions_data() { engines(); }
    void distributions();
    void everyRulePlanted_data() { engines(); }
    void everyRulePlanted();
    void violationRate_data() { engines(); }
    void violationRate();
    void refusesExistingTables_data() { engines(); }
    void refusesExistingTables();
    void cancelLeavesNothing_data() { engines(); }
    void cancelLeavesNothing();
    void rejectsBadOptions();

private:
    static void engines()
    {
        QTest::addColumn<Engine>("engine");
        sw::test::addEngineRows();
    }
};

void TestDemo::determinism()
{
    QFETCH(Engine, engine);
    auto first = generate(engine, 3000, 11);
    QVERIFY2(first.ok(), qPrintable(first ? QString() : errorText(first.error())));
    auto second = generate(engine, 3000, 11);
    QVERIFY(second.ok());
    auto other = generate(engine, 3000, 12);
    QVERIFY(other.ok());
    const QByteArray a = dumpHash(first->scratch->writer().database(), engine);
    QVERIFY(!a.isEmpty());
    QCOMPARE(dumpHash(second->scratch->writer().database(), engine), a);
    QVERIFY(dumpHash(other->scratch->writer().database(), engine) != a);
    QCOMPARE(first->summary.citizens, 3000);
    QCOMPARE(first->summary.plantedViolations, second->summary.plantedViolations);
}

void TestDemo::sameRowsOnBothEngines()
{
    if (!sw::test::enginesUnderTest().contains(Engine::Postgres))
        QSKIP("no PostgreSQL server (SIGNWATCH_TEST_PG)");
    auto lite = generate(Engine::Sqlite, 5000, 2023);
    QVERIFY(lite.ok());
    auto pg = generate(Engine::Postgres, 5000, 2023);
    QVERIFY2(pg.ok(), qPrintable(pg ? QString() : errorText(pg.error())));
    const QByteArray liteHash = dumpHash(lite->scratch->writer().database(), Engine::Sqlite);
    QVERIFY(!liteHash.isEmpty());
    QCOMPARE(dumpHash(pg->scratch->writer().database(), Engine::Postgres), liteHash);
}

void TestDemo::distributions()
{
    QFETCH(Engine, engine);
    auto generated = generate(engine, 20000, 2023);
    QVERIFY2(generated.ok(), qPrintable(generated ? QString() : errorText(generated.error())));
    const QSqlDatabase db = generated->scratch->writer().database();
    const demo::DemoSummary &s = generated->summary;
    QCOMPARE(s.providers, 6);
    QCOMPARE(s.citizens, 20000);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM citizens")), 20000);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM certificates")), s.certificates);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM lookups")), s.lookups);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM service_requests")), s.serviceRequests);
    // registry.md sizes: ~0.5 certificates, ~0.12-0.15 requests, ~0.8 look-ups per citizen.
    QVERIFY2(s.certificates > 9000 && s.certificates < 11500, qPrintable(QString::number(s.certificates)));
    QVERIFY2(s.serviceRequests > 2000 && s.serviceRequests < 3500,
             qPrintable(QString::number(s.serviceRequests)));
    QVERIFY2(s.lookups > 14000 && s.lookups < 21000, qPrintable(QString::number(s.lookups)));
    const qint64 holders = scalar(db, QStringLiteral("SELECT COUNT(DISTINCT citizen_id) FROM certificates"));
    QVERIFY2(holders > 9000 && holders < 11000, qPrintable(QString::number(holders)));

    // Providers: unequal shares, in the expected order.
    QSqlQuery query(db);
    QVERIFY(query.exec(
        QStringLiteral("SELECT provider_code, COUNT(*) FROM certificates WHERE channel <> 'legacy_import' "
                       "GROUP BY provider_code")));
    std::map<QString, qint64> perProvider;
    while (query.next())
        perProvider[query.value(0).toString()] = query.value(1).toLongLong();
    const QStringList order {QStringLiteral("VNPT-CA"), QStringLiteral("VIETTEL-CA"),
                             QStringLiteral("MISA-CA"), QStringLiteral("BKAV-CA"),
                             QStringLiteral("FPT-CA"),  QStringLiteral("CA2")};
    for (int i = 0; i + 1 < order.size(); ++i)
        QVERIFY2(perProvider[order[i]] > perProvider[order[i + 1]] * 1.1,
                 qPrintable(order[i] + QLatin1Char(' ') + QString::number(perProvider[order[i]])
                            + QLatin1Char(' ') + order[i + 1] + QLatin1Char(' ')
                            + QString::number(perProvider[order[i + 1]])));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM providers WHERE excluded_at IS NOT NULL")), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM providers WHERE name LIKE 'Công ty%'")), 4);

    // Districts weighted by population: Huế city about 41 %, Nam Đông the smallest.
    QVERIFY(
        query.exec(QStringLiteral("SELECT district_code, COUNT(*) FROM citizens GROUP BY district_code")));
    std::map<QString, qint64> perDistrict;
    while (query.next())
        perDistrict[query.value(0).toString()] = query.value(1).toLongLong();
    QCOMPARE(int(perDistrict.size()), 9);
    QVERIFY(perDistrict[QStringLiteral("474")] > 7500 && perDistrict[QStringLiteral("474")] < 9000);
    for (const auto &[code, n] : perDistrict) {
        QVERIFY(code >= QLatin1String("474") && code <= QLatin1String("483"));
        QVERIFY(n <= perDistrict[QStringLiteral("474")]);
        QVERIFY(n >= perDistrict[QStringLiteral("483")]);
    }

    // Channels by phase: door-to-door in the first three months, app and Hue-S requests after.
    const RuleSql sql(engine);
    const QString act = sql.secs(QStringLiteral("activated_at"));
    const qint64 phaseEnd = 1690477200 + 92 * 86400; // programme start + 92 days
    auto channelCount = [&](const char *channel, bool early) {
        return scalar(
            db,
            QStringLiteral("SELECT COUNT(*) FROM certificates WHERE channel = '%1' AND %2 %3 %4")
                .arg(QLatin1String(channel), act, early ? QStringLiteral("<") : QStringLiteral(">="))
                .arg(phaseEnd));
    };
    const qint64 doorEarly = channelCount("door_to_door", true);
    const qint64 appEarly = channelCount("app", true);
    const qint64 requestEarly = channelCount("hues_request", true);
    const qint64 doorLate = channelCount("door_to_door", false);
    const qint64 appLate = channelCount("app", false);
    const qint64 requestLate = channelCount("hues_request", false);
    QVERIFY2(doorEarly > 2 * (appEarly + requestEarly),
             qPrintable(QStringLiteral("%1 %2 %3").arg(doorEarly).arg(appEarly).arg(requestEarly)));
    QVERIFY2(doorLate * 50 < appLate + requestLate,
             qPrintable(QStringLiteral("%1 %2 %3").arg(doorLate).arg(appLate).arg(requestLate)));
    QVERIFY(appLate > 1000 && requestLate > 1000);
    // Door-to-door visits happen in local daytime (UTC+7): 07:00–18:00 local, 00:00–11:00 UTC.
    const QString secondOfDay = engine == Engine::Sqlite ? QStringLiteral("(%1 % 86400)").arg(act)
                                                         : QStringLiteral("MOD(%1, 86400)").arg(act);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM certificates WHERE channel = 'door_to_door' "
                                   "AND %1 >= 11 * 3600")
                        .arg(secondOfDay)),
             0);
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM certificates WHERE staff_id LIKE 'vnpt.nv%'"))
            > 0);

    // Citizens: CCCD numbers, names, birth dates, phones.
    QVERIFY(
        query.exec(QStringLiteral("SELECT citizen_id, full_name, %1, phone FROM citizens")
                       .arg(engine == Engine::Sqlite ? QStringLiteral("birth_date")
                                                     : QStringLiteral("to_char(birth_date, 'YYYY-MM-DD')"))));
    const QRegularExpression digits12(QStringLiteral("^[0-9]{12}$"));
    const QRegularExpression phoneForm(QStringLiteral("^0[35789][0-9]{8}$"));
    int fromHue = 0, noBirth = 0, noPhone = 0, female = 0, checked = 0;
    std::map<QString, int> familyNames;
    while (query.next()) {
        const QString id = query.value(0).toString();
        const QString name = query.value(1).toString();
        QVERIFY2(digits12.match(id).hasMatch(), "a CCCD has 12 digits");
        QCOMPARE(name, name.normalized(QString::NormalizationForm_C));
        if (id.startsWith(QLatin1String("046")))
            ++fromHue;
        const int centurySex = id.at(3).digitValue();
        QVERIFY(centurySex >= 0 && centurySex <= 3);
        female += centurySex % 2;
        if (query.isNull(2)) {
            ++noBirth;
        } else {
            const QString birth = query.value(2).toString();
            const int year = birth.left(4).toInt();
            QVERIFY2(year >= 1933 && year <= 2005, "adults 18-90");
            QCOMPARE(centurySex >= 2, year >= 2000);
            QCOMPARE(id.mid(4, 2), birth.mid(2, 2));
        }
        if (query.isNull(3))
            ++noPhone;
        else
            QVERIFY(phoneForm.match(query.value(3).toString()).hasMatch());
        ++familyNames[name.simplified().section(QLatin1Char(' '), 0, 0).toLower()];
        ++checked;
    }
    QCOMPARE(checked, 20000);
    QVERIFY(fromHue > 16000 && fromHue < 19000);
    QVERIFY(noBirth > 50 && noBirth < 800);
    QVERIFY(noPhone > 1500 && noPhone < 5000);
    QVERIFY(female > 9000 && female < 11500);
    QVERIFY2(familyNames[QStringLiteral("nguyễn")] > 5000 && familyNames[QStringLiteral("nguyễn")] < 8000,
             "Nguyễn: about a third");
    QVERIFY(familyNames[QStringLiteral("trần")] > familyNames[QStringLiteral("phạm")]);
}

void TestDemo::everyRulePlanted()
{
    QFETCH(Engine, engine);
    auto generated = generate(engine, 2000, 2023);
    QVERIFY2(generated.ok(), qPrintable(generated ? QString() : errorText(generated.error())));
    const QSqlDatabase db = generated->scratch->writer().database();
    const auto &planted = generated->summary.plantedViolations;
    const RuleSql sql(engine);

    // Each rule's findings counted independently equal what the generator says it planted:
    // ordinary rows give none, and the near misses (exact thresholds) give none either.
    qint64 premature = 0;
    for (const auto &[rule, text] : sql.countQueries()) {
        const qint64 found = scalar(db, text);
        QVERIFY2(found >= 1, qPrintable(rule));
        if (rule.startsWith(QLatin1String("PREMATURE_CONFIRMATION"))) {
            premature += found;
            continue;
        }
        QVERIFY2(
            planted.value(rule) == found,
            qPrintable(
                QStringLiteral("%1: planted %2, found %3").arg(rule).arg(planted.value(rule)).arg(found)));
    }
    QCOMPARE(premature, planted.value(QStringLiteral("PREMATURE_CONFIRMATION")));
    const int pairs = nearDuplicatePairs(db, engine);
    QVERIFY(pairs >= 1);
    QCOMPARE(qint64(pairs), planted.value(QStringLiteral("IDENTITY_NEAR_DUPLICATE")));
    QCOMPARE(planted.size(), 13);

    // The hard cases are there.
    const QString act = sql.secs(QStringLiteral("activated_at"));
    const QString rec = sql.secs(QStringLiteral("recorded_at"));
    auto exists = [&](const QString &where) {
        return scalar(db, QStringLiteral("SELECT COUNT(*) FROM certificates WHERE ") + where) > 0;
    };
    QVERIFY2(exists(QStringLiteral("%1 - %2 = 86400").arg(rec, act)), "recorded exactly a day late");
    QVERIFY2(exists(QStringLiteral("%1 - %2 = 86401").arg(rec, act)), "one second more");
    QVERIFY2(exists(QStringLiteral("%1 - %2 = 300").arg(act, rec)), "premature by the tolerance");
    QVERIFY2(exists(QStringLiteral("%1 - %2 = 301").arg(act, rec)), "premature form a");
    QVERIFY2(
        exists(QStringLiteral("channel = 'legacy_import' AND activated_at = %1")
                   .arg(engine == Engine::Sqlite ? QStringLiteral("'2023-07-27T17:00:00Z'")
                                                 : QStringLiteral("TIMESTAMPTZ '2023-07-27T17:00:00Z'"))),
        "legacy import activated at the programme start");
    QVERIFY2(exists(QStringLiteral("revoked_at > %1")
                        .arg(engine == Engine::Sqlite ? QStringLiteral("'2030-01-01'")
                                                      : QStringLiteral("TIMESTAMPTZ '2030-01-01Z'"))),
             "a revocation after the default as-of");
    QVERIFY2(exists(QStringLiteral(
                 "replaces_id IS NOT NULL AND EXISTS (SELECT 1 FROM certificates o "
                 "WHERE o.id = certificates.replaces_id AND o.revoked_at > certificates.activated_at)")),
             "a switch revoked only after the new issuance");
    QVERIFY2(scalar(db,
                    QStringLiteral(
                        "SELECT COUNT(*) FROM certificates a JOIN certificates b "
                        "ON a.citizen_id = b.citizen_id AND a.id < b.id AND a.recorded_at = b.recorded_at"))
                 > 0,
             "a tie on recorded_at");
    QVERIFY2(
        scalar(db,
               QStringLiteral(
                   "SELECT COUNT(*) FROM certificates a JOIN certificates b "
                   "ON a.citizen_id = b.citizen_id AND a.id < b.id AND a.provider_code = b.provider_code "
                   "WHERE a.channel <> 'legacy_import' AND a.revoked_at IS NULL"))
            > 0,
        "the same provider twice");
    QVERIFY2(
        scalar(db,
               QStringLiteral("SELECT COUNT(*) FROM service_requests WHERE %1 - %2 = 172800")
                   .arg(sql.secs(QStringLiteral("completed_at")), sql.secs(QStringLiteral("registered_at"))))
            > 0,
        "completed at exactly 48 h");
    QVERIFY2(
        scalar(db,
               QStringLiteral("SELECT COUNT(*) FROM service_requests WHERE %1 - %2 = 172800")
                   .arg(sql.secs(QStringLiteral("cancelled_at")), sql.secs(QStringLiteral("registered_at"))))
            > 0,
        "cancelled at exactly 48 h");
    QVERIFY2(
        scalar(
            db,
            QStringLiteral(
                "SELECT COUNT(*) FROM service_requests WHERE completed_at IS NULL AND cancelled_at IS NULL"))
            > 0,
        "still open");
    for (const char *unknown : {"channel = 'kiosk'", "status = 'suspended'", "revoke_reason = 'lost_device'"})
        QVERIFY2(exists(QLatin1String(unknown)), unknown);
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM service_requests WHERE mode = 'video'")) > 0);
    QVERIFY(exists(QStringLiteral("citizen_id NOT IN (SELECT citizen_id FROM citizens)")));
    QVERIFY(exists(QStringLiteral("provider_code NOT IN (SELECT code FROM providers)")));
    QVERIFY(exists(
        QStringLiteral("request_id IS NOT NULL AND request_id NOT IN (SELECT id FROM service_requests)")));
    QVERIFY(exists(
        QStringLiteral("replaces_id IS NOT NULL AND replaces_id NOT IN (SELECT id FROM certificates)")));
    QVERIFY(
        scalar(db,
               QStringLiteral(
                   "SELECT COUNT(*) FROM lookups WHERE provider_code NOT IN (SELECT code FROM providers)"))
        > 0);
    // Look-ups: found is only ever 0/1 (booleans on PostgreSQL).
    if (engine == Engine::Sqlite)
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM lookups WHERE found NOT IN (0, 1)")), 0);
}

// --violation-rate (the scan benchmark's registry): the planted cases grow with the rate, and
// each rule's findings, counted independently, still equal what the generator says it planted.
void TestDemo::violationRate()
{
    QFETCH(Engine, engine);
    auto low = generate(engine, 10000, 2023);
    auto high = generate(engine, 10000, 2023, 10);
    QVERIFY2(high.ok(), qPrintable(high ? QString() : errorText(high.error())));
    QVERIFY(low.ok());
    qint64 lowTotal = 0;
    qint64 highTotal = 0;
    for (auto it = low->summary.plantedViolations.cbegin(); it != low->summary.plantedViolations.cend(); ++it)
        lowTotal += it.value();
    for (auto it = high->summary.plantedViolations.cbegin(); it != high->summary.plantedViolations.cend();
         ++it)
        highTotal += it.value();
    QVERIFY2(highTotal > 7 * lowTotal, qPrintable(QStringLiteral("%1 vs %2").arg(highTotal).arg(lowTotal)));
    QCOMPARE(high->summary.citizens, 10000);

    const QSqlDatabase db = high->scratch->writer().database();
    const auto &planted = high->summary.plantedViolations;
    qint64 premature = 0;
    for (const auto &[rule, text] : RuleSql(engine).countQueries()) {
        const qint64 found = scalar(db, text);
        if (rule.startsWith(QLatin1String("PREMATURE_CONFIRMATION"))) {
            premature += found;
            continue;
        }
        QVERIFY2(
            planted.value(rule) == found,
            qPrintable(
                QStringLiteral("%1: planted %2, found %3").arg(rule).arg(planted.value(rule)).arg(found)));
    }
    QCOMPARE(premature, planted.value(QStringLiteral("PREMATURE_CONFIRMATION")));
    QCOMPARE(qint64(nearDuplicatePairs(db, engine)),
             planted.value(QStringLiteral("IDENTITY_NEAR_DUPLICATE")));
}

void TestDemo::refusesExistingTables()
{
    QFETCH(Engine, engine);
    auto generated = generate(engine, 1000, 5);
    QVERIFY(generated.ok());
    RegistryConnection &writer = generated->scratch->writer();
    demo::DemoOptions options;
    options.citizens = 1000;
    options.seed = 6;
    const auto refused = demo::generateDemoRegistry(writer, options);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::InvalidInput);
    QCOMPARE(scalar(writer.database(), QStringLiteral("SELECT COUNT(*) FROM citizens")), 1000);

    options.replace = true;
    options.citizens = 1500;
    const auto replaced = demo::generateDemoRegistry(writer, options);
    QVERIFY2(replaced.ok(), qPrintable(replaced ? QString() : errorText(replaced.error())));
    QCOMPARE(scalar(writer.database(), QStringLiteral("SELECT COUNT(*) FROM citizens")), 1500);
}

void TestDemo::cancelLeavesNothing()
{
    QFETCH(Engine, engine);
    auto scratch = ScratchRegistry::create(engine, false);
    QVERIFY(scratch.ok());
    demo::DemoOptions options;
    options.citizens = 5000;
    int calls = 0;
    const auto result
        = demo::generateDemoRegistry((*scratch)->writer(), options, [&](int percent, const QString &stage) {
              ++calls;
              Q_UNUSED(stage);
              return percent < 40;
          });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Error::Kind::Cancelled);
    QVERIFY(calls > 2);
    const QSqlDatabase db = (*scratch)->writer().database();
    const QString tables = engine == Engine::Sqlite
        ? QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'")
        : QStringLiteral(
            "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()");
    QCOMPARE(scalar(db, tables), 0);
    // A later run on the same target works.
    const auto again = demo::generateDemoRegistry((*scratch)->writer(), options);
    QVERIFY(again.ok());
    if (engine == Engine::Sqlite)
        QCOMPARE(
            scalar(db,
                   QStringLiteral("SELECT COUNT(*) FROM pragma_journal_mode WHERE journal_mode = 'delete'")),
            1);
}

void TestDemo::rejectsBadOptions()
{
    auto scratch = ScratchRegistry::create(Engine::Sqlite, false);
    QVERIFY(scratch.ok());
    demo::DemoOptions options;
    options.citizens = 10;
    const auto tooSmall = demo::generateDemoRegistry((*scratch)->writer(), options);
    QVERIFY(!tooSmall.ok());
    QCOMPARE(tooSmall.error().kind, Error::Kind::InvalidInput);
    options.citizens = 1000;
    for (const int rate : {0, demo::kMaximumViolationRate + 1}) {
        options.violationRate = rate;
        const auto badRate = demo::generateDemoRegistry((*scratch)->writer(), options);
        QVERIFY(!badRate.ok());
        QCOMPARE(badRate.error().kind, Error::Kind::InvalidInput);
    }
    options.violationRate = 1;

    // Something in the file: an empty file is no database, and a read-only open refuses it first.
    QVERIFY((*scratch)->exec({QStringLiteral("CREATE TABLE placeholder (id INTEGER)")}).ok());
    (*scratch)->closeWriter();
    auto readOnly = RegistryConnection::open((*scratch)->spec(), {}, RegistryConnection::Mode::ReadOnly);
    QVERIFY(readOnly.ok());
    options.citizens = 1000;
    const auto refused = demo::generateDemoRegistry(**readOnly, options);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::InvalidInput);
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
