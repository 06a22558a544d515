// The casework pages: complaints recorded through the form, a case taken through §5.3 by clicking
// its move buttons (confirmations answered by the test), a refused move showing the casebook's
// reason, undo/redo and autosave of a minutes draft, signing that freezes it, a signed PDF changed
// in the file refused on export, and screenshots of the three pages at 1366×768 in Vietnamese and
// English.
#include "CaseworkFixtures.h"
#include "OnScreen.h"
#include "RegistryBuilder.h"
#include "ScratchRegistry.h"
#include "casebook/AuditLog.h"
#include "casebook/CaseDocuments.h"
#include "casebook/Casebook.h"
#include "casebook/Cases.h"
#include "casebook/CaseworkMigrations.h"
#include "casebook/Complaints.h"
#include "casework/CaseDetailPane.h"
#include "casework/CaseDocumentsModel.h"
#include "casework/CaseFindingsModel.h"
#include "casework/CasePrompts.h"
#include "casework/CasesModel.h"
#include "casework/CasesPage.h"
#include "casework/ComplaintForm.h"
#include "casework/ComplaintsModel.h"
#include "casework/ComplaintsPage.h"
#include "casework/DocumentAnnouncementEditor.h"
#include "casework/DocumentMinutesEditor.h"
#include "casework/DocumentsPage.h"
#include "documents/AnnouncementData.h"
#include "documents/MinutesData.h"
#include "privacy/Masking.h"
#include "publishing/Outbox.h"
#include "publishing/Publisher.h"
#include "registry/RegistrySession.h"
#include "settings/Language.h"
#include "widgets/ErrorPanel.h"
#include "widgets/PdfPreviewDialog.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace sw;

namespace {

// Answers the pages' questions and remembers them.
class TestPrompts : public ui::CasePrompts
{
public:
    struct Log
    {
        QStringList confirmations; // texts asked
        QStringList informed;
    };
    explicit TestPrompts(Log &log) : m_log(log) { }

    bool accept = true;
    std::optional<QString> reasonAnswer = QStringLiteral("Verified against the registry");
    std::optional<Exclusion> exclusionAnswer = Exclusion {QDate(2024, 4, 1), QStringLiteral("per minutes")};
    QString savePath;

    bool confirm(QWidget *, const QString &, const QString &text, const QString &) override
    {
        m_log.confirmations << text;
        return accept;
    }
    std::optional<QString> reason(QWidget *, const QString &, const QString &, bool) override
    {
        return reasonAnswer;
    }
    std::optional<Exclusion> exclusion(QWidget *, const QDate &) override { return exclusionAnswer; }
    std::optional<QString> saveFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return savePath.isEmpty() ? std::nullopt : std::optional<QString>(savePath);
    }
    QList<qint64> chooseComplaints(QWidget *, const QList<casebook::Complaint> &candidates) override
    {
        QList<qint64> ids;
        for (const casebook::Complaint &c : candidates)
            ids << c.id;
        return ids;
    }
    void inform(QWidget *, const QString &, const QString &text) override { m_log.informed << text; }

private:
    Log &m_log;
};

rules::Finding finding(const QString &rule, qint64 subject, const QString &provider, const QString &citizen,
                       qint64 at)
{
    rules::Finding f;
    f.rule = rule;
    f.subjectKind = QStringLiteral("certificate");
    f.subjectId = subject;
    f.provider = provider;
    f.citizenId = citizen;
    f.at = at;
    f.evidence = {subject};
    return f;
}

QList<rules::Finding> sampleFindings()
{
    const qint64 t = QDateTime(QDate(2023, 9, 12), QTime(2, 30), Qt::UTC).toSecsSinceEpoch();
    return {finding(QStringLiteral("DUPLICATE_ISSUANCE"), 4711, QStringLiteral("VIETTEL-CA"),
                    QStringLiteral("046090001234"), t),
            finding(QStringLiteral("DUPLICATE_ISSUANCE"), 4712, QStringLiteral("VIETTEL-CA"),
                    QStringLiteral("046190005678"), t + 3600),
            finding(QStringLiteral("LATE_UPDATE"), 4800, QStringLiteral("VIETTEL-CA"),
                    QStringLiteral("046090009999"), t + 7200),
            finding(QStringLiteral("LATE_UPDATE"), 5000, QStringLiteral("VNPT-CA"),
                    QStringLiteral("046090000001"), t)};
}

// Types `text` key by key (QTest::keyClicks takes ASCII only).
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

// Clicks like a person: after the pending layout, so that the button has its size.
void click(QAbstractButton *button)
{
    QVERIFY(button);
    QCoreApplication::processEvents();
    QVERIFY(button->isVisible() && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

// The button in `page` whose default action is `action`.
QToolButton *buttonOf(QWidget *page, QAction *action)
{
    for (QToolButton *button : page->findChildren<QToolButton *>())
        if (button->defaultAction() == action && button->isVisibleTo(page))
            return button;
    return nullptr;
}

QString screenshotDir()
{
    static QTemporaryDir fallback(QDir::temp().filePath(QStringLiteral("signwatch-screenshots-XXXXXX")));
    QString dir = qEnvironmentVariable("SIGNWATCH_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        fallback.setAutoRemove(false); // kept so that a person can look at them
        dir = fallback.path();
    }
    QDir().mkpath(dir);
    return dir;
}

} // namespace

class TestUiCasework : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void recordComplaintThroughForm();
    void complaintNeedsItsFields();
    void findingsPassedToComplaint();
    void exportIsMaskedCsvWithBom();
    void caseThroughStatusesByClicking();
    void refusedMoveShowsTheReason();
    void minutesGetEarlierCertificatesFromTheRegistry();
    void draftUndoRedo();
    void autosaveSurvivesRecreatingThePage();
    void signFreezesTheEditor();
    void changedPdfIsNotExported();
    void screenshots_data();
    void screenshots();

private:
    // A case of VIETTEL-CA with three findings, established and with a minutes draft.
    qint64 caseWithMinutesDraft(qint64 *documentId);
    // The case's findings and history in words of `language` (screenshots' case), no code in sight.
    void checkCaseInWords(ui::CasesPage &page, qint64 caseId, const QString &language);
    void completeMinutes(qint64 documentId);
    template<typename Page>
    void usePrompts(Page &page)
    {
        auto prompts = std::make_unique<TestPrompts>(m_log);
        m_prompts = prompts.get();
        page.setPrompts(std::move(prompts));
    }

    QTemporaryDir m_dir;
    // The console's clock in these tests: "now" is this instant, after every date in the fixtures.
    const QDateTime m_now = QDateTime(QDate(2024, 5, 6), QTime(3, 15), QTimeZone::utc());
    std::unique_ptr<casebook::Casebook> m_casebook;
    std::unique_ptr<casebook::AuditLog> m_audit;
    std::unique_ptr<casebook::Complaints> m_complaints;
    std::unique_ptr<casebook::Cases> m_cases;
    std::unique_ptr<casebook::CaseDocuments> m_documents;
    TestPrompts::Log m_log;
    TestPrompts *m_prompts = nullptr;
};

void TestUiCasework::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    settings::installTranslations(*qApp, QStringLiteral("vi"));
}

void TestUiCasework::init()
{
    const QString path
        = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(path);
    auto opened = casebook::Casebook::open(path, sw::Clock::fixedAt(m_now));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().fullText()));
    m_casebook = std::move(*opened);
    // Until casebookMigrations() carries the casework's steps (the lead appends them), the test
    // adds the tables itself; afterwards this does nothing.
    if (m_casebook->schemaVersion() < casebook::caseworkFirstVersion) {
        auto migrated = m_casebook->write([](QSqlDatabase &tx) -> Result<void> {
            for (const casebook::Migration &step : casebook::caseworkMigrations())
                for (const QString &statement : step.portable + step.sqliteOnly)
                    if (QSqlQuery q(tx); !q.exec(statement))
                        return Error::make(statement);
            return {};
        });
        QVERIFY(migrated);
    }
    m_audit = std::make_unique<casebook::AuditLog>(*m_casebook);
    m_complaints = std::make_unique<casebook::Complaints>(*m_casebook);
    m_cases = std::make_unique<casebook::Cases>(*m_casebook);
    m_documents = std::make_unique<casebook::CaseDocuments>(*m_casebook);
    m_log = {};
}

void TestUiCasework::cleanup()
{
    m_documents.reset();
    m_cases.reset();
    m_complaints.reset();
    m_audit.reset();
    m_casebook.reset();
}

void TestUiCasework::recordComplaintThroughForm()
{
    ui::ComplaintsPage page(*m_complaints);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.isEmptyStateShown());

    page.newComplaintAction()->trigger();
    QVERIFY(page.isFormOpen());
    ui::ComplaintForm *form = page.form();
    typeText(form->citizenField(), QStringLiteral("046090001234"));
    form->providerField()->setCurrentIndex(form->providerField()->findData(QStringLiteral("VIETTEL-CA")));
    form->channelField()->setCurrentIndex(
        form->channelField()->findData(int(casebook::ComplaintChannel::Hotline)));
    typeText(form->statementField(), QStringLiteral("Nhân viên cấp chữ ký số khi tôi đã có của VNPT"));
    typeText(form->notesField(), QStringLiteral("Đã đối chiếu"));
    page.addFindingsToComplaint(sampleFindings().mid(0, 1));
    form->outcomeField()->setCurrentIndex(
        form->outcomeField()->findData(int(casebook::ComplaintOutcome::Substantiated)));
    QSignalSpy saved(&page, &ui::ComplaintsPage::complaintSaved);
    click(form->saveButton());
    QVERIFY2(saved.count() == 1,
             qPrintable(form->findChild<ui::ErrorPanel *>(QStringLiteral("complaintProblems"))->message()));

    auto stored = m_complaints->list();
    QVERIFY(stored);
    QCOMPARE(stored->size(), 1);
    const casebook::Complaint &c = stored->first();
    QCOMPARE(c.citizenId, QStringLiteral("046090001234"));
    QCOMPARE(c.provider, QStringLiteral("VIETTEL-CA"));
    QCOMPARE(c.channel, casebook::ComplaintChannel::Hotline);
    QCOMPARE(c.outcome, casebook::ComplaintOutcome::Substantiated);
    QVERIFY(c.statement.startsWith(QStringLiteral("Nhân viên")));
    QCOMPARE(c.receivedAt, m_now); // a new complaint is received now, by the console's clock

    // The list shows it masked, in the interface's date form.
    QVERIFY(!page.isEmptyStateShown());
    QCOMPARE(page.model()->rowCount(), 1);
    const QModelIndex citizen = page.model()->index(0, ui::ComplaintsModel::Citizen);
    QCOMPARE(citizen.data().toString(), QStringLiteral("046******234"));
    QCOMPARE(page.model()->index(0, ui::ComplaintsModel::Provider).data(Qt::DecorationRole).value<QColor>(),
             QColor(0x009E73));
    // The stored complaint in the form: its id masked and fixed.
    QCOMPARE(form->citizenField()->text(), QStringLiteral("046******234"));
    QVERIFY(form->citizenField()->isReadOnly());

    // "Open the citizen's timeline" hands the full id to the citizen page.
    QSignalSpy timeline(&page, &ui::ComplaintsPage::citizenTimelineRequested);
    click(form->findChild<QPushButton *>(QStringLiteral("complaintTimeline")));
    QCOMPARE(timeline.count(), 1);
    QCOMPARE(timeline.first().first().toString(), QStringLiteral("046090001234"));

    // Edit and save again: the same complaint changes.
    form->notesField()->setPlainText(QStringLiteral("Đã đối chiếu dữ liệu Hue-S"));
    QVERIFY(page.saveForm());
    stored = m_complaints->list();
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->first().notes, QStringLiteral("Đã đối chiếu dữ liệu Hue-S"));

    // Esc closes the form.
    QTest::keyClick(page.table(), Qt::Key_Escape);
    QVERIFY(!page.isFormOpen());
}

void TestUiCasework::complaintNeedsItsFields()
{
    ui::ComplaintsPage page(*m_complaints);
    page.show();
    page.newComplaint();
    typeText(page.form()->citizenField(), QStringLiteral("04609"));
    QVERIFY(!page.saveForm());
    auto problems = page.form()->findChild<ui::ErrorPanel *>(QStringLiteral("complaintProblems"));
    QVERIFY(problems->isVisibleTo(&page));
    QVERIFY(problems->message().contains(QStringLiteral("12")));
    QCOMPARE(m_complaints->list()->size(), 0);
}

void TestUiCasework::findingsPassedToComplaint()
{
    ui::ComplaintsPage page(*m_complaints);
    page.show();
    QList<rules::Finding> viettel = sampleFindings().mid(0, 1);
    page.addFindingsToComplaint(viettel);
    QVERIFY(page.isFormOpen());
    // The new complaint takes the finding's citizen and provider.
    QCOMPARE(page.form()->citizenField()->text(), QStringLiteral("046090001234"));
    QCOMPARE(page.form()->providerField()->currentData().toString(), QStringLiteral("VIETTEL-CA"));
    QAbstractItemModelTester tester(page.form()->findingsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.addFindingsToComplaint(sampleFindings().mid(0, 2)); // one already linked
    QCOMPARE(page.form()->findingsModel()->rowCount(), 2);
    QCOMPARE(page.form()->findingsModel()->index(0, ui::CaseFindingsModel::Citizen).data().toString(),
             QStringLiteral("046******234"));
    page.form()->statementField()->setPlainText(QStringLiteral("Bị cấp trùng"));
    QVERIFY(page.saveForm());
    auto stored = m_complaints->list();
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->first().findingLines.size(), 2);
}

void TestUiCasework::exportIsMaskedCsvWithBom()
{
    casebook::Complaint c;
    c.citizenId = QStringLiteral("046090001234");
    c.provider = QStringLiteral("MISA-CA");
    c.receivedAt = QDateTime(QDate(2024, 1, 5), QTime(7, 30), Qt::UTC);
    c.channel = casebook::ComplaintChannel::Letter;
    c.statement = QStringLiteral("Thư, có dấu phẩy, và \"ngoặc kép\"");
    QVERIFY(m_complaints->add(c));
    ui::ComplaintsPage page(*m_complaints);
    usePrompts(page);
    m_prompts->savePath = m_dir.filePath(QStringLiteral("complaints.csv"));
    page.exportAction()->trigger();
    QFile file(m_prompts->savePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QVERIFY(text.contains(QStringLiteral("046******234")));
    QVERIFY(!text.contains(QStringLiteral("046090001234")));
    QVERIFY(text.contains(QStringLiteral("05/01/2024 14:30"))); // Vietnamese form, UTC+7
    QCOMPARE(text.count(QStringLiteral("\r\n")), 2);
}

void TestUiCasework::caseThroughStatusesByClicking()
{
    const QString ref = QStringLiteral("CTTDT-2024-17");
    QVERIFY(publishing::Outbox::migrate(*m_casebook));
    publishing::Outbox outbox(m_casebook->database());
    publishing::Publisher publisher(outbox); // not started: nothing leaves the test

    ui::CasesPage page(*m_cases, *m_complaints, *m_documents, *m_audit, &publisher);
    usePrompts(page);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester findingsTester(page.detailPane()->findingsModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.isEmptyStateShown());

    QSignalSpy opened(&page, &ui::CasesPage::caseOpened);
    QSignalSpy documentRequested(&page, &ui::CasesPage::documentRequested);
    page.createCaseFromFindings(QStringLiteral("VIETTEL-CA"), sampleFindings());
    QCOMPARE(opened.count(), 1);
    const qint64 id = opened.first().first().toLongLong();
    QVERIFY(page.isDetailOpen());
    QCOMPARE(page.shownCaseId(), id);
    // Only VIETTEL-CA's three findings were taken.
    QCOMPARE(page.detailPane()->findingsModel()->rowCount(), 3);
    QCOMPARE(page.model()->index(0, ui::CasesModel::Findings).data().toString(), QStringLiteral("3"));

    auto status = [this, id] { return m_cases->caseById(id)->status; };
    auto visibleMoves = [&page] {
        QStringList names;
        for (QAction *action : page.moveActions())
            if (buttonOf(page.detailPane(), action))
                names << action->objectName();
        return names;
    };
    QCOMPARE(visibleMoves(),
             QStringList({QStringLiteral("establishAction"), QStringLiteral("dismissAction")}));

    // Open → established.
    click(buttonOf(page.detailPane(), page.establishAction()));
    QCOMPARE(status(), casebook::CaseStatus::Established);
    QCOMPARE(page.model()->index(0, ui::CasesModel::Status).data(ui::CasesModel::StatusRole).toInt(),
             int(casebook::CaseStatus::Established));
    QVERIFY(page.detailPane()->statusLabel()->text().contains(ui::CasesModel::statusText(status())));
    QCOMPARE(visibleMoves(),
             QStringList({QStringLiteral("dismissAction"), QStringLiteral("draftMinutesAction")}));

    // Established → minutes drafted, and the editor is asked for.
    click(buttonOf(page.detailPane(), page.draftMinutesAction()));
    QCOMPARE(status(), casebook::CaseStatus::MinutesDrafted);
    QCOMPARE(documentRequested.count(), 1);
    const qint64 minutesId = documentRequested.first().first().toLongLong();
    QCOMPARE(visibleMoves(), QStringList({QStringLiteral("signMinutesAction")}));

    // Signing an incomplete draft is refused before any question, saying what is missing.
    click(buttonOf(page.detailPane(), page.signMinutesAction()));
    QCOMPARE(status(), casebook::CaseStatus::MinutesDrafted);
    QVERIFY(m_log.confirmations.isEmpty());
    QVERIFY(page.messagePanel()->isVisibleTo(&page));
    const QStringList missing = *m_documents->missingBeforeSigning(minutesId);
    QVERIFY(!missing.isEmpty());
    QVERIFY(page.messagePanel()->message().contains(missing.first()));

    completeMinutes(minutesId);
    click(buttonOf(page.detailPane(), page.signMinutesAction()));
    QCOMPARE(m_log.confirmations.size(), 1);
    QVERIFY(m_log.confirmations.last().contains(QStringLiteral("VIETTEL-CA")));
    QCOMPARE(status(), casebook::CaseStatus::MinutesSigned);
    QCOMPARE(visibleMoves(), QStringList({QStringLiteral("publishAction")}));

    // Publish without an announcement: its draft is made and opened, nothing is published.
    click(buttonOf(page.detailPane(), page.publishAction()));
    QCOMPARE(m_log.confirmations.size(), 1);
    QCOMPARE(documentRequested.count(), 2);
    const qint64 announcementId = documentRequested.last().first().toLongLong();
    QCOMPARE(status(), casebook::CaseStatus::MinutesSigned);
    // A draft announcement is not published either.
    click(buttonOf(page.detailPane(), page.publishAction()));
    QCOMPARE(m_log.confirmations.size(), 1);
    QVERIFY(page.messagePanel()->message().contains(QStringLiteral("draft"))
            || !page.messagePanel()->message().isEmpty());
    auto announcement = documents::announcementFromJson(m_documents->document(announcementId)->draft);
    QVERIFY(announcement);
    announcement->signatory.name = QStringLiteral("Nguyễn Văn A");
    announcement->exclusionDate = QDate(2024, 4, 1);
    QVERIFY(m_documents->saveDraft(announcementId, documents::toJson(*announcement),
                                   m_documents->document(announcementId)->version));
    QVERIFY(m_documents->sign(announcementId));

    // Declining the question changes nothing.
    m_prompts->accept = false;
    click(buttonOf(page.detailPane(), page.publishAction()));
    QCOMPARE(m_log.confirmations.size(), 2);
    QCOMPARE(outbox.list()->size(), 0);
    m_prompts->accept = true;
    click(buttonOf(page.detailPane(), page.publishAction()));
    QCOMPARE(m_log.confirmations.size(), 3);
    auto queued = outbox.list();
    QCOMPARE(queued->size(), 1);
    QCOMPARE(status(), casebook::CaseStatus::MinutesSigned); // until the portal confirms
    Q_EMIT publisher.publicationConfirmed(queued->first().id, ref);
    QCOMPARE(status(), casebook::CaseStatus::Published);
    QCOMPARE(m_cases->caseById(id)->publicationReference, ref);
    QCOMPARE(visibleMoves(), QStringList({QStringLiteral("exclusionAction")}));

    // Published → exclusion from a date, asked once.
    QSignalSpy exclusions(&page, &ui::CasesPage::exclusionsChanged);
    click(buttonOf(page.detailPane(), page.exclusionAction()));
    QCOMPARE(m_log.confirmations.size(), 4);
    QCOMPARE(exclusions.count(), 1);
    const auto map = exclusions.first().first().value<QMap<QString, qint64>>();
    QCOMPARE(
        map.value(QStringLiteral("VIETTEL-CA")),
        QDateTime(QDate(2024, 3, 31), QTime(17, 0), Qt::UTC).toSecsSinceEpoch()); // 01/04/2024 00:00 UTC+7
    QVERIFY(page.detailPane()->historyList()->count() >= 5);
}

void TestUiCasework::refusedMoveShowsTheReason()
{
    ui::CasesPage page(*m_cases, *m_complaints, *m_documents, *m_audit, nullptr);
    usePrompts(page);
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.createCaseFromFindings(QStringLiteral("VIETTEL-CA"), sampleFindings());
    const qint64 id = page.shownCaseId();
    QVERIFY(id > 0);

    // Dismissing without a reason: the casebook refuses and the page says its words.
    m_prompts->reasonAnswer = QString();
    click(buttonOf(page.detailPane(), page.dismissAction()));
    const auto refusal = m_cases->dismiss(id, QString());
    QVERIFY(!refusal);
    QVERIFY(page.messagePanel()->isVisibleTo(&page));
    QCOMPARE(page.messagePanel()->message(), refusal.error().message);
    QCOMPARE(m_cases->caseById(id)->status, casebook::CaseStatus::Open);

    // The case moved behind the page's back (another console): the move is refused with the
    // casebook's reason and the page shows where the case stands.
    QVERIFY(m_cases->dismiss(id, QStringLiteral("duplicate of case 7")));
    m_prompts->reasonAnswer = QStringLiteral("confirmed");
    click(buttonOf(page.detailPane(), page.establishAction()));
    const QString expected
        = casebook::checkTransition(casebook::CaseStatus::Dismissed, casebook::CaseStatus::Established)
              .error()
              .message;
    QVERIFY2(page.messagePanel()->message().contains(expected), qPrintable(page.messagePanel()->message()));
    QCOMPARE(page.model()->caseAt(page.model()->rowOf(id))->status, casebook::CaseStatus::Dismissed);
    for (QAction *action : page.moveActions())
        QVERIFY(!action->isVisible());
}

// §1.4 (issue 15): with a registry open, minutes drawn up on the page show, for each duplicate, the
// earliest certificate the citizen held on Hue-S (its provider and time), read from the registry.
void TestUiCasework::minutesGetEarlierCertificatesFromTheRegistry()
{
    const QString first = QStringLiteral("046090001234");
    const QString second = QStringLiteral("046190005678");
    test::RegistryBuilder b;
    b.citizen(first).citizen(second);
    auto held = [](qint64 id, const QString &citizen, const QString &provider, const char *recorded) {
        test::RegistryBuilder::Cert c;
        c.id = id;
        c.citizen = citizen;
        c.provider = provider;
        c.recorded = QString::fromLatin1(recorded);
        return c;
    };
    b.certificate(held(4702, first, QStringLiteral("VNPT-CA"), "2023-08-01T02:15:00Z"))
        .certificate(held(4703, second, QStringLiteral("BKAV-CA"), "2023-09-01T00:00:00Z"))
        .certificate(held(4704, second, QStringLiteral("FPT-CA"), "2023-08-20T06:40:00Z"));
    auto scratch = test::ScratchRegistry::create(connection::Engine::Sqlite);
    QVERIFY(scratch);
    QVERIFY((*scratch)->exec(b.statements()));
    (*scratch)->closeWriter();
    registry::RegistrySession session;
    QSignalSpy registryOpened(&session, &registry::RegistrySession::opened);
    session.open((*scratch)->spec(), {});
    QVERIFY(registryOpened.wait(30000));

    QList<rules::Finding> findings = sampleFindings().mid(0, 2); // VIETTEL-CA's duplicates 4711, 4712
    findings[0].evidence = {4702};
    findings[1].evidence = {4703, 4704};
    ui::CasesPage page(*m_cases, *m_complaints, *m_documents, *m_audit, nullptr);
    page.setRegistrySession(&session);
    usePrompts(page);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.createCaseFromFindings(QStringLiteral("VIETTEL-CA"), findings);
    m_prompts->reasonAnswer = QStringLiteral("checked on Hue-S");
    click(buttonOf(page.detailPane(), page.establishAction()));
    QSignalSpy documentRequested(&page, &ui::CasesPage::documentRequested);
    click(buttonOf(page.detailPane(), page.draftMinutesAction()));
    // The registry is read in the session's worker; the editor is asked for once the draft has it.
    QTRY_COMPARE_WITH_TIMEOUT(documentRequested.count(), 1, 30000);
    auto document = m_documents->document(documentRequested.first().first().toLongLong());
    QVERIFY(document);
    auto minutes = documents::minutesFromJson(document->draft);
    QVERIFY(minutes);
    const QList<documents::EvidenceRow> rows = minutes->violations.constFirst().evidence;
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].earlierCertificates, QList<qint64>({4702}));
    QCOMPARE(rows[0].earlierProvider, QStringLiteral("VNPT-CA"));
    QCOMPARE(rows[0].earlierRecordedAt, test::utcTime("2023-08-01T02:15:00Z"));
    QCOMPARE(rows[1].earlierProvider, QStringLiteral("FPT-CA")); // the earlier of the two on Hue-S
    QCOMPARE(rows[1].earlierRecordedAt, test::utcTime("2023-08-20T06:40:00Z"));
    // The page says the minutes are drafted (an error of the registry would be shown instead).
    QCOMPARE(page.messagePanel()->message(),
             ui::CasesPage::tr("The minutes of case no. %1 are drafted from its findings; complete and sign "
                               "them on the Minutes & announcements page.")
                 .arg(1));
}

qint64 TestUiCasework::caseWithMinutesDraft(qint64 *documentId)
{
    casebook::NewCase newCase;
    newCase.provider = QStringLiteral("VIETTEL-CA");
    for (const rules::Finding &f : sampleFindings().mid(0, 3))
        newCase.findingLines << rules::toJsonLine(f);
    auto opened = m_cases->open(newCase);
    if (!opened)
        qFatal("case: %s", qPrintable(opened.error().fullText()));
    if (auto established = m_cases->establish(opened->id, QStringLiteral("verified")); !established)
        qFatal("establish: %s", qPrintable(established.error().fullText()));
    auto minutes = m_documents->createMinutes(opened->id);
    if (!minutes)
        qFatal("minutes: %s", qPrintable(minutes.error().fullText()));
    *documentId = minutes->id;
    return opened->id;
}

void TestUiCasework::completeMinutes(qint64 documentId)
{
    auto minutes = documents::minutesFromJson(m_documents->document(documentId)->draft);
    QVERIFY(minutes);
    minutes->startedAt = QDateTime(QDate(2024, 3, 20), QTime(2, 0), Qt::UTC);
    minutes->meetingPlace = QStringLiteral("Sở Thông tin và Truyền thông");
    minutes->departmentParticipants = {{QStringLiteral("Trần Văn B"), QStringLiteral("Trưởng phòng")},
                                       {QStringLiteral("Lê Thị C"), QStringLiteral("Chuyên viên"), {}, true}};
    minutes->providerParticipants = {{QStringLiteral("Phạm Văn D"), QStringLiteral("Giám đốc")}};
    minutes->provider.legalName = QStringLiteral("Viettel Thừa Thiên Huế");
    minutes->provider.address = QStringLiteral("Số 02 Lý Thường Kiệt, thành phố Huế");
    minutes->provider.registrationNumber = QStringLiteral("0100109106-015");
    minutes->providerOpinion = documents::ProviderOpinion::NoOpinion;
    minutes->closedAt = QDateTime(QDate(2024, 3, 20), QTime(3, 0), Qt::UTC);
    minutes->departmentSignatory.name = QStringLiteral("Nguyễn Văn A");
    minutes->departmentSignatory.title = QStringLiteral("Phó Giám đốc");
    minutes->providerSignatory.name = QStringLiteral("Phạm Văn D");
    minutes->excludeProvider = true;
    minutes->exclusionDate = QDate(2024, 4, 1);
    QVERIFY(m_documents->saveDraft(documentId, documents::toJson(*minutes),
                                   m_documents->document(documentId)->version));
}

void TestUiCasework::draftUndoRedo()
{
    qint64 documentId = 0;
    caseWithMinutesDraft(&documentId);
    ui::DocumentsPage page(*m_cases, *m_documents, nullptr);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.showDocument(documentId);
    ui::DocumentMinutesEditor *editor = page.minutesEditor();
    QVERIFY(!page.isEditorFrozen());
    QUndoStack *stack = editor->undoStack();
    QCOMPARE(stack->count(), 0);
    // Violations come from the findings, masked.
    QCOMPARE(editor->violationsView()->topLevelItemCount(), 2);

    QLineEdit *place = editor->placeField();
    place->setFocus();
    typeText(place, QStringLiteral("Phòng họp số 2"));
    QCOMPARE(stack->count(), 1); // typing merges into one step
    typeText(editor->explanationField(), QStringLiteral("Doanh nghiệp thừa nhận"));
    QCOMPARE(stack->count(), 2);
    QVERIFY(page.hasUnsavedChanges());

    // Ctrl+Z in the field goes to the draft's stack: the explanation first.
    QTest::keyClick(editor->explanationField(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(editor->explanationField()->toPlainText(), QString());
    QCOMPARE(place->text(), QStringLiteral("Phòng họp số 2"));
    QTest::keyClick(place, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(place->text(), QString());
    // Ctrl+Shift+Z redoes.
    QTest::keyClick(place, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(place->text(), QStringLiteral("Phòng họp số 2"));
    page.redoAction()->trigger();
    QCOMPARE(editor->explanationField()->toPlainText(), QStringLiteral("Doanh nghiệp thừa nhận"));
    QVERIFY(!page.redoAction()->isEnabled());
    page.undoAction()->trigger();
    QCOMPARE(editor->explanationField()->toPlainText(), QString());
    QVERIFY(page.undoAction()->isEnabled());

    // The draft saved is what the editor shows after undo.
    QVERIFY(page.saveNow());
    auto saved = documents::minutesFromJson(m_documents->document(documentId)->draft);
    QCOMPARE(saved->meetingPlace, QStringLiteral("Phòng họp số 2"));
    QCOMPARE(saved->providerExplanation, QString());
}

void TestUiCasework::autosaveSurvivesRecreatingThePage()
{
    qint64 documentId = 0;
    caseWithMinutesDraft(&documentId);
    {
        ui::DocumentsPage page(*m_cases, *m_documents, nullptr);
        page.setAutosaveInterval(200);
        page.show();
        page.showDocument(documentId);
        QSignalSpy saved(&page, &ui::DocumentsPage::draftSaved);
        typeText(page.minutesEditor()->placeField(), QStringLiteral("Hội trường tầng 3"));
        QVERIFY(page.hasUnsavedChanges());
        // The timer saves without anyone asking.
        QTRY_VERIFY_WITH_TIMEOUT(!page.hasUnsavedChanges(), 3000);
        QVERIFY(saved.count() >= 1);
        QCOMPARE(documents::minutesFromJson(m_documents->document(documentId)->draft)->meetingPlace,
                 QStringLiteral("Hội trường tầng 3"));
        // Typed after the last autosave, then the page goes away (the console closes).
        page.setAutosaveInterval(60 * 60 * 1000);
        page.minutesEditor()->conclusionField()->clear(); // pre-filled from the case
        typeText(page.minutesEditor()->conclusionField(), QStringLiteral("Vi phạm khoản 3 mục 1"));
        QVERIFY(page.hasUnsavedChanges());
    }
    ui::DocumentsPage again(*m_cases, *m_documents, nullptr);
    again.show();
    again.showDocument(documentId);
    QCOMPARE(again.minutesEditor()->placeField()->text(), QStringLiteral("Hội trường tầng 3"));
    QCOMPARE(again.minutesEditor()->conclusionField()->toPlainText(),
             QStringLiteral("Vi phạm khoản 3 mục 1"));
    QVERIFY(!again.hasUnsavedChanges());
    QCOMPARE(again.minutesEditor()->undoStack()->count(), 0);

    // Leaving the page (hiding it) saves too.
    typeText(again.minutesEditor()->placeField(), QStringLiteral(", Huế"));
    again.hide();
    QCOMPARE(documents::minutesFromJson(m_documents->document(documentId)->draft)->meetingPlace,
             QStringLiteral("Hội trường tầng 3, Huế"));
}

void TestUiCasework::signFreezesTheEditor()
{
    qint64 documentId = 0;
    const qint64 caseId = caseWithMinutesDraft(&documentId);
    ui::DocumentsPage page(*m_cases, *m_documents, nullptr);
    usePrompts(page);
    QSignalSpy caseChanged(&page, &ui::DocumentsPage::caseChanged);
    page.resize(1366, 768);
    page.show();
    page.showDocument(documentId);
    ui::DocumentMinutesEditor *editor = page.minutesEditor();

    // Incomplete: refused with what is missing, nothing asked.
    page.signAction()->trigger();
    QVERIFY(m_log.confirmations.isEmpty());
    QVERIFY(page.messagePanel()->isVisibleTo(&page));
    QVERIFY(!page.isEditorFrozen());

    // Filled in through the editor.
    editor->startedField()->setDateTime(QDateTime(QDate(2024, 3, 20), QTime(9, 0), Qt::UTC)); // wall clock
    typeText(editor->placeField(), QStringLiteral("Sở Thông tin và Truyền thông"));
    typeText(editor->departmentField(), QStringLiteral("Trần Văn B, Chánh Thanh tra"));
    editor->closedField()->setDateTime(QDateTime(QDate(2024, 3, 20), QTime(10, 30), Qt::UTC));
    typeText(editor->departmentSignerField(), QStringLiteral("Nguyễn Văn A"));
    QVERIFY(page.undoAction()->isEnabled());
    // Issue 15: still refused while the substance is missing, naming it.
    page.signAction()->trigger();
    QVERIFY(m_log.confirmations.isEmpty());
    QVERIFY(!page.isEditorFrozen());
    auto missing = m_documents->missingBeforeSigning(documentId);
    QVERIFY(missing.ok());
    QVERIFY(missing->contains(QCoreApplication::translate(
        "Documents", "the provider's opinion (recorded, none, or refused to sign)")));
    QVERIFY(missing->contains(
        QCoreApplication::translate("Documents", "the recorder among the Department's participants")));
    editor->departmentField()->setPlainText(
        QStringLiteral("Trần Văn B, Trưởng phòng\nLê Thị C, Chuyên viên"));
    typeText(editor->recorderField(), QStringLiteral("Lê Thị C"));
    typeText(editor->providerAddressField(), QStringLiteral("Số 02 Lý Thường Kiệt, Huế"));
    typeText(editor->providerRegistrationField(), QStringLiteral("0100109106-015"));
    typeText(editor->findChild<QPlainTextEdit *>(QStringLiteral("minutesProviderPeople")),
             QStringLiteral("Phạm Văn D, Giám đốc"));
    typeText(editor->findChild<QLineEdit *>(QStringLiteral("minutesProviderSigner")),
             QStringLiteral("Phạm Văn D"));
    typeText(editor->findChild<QLineEdit *>(QStringLiteral("minutesDepartmentSignerTitle")),
             QStringLiteral("Phó Giám đốc"));
    editor->opinionField()->setCurrentIndex(int(documents::ProviderOpinion::NoOpinion));
    editor->exclusionDateField()->setDate(QDate(2024, 4, 1));
    if (editor->minutes().providerParticipants.isEmpty() || editor->minutes().provider.legalName.isEmpty())
        editor->providerNameField()->setText(QStringLiteral("Viettel Thừa Thiên Huế"));
    QVERIFY2(editor->minutes().missingFields().size() <= 2, // number and date: given by signing
             qPrintable(editor->minutes().missingFields().join(QStringLiteral(", "))));

    page.signAction()->trigger();
    QCOMPARE(m_log.confirmations.size(), 1);
    auto doc = m_documents->document(documentId);
    QVERIFY(doc->isSigned());
    QCOMPARE(doc->number, 1);
    QCOMPARE(caseChanged.count(), 1);
    QCOMPARE(m_cases->caseById(caseId)->status, casebook::CaseStatus::MinutesSigned);
    auto minutes = documents::minutesFromJson(doc->draft);
    QCOMPARE(minutes->startedAt, QDateTime(QDate(2024, 3, 20), QTime(2, 0), Qt::UTC)); // 09:00 UTC+7
    QCOMPARE(minutes->departmentParticipants.first().title, QStringLiteral("Trưởng phòng"));

    // Frozen: read-only, nothing to undo, no signing again; correcting offered instead.
    QVERIFY(page.isEditorFrozen());
    QVERIFY(editor->placeField()->isReadOnly());
    QVERIFY(editor->explanationField()->isReadOnly());
    QVERIFY(!page.undoAction()->isEnabled());
    QVERIFY(!page.signAction()->isVisible());
    QVERIFY(page.correctAction()->isVisible());
    QVERIFY(page.announcementAction()->isVisible());
    typeText(editor->placeField(), QStringLiteral("x"));
    QVERIFY(!page.hasUnsavedChanges());

    // Preview (inside the console, issue 17) and export give the signed PDF, byte for byte.
    page.previewAction()->trigger();
    auto *preview = page.findChild<ui::PdfPreviewDialog *>();
    QVERIFY(preview);
    QVERIFY(preview->isVisible());
    QVERIFY(preview->pageCount() >= 1);
    const QByteArray bytes = preview->pdf();
    preview->close();
    QVERIFY(bytes.startsWith("%PDF"));
    QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
             doc->pdfSha256);
    const QString exported = m_dir.filePath(QStringLiteral("bb.pdf"));
    QVERIFY(page.exportPdf(exported));
    QFile out(exported);
    QVERIFY(out.open(QIODevice::ReadOnly));
    QCOMPARE(out.readAll(), bytes);

    // A correction is a new draft citing the signed one.
    page.correctAction()->trigger();
    QVERIFY(page.shownDocumentId() != documentId);
    QVERIFY(!page.isEditorFrozen());
    QCOMPARE(m_documents->document(page.shownDocumentId())->corrects, documentId);
    QCOMPARE(page.model()->rowCount(), 2);
}

void TestUiCasework::changedPdfIsNotExported()
{
    qint64 documentId = 0;
    caseWithMinutesDraft(&documentId);
    completeMinutes(documentId);
    QVERIFY(m_documents->sign(documentId).ok());
    {
        test::CasebookTamperer file(m_casebook->path());
        QVERIFY(file.flipPdfBit(documentId));
    }
    ui::DocumentsPage page(*m_cases, *m_documents, nullptr);
    usePrompts(page);
    m_prompts->savePath = m_dir.filePath(QStringLiteral("changed.pdf"));
    page.resize(1366, 768);
    page.show();
    page.showDocument(documentId);
    page.exportPdfAction()->trigger();
    QVERIFY(!QFile::exists(m_prompts->savePath));
    QVERIFY(page.messagePanel()->isVisibleTo(&page));
    QVERIFY2(page.messagePanel()->message().contains(QStringLiteral("01/BB-STTTT")),
             qPrintable(page.messagePanel()->message()));
    QVERIFY(page.grab().save(QDir(screenshotDir()).filePath(QStringLiteral("casework-changed-pdf.png"))));
    // What the picture shows: the message, inside the page, naming the document.
    QVERIFY(test::isOnScreen(page.messagePanel(), &page));
    QVERIFY2(test::showsText(page.messagePanel(), QStringLiteral("01/BB-STTTT")),
             test::describeScreen(page.messagePanel()));
}

void TestUiCasework::checkCaseInWords(ui::CasesPage &page, qint64 caseId, const QString &language)
{
    const bool vi = language == QLatin1String("vi");
    // Findings: the rules by their names; the code stays the raw value the list sorts by.
    const ui::CaseFindingsModel *findings = page.detailPane()->findingsModel();
    QSet<QString> names;
    for (int row = 0; row < findings->rowCount(); ++row) {
        const QModelIndex rule = findings->index(row, ui::CaseFindingsModel::Rule);
        QVERIFY(rule.data(ui::CaseFindingsModel::RawValueRole).toString().contains(u'_'));
        names.insert(rule.data().toString());
    }
    QCOMPARE(names,
             vi ? QSet<QString>({QStringLiteral("Cấp trùng"), QStringLiteral("Cập nhật chậm")})
                : QSet<QString>({QStringLiteral("Duplicate issuance"), QStringLiteral("Late update")}));
    QVERIFY2(test::showsText(page.detailPane(),
                             vi ? QStringLiteral("Cấp trùng") : QStringLiteral("Duplicate issuance")),
             test::describeScreen(page.detailPane()));

    // History: sentences and the person, newest first; no action code.
    const QString actor = m_casebook->user();
    auto history = [&page] {
        QStringList lines;
        for (int i = 0; i < page.detailPane()->historyList()->count(); ++i)
            lines << page.detailPane()->historyList()->item(i)->text();
        return lines;
    };
    const QStringList lines = history();
    QCOMPARE(lines.size(), 4); // opened, established, complaint attached, minutes drafted
    QVERIFY2(
        lines.at(0).endsWith(
            QStringLiteral(" · %1 · %2")
                .arg(actor, vi ? QStringLiteral("Lập dự thảo biên bản") : QStringLiteral("Minutes drafted"))),
        qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.at(1).endsWith(QStringLiteral(" · %1 · %2")
                                      .arg(actor,
                                           vi ? QStringLiteral("Gắn khiếu nại vào vụ việc")
                                              : QStringLiteral("Complaint attached to the case"))),
             qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.at(2).endsWith(
                 QStringLiteral(" · %1 · %2 — Đã xác minh")
                     .arg(actor,
                          vi ? QStringLiteral("Xác định vi phạm") : QStringLiteral("Violation established"))),
             qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.at(3).endsWith(
                 QStringLiteral(" · %1 · %2")
                     .arg(actor, vi ? QStringLiteral("Mở vụ việc") : QStringLiteral("Case opened"))),
             qPrintable(lines.join(u'\n')));
    for (const QString &line : lines)
        QVERIFY2(!line.contains(QStringLiteral("case.")), qPrintable(line));

    // Where the casebook knows the person's name (the shared casebook's logins), the name first.
    auto record = m_cases->caseById(caseId);
    auto caseFindings = m_cases->findings(caseId);
    auto entries = m_audit->entriesFor(QStringLiteral("case"), QString::number(caseId));
    QVERIFY(record && caseFindings && entries);
    page.detailPane()->showCase(
        *record, *caseFindings, {}, *entries,
        casebook::CasebookPeople::withNames({{actor, QStringLiteral("Nguyễn Thị Hoa")}}));
    for (const QString &line : history())
        QVERIFY2(line.contains(QStringLiteral(" · Nguyễn Thị Hoa (%1) · ").arg(actor)), qPrintable(line));
}

void TestUiCasework::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("vi") << QStringLiteral("vi");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestUiCasework::screenshots()
{
    QFETCH(QString, language);
    settings::installTranslations(*qApp, language);
    // A casebook with a bit of everything.
    const QList<rules::Finding> findings = sampleFindings();
    const QStringList providers
        = {QStringLiteral("VNPT-CA"), QStringLiteral("MISA-CA"), QStringLiteral("BKAV-CA")};
    for (int i = 0; i < 6; ++i) {
        casebook::Complaint c;
        c.citizenId = QStringLiteral("0460900012%1").arg(i, 2, 10, QLatin1Char('0'));
        c.provider = i < 3 ? QStringLiteral("VIETTEL-CA") : providers.at(i - 3);
        c.receivedAt = QDateTime(QDate(2024, 1, 5 + i), QTime(1 + i, 15), Qt::UTC);
        c.channel = casebook::allChannels().at(i % 4);
        c.statement = QStringLiteral("Công dân phản ánh bị cấp chữ ký số lần thứ hai");
        c.outcome = casebook::allOutcomes().at(i % 4);
        if (c.outcome != casebook::ComplaintOutcome::Pending)
            c.notes = QStringLiteral("Đã đối chiếu với dữ liệu Hue-S");
        if (c.outcome == casebook::ComplaintOutcome::Substantiated) {
            rules::Finding f = findings.first();
            f.provider = c.provider;
            f.citizenId = c.citizenId;
            c.findingLines << rules::toJsonLine(f);
        }
        auto added = m_complaints->add(c);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().fullText()));
    }
    casebook::NewCase viettel;
    viettel.provider = QStringLiteral("VIETTEL-CA");
    for (const rules::Finding &f : findings.mid(0, 3))
        viettel.findingLines << rules::toJsonLine(f);
    const qint64 caseId = m_cases->open(viettel)->id;
    QVERIFY(m_cases->establish(caseId, QStringLiteral("Đã xác minh")));
    auto attached = m_cases->attachComplaint(caseId, 2); // the substantiated one
    QVERIFY2(attached, qPrintable(attached ? QString() : attached.error().fullText()));
    const qint64 documentId = m_documents->createMinutes(caseId)->id;
    completeMinutes(documentId);
    casebook::NewCase other;
    other.provider = QStringLiteral("VNPT-CA");
    other.findingLines << rules::toJsonLine(findings.last());
    QVERIFY(m_cases->open(other));

    const QString dir = screenshotDir();
    QImage shot;
    auto grab = [&dir, &language, &shot](QWidget &page, const QString &name) {
        page.resize(1366, 768);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCoreApplication::processEvents();
        const QString path = QDir(dir).filePath(QStringLiteral("casework-%1-%2.png").arg(name, language));
        shot = page.grab().toImage();
        QCOMPARE(shot.size(), QSize(1366, 768));
        QVERIFY(shot.save(path));
        qInfo("screenshot: %s", qPrintable(path));
    };
    {
        ui::ComplaintsPage page(*m_complaints);
        page.table()->selectRow(1);
        page.openSelected();
        grab(page, QStringLiteral("complaints"));
        // Every complaint in the list at this size, its citizen masked, its provider's colour
        // beside the code.
        QCOMPARE(page.proxy()->rowCount(), 6);
        for (int i = 0; i < 6; ++i)
            QVERIFY2(
                test::showsText(page.table(), QStringLiteral("046******2%1").arg(i, 2, 10, QLatin1Char('0'))),
                test::describeScreen(page.table()));
        QVERIFY(!test::showsText(page.table(), QStringLiteral("0460900012")));
        for (int row = 0; row < 6; ++row) {
            const QModelIndex provider = page.proxy()->index(row, ui::ComplaintsModel::Provider);
            if (test::isSelected(page.table(), provider))
                continue;
            QVERIFY2(test::decorationShown(shot, page.table(), provider, &page),
                     qPrintable(provider.data().toString()));
        }
        QVERIFY(test::isOnScreen(page.form(), &page));
    }
    {
        ui::CasesPage page(*m_cases, *m_complaints, *m_documents, *m_audit, nullptr);
        page.showCase(caseId);
        grab(page, QStringLiteral("cases"));
        // Both cases listed, each with its provider's and its status's colour; the shown case's
        // detail beside them.
        QCOMPARE(page.proxy()->rowCount(), 2);
        int unselected = 0;
        for (int row = 0; row < 2; ++row) {
            if (test::isSelected(page.table(), page.proxy()->index(row, 0)))
                continue;
            ++unselected;
            for (int column : {ui::CasesModel::Provider, ui::CasesModel::Status}) {
                const QModelIndex index = page.proxy()->index(row, column);
                QVERIFY2(test::decorationShown(shot, page.table(), index, &page),
                         qPrintable(index.data().toString()));
            }
        }
        QCOMPARE(unselected, 1);
        QVERIFY(test::isOnScreen(page.detailPane(), &page));
        QVERIFY2(test::showsText(page.detailPane(), QStringLiteral("VIETTEL-CA")),
                 test::describeScreen(page.detailPane()));
        checkCaseInWords(page, caseId, language);
    }
    {
        ui::DocumentsPage page(*m_cases, *m_documents, nullptr);
        page.showDocument(documentId);
        grab(page, QStringLiteral("documents"));
        // The draft minutes in the list (no number before signing), every column of their line
        // readable, with their case's provider; their editor open beside it.
        QCOMPARE(page.table()->model()->rowCount(), 1);
        for (int column = 0; column < page.table()->model()->columnCount(); ++column) {
            const QString text = page.table()->model()->index(0, column).data().toString();
            if (!text.isEmpty())
                QVERIFY2(test::showsText(page.table(), text), test::describeScreen(page.table()));
        }
        QVERIFY(test::showsText(page.table(), QStringLiteral("VIETTEL-CA")));
        QVERIFY(test::isOnScreen(page.minutesEditor(), &page));
        // The violations by the rules' names and clauses.
        const QTreeWidget *violations = page.minutesEditor()->violationsView();
        QStringList rules;
        for (int i = 0; i < violations->topLevelItemCount(); ++i)
            rules << violations->topLevelItem(i)->text(0);
        QCOMPARE(rules,
                 language == QLatin1String("vi")
                     ? QStringList({QStringLiteral("Cấp trùng (§1.3, §3.2)"),
                                    QStringLiteral("Cập nhật chậm (§1.4, §2.2, §4.3)")})
                     : QStringList({QStringLiteral("Duplicate issuance (§1.3, §3.2)"),
                                    QStringLiteral("Late update (§1.4, §2.2, §4.3)")}));
        QVERIFY(!violations->topLevelItem(0)->toolTip(0).contains(u'_'));
    }
    settings::installTranslations(*qApp, QStringLiteral("vi"));
}

QTEST_MAIN(TestUiCasework)
#include "tst_ui_casework.moc"
