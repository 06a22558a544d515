// Files holding personal data are readable by their owner only (§1.7): the casebook and the
// findings store are 0600 in 0700 folders from the moment they exist, files of earlier versions are
// restricted when opened, and exports are written atomically as 0600 files.
#include "casebook/Casebook.h"
#include "findings/FindingsExport.h"
#include "findings/FindingsStore.h"
#include "privacy/PrivateFiles.h"
#include "reports/CsvExport.h"
#include "rules/Thresholds.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace sw;

namespace {

int modeOf(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

bool makeOpenFile(const QString &path, const QByteArray &content = "x")
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return false;
    file.close();
    return ::chmod(QFile::encodeName(path).constData(), 0644) == 0;
}

} // namespace

class TestPrivateFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void newFileIsPrivate();
    void existingFilesAreRestricted();
    void foldersMadeArePrivate();
    void chosenFolderIsLeftAlone();
    void saveFile();
    void casebookIsPrivate();
    void casebookOfAnEarlierVersionIsRestricted();
    void findingsStoreIsPrivate();
    void exportsArePrivate();

private:
    QTemporaryDir m_dir;
};

void TestPrivateFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    ::umask(022); // a usual desktop umask: without care, new files would be 0644
}

void TestPrivateFiles::newFileIsPrivate()
{
    const QString path = m_dir.filePath(QStringLiteral("new.sqlite"));
    auto made = privacy::ensurePrivateFile(path);
    QVERIFY(made.ok());
    QVERIFY(*made); // created here
    QCOMPARE(QFileInfo(path).size(), 0);
    QCOMPARE(modeOf(path), 0600);
    auto again = privacy::ensurePrivateFile(path);
    QVERIFY(again.ok());
    QVERIFY(!*again); // existed
}

void TestPrivateFiles::existingFilesAreRestricted()
{
    const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
    QVERIFY(makeOpenFile(path));
    QVERIFY(makeOpenFile(path + QStringLiteral("-wal")));
    QVERIFY(makeOpenFile(path + QStringLiteral("-shm")));
    QCOMPARE(modeOf(path), 0644);
    QVERIFY(privacy::isOpenToOthers(path));
    QVERIFY(privacy::ensurePrivateFile(path).ok());
    for (const QString &p : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
        QCOMPARE(modeOf(p), 0600);
    QVERIFY(!privacy::isOpenToOthers(path));
}

void TestPrivateFiles::foldersMadeArePrivate()
{
    const QString top = m_dir.filePath(QStringLiteral("made"));
    const QString deep = top + QStringLiteral("/a/b");
    QVERIFY(privacy::ensurePrivateFolder(deep).ok());
    for (const QString &p : {top, top + QStringLiteral("/a"), deep})
        QCOMPARE(modeOf(p), 0700);
    // The folder that already existed (the temporary folder) is not changed.
    QCOMPARE(modeOf(m_dir.path()), 0700); // QTemporaryDir's own mode, untouched
}

void TestPrivateFiles::chosenFolderIsLeftAlone()
{
    const QString shared = m_dir.filePath(QStringLiteral("shared"));
    QVERIFY(QDir().mkpath(shared));
    QVERIFY(::chmod(QFile::encodeName(shared).constData(), 0755) == 0);
    QVERIFY(privacy::ensurePrivateFolder(shared).ok());
    QCOMPARE(modeOf(shared), 0755); // a folder the user chose may be shared on purpose
    QVERIFY(privacy::ensurePrivateFolder(shared, true).ok());
    QCOMPARE(modeOf(shared), 0700); // the console's own folder is restricted
}

void TestPrivateFiles::saveFile()
{
    const QString path = m_dir.filePath(QStringLiteral("export.csv"));
    QVERIFY(privacy::savePrivateFile(path, "a,b\r\n").ok());
    QCOMPARE(modeOf(path), 0600);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("a,b\r\n"));
    }
    // Written again over a file others could read: restricted.
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    QVERIFY(privacy::savePrivateFile(path, "c\r\n").ok());
    QCOMPARE(modeOf(path), 0600);

    // Not committed: nothing is left, not even the empty file made first.
    const QString abandoned = m_dir.filePath(QStringLiteral("abandoned.csv"));
    {
        privacy::PrivateSaveFile file(abandoned);
        QVERIFY(file.open().ok());
        QVERIFY(file.write("half").ok());
    }
    QVERIFY(!QFileInfo::exists(abandoned));
    // And an existing file survives an abandoned rewrite unchanged.
    {
        privacy::PrivateSaveFile file(path);
        QVERIFY(file.open().ok());
        QVERIFY(file.write("other").ok());
    }
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("c\r\n"));
}

void TestPrivateFiles::casebookIsPrivate()
{
    const QString folder = m_dir.filePath(QStringLiteral("desk/data"));
    const QString path = folder + QStringLiteral("/casebook.sqlite");
    auto casebook = casebook::Casebook::open(path);
    QVERIFY2(casebook.ok(), casebook.ok() ? "" : qPrintable(casebook.error().fullText()));
    QCOMPARE(modeOf(path), 0600);
    QCOMPARE(modeOf(folder), 0700);
    QCOMPARE(modeOf(m_dir.filePath(QStringLiteral("desk"))), 0700);

    // The standard place, made 0755 by an earlier version, is restricted.
    const QString standard = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(QDir().mkpath(standard));
    QVERIFY(::chmod(QFile::encodeName(standard).constData(), 0755) == 0);
    auto atStandard = casebook::Casebook::open();
    QVERIFY(atStandard.ok());
    QCOMPARE(modeOf(standard), 0700);
    QCOMPARE(modeOf(casebook::Casebook::defaultPath()), 0600);
}

void TestPrivateFiles::casebookOfAnEarlierVersionIsRestricted()
{
    const QString path = m_dir.filePath(QStringLiteral("earlier.sqlite"));
    {
        auto casebook = casebook::Casebook::open(path);
        QVERIFY(casebook.ok());
    }
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    auto reopened = casebook::Casebook::open(path);
    QVERIFY(reopened.ok());
    QCOMPARE(modeOf(path), 0600);
}

void TestPrivateFiles::findingsStoreIsPrivate()
{
    const QString path = m_dir.filePath(QStringLiteral("store/findings.sqlite"));
    findings::FindingsStore store(path);
    QVERIFY(store.open().ok());
    findings::ScanToSave scan;
    scan.registryKey = QStringLiteral("sqlite:/x.sqlite");
    scan.asOf = 1700000000;
    scan.thresholds = rules::Thresholds().values();
    rules::Finding finding;
    finding.rule = QStringLiteral("LATE_UPDATE");
    finding.subjectKind = QStringLiteral("certificate");
    finding.subjectId = 7;
    finding.citizenId = QStringLiteral("046123456789");
    QVERIFY(store.saveScan(scan, {finding}, {}).ok());
    QCOMPARE(modeOf(path), 0600);
    QCOMPARE(modeOf(m_dir.filePath(QStringLiteral("store"))), 0700);
    // WAL: its companion files hold the same rows and get the same mode.
    for (const char *suffix : {"-wal", "-shm"})
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            QCOMPARE(modeOf(path + QLatin1String(suffix)), 0600);
}

void TestPrivateFiles::exportsArePrivate()
{
    const QString csv = m_dir.filePath(QStringLiteral("table.csv"));
    QVERIFY(reports::CsvExport::save(csv, {QStringLiteral("a")}, {{QStringLiteral("1")}}).ok());
    QCOMPARE(modeOf(csv), 0600);

    const QString jsonl = m_dir.filePath(QStringLiteral("findings.jsonl"));
    findings::FindingsExport out(jsonl, findings::FindingsExport::Format::JsonLines);
    QVERIFY(out.begin().ok());
    findings::StoredFinding stored;
    stored.finding.rule = QStringLiteral("LATE_UPDATE");
    stored.finding.subjectKind = QStringLiteral("certificate");
    stored.finding.subjectId = 1;
    QVERIFY(out.append({stored}).ok());
    QVERIFY(out.commit().ok());
    QCOMPARE(modeOf(jsonl), 0600);
}

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
