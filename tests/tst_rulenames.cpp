// The rules' short names (RuleCatalogue): every rule has one in Vietnamese and in English, a few
// words that are not its code, none shared by two rules; the names the Department's officials use
// for the rules they name most; the code kept where a machine reads it, and an unknown code shown
// as it is.
#include "rules/Finding.h"
#include "rules/RuleCatalogue.h"
#include "settings/Language.h"

#include <QCoreApplication>
#include <QSet>
#include <QTest>

using namespace sw::rules;

class TestRuleNames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanupTestCase() { sw::settings::installTranslations(*qApp, QStringLiteral("vi")); }
    void everyRuleHasAName_data();
    void everyRuleHasAName();
    void officialsWords_data();
    void officialsWords();
    void unknownCodesStayAsTheyAre();
    void machinesKeepTheCode();
};

void TestRuleNames::everyRuleHasAName_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("vi") << QStringLiteral("vi");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestRuleNames::everyRuleHasAName()
{
    QFETCH(QString, language);
    QVERIFY(sw::settings::installTranslations(*qApp, language));
    QSet<QString> names;
    for (const RuleInfo &rule : ruleCatalogue()) {
        const QString name = rule.translatedName();
        const QString context = QStringLiteral("%1: \"%2\"").arg(rule.code, name);
        QVERIFY2(!name.trimmed().isEmpty(), qPrintable(context));
        // Not the code, nor anything that reads like one: words in sentence case.
        QVERIFY2(!name.contains(rule.code, Qt::CaseInsensitive), qPrintable(context));
        QVERIFY2(!name.contains(QLatin1Char('_')), qPrintable(context));
        QVERIFY2(name != name.toUpper() && name.at(0).isUpper(), qPrintable(context));
        // Short: a name fits a table column and a chart's legend (1–4 words; Vietnamese words
        // of one or two syllables, so at most five syllables).
        const qsizetype words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts).size();
        QVERIFY2(words >= 1 && words <= 5, qPrintable(context));
        QVERIFY2(name.size() <= 28, qPrintable(context));
        QVERIFY2(!names.contains(name), qPrintable(context + QStringLiteral(" named twice")));
        names.insert(name);
        QCOMPARE(ruleDisplayName(rule.code), name);
        QCOMPARE(ruleNameWithCode(rule.code), QStringLiteral("%1 (%2)").arg(name, rule.code));
        // Vietnamese is not the English source left untranslated.
        if (language == QLatin1String("vi"))
            QVERIFY2(name != QString::fromUtf8(rule.name), qPrintable(context));
        else
            QCOMPARE(name, QString::fromUtf8(rule.name));
    }
    QCOMPARE(names.size(), 13);
}

void TestRuleNames::officialsWords_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("vi");
    QTest::addColumn<QString>("en");
    auto row = [](const char *code, const char *vi, const char *en) {
        QTest::newRow(code) << QString::fromLatin1(code) << QString::fromUtf8(vi) << QString::fromUtf8(en);
    };
    row("DUPLICATE_ISSUANCE", "Cấp trùng", "Duplicate issuance");
    row("LATE_UPDATE", "Cập nhật chậm", "Late update");
    row("REQUEST_EXPIRED", "Quá hạn 48 giờ", "Request over 48 hours");
    row("EXCLUDED_PROVIDER", "Cấp sau khi bị loại", "Issued after exclusion");
    row("MISSING_LOOKUP", "Không tra cứu Hue-S", "No Hue-S look-up");
    row("SUPERSEDED", "Xem như chưa cấp", "Counts as not issued");
    row("STAFF_BURST", "Cấp dồn dập", "Issuance burst");
}

void TestRuleNames::officialsWords()
{
    QFETCH(QString, code);
    QFETCH(QString, vi);
    QFETCH(QString, en);
    QVERIFY(sw::settings::installTranslations(*qApp, QStringLiteral("vi")));
    QCOMPARE(ruleDisplayName(code), vi);
    QVERIFY(sw::settings::installTranslations(*qApp, QStringLiteral("en")));
    QCOMPARE(ruleDisplayName(code), en);
}

void TestRuleNames::unknownCodesStayAsTheyAre()
{
    QVERIFY(sw::settings::installTranslations(*qApp, QStringLiteral("vi")));
    QCOMPARE(ruleDisplayName(QStringLiteral("NEW_RULE")), QStringLiteral("NEW_RULE"));
    QCOMPARE(ruleNameWithCode(QStringLiteral("NEW_RULE")), QStringLiteral("NEW_RULE"));
    QCOMPARE(ruleDisplayName(QString()), QString());
    // A scan step names several rules: their names, in the step's order.
    QCOMPARE(ruleDisplayNames(QStringLiteral("DUPLICATE_ISSUANCE, SUPERSEDED")),
             QStringLiteral("Cấp trùng, Xem như chưa cấp"));
    QCOMPARE(ruleDisplayNames(QStringLiteral("LATE_UPDATE,NEW_RULE")),
             QStringLiteral("Cập nhật chậm, NEW_RULE"));
    QCOMPARE(ruleDisplayNames(QStringLiteral("DATA_QUALITY")), QStringLiteral("Dữ liệu sai quy cách"));
    QCOMPARE(ruleNameWithCode(QStringLiteral("DUPLICATE_ISSUANCE")),
             QStringLiteral("Cấp trùng (DUPLICATE_ISSUANCE)"));
}

void TestRuleNames::machinesKeepTheCode()
{
    // Whatever the interface language, the findings format (spec/rules.md) carries the code.
    QVERIFY(sw::settings::installTranslations(*qApp, QStringLiteral("vi")));
    Finding f;
    f.rule = QStringLiteral("LATE_UPDATE");
    f.subjectKind = QStringLiteral("certificate");
    f.subjectId = 3;
    f.detail = {{QStringLiteral("delay_seconds"), qint64(90000)}};
    QVERIFY(toJsonLine(f).startsWith("{\"rule\":\"LATE_UPDATE\",\"clause\":\"\xC2\xA7"
                                     "1.4\""));
    QVERIFY(toCsvRow(f).startsWith("LATE_UPDATE,"));
    QVERIFY(!toJsonLine(f).contains(QStringLiteral("Cập nhật chậm").toUtf8()));
    QVERIFY(!toCsvRow(f).contains(QStringLiteral("Cập nhật chậm").toUtf8()));
    QVERIFY(csvHeader().startsWith("rule,"));
}

QTEST_GUILESS_MAIN(TestRuleNames)
#include "tst_rulenames.moc"
