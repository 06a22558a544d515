#include "privacy/Masking.h"

#include <QTest>

using sw::privacy::maskCitizenId;
using sw::privacy::maskName;

class TestMasking : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void citizenIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("masked");
        QTest::newRow("cccd") << QStringLiteral("046123456789") << QStringLiteral("046******789");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("short") << QStringLiteral("123456") << QStringLiteral("1****6");
        QTest::newRow("tiny") << QStringLiteral("12") << QStringLiteral("**");
        QTest::newRow("long") << QStringLiteral("0461234567890") << QStringLiteral("046*******890");
    }
    void citizenIds()
    {
        QFETCH(QString, id);
        QFETCH(QString, masked);
        QCOMPARE(maskCitizenId(id), masked);
    }
    void names()
    {
        QCOMPARE(maskName(QStringLiteral("Nguyễn Văn  Ánh")), QStringLiteral("Nguyễn V. Á."));
        QCOMPARE(maskName(QStringLiteral("  ")), QString());
        QCOMPARE(maskName(QStringLiteral("Lê")), QStringLiteral("Lê"));
    }
};

QTEST_APPLESS_MAIN(TestMasking)
#include "tst_masking.moc"
