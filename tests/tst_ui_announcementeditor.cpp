// The announcement editor (issue 15): the exclusion date may stay unset in a draft (then the
// draft cannot be signed: DocumentPdf::missingFields names it), is undoable like every field, and
// a deputy's title shows the delegation prefix that will be printed; the providers that remain
// are shown among the facts from the casebook.
#include "casework/DocumentAnnouncementEditor.h"
#include "documents/DocumentPdf.h"
#include "documents/MinutesData.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

using namespace sw::documents;

namespace {

AnnouncementData sample()
{
    MinutesData minutes;
    minutes.number = 4;
    minutes.date = QDate(2024, 3, 1);
    minutes.provider = {QStringLiteral("VIETTEL-CA"), QStringLiteral("Viettel Thừa Thiên Huế")};
    minutes.violations = {{QStringLiteral("DUPLICATE_ISSUANCE"),
                           {QStringLiteral("§1.3")},
                           QStringLiteral("Cấp trùng"),
                           {{QStringLiteral("Chứng thư số 1"), {}, {}, {}}}}};
    minutes.departmentSignatory = {{}, {}, QStringLiteral("PHÓ GIÁM ĐỐC"), QStringLiteral("Trần Văn Bình")};
    AnnouncementData a = announcementFromMinutes(minutes);
    a.remainingProviders
        = {{QStringLiteral("VNPT-CA"), QStringLiteral("VNPT Thừa Thiên Huế")},
           {QStringLiteral("CA2"), QStringLiteral("Công ty Cổ phần Công nghệ Thẻ Nacencomm")}};
    return a;
}

} // namespace

class TestUiAnnouncementEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exclusionDateMayStayUnset()
    {
        const sw::Clock clock([] { return QDateTime(QDate(2024, 3, 5), QTime(3, 0), QTimeZone::utc()); });
        sw::ui::DocumentAnnouncementEditor editor(clock);
        QVERIFY(editor.load(toJson(sample()), false).ok());
        // Unset in the draft: unticked, the date field idle, and the draft keeps it unset.
        QVERIFY(!editor.hasExclusionField()->isChecked());
        QVERIFY(!editor.exclusionField()->isEnabled());
        QVERIFY(!editor.announcement().exclusionDate.isValid());
        QVERIFY(
            DocumentPdf::missingFields(editor.announcement()).contains(QStringLiteral("the exclusion date")));

        // Decided: ticked and dated; undo takes the decision back.
        editor.hasExclusionField()->setChecked(true);
        QVERIFY(editor.exclusionField()->isEnabled());
        editor.exclusionField()->setDate(QDate(2024, 3, 15));
        QCOMPARE(editor.announcement().exclusionDate, QDate(2024, 3, 15));
        QCOMPARE(announcementFromJson(editor.draft())->exclusionDate, QDate(2024, 3, 15));
        while (editor.undoStack()->canUndo())
            editor.undoStack()->undo();
        QVERIFY(!editor.announcement().exclusionDate.isValid());

        // A draft that has the date shows it ticked.
        AnnouncementData dated = sample();
        dated.exclusionDate = QDate(2024, 4, 1);
        QVERIFY(editor.load(toJson(dated), false).ok());
        QVERIFY(editor.hasExclusionField()->isChecked());
        QCOMPARE(editor.announcement().exclusionDate, QDate(2024, 4, 1));
        // Frozen once signed.
        QVERIFY(editor.load(toJson(dated), true).ok());
        QVERIFY(!editor.hasExclusionField()->isEnabled());
    }

    void delegationAndFacts()
    {
        sw::ui::DocumentAnnouncementEditor editor(sw::Clock {});
        QVERIFY(editor.load(toJson(sample()), false).ok());
        // The deputy's title: the prefix printed is shown where the authority would be typed.
        QCOMPARE(editor.titleField()->text(), QStringLiteral("PHÓ GIÁM ĐỐC"));
        QCOMPARE(editor.authorityField()->placeholderText(), QStringLiteral("KT. GIÁM ĐỐC"));
        editor.titleField()->setText(QStringLiteral("GIÁM ĐỐC"));
        QVERIFY(editor.authorityField()->placeholderText() != QStringLiteral("KT. GIÁM ĐỐC"));
        const QLabel *facts = editor.findChild<QLabel *>(QStringLiteral("announcementFacts"));
        QVERIFY(facts);
        QVERIFY2(facts->text().contains(QStringLiteral("VNPT-CA, CA2")), qPrintable(facts->text()));
    }
};

QTEST_MAIN(TestUiAnnouncementEditor)
#include "tst_ui_announcementeditor.moc"
