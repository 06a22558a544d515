// Issue 15: the minutes editor edits the parties' details, the recorder, the provider's opinion as
// a choice and the exclusion as a measure, and what it writes is what signing checks.
#include "casework/DocumentMinutesEditor.h"
#include "documents/MinutesData.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QUndoStack>

using namespace sw;
using documents::ProviderOpinion;

class TestUiMinutesEditor : public QObject
{
    Q_OBJECT

private:
    Clock m_clock {[] { return QDateTime(QDate(2025, 4, 8), QTime(2, 0), QTimeZone::utc()); }};

    static QJsonObject prefilled()
    {
        documents::MinutesData m;
        m.provider = {QStringLiteral("VIETTEL-CA"), QStringLiteral("Viettel Thừa Thiên Huế")};
        m.conclusion = QStringLiteral("Qua đối chiếu dữ liệu trên nền tảng Hue-S, xác định …");
        m.measures = {QStringLiteral("Doanh nghiệp rà soát, điều chỉnh dữ liệu")};
        m.excludeProvider = true; // as CaseDocuments::createMinutes drafts it: no date yet
        return documents::toJson(m);
    }

private Q_SLOTS:
    void partiesRecorderAndOpinion()
    {
        ui::DocumentMinutesEditor editor(m_clock);
        QVERIFY(editor.load(prefilled(), false));
        QVERIFY(editor.exclusionField()->isChecked());
        // The date field shows a day, but the exclusion has no date until one is chosen.
        QVERIFY(!editor.minutes().exclusionDate.isValid());
        QVERIFY(
            editor.minutes().missingFields().contains(QStringLiteral("the date the exclusion takes effect")));

        editor.departmentField()->setPlainText(
            QStringLiteral("Trần Văn Bình, Phó Giám đốc Sở\nLê Thị Hoa, Chuyên viên"));
        editor.recorderField()->setText(QStringLiteral("Lê Thị Hoa"));
        editor.providerAddressField()->setText(QStringLiteral("Số 02 Lý Thường Kiệt, thành phố Huế"));
        editor.providerRegistrationField()->setText(QStringLiteral("0100109106-015"));
        editor.findChild<QPlainTextEdit *>(QStringLiteral("minutesProviderPeople"))
            ->setPlainText(
                QStringLiteral("Phạm Minh Đức, Phó Giám đốc; Giấy ủy quyền số 12/GUQ-VTT ngày 01/4/2025"));
        editor.opinionField()->setCurrentIndex(int(ProviderOpinion::RefusedToSign));
        editor.refusalReasonField()->setText(QStringLiteral("chưa được ủy quyền ký"));
        editor.exclusionDateField()->setDate(QDate(2025, 4, 15));

        const documents::MinutesData m = editor.minutes();
        QCOMPARE(m.departmentParticipants.size(), 2);
        QVERIFY(!m.departmentParticipants[0].recorder);
        QVERIFY(m.departmentParticipants[1].recorder);
        QCOMPARE(m.provider.address, QStringLiteral("Số 02 Lý Thường Kiệt, thành phố Huế"));
        QCOMPARE(m.provider.registrationNumber, QStringLiteral("0100109106-015"));
        QCOMPARE(m.provider.code, QStringLiteral("VIETTEL-CA"));
        QCOMPARE(m.providerParticipants.size(), 1);
        QCOMPARE(m.providerParticipants[0].title, QStringLiteral("Phó Giám đốc"));
        QCOMPARE(m.providerParticipants[0].authority,
                 QStringLiteral("Giấy ủy quyền số 12/GUQ-VTT ngày 01/4/2025"));
        QCOMPARE(m.providerOpinion, ProviderOpinion::RefusedToSign);
        QCOMPARE(m.refusalReason, QStringLiteral("chưa được ủy quyền ký"));
        QCOMPARE(m.exclusionDate, QDate(2025, 4, 15));
        QVERIFY(
            !m.missingFields().contains(QStringLiteral("the recorder among the Department's participants")));
        QVERIFY(!m.missingFields().contains(QStringLiteral("the date the exclusion takes effect")));

        // The draft written loads back into the same fields; the opinion choice is undoable.
        ui::DocumentMinutesEditor again(m_clock);
        QVERIFY(again.load(editor.draft(), false));
        QCOMPARE(again.recorderField()->text(), QStringLiteral("Lê Thị Hoa"));
        QCOMPARE(again.opinionField()->currentIndex(), int(ProviderOpinion::RefusedToSign));
        QCOMPARE(again.minutes(), m);
        again.opinionField()->setCurrentIndex(int(ProviderOpinion::NoOpinion));
        QCOMPARE(again.undoStack()->count(), 1);
        again.undoStack()->undo();
        QCOMPARE(again.opinionField()->currentIndex(), int(ProviderOpinion::RefusedToSign));
    }

    void frozenWhenSigned()
    {
        ui::DocumentMinutesEditor editor(m_clock);
        QVERIFY(editor.load(prefilled(), true));
        QVERIFY(!editor.opinionField()->isEnabled());
        QVERIFY(editor.providerAddressField()->isReadOnly());
        QVERIFY(editor.recorderField()->isReadOnly());
    }
};

QTEST_MAIN(TestUiMinutesEditor)
#include "tst_ui_minuteseditor.moc"
