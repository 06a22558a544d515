#include "casework/ComplaintForm.h"

#include "casebook/FindingLines.h"
#include "casework/CaseFindingsModel.h"
#include "casework/CaseTime.h"
#include "privacy/Masking.h"
#include "widgets/ErrorPanel.h"
#include "widgets/ProviderColors.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace sw::ui {

namespace {
QIcon swatch(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(color);
    return QIcon(pixmap);
}
} // namespace

ComplaintForm::ComplaintForm(const Clock &clock, QWidget *parent)
    : QWidget(parent),
      m_clock(clock),
      m_title(new QLabel(this)),
      m_problems(new ErrorPanel(this)),
      m_citizen(new QLineEdit(this)),
      m_provider(new QComboBox(this)),
      m_received(new QDateTimeEdit(this)),
      m_channel(new QComboBox(this)),
      m_statement(new QPlainTextEdit(this)),
      m_findings(new CaseFindingsModel(this)),
      m_findingsView(new QTableView(this)),
      m_addFindings(new QPushButton(tr("Add from a scan file…"), this)),
      m_removeFinding(new QPushButton(tr("Remove"), this)),
      m_candidates(new CaseFindingsModel(this)),
      m_candidatesView(new QTableView(this)),
      m_candidatesNote(new QLabel(this)),
      m_candidatesBox(new QWidget(this)),
      m_notes(new QPlainTextEdit(this)),
      m_outcome(new QComboBox(this)),
      m_save(new QPushButton(tr("Save"), this)),
      m_timeline(new QPushButton(tr("Citizen's timeline"), this)),
      m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("complaintForm"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setObjectName(QStringLiteral("complaintTitle"));
    m_problems->setObjectName(QStringLiteral("complaintProblems"));
    m_problems->hide();

    m_citizen->setObjectName(QStringLiteral("complaintCitizen"));
    m_citizen->setPlaceholderText(tr("12-digit identity number (CCCD)"));
    m_citizen->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,12}")), m_citizen));
    m_provider->setObjectName(QStringLiteral("complaintProvider"));
    for (const QString &code : ProviderColors::knownCodes())
        m_provider->addItem(swatch(ProviderColors::color(code)), code, code);
    m_received->setObjectName(QStringLiteral("complaintReceived"));
    m_received->setCalendarPopup(true);
    m_received->setTimeSpec(Qt::UTC); // holds the province's wall clock (CaseTime)
    m_received->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:mm"));
    m_channel->setObjectName(QStringLiteral("complaintChannel"));
    for (casebook::ComplaintChannel channel : casebook::allChannels())
        m_channel->addItem(casebook::channelLabel(channel), int(channel));
    m_statement->setObjectName(QStringLiteral("complaintStatement"));
    m_statement->setPlaceholderText(tr("What the citizen says happened, in their words"));
    m_statement->setTabChangesFocus(true);

    m_findingsView->setObjectName(QStringLiteral("complaintFindings"));
    m_findingsView->setModel(m_findings);
    m_findingsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findingsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findingsView->verticalHeader()->hide();
    m_findingsView->horizontalHeader()->setStretchLastSection(true);
    m_findingsView->setMinimumHeight(90);
    m_addFindings->setToolTip(
        tr("Link findings from a scan file (JSON Lines, as written by the findings page or "
           "signwatch-cli scan); the findings page can also send selected findings here"));
    m_removeFinding->setToolTip(tr("Unlink the selected finding from this complaint"));
    connect(m_addFindings, &QPushButton::clicked, this, &ComplaintForm::addFindingsFromFile);
    connect(m_removeFinding, &QPushButton::clicked, this, &ComplaintForm::removeSelectedFinding);
    m_notes->setObjectName(QStringLiteral("complaintNotes"));
    m_notes->setPlaceholderText(tr("What the verification found, against the data and in practice (§5.2)"));
    m_notes->setTabChangesFocus(true);
    m_outcome->setObjectName(QStringLiteral("complaintOutcome"));
    for (casebook::ComplaintOutcome outcome : casebook::allOutcomes())
        m_outcome->addItem(casebook::outcomeLabel(outcome), int(outcome));

    m_save->setObjectName(QStringLiteral("complaintSave"));
    m_save->setDefault(true);
    m_save->setToolTip(tr("Store the complaint in the casebook (the change is written to the audit log)"));
    m_timeline->setObjectName(QStringLiteral("complaintTimeline"));
    m_timeline->setToolTip(tr("Open the citizen's timeline on the citizen look-up page"));
    m_close->setToolTip(tr("Close the form (Esc)"));
    connect(m_save, &QPushButton::clicked, this, &ComplaintForm::saveRequested);
    connect(m_close, &QPushButton::clicked, this, &ComplaintForm::closeRequested);
    connect(m_timeline, &QPushButton::clicked, this, [this] {
        const QString id = m_current.id ? m_current.citizenId : m_citizen->text().trimmed();
        if (!id.isEmpty())
            Q_EMIT citizenTimelineRequested(id);
    });

    auto *complaintBox = new QGroupBox(tr("Complaint"), this);
    auto *form = new QFormLayout(complaintBox);
    form->addRow(tr("Citizen"), m_citizen);
    form->addRow(tr("Provider"), m_provider);
    form->addRow(tr("Received"), m_received);
    form->addRow(tr("Channel"), m_channel);
    form->addRow(tr("Statement"), m_statement);

    auto *verifyBox = new QGroupBox(tr("Verification"), this);
    auto *verify = new QVBoxLayout(verifyBox);
    auto *findingButtons = new QHBoxLayout;
    findingButtons->addWidget(new QLabel(tr("Findings checked"), verifyBox));
    findingButtons->addStretch(1);
    findingButtons->addWidget(m_addFindings);
    findingButtons->addWidget(m_removeFinding);
    verify->addLayout(findingButtons);
    verify->addWidget(m_findingsView, 1);
    setUpPicking();
    verify->addWidget(m_candidatesBox, 1);
    auto *verifyForm = new QFormLayout;
    verifyForm->addRow(tr("Notes"), m_notes);
    verifyForm->addRow(tr("Outcome"), m_outcome);
    verify->addLayout(verifyForm);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_timeline);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_problems);
    // The two boxes scroll when the window is short: with the citizen's findings to pick from, the
    // form would otherwise make the window taller than a laptop's screen (issue 17).
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(complaintBox, 2);
    contentLayout->addWidget(verifyBox, 3);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("complaintFormScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    showNew();
}

void ComplaintForm::showNew(const QString &citizenId, const QString &provider)
{
    m_current = casebook::Complaint {};
    m_current.receivedAt = m_clock.now();
    m_current.citizenId = citizenId;
    if (!provider.isEmpty())
        m_current.provider = provider;
    showComplaint(m_current);
}

void ComplaintForm::showComplaint(const casebook::Complaint &complaint)
{
    m_current = complaint;
    m_problems->hide();
    const bool stored = complaint.id != 0;
    m_citizen->setReadOnly(stored);
    m_citizen->setText(stored ? complaint.maskedCitizenId() : complaint.citizenId);
    m_citizen->setToolTip(
        stored ? tr("Masked (§1.7); the citizen look-up shows the full number with a reason") : QString());
    int providerIndex = m_provider->findData(complaint.provider);
    if (providerIndex < 0 && !complaint.provider.isEmpty()) {
        m_provider->addItem(swatch(ProviderColors::color(complaint.provider)), complaint.provider,
                            complaint.provider);
        providerIndex = m_provider->count() - 1;
    }
    m_provider->setCurrentIndex(complaint.provider.isEmpty() ? -1 : providerIndex);
    m_received->setDateTime(CaseTime::toWallClock(complaint.receivedAt));
    m_channel->setCurrentIndex(m_channel->findData(int(complaint.channel)));
    m_statement->setPlainText(complaint.statement);
    QList<rules::Finding> findings;
    for (const QByteArray &line : complaint.findingLines)
        if (auto f = casebook::findingFromJsonLine(line))
            findings << *f;
    m_findings->setFindings(findings);
    m_notes->setPlainText(complaint.notes);
    m_outcome->setCurrentIndex(m_outcome->findData(int(complaint.outcome)));
    updateTitle();
    setReadOnly(false);
    lookUpCitizen();
}

void ComplaintForm::updateTitle()
{
    m_title->setText(m_current.id ? tr("Complaint no. %1").arg(m_current.id) : tr("New complaint"));
}

casebook::Complaint ComplaintForm::complaint() const
{
    casebook::Complaint c = m_current;
    if (!c.id)
        c.citizenId = m_citizen->text().trimmed();
    c.provider = m_provider->currentData().toString();
    c.receivedAt = CaseTime::fromWallClock(m_received->dateTime());
    c.channel = casebook::ComplaintChannel(m_channel->currentData().toInt());
    c.statement = m_statement->toPlainText().trimmed();
    c.findingLines.clear();
    for (const rules::Finding &f : m_findings->findings())
        c.findingLines << rules::toJsonLine(f);
    c.notes = m_notes->toPlainText().trimmed();
    c.outcome = casebook::ComplaintOutcome(m_outcome->currentData().toInt());
    return c;
}

int ComplaintForm::addFindings(const QList<rules::Finding> &findings)
{
    // A complaint not yet stored takes its citizen and provider from the first finding.
    if (!m_current.id && !findings.isEmpty()) {
        const rules::Finding &first = findings.first();
        if (m_citizen->text().isEmpty() && first.citizenId)
            m_citizen->setText(*first.citizenId);
        if (m_provider->currentIndex() < 0 && first.provider)
            m_provider->setCurrentIndex(m_provider->findData(*first.provider));
    }
    return m_findings->addFindings(findings);
}

void ComplaintForm::addFindingsFromFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Link findings from a scan file"), {},
                                                      tr("Findings (*.jsonl *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(Error::make(tr("The file %1 cannot be read.").arg(path), file.errorString()));
        return;
    }
    auto lines = casebook::findingLinesFromText(file.readAll());
    if (!lines) {
        showError(lines.error());
        return;
    }
    QList<rules::Finding> findings;
    for (const QByteArray &line : *lines)
        if (auto f = casebook::findingFromJsonLine(line))
            findings << *f;
    addFindings(findings);
}

void ComplaintForm::removeSelectedFinding()
{
    const QModelIndex current = m_findingsView->currentIndex();
    if (current.isValid())
        m_findings->removeRowAt(current.row());
}

void ComplaintForm::showProblems(const QStringList &problems)
{
    if (problems.isEmpty()) {
        m_problems->hide();
        return;
    }
    m_problems->setError(Error::make(tr("The complaint cannot be saved yet: %1").arg(problems.join(u' '))));
    m_problems->show();
}

void ComplaintForm::showError(const sw::Error &error)
{
    m_problems->setError(error);
    m_problems->show();
}

void ComplaintForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_citizen->setReadOnly(readOnly || m_current.id != 0);
    for (QWidget *w : std::initializer_list<QWidget *> {m_provider, m_received, m_channel, m_addFindings,
                                                        m_removeFinding, m_candidatesView, m_outcome, m_save})
        w->setEnabled(!readOnly);
    m_statement->setReadOnly(readOnly);
    m_notes->setReadOnly(readOnly);
}

} // namespace sw::ui
