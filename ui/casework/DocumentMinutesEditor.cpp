#include "casework/DocumentMinutesEditor.h"

#include "casework/DraftFields.h"
#include "casework/DraftUndo.h"
#include "privacy/Masking.h"
#include "rules/RuleCatalogue.h"
#include "widgets/LocaleFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace sw::ui {

using documents::MinutesData;
using documents::Participant;

DocumentMinutesEditor::DocumentMinutesEditor(const Clock &clock, QWidget *parent)
    : QWidget(parent),
      m_clock(clock),
      m_undo(new DraftUndo(this)),
      m_started(DraftFields::dateTimeField(this)),
      m_place(new QLineEdit(this)),
      m_department(DraftFields::textField(this, 3, tr("One person a line: name, title"))),
      m_recorder(new QLineEdit(this)),
      m_providerName(new QLineEdit(this)),
      m_providerAddress(new QLineEdit(this)),
      m_providerRegistration(new QLineEdit(this)),
      m_providerPeople(DraftFields::textField(
          this, 2, tr("One person a line: name, title; authority (theo Giấy ủy quyền số … ngày …)"))),
      m_witnesses(DraftFields::textField(this, 2, tr("None, or one person a line: name, role"))),
      m_violations(new QTreeWidget(this)),
      m_opinion(new QComboBox(this)),
      m_explanation(DraftFields::textField(this, 4, tr("What the provider's representative says"))),
      m_refusalReason(new QLineEdit(this)),
      m_conclusion(DraftFields::textField(this, 4, tr("The Department's conclusion"))),
      m_measures(DraftFields::textField(this, 3, tr("One measure a line"))),
      m_hasExclusion(new QCheckBox(tr("Removal from the programme from"), this)),
      m_exclusion(new QDateEdit(this)),
      m_closed(DraftFields::dateTimeField(this)),
      m_copies(new QSpinBox(this)),
      m_copiesPerParty(new QSpinBox(this)),
      m_providerSignerTitle(new QLineEdit(this)),
      m_providerSignerName(new QLineEdit(this)),
      m_deptAuthority(new QLineEdit(this)),
      m_deptTitle(new QLineEdit(this)),
      m_deptName(new QLineEdit(this)),
      m_recipients(DraftFields::textField(this, 3, tr("One recipient a line, e.g. Lưu: VT, TTS")))
{
    setObjectName(QStringLiteral("minutesEditor"));
    m_started->setObjectName(QStringLiteral("minutesStarted"));
    m_place->setObjectName(QStringLiteral("minutesPlace"));
    m_place->setPlaceholderText(tr("e.g. the Department's meeting room, house number, street, ward, Huế"));
    m_department->setObjectName(QStringLiteral("minutesDepartment"));
    m_explanation->setObjectName(QStringLiteral("minutesExplanation"));
    m_recorder->setObjectName(QStringLiteral("minutesRecorder"));
    m_recorder->setPlaceholderText(tr("The name of the Department's participant who records the minutes"));
    m_providerName->setObjectName(QStringLiteral("minutesProviderName"));
    m_providerPeople->setObjectName(QStringLiteral("minutesProviderPeople"));
    m_providerAddress->setObjectName(QStringLiteral("minutesProviderAddress"));
    m_providerRegistration->setObjectName(QStringLiteral("minutesProviderRegistration"));
    m_opinion->setObjectName(QStringLiteral("minutesOpinion"));
    // In the order of documents::ProviderOpinion.
    m_opinion->addItems({tr("Not chosen yet"), tr("Recorded below"), tr("The representative has no opinion"),
                         tr("The representative refused to sign")});
    m_refusalReason->setObjectName(QStringLiteral("minutesRefusalReason"));
    m_refusalReason->setPlaceholderText(tr("The reason given for refusing, if any"));
    m_conclusion->setObjectName(QStringLiteral("minutesConclusion"));
    m_deptName->setObjectName(QStringLiteral("minutesDepartmentSigner"));
    m_deptTitle->setObjectName(QStringLiteral("minutesDepartmentSignerTitle"));
    m_providerSignerName->setObjectName(QStringLiteral("minutesProviderSigner"));
    m_exclusion->setCalendarPopup(true);
    m_exclusion->setEnabled(false);
    connect(m_hasExclusion, &QCheckBox::toggled, m_exclusion, &QDateEdit::setEnabled);
    connect(m_exclusion, &QDateEdit::dateChanged, this, [this] {
        if (!m_loading)
            m_exclusionTouched = true;
    });
    m_copies->setRange(1, 20);
    m_copiesPerParty->setRange(1, 10);
    m_deptAuthority->setPlaceholderText(tr("e.g. KT. GIÁM ĐỐC"));
    m_deptTitle->setPlaceholderText(tr("e.g. PHÓ GIÁM ĐỐC"));
    m_violations->setObjectName(QStringLiteral("minutesViolations"));
    m_violations->setHeaderLabels({tr("Violation / record"), tr("Citizen"), tr("Time"), tr("What happened")});
    m_violations->setRootIsDecorated(true);
    m_violations->setMinimumHeight(120);
    m_violations->setToolTip(
        tr("From the case's findings; change them on the Cases page. Identity numbers are "
           "printed masked."));
    m_violations->header()->setStretchLastSection(true);

    auto *content = new QWidget(this);
    auto *form = new QFormLayout(content);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(DraftFields::heading(tr("1. Time and place"), content));
    form->addRow(tr("Meeting began"), m_started);
    form->addRow(tr("Place"), m_place);
    form->addRow(DraftFields::heading(tr("2. Participants"), content));
    form->addRow(tr("For the Department"), m_department);
    form->addRow(tr("Recorder (Thư ký)"), m_recorder);
    form->addRow(tr("Provider: full legal name"), m_providerName);
    form->addRow(tr("Provider: address"), m_providerAddress);
    form->addRow(tr("Provider: business registration number"), m_providerRegistration);
    form->addRow(tr("For the provider"), m_providerPeople);
    form->addRow(tr("Witnesses"), m_witnesses);
    form->addRow(DraftFields::heading(tr("3. Violations (from the case's findings)"), content));
    form->addRow(m_violations);
    form->addRow(DraftFields::heading(tr("4. The provider's opinion"), content));
    form->addRow(tr("Opinion"), m_opinion);
    form->addRow(m_explanation);
    form->addRow(tr("Reason for refusing"), m_refusalReason);
    form->addRow(DraftFields::heading(tr("5. Conclusion and measures"), content));
    form->addRow(tr("Conclusion"), m_conclusion);
    form->addRow(tr("Measures"), m_measures);
    form->addRow(m_hasExclusion, m_exclusion);
    form->addRow(DraftFields::heading(tr("6. Closing"), content));
    form->addRow(tr("Meeting ended"), m_closed);
    form->addRow(tr("Copies"), m_copies);
    form->addRow(tr("Copies kept by each party"), m_copiesPerParty);
    form->addRow(DraftFields::heading(tr("7. Signatures"), content));
    form->addRow(tr("Provider's signer: title"), m_providerSignerTitle);
    form->addRow(tr("Provider's signer: name"), m_providerSignerName);
    form->addRow(tr("Department: authority"), m_deptAuthority);
    form->addRow(tr("Department: title"), m_deptTitle);
    form->addRow(tr("Department: signer's name"), m_deptName);
    form->addRow(DraftFields::heading(tr("8. Recipients"), content));
    form->addRow(m_recipients);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    m_undo->bind(m_started);
    m_undo->bind(m_place);
    m_undo->bind(m_department);
    m_undo->bind(m_recorder);
    m_undo->bind(m_providerName);
    m_undo->bind(m_providerAddress);
    m_undo->bind(m_providerRegistration);
    m_undo->bind(m_providerPeople);
    m_undo->bind(m_witnesses);
    m_undo->bind(m_opinion);
    m_undo->bind(m_explanation);
    m_undo->bind(m_refusalReason);
    m_undo->bind(m_conclusion);
    m_undo->bind(m_measures);
    m_undo->bind(m_hasExclusion);
    m_undo->bind(m_exclusion);
    m_undo->bind(m_closed);
    m_undo->bind(m_copies);
    m_undo->bind(m_copiesPerParty);
    m_undo->bind(m_providerSignerTitle);
    m_undo->bind(m_providerSignerName);
    m_undo->bind(m_deptAuthority);
    m_undo->bind(m_deptTitle);
    m_undo->bind(m_deptName);
    m_undo->bind(m_recipients);
    connect(m_undo, &DraftUndo::edited, this, &DocumentMinutesEditor::edited);
}

QUndoStack *DocumentMinutesEditor::undoStack() const
{
    return m_undo->stack();
}

QList<Participant> DocumentMinutesEditor::participantsFromText(const QString &text)
{
    QList<Participant> people;
    for (const QString &whole : DraftFields::lines(text)) {
        const qsizetype semicolon = whole.indexOf(u';');
        const QString line = semicolon < 0 ? whole : whole.left(semicolon).trimmed();
        const QString authority = semicolon < 0 ? QString() : whole.mid(semicolon + 1).trimmed();
        const qsizetype comma = line.indexOf(u',');
        if (comma < 0)
            people << Participant {line, {}, authority};
        else
            people << Participant {line.left(comma).trimmed(), line.mid(comma + 1).trimmed(), authority};
    }
    return people;
}

QString DocumentMinutesEditor::participantsToText(const QList<Participant> &people)
{
    QStringList lines;
    for (const Participant &p : people) {
        QString line = p.title.isEmpty() ? p.name : p.name + QStringLiteral(", ") + p.title;
        if (!p.authority.isEmpty())
            line += QStringLiteral("; ") + p.authority;
        lines << line;
    }
    return lines.join(u'\n');
}

Result<void> DocumentMinutesEditor::load(const QJsonObject &draft, bool frozen)
{
    auto read = documents::minutesFromJson(draft);
    if (!read)
        return read.error();
    m_base = *read;
    const MinutesData &m = m_base;
    m_undo->beginLoad();
    m_loading = true;
    m_exclusionTouched = false;
    DraftFields::setDateTime(m_started, m.startedAt);
    m_place->setText(m.meetingPlace);
    m_department->setPlainText(participantsToText(m.departmentParticipants));
    QString recorder;
    for (const Participant &p : m.departmentParticipants)
        if (p.recorder)
            recorder = p.name;
    m_recorder->setText(recorder);
    m_providerName->setText(m.provider.legalName);
    m_providerAddress->setText(m.provider.address);
    m_providerRegistration->setText(m.provider.registrationNumber);
    m_providerPeople->setPlainText(participantsToText(m.providerParticipants));
    m_witnesses->setPlainText(participantsToText(m.witnesses));
    m_opinion->setCurrentIndex(int(m.providerOpinion));
    m_explanation->setPlainText(m.providerExplanation);
    m_refusalReason->setText(m.refusalReason);
    m_conclusion->setPlainText(m.conclusion);
    m_measures->setPlainText(m.measures.join(u'\n'));
    m_hasExclusion->setChecked(m.excludeProvider);
    m_exclusion->setDate(m.exclusionDate.isValid() ? m.exclusionDate : m_clock.localDate());
    DraftFields::setDateTime(m_closed, m.closedAt);
    m_copies->setValue(m.copies);
    m_copiesPerParty->setValue(m.copiesPerParty);
    m_providerSignerTitle->setText(m.providerSignatory.title);
    m_providerSignerName->setText(m.providerSignatory.name);
    m_deptAuthority->setText(m.departmentSignatory.authority);
    m_deptTitle->setText(m.departmentSignatory.title);
    m_deptName->setText(m.departmentSignatory.name);
    m_recipients->setPlainText(m.recipients.join(u'\n'));
    m_loading = false;
    m_undo->endLoad();

    m_violations->clear();
    for (const documents::MinutesViolation &v : m.violations) {
        auto *top = new QTreeWidgetItem(m_violations);
        top->setText(0,
                     QStringLiteral("%1 (%2)").arg(rules::ruleDisplayName(v.ruleCode),
                                                   v.clauses.join(QStringLiteral(", "))));
        if (const rules::RuleInfo *rule = rules::findRule(v.ruleCode))
            top->setToolTip(0, rule->translatedSummary());
        top->setText(3, tr("%1 — %n case(s)", nullptr, int(v.total())).arg(v.description));
        top->setToolTip(3, top->text(3)); // the column elides
        for (const documents::EvidenceRow &row : v.evidence) {
            auto *item = new QTreeWidgetItem(top);
            item->setText(0, row.record);
            item->setText(1, privacy::maskCitizenId(row.citizenId)); // §1.7
            item->setText(2, row.at.isValid() ? LocaleFormat::dateTime(row.at) : QString());
            item->setText(3, row.happened);
            item->setToolTip(3, row.happened);
        }
    }
    m_violations->expandAll();
    m_violations->resizeColumnToContents(0);
    m_violations->resizeColumnToContents(1);
    m_violations->resizeColumnToContents(2);
    setFrozen(frozen);
    return {};
}

MinutesData DocumentMinutesEditor::minutes() const
{
    MinutesData m = m_base;
    m.startedAt = DraftFields::dateTime(m_started);
    m.meetingPlace = m_place->text().trimmed();
    m.departmentParticipants = participantsFromText(m_department->toPlainText());
    const QString recorder = m_recorder->text().trimmed();
    for (Participant &p : m.departmentParticipants)
        p.recorder = !recorder.isEmpty() && p.name == recorder;
    m.provider.legalName = m_providerName->text().trimmed();
    m.provider.address = m_providerAddress->text().trimmed();
    m.provider.registrationNumber = m_providerRegistration->text().trimmed();
    m.providerParticipants = participantsFromText(m_providerPeople->toPlainText());
    m.witnesses = participantsFromText(m_witnesses->toPlainText());
    m.providerOpinion = documents::ProviderOpinion(std::clamp(m_opinion->currentIndex(), 0, 3));
    m.providerExplanation = m_explanation->toPlainText().trimmed();
    m.refusalReason = m_refusalReason->text().trimmed();
    m.conclusion = m_conclusion->toPlainText().trimmed();
    m.measures = DraftFields::lines(m_measures->toPlainText());
    m.excludeProvider = m_hasExclusion->isChecked();
    // A new draft has no exclusion date yet: the field shows today, but the date is the
    // Department's decision, so it counts only once the date was touched or the draft had one.
    m.exclusionDate = !m.excludeProvider                         ? QDate()
        : (m_base.exclusionDate.isValid() || m_exclusionTouched) ? m_exclusion->date()
                                                                 : QDate();
    m.closedAt = DraftFields::dateTime(m_closed);
    m.copies = m_copies->value();
    m.copiesPerParty = m_copiesPerParty->value();
    m.providerSignatory.title = m_providerSignerTitle->text().trimmed();
    m.providerSignatory.name = m_providerSignerName->text().trimmed();
    m.departmentSignatory.authority = m_deptAuthority->text().trimmed();
    m.departmentSignatory.title = m_deptTitle->text().trimmed();
    m.departmentSignatory.name = m_deptName->text().trimmed();
    m.recipients = DraftFields::lines(m_recipients->toPlainText());
    return m;
}

QJsonObject DocumentMinutesEditor::draft() const
{
    return documents::toJson(minutes());
}

void DocumentMinutesEditor::setFrozen(bool frozen)
{
    m_frozen = frozen;
    for (QLineEdit *field :
         {m_place, m_recorder, m_providerName, m_providerAddress, m_providerRegistration, m_refusalReason,
          m_providerSignerTitle, m_providerSignerName, m_deptAuthority, m_deptTitle, m_deptName})
        field->setReadOnly(frozen);
    for (QPlainTextEdit *field :
         {m_department, m_providerPeople, m_witnesses, m_explanation, m_conclusion, m_measures, m_recipients})
        field->setReadOnly(frozen);
    for (QAbstractSpinBox *field : std::initializer_list<QAbstractSpinBox *> {
             m_started, m_closed, m_exclusion, m_copies, m_copiesPerParty})
        field->setReadOnly(frozen);
    m_hasExclusion->setEnabled(!frozen);
    m_opinion->setEnabled(!frozen);
    if (frozen)
        m_undo->stack()->clear();
}

} // namespace sw::ui
