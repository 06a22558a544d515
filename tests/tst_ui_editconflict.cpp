// Another desk saved the complaint or draft being edited (issue 13): the page keeps what was typed,
// says who changed it and when, shows theirs, and saves nothing (autosave pauses) until the person
// keeps theirs or takes the other version. Two connections to one SQLite casebook, two people.
#include "CaseworkFixtures.h"
#include "casebook/CaseDocuments.h"
#include "casebook/Casebook.h"
#include "casebook/Cases.h"
#include "casebook/Complaints.h"
#include "casework/CasePrompts.h"
#include "casework/ComplaintForm.h"
#include "casework/ComplaintsPage.h"
#include "casework/DocumentMinutesEditor.h"
#include "casework/DocumentsPage.h"
#include "widgets/ErrorPanel.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sw;

namespace {

const QDateTime now(QDate(2024, 5, 6), QTime(3, 15), QTimeZone::utc());

// Answers the conflict with `choice` and remembers what it was shown.
class ConflictPrompts : public ui::CasePrompts
{
public:
    ConflictChoice choice = ConflictChoice::Later;
    QStringList messages;
    QStringList theirs;

    ConflictChoice editConflict(QWidget *, const QString &message, const QString &their) override
    {
        messages << message;
        theirs << their;
        return choice;
    }
};

// One person's connection to the casebook.
struct Desk
{
    std::unique_ptr<casebook::Casebook> casebook;
    std::unique_ptr<casebook::Complaints> complaints;
    std::unique_ptr<casebook::Cases> cases;
    std::unique_ptr<casebook::CaseDocuments> documents;

    void open(const QString &path, const QString &person)
    {
        auto opened = casebook::Casebook::open(path, Clock::fixedAt(now));
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().fullText()));
        casebook = std::move(opened.value());
        complaints = std::make_unique<casebook::Complaints>(*casebook);
        cases = std::make_unique<casebook::Cases>(*casebook);
        documents = std::make_unique<casebook::CaseDocuments>(*casebook);
        complaints->setActor(person);
        cases->setActor(person);
        documents->setActor(person);
    }
    void reset()
    {
        documents.reset();
        cases.reset();
        complaints.reset();
        casebook.reset();
    }
};

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

} // namespace

class TestUiEditConflict : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void complaintFormKeepsTheTypedText();
    void complaintTakeTheirsPutsMineOnTheClipboard();
    void draftAutosavePausesAfterAConflict();

private:
    qint64 addComplaint();
    template<typename Page>
    ConflictPrompts *usePrompts(Page &page)
    {
        auto prompts = std::make_unique<ConflictPrompts>();
        ConflictPrompts *raw = prompts.get();
        page.setPrompts(std::move(prompts));
        return raw;
    }

    QTemporaryDir m_dir;
    Desk m_anh, m_binh;
};

void TestUiEditConflict::init()
{
    const QString path
        = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
    m_anh.open(path, QStringLiteral("anh"));
    m_binh.open(path, QStringLiteral("binh"));
}

void TestUiEditConflict::cleanup()
{
    m_anh.reset();
    m_binh.reset();
}

qint64 TestUiEditConflict::addComplaint()
{
    casebook::Complaint c;
    c.citizenId = test::demoCitizen(3);
    c.provider = QStringLiteral("VIETTEL-CA");
    c.receivedAt = now.addDays(-1);
    c.statement = QStringLiteral("Tôi không đăng ký.");
    auto added = m_anh.complaints->add(c);
    return added ? added->id : 0;
}

void TestUiEditConflict::complaintFormKeepsTheTypedText()
{
    const qint64 id = addComplaint();
    QVERIFY(id);
    ui::ComplaintsPage page(*m_anh.complaints);
    ConflictPrompts *prompts = usePrompts(page);
    page.show();
    page.selectComplaint(id);
    page.openSelected();
    ui::ComplaintForm *form = page.form();
    QCOMPARE(form->complaintId(), id);
    typeText(form->notesField(), QStringLiteral(" Anh's notes"));
    const QString typed = form->notesField()->toPlainText();

    // Bình saves the same complaint first.
    casebook::Complaint theirs = *m_binh.complaints->complaint(id);
    theirs.statement = QStringLiteral("Bình's statement");
    QVERIFY(m_binh.complaints->update(theirs).ok());

    QVERIFY(!page.saveForm());
    QCOMPARE(prompts->messages.size(), 1);
    QVERIFY2(prompts->messages.first().contains(QStringLiteral("binh")),
             qPrintable(prompts->messages.first()));
    QVERIFY(prompts->theirs.first().contains(QStringLiteral("Bình's statement")));
    // Decided later: the form holds what Anh typed, and says who changed it.
    QCOMPARE(form->notesField()->toPlainText(), typed);
    auto *problems = form->findChild<ui::ErrorPanel *>(QStringLiteral("complaintProblems"));
    QVERIFY(problems->isVisibleTo(form));
    QVERIFY(problems->message().contains(QStringLiteral("binh")));
    QCOMPARE(m_anh.complaints->complaint(id)->statement, QStringLiteral("Bình's statement"));
    QCOMPARE(m_anh.complaints->complaint(id)->version, 2);

    // Anh merges by hand (takes Bình's statement) and keeps hers: saved over Bình's version.
    form->statementField()->setPlainText(QStringLiteral("Bình's statement"));
    prompts->choice = ui::CasePrompts::ConflictChoice::KeepMine;
    QVERIFY(page.saveForm());
    auto stored = m_anh.complaints->complaint(id);
    QCOMPARE(stored->version, 3);
    QCOMPARE(stored->notes, typed.trimmed());
    QCOMPARE(stored->statement, QStringLiteral("Bình's statement"));
    QCOMPARE(stored->updatedBy, QStringLiteral("anh"));
}

void TestUiEditConflict::complaintTakeTheirsPutsMineOnTheClipboard()
{
    const qint64 id = addComplaint();
    QVERIFY(id);
    ui::ComplaintsPage page(*m_anh.complaints);
    ConflictPrompts *prompts = usePrompts(page);
    prompts->choice = ui::CasePrompts::ConflictChoice::TakeTheirs;
    page.show();
    page.selectComplaint(id);
    page.openSelected();
    ui::ComplaintForm *form = page.form();
    typeText(form->notesField(), QStringLiteral("Anh's verification"));

    casebook::Complaint theirs = *m_binh.complaints->complaint(id);
    theirs.notes = QStringLiteral("Bình's verification");
    QVERIFY(m_binh.complaints->update(theirs).ok());

    QVERIFY(!page.saveForm());
    QCOMPARE(form->notesField()->toPlainText(), QStringLiteral("Bình's verification"));
    QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("Anh's verification")));
    // The clipboard never gets the citizen's id (§1.7).
    QVERIFY(!QGuiApplication::clipboard()->text().contains(test::demoCitizen(3)));
    QCOMPARE(m_anh.complaints->complaint(id)->notes, QStringLiteral("Bình's verification"));
}

void TestUiEditConflict::draftAutosavePausesAfterAConflict()
{
    auto opened = m_anh.cases->open({QStringLiteral("VIETTEL-CA"), {}, {}, {test::findingLine(1)}});
    QVERIFY(opened.ok());
    QVERIFY(m_anh.cases->establish(opened->id, QStringLiteral("checked")).ok());
    auto draft = m_anh.documents->createMinutes(opened->id);
    QVERIFY(draft.ok());

    ui::DocumentsPage page(*m_anh.cases, *m_anh.documents, nullptr);
    ConflictPrompts *prompts = usePrompts(page);
    page.setAutosaveInterval(20);
    page.show();
    page.showDocument(draft->id);
    QLineEdit *place = page.minutesEditor()->placeField();
    place->clear();
    typeText(place, QStringLiteral("Hội trường tầng 3"));
    QVERIFY(page.hasUnsavedChanges());

    // Bình saves the draft before Anh's autosave runs.
    casebook::CaseDocument theirs = *m_binh.documents->document(draft->id);
    QJsonObject binhText = theirs.draft;
    binhText.insert(QLatin1String("meeting_place"), QStringLiteral("Phòng họp số 2"));
    QVERIFY(m_binh.documents->saveDraft(draft->id, binhText, theirs.version).ok());

    QSignalSpy saved(&page, &ui::DocumentsPage::draftSaved);
    QTRY_VERIFY(page.hasConflict());
    QVERIFY(page.messagePanel()->message().contains(QStringLiteral("binh")));
    // Paused: no refusal every 20 ms, nothing saved, the typed text in the editor.
    QTest::qWait(200);
    QCOMPARE(saved.count(), 0);
    QCOMPARE(place->text(), QStringLiteral("Hội trường tầng 3"));
    QVERIFY(prompts->messages.isEmpty()); // nobody was interrupted by a dialog while typing
    QCOMPARE(m_anh.documents->document(draft->id)->version, 2);

    // "Compare with theirs…": later keeps it paused; keeping mine saves it over theirs.
    page.resolveConflict();
    QVERIFY(page.hasConflict());
    QVERIFY(prompts->theirs.last().contains(QStringLiteral("Phòng họp số 2")));
    prompts->choice = ui::CasePrompts::ConflictChoice::KeepMine;
    page.resolveConflict();
    QVERIFY(!page.hasConflict());
    auto stored = m_anh.documents->document(draft->id);
    QCOMPARE(stored->draft.value(QLatin1String("meeting_place")).toString(),
             QStringLiteral("Hội trường tầng 3"));
    QCOMPARE(stored->version, 3);
    QCOMPARE(stored->updatedBy, QStringLiteral("anh"));
}

QTEST_MAIN(TestUiEditConflict)
#include "tst_ui_editconflict.moc"
