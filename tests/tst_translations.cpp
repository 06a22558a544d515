// The translations are complete: every message of the .ts files has a finished translation that
// keeps the placeholders of its source, the .ts files hold every message of the sources (lupdate
// run as update_translations runs it), and the Vietnamese .qm embedded in the program loads.
#include "TsFile.h"
#include "settings/Language.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

using sw::test::describe;
using sw::test::placeholders;
using sw::test::readTs;
using Message = sw::test::TsMessage;

QString tsPath(const QString &language)
{
    return QStringLiteral(SIGNWATCH_TEST_DATA "/../../translations/signwatch_%1.ts").arg(language);
}

QString identity(const Message &message)
{
    return message.context + QChar(0x1f) + message.source + QChar(0x1f) + message.comment;
}

QString sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list.join(QLatin1Char(' '));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void tsFilesHoldEverySourceMessage();
    void vietnameseIsInstalled();
};

void TestTranslations::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("pluralForms"); // numerus forms the language has
    QTest::newRow("vi") << QStringLiteral("vi") << 1;
    QTest::newRow("en") << QStringLiteral("en") << 2;
}

void TestTranslations::everyMessageIsTranslated()
{
    QFETCH(QString, language);
    QFETCH(int, pluralForms);

    QString error;
    const QList<Message> messages = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!messages.isEmpty(), "the .ts file holds no message: run the update_translations target");

    QStringList problems;
    for (const Message &message : messages) {
        if (!message.type.isEmpty()) {
            problems << QStringLiteral("%1: type=\"%2\"").arg(describe(message), message.type);
            continue;
        }
        if (message.numerus && message.forms.size() != pluralForms) {
            problems << QStringLiteral("%1: %2 plural form(s), expected %3")
                            .arg(describe(message))
                            .arg(message.forms.size())
                            .arg(pluralForms);
        }
        const QSet<QString> expected = placeholders(message.source);
        for (const QString &form : message.forms) {
            if (form.trimmed().isEmpty()) {
                problems << QStringLiteral("%1: empty translation").arg(describe(message));
                continue;
            }
            if (form != form.normalized(QString::NormalizationForm_C))
                problems << QStringLiteral("%1: \"%2\" is not in NFC").arg(describe(message), form);
            const QSet<QString> actual = placeholders(form);
            if (actual != expected) {
                problems << QStringLiteral("%1: \"%2\" has placeholders {%3}, the source {%4}")
                                .arg(describe(message), form, sorted(actual), sorted(expected));
            }
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 message(s) in signwatch_%3.ts need work:\n  %4")
                            .arg(problems.size())
                            .arg(messages.size())
                            .arg(language, problems.join(QStringLiteral("\n  ")))));
}

// A tr() string that never went through lupdate is in no .ts file: lupdate over the sources, with the
// sources, include paths and options of the update_translations target, into a temporary .ts; each
// message it finds must be in both committed files with a finished translation.
void TestTranslations::tsFilesHoldEverySourceMessage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(QStringLiteral("signwatch_vi.ts"));
    QStringList arguments {QStringLiteral("@" SIGNWATCH_LUPDATE_LIST)};
    arguments += QStringLiteral(SIGNWATCH_LUPDATE_OPTIONS).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    arguments << QStringLiteral("-ts") << fresh;
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(SIGNWATCH_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(300000), qPrintable(lupdate.errorString()));
    const QString output = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(output));

    QString error;
    const QList<Message> sources = readTs(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(sources.size() > 100,
             qPrintable(QStringLiteral("lupdate found %1 message(s): %2").arg(sources.size()).arg(output)));

    QStringList problems;
    for (const QString &language : {QStringLiteral("vi"), QStringLiteral("en")}) {
        QHash<QString, QString> committed; // identity → type of the translation
        for (const Message &message : readTs(tsPath(language), &error))
            committed.insert(identity(message), message.type);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const Message &message : sources) {
            const auto found = committed.constFind(identity(message));
            if (found == committed.cend())
                problems << QStringLiteral("signwatch_%1.ts lacks %2").arg(language, describe(message));
            else if (!found->isEmpty())
                problems
                    << QStringLiteral("signwatch_%1.ts: %2 is %3").arg(language, describe(message), *found);
        }
    }
    QVERIFY2(
        problems.isEmpty(),
        qPrintable(QStringLiteral("the .ts files are behind the sources (build update_translations, then "
                                  "translate):\n  %1")
                       .arg(problems.join(QStringLiteral("\n  ")))));
}

void TestTranslations::vietnameseIsInstalled()
{
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/signwatch_vi.qm")));
    QVERIFY(sw::settings::installTranslations(*QCoreApplication::instance(), QStringLiteral("vi")));

    const QString commands = QCoreApplication::translate("Cli", "Commands:");
    QVERIFY(!commands.isEmpty());
    QVERIFY2(commands != QLatin1String("Commands:"), "the Vietnamese translation is not in use");

    // Vietnamese has one plural form, and the count still reaches the text.
    const QString lost = QCoreApplication::translate(
        "Registry", "The connection to the registry was lost and could not be restored after %n attempt(s).",
        nullptr, 3);
    QVERIFY2(!lost.contains(QLatin1String("attempt")), qPrintable(lost));
    QVERIFY2(lost.contains(QLatin1Char('3')), qPrintable(lost));

    // Back to English: the English file answers with the English forms.
    QVERIFY(sw::settings::installTranslations(*QCoreApplication::instance(), QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("Cli", "Commands:"), QStringLiteral("Commands:"));
    QCOMPARE(
        QCoreApplication::translate(
            "Registry",
            "The connection to the registry was lost and could not be restored after %n attempt(s).", nullptr,
            1),
        QStringLiteral("The connection to the registry was lost and could not be restored after 1 attempt."));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
