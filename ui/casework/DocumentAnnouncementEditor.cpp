#include "casework/DocumentAnnouncementEditor.h"

#include "casework/DraftFields.h"
#include "casework/DraftUndo.h"
#include "documents/DocumentWording.h"
#include "widgets/LocaleFormat.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sw::ui {

DocumentAnnouncementEditor::DocumentAnnouncementEditor(const Clock &clock, QWidget *parent)
    : QWidget(parent),
      m_clock(clock),
      m_undo(new DraftUndo(this)),
      m_facts(new QLabel(this)),
      m_subject(DraftFields::textField(this, 3)),
      m_hasExclusion(new QCheckBox(tr("Excluded from"), this)),
      m_exclusion(new QDateEdit(this)),
      m_authority(new QLineEdit(this)),
      m_title(new QLineEdit(this)),
      m_name(new QLineEdit(this)),
      m_recipients(DraftFields::textField(this, 4, tr("One recipient a line, e.g. Lưu: VT, TTS")))
{
    setObjectName(QStringLiteral("announcementEditor"));
    m_facts->setObjectName(QStringLiteral("announcementFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exclusion->setObjectName(QStringLiteral("announcementExclusion"));
    m_exclusion->setCalendarPopup(true);
    m_exclusion->setEnabled(false);
    // §5.3: the Department decides the date; signing is refused while it is unset.
    m_hasExclusion->setObjectName(QStringLiteral("announcementHasExclusion"));
    connect(m_hasExclusion, &QCheckBox::toggled, m_exclusion, &QDateEdit::setEnabled);
    m_name->setObjectName(QStringLiteral("announcementSigner"));
    m_authority->setPlaceholderText(tr("e.g. KT. GIÁM ĐỐC"));
    m_title->setPlaceholderText(tr("e.g. PHÓ GIÁM ĐỐC"));

    auto *content = new QWidget(this);
    auto *form = new QFormLayout(content);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(DraftFields::heading(tr("From the signed minutes"), content));
    form->addRow(m_facts);
    form->addRow(DraftFields::heading(tr("Announcement"), content));
    form->addRow(tr("Subject"), m_subject);
    form->addRow(m_hasExclusion, m_exclusion);
    form->addRow(DraftFields::heading(tr("Signature"), content));
    form->addRow(tr("Authority"), m_authority);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Signer's name"), m_name);
    form->addRow(DraftFields::heading(tr("Recipients"), content));
    form->addRow(m_recipients);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    m_undo->bind(m_subject);
    m_undo->bind(m_hasExclusion);
    m_undo->bind(m_exclusion);
    m_undo->bind(m_authority);
    m_undo->bind(m_title);
    m_undo->bind(m_name);
    m_undo->bind(m_recipients);
    connect(m_undo, &DraftUndo::edited, this, &DocumentAnnouncementEditor::edited);
    connect(m_title, &QLineEdit::textChanged, this, &DocumentAnnouncementEditor::showDelegation);
}

void DocumentAnnouncementEditor::showDelegation()
{
    documents::Signatory typed;
    typed.title = m_title->text();
    const QString prefix = documents::withDelegation(typed).authority;
    m_authority->setPlaceholderText(prefix.isEmpty() ? tr("e.g. KT. GIÁM ĐỐC") : prefix);
}

QUndoStack *DocumentAnnouncementEditor::undoStack() const
{
    return m_undo->stack();
}

Result<void> DocumentAnnouncementEditor::load(const QJsonObject &draft, bool frozen)
{
    auto read = documents::announcementFromJson(draft);
    if (!read)
        return read.error();
    m_base = *read;
    const documents::AnnouncementData &a = m_base;
    const QLocale locale;
    QStringList facts;
    facts << tr("Provider: %1 (%2)").arg(a.provider.code, a.provider.legalName);
    facts << tr("Minutes cited: no. %1, %2")
                 .arg(a.minutesNumber > 0 ? QString::number(a.minutesNumber) : QStringLiteral("—"),
                      a.minutesDate.isValid() ? locale.toString(a.minutesDate, QLocale::ShortFormat)
                                              : QStringLiteral("—"));
    for (const documents::AnnouncedViolation &v : a.violations)
        facts << QStringLiteral("• %1 (%2)%3")
                     .arg(v.description, v.clauses.join(QStringLiteral(", ")),
                          v.cases > 0 ? tr(" — %n case(s)", nullptr, int(v.cases)) : QString());
    QStringList remaining;
    for (const documents::ProviderParty &party : a.remainingProviders)
        remaining << party.code;
    if (!remaining.isEmpty())
        facts << tr("Providers that remain in the programme: %1").arg(remaining.join(QStringLiteral(", ")));
    m_facts->setText(facts.join(u'\n'));
    m_undo->beginLoad();
    m_subject->setPlainText(a.subject);
    m_hasExclusion->setChecked(a.exclusionDate.isValid());
    m_exclusion->setDate(a.exclusionDate.isValid() ? a.exclusionDate : m_clock.localDate());
    m_authority->setText(a.signatory.authority);
    m_title->setText(a.signatory.title);
    m_name->setText(a.signatory.name);
    m_recipients->setPlainText(a.recipients.join(u'\n'));
    m_undo->endLoad();
    setFrozen(frozen);
    return {};
}

documents::AnnouncementData DocumentAnnouncementEditor::announcement() const
{
    documents::AnnouncementData a = m_base;
    a.subject = m_subject->toPlainText().simplified();
    a.exclusionDate = m_hasExclusion->isChecked() ? m_exclusion->date() : QDate();
    a.signatory.authority = m_authority->text().trimmed();
    a.signatory.title = m_title->text().trimmed();
    a.signatory.name = m_name->text().trimmed();
    a.recipients = DraftFields::lines(m_recipients->toPlainText());
    return a;
}

QJsonObject DocumentAnnouncementEditor::draft() const
{
    return documents::toJson(announcement());
}

void DocumentAnnouncementEditor::setFrozen(bool frozen)
{
    m_frozen = frozen;
    m_subject->setReadOnly(frozen);
    m_recipients->setReadOnly(frozen);
    m_exclusion->setReadOnly(frozen);
    m_hasExclusion->setEnabled(!frozen);
    for (QLineEdit *field : {m_authority, m_title, m_name})
        field->setReadOnly(frozen);
    if (frozen)
        m_undo->stack()->clear();
}

} // namespace sw::ui
