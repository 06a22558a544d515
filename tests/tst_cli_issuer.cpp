// signwatch-cli issuer list|add (issue 14): the casebook's issuing bodies for scripts, on each engine.
#include "EachEngine.h"
#include "ScratchCasebook.h"
#include "casebook/AuditLog.h"
#include "casebook/Issuers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sw;

namespace {
template<typename R>
QByteArray why(const R &result)
{
    return result.ok() ? QByteArray() : result.error().fullText().toUtf8();
}
} // namespace

class TestCliIssuer : public QObject
{
    Q_OBJECT
public:
    explicit TestCliIssuer(connection::Engine engine) : m_engine(engine) { }

private Q_SLOTS:
    void init();
    void cleanup() { m_scratch.reset(); }
    void listsThePeriods();
    void addsTheNextPeriod();
    void refusesWhatCannotBeAPeriod();
    void recordsAnAddress();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &arguments);
    QString location() const;

    connection::Engine m_engine;
    QTemporaryDir m_dir;
    std::unique_ptr<sw::test::ScratchCasebook> m_scratch;
};

void TestCliIssuer::init()
{
    auto scratch = sw::test::ScratchCasebook::create(m_engine);
    QVERIFY2(scratch.ok(), why(scratch).constData());
    m_scratch = std::move(*scratch);
}

QString TestCliIssuer::location() const
{
    return m_scratch->isShared() ? m_scratch->spec().toUrl() : m_scratch->spec().path;
}

TestCliIssuer::Run TestCliIssuer::cli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    if (m_scratch->isShared())
        env.insert(QStringLiteral("PGPASSWORD"), m_scratch->password());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SIGNWATCH_BIN_DIR "/signwatch-cli"), arguments);
    if (!process.waitForFinished(120000))
        return {-1, {}, QStringLiteral("timed out")};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestCliIssuer::listsThePeriods()
{
    const Run text
        = cli({QStringLiteral("issuer"), QStringLiteral("list"), QStringLiteral("--casebook"), location()});
    QVERIFY2(text.code == 0, qPrintable(text.err));
    const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("2023-07-28  STTTT")));
    QVERIFY(lines.at(0).contains(QStringLiteral("UBND TỈNH THỪA THIÊN HUẾ / SỞ THÔNG TIN VÀ TRUYỀN THÔNG")));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("2025-03-01  SKHCN")));

    const Run json = cli({QStringLiteral("issuer"), QStringLiteral("list"), QStringLiteral("--format"),
                          QStringLiteral("json"), QStringLiteral("--casebook"), location()});
    QVERIFY2(json.code == 0, qPrintable(json.err));
    const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1).toObject().value(QLatin1String("from")).toString(), QStringLiteral("2025-01-01"));
    QCOMPARE(rows.at(1).toObject().value(QLatin1String("place")).toString(), QStringLiteral("Huế"));
    QCOMPARE(rows.at(2).toObject().value(QLatin1String("body_in_text")).toString(),
             QStringLiteral("Sở Khoa học và Công nghệ"));

    const Run bad = cli({QStringLiteral("issuer"), QStringLiteral("list"), QStringLiteral("--format"),
                         QStringLiteral("xml"), QStringLiteral("--casebook"), location()});
    QCOMPARE(bad.code, 2);
}

void TestCliIssuer::addsTheNextPeriod()
{
    const Run added
        = cli({QStringLiteral("issuer"), QStringLiteral("add"), QStringLiteral("--from"),
               QStringLiteral("2027-01-01"), QStringLiteral("--parent"), QStringLiteral("UBND THÀNH PHỐ HUẾ"),
               QStringLiteral("--body"), QStringLiteral("SỞ SỐ HÓA"), QStringLiteral("--code"),
               QStringLiteral("SSH"), QStringLiteral("--in-text"), QStringLiteral("Sở Số hóa"),
               QStringLiteral("--place"), QStringLiteral("Huế"), QStringLiteral("--address"),
               QStringLiteral("Số 01 Lê Lai, thành phố Huế"), QStringLiteral("--casebook"), location()});
    QVERIFY2(added.code == 0, qPrintable(added.err));
    QVERIFY2(added.out.contains(QStringLiteral("01/01/2027")), qPrintable(added.out));
    auto periods = casebook::Issuers(m_scratch->casebook()).periods();
    QVERIFY(periods.ok());
    QCOMPARE(periods->periods().size(), 4);
    QCOMPARE(periods->periods().constLast().issuer.bodyCode, QStringLiteral("SSH"));
    QCOMPARE(periods->periods().constLast().issuer.address, QStringLiteral("Số 01 Lê Lai, thành phố Huế"));
    auto entries = casebook::AuditLog(m_scratch->casebook()).entries();
    QVERIFY(entries.ok());
    QCOMPARE(entries->constLast().action, QStringLiteral("issuer.add"));

    const Run listed
        = cli({QStringLiteral("issuer"), QStringLiteral("list"), QStringLiteral("--casebook"), location()});
    QVERIFY(listed.out.contains(QStringLiteral("2027-01-01  SSH")));
    QVERIFY(listed.out.contains(QStringLiteral("Số 01 Lê Lai, thành phố Huế")));
}

void TestCliIssuer::recordsAnAddress()
{
    // Without --address: usage.
    Run run = cli({QStringLiteral("issuer"), QStringLiteral("address"), QStringLiteral("--from"),
                   QStringLiteral("2025-03-01"), QStringLiteral("--casebook"), location()});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--address")), qPrintable(run.err));
    // No period starts that day.
    run = cli({QStringLiteral("issuer"), QStringLiteral("address"), QStringLiteral("--from"),
               QStringLiteral("2025-03-02"), QStringLiteral("--address"), QStringLiteral("Số 26 Hà Nội"),
               QStringLiteral("--casebook"), location()});
    QVERIFY(run.code != 0);
    run = cli({QStringLiteral("issuer"), QStringLiteral("address"), QStringLiteral("--from"),
               QStringLiteral("2025-03-01"), QStringLiteral("--address"),
               QStringLiteral("Số 26 Hà Nội, thành phố Huế"), QStringLiteral("--casebook"), location()});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const Run json = cli({QStringLiteral("issuer"), QStringLiteral("list"), QStringLiteral("--format"),
                          QStringLiteral("json"), QStringLiteral("--casebook"), location()});
    const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(rows.at(2).toObject().value(QLatin1String("address")).toString(),
             QStringLiteral("Số 26 Hà Nội, thành phố Huế"));
    QCOMPARE(rows.at(1).toObject().value(QLatin1String("address")).toString(), QString());
}

void TestCliIssuer::refusesWhatCannotBeAPeriod()
{
    const QStringList base {QStringLiteral("issuer"),     QStringLiteral("add"),
                            QStringLiteral("--parent"),   QStringLiteral("UBND THÀNH PHỐ HUẾ"),
                            QStringLiteral("--body"),     QStringLiteral("SỞ SỐ HÓA"),
                            QStringLiteral("--in-text"),  QStringLiteral("Sở Số hóa"),
                            QStringLiteral("--place"),    QStringLiteral("Huế"),
                            QStringLiteral("--address"),  QStringLiteral("Số 01 Lê Lai"),
                            QStringLiteral("--casebook"), location()};
    // No code: usage.
    Run run = cli(base + QStringList {QStringLiteral("--from"), QStringLiteral("2027-01-01")});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--code")), qPrintable(run.err));
    // A date on the last period's: refused in words.
    run = cli(base
              + QStringList {QStringLiteral("--from"), QStringLiteral("2025-03-01"), QStringLiteral("--code"),
                             QStringLiteral("SSH")});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QStringLiteral("01/03/2025")), qPrintable(run.err));
    run = cli(base
              + QStringList {QStringLiteral("--from"), QStringLiteral("next year"), QStringLiteral("--code"),
                             QStringLiteral("SSH")});
    QCOMPARE(run.code, 2);
    QCOMPARE(casebook::Issuers(m_scratch->casebook()).periods()->periods().size(), 3);
}

int main(int argc, char **argv)
{
    return sw::test::runOnEachEngine<TestCliIssuer>(argc, argv, "signwatch-cli issuer");
}
#include "tst_cli_issuer.moc"
