#include "ScratchRegistry.h"
#include "SpecRules.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace sw::registry;
using namespace sw::connection;
using sw::test::ScratchRegistry;

// The project's edge-case registry (tests/data/edge-cases.sql: every edge that the rules name, one
// commented case each) scanned by signwatch-cli as a user runs it, on SQLite and on PostgreSQL; the
// output must equal the findings written by hand in tests/data/edge-cases.expected.jsonl, byte for
// byte.
class TestEdgeCases : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void expectedFileCoversEveryRule();
    void scanGivesTheExpectedFindings_data();
    void scanGivesTheExpectedFindings();

private:
    QTemporaryDir m_dir;
    QByteArray m_expected;
};

namespace {
// The as-of time the expected findings were worked out for (the fixture's header says it too).
const QString asOf = QStringLiteral("2024-06-30T17:00:00Z");

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(SIGNWATCH_TEST_DATA "/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The lines of `a` that `b` lacks, for a readable failure.
QStringList missingLines(const QByteArray &a, const QByteArray &b)
{
    const QList<QByteArray> other = b.split('\n');
    QStringList missing;
    for (const QByteArray &line : a.split('\n'))
        if (!line.isEmpty() && !other.contains(line))
            missing << QString::fromUtf8(line);
    return missing;
}
} // namespace

void TestEdgeCases::initTestCase()
{
    QVERIFY(sw::test::checkPostgresRequirement());
    QVERIFY(m_dir.isValid());
    m_expected = readData(QStringLiteral("edge-cases.expected.jsonl"));
    QVERIFY(!m_expected.isEmpty());
}

void TestEdgeCases::expectedFileCoversEveryRule()
{
    // Each of the thirteen rules of spec/rules.md has at least one expected finding, and every
    // expected finding is one of them.
    QStringList rules;
    for (const sw::test::SpecRule &rule : sw::test::specRules)
        rules << QString::fromLatin1(rule.code);
    QCOMPARE(rules.size(), 13);
    QVERIFY(m_expected.endsWith('\n'));
    QSet<QString> seen;
    for (const QByteArray &line : m_expected.trimmed().split('\n')) {
        // Hand-written lines agree with the spec's clause and severity of their rule.
        const QJsonObject finding = QJsonDocument::fromJson(line).object();
        const QString code = finding.value(QStringLiteral("rule")).toString();
        QVERIFY2(rules.contains(code), line.constData());
        const sw::test::SpecRule &rule = sw::test::specRule(qPrintable(code));
        const QJsonValue clause = finding.value(QStringLiteral("clause"));
        QCOMPARE(clause.isNull() ? QString() : clause.toString(), rule.clauseList().value(0));
        QCOMPARE(finding.value(QStringLiteral("severity")).toString(), QString::fromLatin1(rule.severity));
        seen.insert(code);
    }
    for (const QString &rule : rules)
        QVERIFY2(seen.contains(rule), qPrintable(rule));
}

void TestEdgeCases::scanGivesTheExpectedFindings_data()
{
    QTest::addColumn<Engine>("engine");
    sw::test::addEngineRows();
}

void TestEdgeCases::scanGivesTheExpectedFindings()
{
    QFETCH(Engine, engine);
    const QStringList statements = sw::test::fixtureStatements(QStringLiteral("edge-cases.sql"));
    QVERIFY(statements.size() > 50);
    auto scratch = ScratchRegistry::create(engine);
    QVERIFY(scratch.ok());
    const auto loaded = (*scratch)->exec(statements);
    QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().fullText()));
    (*scratch)->closeWriter();

    // The command as a user runs it: every rule, the default thresholds (no settings file).
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("PGPASSWORD"), (*scratch)->password());
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(SIGNWATCH_BIN_DIR "/signwatch-cli"),
              {QStringLiteral("scan"), QStringLiteral("--db"), (*scratch)->spec().toUrl(),
               QStringLiteral("--as-of"), asOf});
    QVERIFY(cli.waitForFinished(120000));
    const QByteArray out = cli.readAllStandardOutput();
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());

    if (out != m_expected) {
        qWarning().noquote() << "expected but not found:\n"
                             << missingLines(m_expected, out).join(QLatin1Char('\n'))
                             << "\nfound but not expected:\n"
                             << missingLines(out, m_expected).join(QLatin1Char('\n'));
    }
    QCOMPARE(out.count('\n'), m_expected.count('\n'));
    QCOMPARE(out, m_expected);
}

QTEST_GUILESS_MAIN(TestEdgeCases)
#include "tst_edgecases.moc"
