// The audit log's actions in words (AuditActions): every action the casebook writes has a
// sentence in Vietnamese and in English that is not its code, the Department's words for the
// steps of §5.3, and an unknown code shown as it is.
#include "SourceScan.h"

#include "casebook/AuditActions.h"
#include "casebook/CaseStatus.h"
#include "casebook/CasebookRoles.h"
#include "settings/Language.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace sw::casebook;

class TestAuditActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanupTestCase() { sw::settings::installTranslations(*qApp, QStringLiteral("vi")); }
    void everyActionWrittenIsKnown();
    void sentencesInBothLanguages_data();
    void sentencesInBothLanguages();
    void departmentsWords_data();
    void departmentsWords();
    void unknownActionsStayAsTheyAre();
};

void TestAuditActions::everyActionWrittenIsKnown()
{
    const QStringList known = auditActionCodes();
    QCOMPARE(QSet<QString>(known.cbegin(), known.cend()).size(), known.size());
    // Every action a role may take, and the owner's two.
    for (const auto &[action, role] : actionRoles())
        QVERIFY2(known.contains(action), qPrintable(action));
    QVERIFY(known.contains(QStringLiteral("casebook.migrate")));
    QVERIFY(known.contains(QStringLiteral("audit.seal")));
    // Case moves are "case.<status>".
    for (CaseStatus status : allStatuses())
        QVERIFY2(known.contains(QStringLiteral("case.") + statusCode(status)),
                 qPrintable(statusCode(status)));
    // And every action code the sources write as a literal.
    const QRegularExpression literal(QStringLiteral(
        "QStringLiteral\\(\"((?:case|complaint|document|citizen|casebook|audit|issuer)\\.[a-z_]+)\"\\)"));
    const QStringList lines = sw::test::sourceLinesMatching(
        {QStringLiteral("core/casebook"), QStringLiteral("ui"), QStringLiteral("app")}, literal,
        {QStringLiteral("core/casebook/AuditActions.cpp")});
    QVERIFY(lines.size() >= 20);
    for (const QString &line : lines) {
        auto matches = literal.globalMatch(line);
        while (matches.hasNext()) {
            const QString action = matches.next().captured(1);
            QVERIFY2(known.contains(action), qPrintable(line));
        }
    }
}

void TestAuditActions::sentencesInBothLanguages_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("vi") << QStringLiteral("vi");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestAuditActions::sentencesInBothLanguages()
{
    QFETCH(QString, language);
    QVERIFY(sw::settings::installTranslations(*qApp, language));
    QSet<QString> sentences;
    for (const QString &action : auditActionCodes()) {
        const QString sentence = auditActionText(action);
        const QString context = QStringLiteral("%1: \"%2\"").arg(action, sentence);
        QVERIFY2(!sentence.trimmed().isEmpty(), qPrintable(context));
        QVERIFY2(sentence != action, qPrintable(context));
        QVERIFY2(!sentence.contains(QLatin1Char('.')) && !sentence.contains(QLatin1Char('_')),
                 qPrintable(context));
        QVERIFY2(sentence.at(0).isUpper(), qPrintable(context));
        QVERIFY2(!sentences.contains(sentence), qPrintable(context + QStringLiteral(" twice")));
        sentences.insert(sentence);
    }
}

void TestAuditActions::departmentsWords_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("vi");
    QTest::addColumn<QString>("en");
    auto row = [](const char *action, const char *vi, const char *en) {
        QTest::newRow(action) << QString::fromLatin1(action) << QString::fromUtf8(vi)
                              << QString::fromUtf8(en);
    };
    row("case.open", "Mở vụ việc", "Case opened");
    row("case.established", "Xác định vi phạm", "Violation established");
    row("case.dismissed", "Đình chỉ vụ việc", "Case dismissed");
    row("case.minutes_drafted", "Lập dự thảo biên bản", "Minutes drafted");
    row("case.minutes_signed", "Ký biên bản", "Minutes signed");
    row("citizen.unmask", "Xem đầy đủ số định danh", "Full identity number shown");
}

void TestAuditActions::departmentsWords()
{
    QFETCH(QString, action);
    QFETCH(QString, vi);
    QFETCH(QString, en);
    QVERIFY(sw::settings::installTranslations(*qApp, QStringLiteral("vi")));
    QCOMPARE(auditActionText(action), vi);
    QVERIFY(sw::settings::installTranslations(*qApp, QStringLiteral("en")));
    QCOMPARE(auditActionText(action), en);
}

void TestAuditActions::unknownActionsStayAsTheyAre()
{
    QVERIFY(sw::settings::installTranslations(*qApp, QStringLiteral("vi")));
    QCOMPARE(auditActionText(QStringLiteral("case.reopened")), QStringLiteral("case.reopened"));
    QCOMPARE(auditActionText(QString()), QString());
}

QTEST_GUILESS_MAIN(TestAuditActions)
#include "tst_auditactions.moc"
