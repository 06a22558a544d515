// resources/: the icon renders as drawn at the sizes a desktop uses, everything signwatch.qrc lists
// is embedded, the desktop entry and the AppStream metainfo pass their validators, and
// `cmake --install` puts the executables, the icon, the desktop entry and the metainfo where a
// Debian desktop looks for them.
#include "RequireTool.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QIcon>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString appId = QStringLiteral(SIGNWATCH_APP_ID);

QString sourceFile(const QString &name)
{
    return QStringLiteral(SIGNWATCH_SOURCE_DIR "/resources/") + name;
}

struct Run
{
    int exitCode = -1;
    QString output; // stdout and stderr
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return {-1, QStringLiteral("%1 did not finish: %2").arg(program, process.errorString())};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// How far `c` is from the colour `rgb`, the largest channel difference.
int distance(const QColor &c, QRgb rgb)
{
    return qMax(qAbs(c.red() - qRed(rgb)), qMax(qAbs(c.green() - qGreen(rgb)), qAbs(c.blue() - qBlue(rgb))));
}

} // namespace

class TestResources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void iconAtDesktopSizes_data();
    void iconAtDesktopSizes();
    void qrcListIsEmbedded();
    void desktopEntryIsValid();
    void metainfoIsValid();
    void installPutsFilesInPlace();
};

void TestResources::iconAtDesktopSizes_data()
{
    QTest::addColumn<int>("size");
    for (int size : {16, 32, 48, 256})
        QTest::newRow(qPrintable(QStringLiteral("%1 px").arg(size))) << size;
}

// The icon is drawn on a 48-unit grid: a dark blue shield edge, a blue field, a white eye whose iris
// is a red ring around a blue pupil, and nothing outside the shield's corners.
void TestResources::iconAtDesktopSizes()
{
    QFETCH(int, size);
    const QIcon icon(QStringLiteral(":/icons/") + appId + QStringLiteral(".svg"));
    QVERIFY2(!icon.pixmap(size).isNull(), "the SVG icon engine is missing (Debian: libqt6svg6)");
    const QImage image = icon.pixmap(QSize(size, size), 1.0).toImage();
    QCOMPARE(image.size(), QSize(size, size));
    const auto at = [&image, size](qreal x, qreal y) {
        return image.pixelColor(int(x * size / 48), int(y * size / 48));
    };
    QCOMPARE(at(0.5, 47.5).alpha(), 0); // outside the shield
    QCOMPARE(at(47.5, 0.5).alpha(), 0);
    const int tolerance = size < 32 ? 60 : 24; // small sizes blend neighbouring shapes
    QVERIFY2(distance(at(24, 8), 0x2160AD) <= tolerance, qPrintable(at(24, 8).name())); // the field
    QVERIFY2(distance(at(12.5, 20), 0xFFFFFF) <= tolerance, qPrintable(at(12.5, 20).name())); // the eye
    QVERIFY2(distance(at(28.2, 20), 0xC62828) <= tolerance, qPrintable(at(28.2, 20).name())); // the iris
    QVERIFY2(distance(at(24, 20), 0x17457F) <= tolerance, qPrintable(at(24, 20).name())); // the pupil
}

// Every file of resources/signwatch.qrc is in the program, under its prefix and alias.
void TestResources::qrcListIsEmbedded()
{
    const QString qrc = QString::fromUtf8(contents(sourceFile(QStringLiteral("signwatch.qrc"))));
    QVERIFY(!qrc.isEmpty());
    int files = 0;
    static const QRegularExpression section(
        QStringLiteral("<qresource prefix=\"([^\"]+)\">(.*?)</qresource>"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression file(QStringLiteral("<file alias=\"([^\"]+)\">"));
    for (const QRegularExpressionMatch &s : section.globalMatch(qrc)) {
        for (const QRegularExpressionMatch &f : file.globalMatch(s.captured(2))) {
            const QString path = QStringLiteral(":") + s.captured(1) + QLatin1Char('/') + f.captured(1);
            QVERIFY2(QFileInfo(path).size() > 0, qPrintable(path));
            ++files;
        }
    }
    QCOMPARE(files, 11); // the icon, four fonts and their licence, two translations, Qt's Vietnamese and
                         // the guide in both languages
}

void TestResources::desktopEntryIsValid()
{
    if (!sw::test::requireTool({"desktop-file-validate"}, "desktop-file-utils"))
        return;
    const QString path = sourceFile(appId + QStringLiteral(".desktop"));
    const Run validated = run(QStringLiteral("desktop-file-validate"), {path});
    QVERIFY2(validated.exitCode == 0 && validated.output.trimmed().isEmpty(), qPrintable(validated.output));

    QHash<QString, QString> entry; // key → value of the [Desktop Entry] group, the only one
    for (const QByteArray &line : contents(path).split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (equals > 0)
            entry.insert(QString::fromUtf8(line.left(equals)), QString::fromUtf8(line.mid(equals + 1)));
    }
    QCOMPARE(entry.value(QStringLiteral("Exec")), QStringLiteral("signwatch"));
    QCOMPARE(entry.value(QStringLiteral("Icon")), appId);
    // The menu speaks Vietnamese as well as English.
    for (const char *key : {"GenericName", "Comment", "Keywords"}) {
        QVERIFY2(!entry.value(QLatin1String(key)).isEmpty(), key);
        QVERIFY2(!entry.value(QLatin1String(key) + QStringLiteral("[vi]")).isEmpty(), key);
    }
}

void TestResources::metainfoIsValid()
{
    if (!sw::test::requireTool({"appstreamcli"}, "appstream"))
        return;
    const QString path = sourceFile(appId + QStringLiteral(".metainfo.xml"));
    const Run validated
        = run(QStringLiteral("appstreamcli"), {QStringLiteral("validate"), QStringLiteral("--no-net"), path});
    QVERIFY2(validated.exitCode == 0, qPrintable(validated.output));
    const QByteArray xml = contents(path);
    QVERIFY(xml.contains("<id>" + appId.toUtf8() + "</id>"));
    QVERIFY(xml.contains("<launchable type=\"desktop-id\">" + appId.toUtf8() + ".desktop</launchable>"));
}

void TestResources::installPutsFilesInPlace()
{
    QTemporaryDir prefix;
    QVERIFY(prefix.isValid());
    const Run installed = run(QStringLiteral(SIGNWATCH_CMAKE),
                              {QStringLiteral("--install"), QStringLiteral(SIGNWATCH_BUILD_DIR),
                               QStringLiteral("--prefix"), prefix.path()});
    QVERIFY2(installed.exitCode == 0, qPrintable(installed.output));
    const QDir root(prefix.path());
    for (const char *program : {"bin/signwatch", "bin/signwatch-cli"}) {
        const QFileInfo info(root.filePath(QString::fromLatin1(program)));
        QVERIFY2(info.isFile() && info.isExecutable(), program);
    }
    // The installed command line runs on its own.
    const Run version
        = run(root.filePath(QStringLiteral("bin/signwatch-cli")), {QStringLiteral("--version")});
    QVERIFY2(version.exitCode == 0 && version.output.contains(QStringLiteral("0.")),
             qPrintable(version.output));

    const QString icon
        = QStringLiteral("share/icons/hicolor/scalable/apps/") + appId + QStringLiteral(".svg");
    const QString desktop = QStringLiteral("share/applications/") + appId + QStringLiteral(".desktop");
    const QString metainfo = QStringLiteral("share/metainfo/") + appId + QStringLiteral(".metainfo.xml");
    QCOMPARE(contents(root.filePath(icon)),
             contents(sourceFile(QStringLiteral("icons/") + appId + QStringLiteral(".svg"))));
    QCOMPARE(contents(root.filePath(desktop)), contents(sourceFile(appId + QStringLiteral(".desktop"))));
    QCOMPARE(contents(root.filePath(metainfo)),
             contents(sourceFile(appId + QStringLiteral(".metainfo.xml"))));
    // Nothing else: the tree is exactly the five files.
    QStringList all;
    QDirIterator it(root.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        all << root.relativeFilePath(it.next());
    all.sort();
    QCOMPARE(all,
             QStringList({QStringLiteral("bin/signwatch"), QStringLiteral("bin/signwatch-cli"), desktop, icon,
                          metainfo}));
}

QTEST_MAIN(TestResources)
#include "tst_resources.moc"
