#include "reports/ReportsPage.h"

#include "widgets/ErrorPanel.h"
#include "widgets/FilterBar.h"
#include "widgets/LocaleFormat.h"
#include "widgets/PageHeader.h"
#include "widgets/RuleThresholds.h"

#include "documents/DocumentWording.h"
#include "findings/FindingsStore.h"
#include "registry/RegistryConnection.h"
#include "registry/RegistrySession.h"
#include "reports/CaseworkFromCasebook.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportIssuer.h"
#include "rules/Thresholds.h"
#include "settings/Settings.h"

#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace sw::ui {

namespace {
constexpr int buildSteps = 5; // reports::buildReport's steps

QPlainTextEdit *textBox(const QString &placeholder, int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * (lines + 3) + 12);
    return edit;
}

} // namespace

ReportsPage::ReportsPage(registry::RegistrySession &session, settings::Settings &settings,
                         findings::FindingsStore &findings, const Clock &clock, QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_settings(settings),
      m_findings(findings),
      m_clock(clock),
      m_filterBar(new FilterBar(FilterBar::Period | FilterBar::District, clock, this)),
      m_progressTimer(new QTimer(this)),
      m_persistTimer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Reports"), this));
    layout->addWidget(m_filterBar);

    // Left: the document's own data and texts; right: the preview.
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *formScroll = new QScrollArea(this);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    auto *form = new QWidget(formScroll);
    auto *formLayout = new QVBoxLayout(form);

    auto *document = new QGroupBox(tr("Document"), form);
    auto *documentForm = new QFormLayout(document);
    m_number = new QSpinBox(document);
    m_number->setRange(1, 9999);
    m_number->setToolTip(tr("The report's number within the year: Số: 01/BC-STTTT"));
    documentForm->addRow(tr("Number"), m_number);
    m_issued = new QDateEdit(m_clock.localDate(), document);
    m_issued->setCalendarPopup(true);
    m_issued->setToolTip(tr("The date printed in the header"));
    documentForm->addRow(tr("Date"), m_issued);
    // The body in force on that date heads and numbers the report (spec/organisation.md).
    m_issuerLine = new QLabel(document);
    m_issuerLine->setObjectName(QStringLiteral("issuerLine"));
    m_issuerLine->setWordWrap(true);
    documentForm->addRow(tr("Issued by"), m_issuerLine);
    m_subject = new QLineEdit(document);
    m_subject->setPlaceholderText(tr("Standard subject for the period"));
    documentForm->addRow(tr("Subject"), m_subject);
    m_authority = new QLineEdit(document);
    m_authority->setPlaceholderText(QStringLiteral("KT. GIÁM ĐỐC"));
    documentForm->addRow(tr("Signing authority"), m_authority);
    m_signerTitle = new QLineEdit(document);
    m_signerTitle->setPlaceholderText(QStringLiteral("PHÓ GIÁM ĐỐC"));
    documentForm->addRow(tr("Signer's title"), m_signerTitle);
    m_signerName = new QLineEdit(document);
    documentForm->addRow(tr("Signer's name"), m_signerName);
    m_recipients = textBox(
        tr("Empty: the standard recipients. One recipient per line; the last \"Lưu: VT, …\""), 3, document);
    documentForm->addRow(tr("Recipients"), m_recipients);
    formLayout->addWidget(document);

    auto *ownTexts = new QGroupBox(tr("The supervisor's texts"), form);
    auto *textsLayout = new QFormLayout(ownTexts);
    m_introduction = textBox(tr("Empty: the standard opening sentence"), 2, ownTexts);
    textsLayout->addRow(tr("Introduction"), m_introduction);
    m_assessment
        = textBox(tr("Empty: drafted from the figures (results, shortcomings, causes, next tasks); a "
                     "line \"1. …\" is a heading"),
                  6, ownTexts);
    m_assessment->setObjectName(QStringLiteral("assessment"));
    textsLayout->addRow(tr("General assessment"), m_assessment);
    m_proposals = textBox(tr("Empty: drafted from the figures; one paragraph per line"), 5, ownTexts);
    m_proposals->setObjectName(QStringLiteral("proposals"));
    textsLayout->addRow(tr("Proposals"), m_proposals);
    // The figures' draft replaces both texts, for the supervisor to edit before export.
    m_draftButton = new QPushButton(tr("Draft from the figures"), ownTexts);
    m_draftButton->setObjectName(QStringLiteral("draftTexts"));
    m_draftButton->setToolTip(tr("Replace the assessment and the proposals with a draft drawn from the "
                                 "counted figures"));
    textsLayout->addRow(QString(), m_draftButton);
    formLayout->addWidget(ownTexts);

    formLayout->addStretch();
    formScroll->setWidget(form);

    // The buttons and what they report stay in sight under the form, however long the texts grow
    // (a preview drafts them).
    auto *left = new QWidget(this);
    auto *actions = new QWidget(left);
    actions->setObjectName(QStringLiteral("reportActions"));
    auto *buttons = new QHBoxLayout;
    m_previewButton = new QPushButton(tr("Preview"), actions);
    m_previewButton->setObjectName(QStringLiteral("previewReport"));
    m_previewButton->setToolTip(tr("Count the figures and show the report's pages"));
    m_exportButton = new QPushButton(tr("Export PDF…"), actions);
    m_exportButton->setObjectName(QStringLiteral("exportReport"));
    m_exportButton->setToolTip(tr("Write the report as a PDF file"));
    m_printButton = new QPushButton(tr("Print…"), actions);
    m_printButton->setObjectName(QStringLiteral("printReport"));
    m_printButton->setToolTip(tr("Print the report through the system's print dialog (Ctrl+P)"));
    m_cancelButton = new QPushButton(tr("Cancel"), actions);
    m_cancelButton->setToolTip(tr("Stop counting the report's figures"));
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_printButton);
    buttons->addStretch();
    buttons->addWidget(m_cancelButton);
    m_progress = new QProgressBar(actions);
    m_progress->setRange(0, buildSteps);
    m_progress->setTextVisible(false);
    m_status = new QLabel(actions);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_error = new ErrorPanel(actions);
    m_error->hide();
    auto *actionsLayout = new QVBoxLayout(actions);
    actionsLayout->addLayout(buttons);
    actionsLayout->addWidget(m_progress);
    actionsLayout->addWidget(m_status);
    actionsLayout->addWidget(m_error);

    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(0);
    leftLayout->addWidget(formScroll, 1);
    leftLayout->addWidget(actions);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_pagesHost = new QWidget(m_scroll);
    m_pagesLayout = new QVBoxLayout(m_pagesHost);
    m_pagesLayout->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_pagesLayout->setSpacing(12);
    m_empty = new QLabel(tr("No preview yet — choose the period and press Preview."), m_pagesHost);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_pagesLayout->addWidget(m_empty);
    m_scroll->setWidget(m_pagesHost);
    // A preview of another period than the one chosen says so, its pages greyed (issue 17).
    m_stale = new QLabel(tr("The preview is of the period chosen before: press Preview to count this one."),
                         this);
    m_stale->setObjectName(QStringLiteral("reportPreviewStale"));
    m_stale->setWordWrap(true);
    m_stale->setStyleSheet(QStringLiteral("color: #b35c00;"));
    m_stale->hide();
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_stale);
    rightLayout->addWidget(m_scroll, 1);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_step)
            m_progress->setValue(m_step->load());
    });
    m_persistTimer->setSingleShot(true);
    m_persistTimer->setInterval(500);
    connect(m_persistTimer, &QTimer::timeout, this, &ReportsPage::persist);
    auto changed = [this] {
        if (m_restoring)
            return;
        m_nextState.reset();
        m_persistTimer->start();
    };
    for (QLineEdit *edit : {m_subject, m_authority, m_signerTitle, m_signerName})
        connect(edit, &QLineEdit::textChanged, this, changed);
    for (QPlainTextEdit *edit : {m_recipients, m_introduction, m_assessment, m_proposals})
        connect(edit, &QPlainTextEdit::textChanged, this, changed);
    connect(m_number, &QSpinBox::valueChanged, this, changed);
    connect(m_issued, &QDateEdit::dateChanged, this, changed);
    connect(m_issued, &QDateEdit::dateChanged, this, &ReportsPage::showIssuer);
    connect(m_filterBar, &FilterBar::filterChanged, this, [this, changed] {
        m_report.reset(); // the figures are for another period now
        m_draftButton->setEnabled(false);
        m_stale->setVisible(!m_pages.isEmpty());
        m_pagesHost->setEnabled(m_pages.isEmpty());
        if (!m_settingDefaultPeriod)
            m_periodIsDefault = false;
        changed();
    });
    // Until a period is chosen, a first report covers the last month with records.
    m_filterBar->followRegistry(m_session);
    connect(m_filterBar, &FilterBar::lastDataDayChanged, this, [this](const QDate &day) {
        if (m_periodIsDefault)
            setDefaultPeriod(day);
    });
    connect(m_previewButton, &QPushButton::clicked, this, &ReportsPage::preview);
    connect(m_draftButton, &QPushButton::clicked, this, [this] {
        if (m_report)
            fillDraft(*m_report);
    });
    connect(m_exportButton, &QPushButton::clicked, this, &ReportsPage::chooseExportFile);
    connect(m_printButton, &QPushButton::clicked, this, &ReportsPage::print);
    auto *printShortcut = new QShortcut(QKeySequence::Print, this);
    printShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(printShortcut, &QShortcut::activated, m_printButton, &QPushButton::click);
    connect(m_cancelButton, &QPushButton::clicked, this, &ReportsPage::cancel);

    restoreState(m_settings.reportDraft());
    setBusy(false);
    showIssuer();
}

ReportsPage::~ReportsPage()
{
    if (m_cancelled)
        m_cancelled->store(true);
    persist();
}

void ReportsPage::setCasebook(casebook::Casebook *casebook)
{
    m_casebook = casebook;
    showIssuer();
}

void ReportsPage::showIssuer()
{
    auto issuer = reports::reportIssuer(m_casebook, m_issued->date());
    m_issuerLine->setText(issuer ? tr("%1: the body in force on the report's date.").arg(issuer->reason)
                                 : issuer.error().message);
}

QVariantMap ReportsPage::saveState() const
{
    QVariantMap state;
    state.insert(QStringLiteral("filter"), m_filterBar->saveState());
    state.insert(QStringLiteral("periodChosen"), !m_periodIsDefault);
    state.insert(QStringLiteral("number"), m_number->value());
    state.insert(QStringLiteral("subject"), m_subject->text());
    state.insert(QStringLiteral("authority"), m_authority->text());
    state.insert(QStringLiteral("signerTitle"), m_signerTitle->text());
    state.insert(QStringLiteral("signerName"), m_signerName->text());
    state.insert(QStringLiteral("recipients"), m_recipients->toPlainText());
    state.insert(QStringLiteral("introduction"), m_introduction->toPlainText());
    state.insert(QStringLiteral("assessment"), m_assessment->toPlainText());
    state.insert(QStringLiteral("proposals"), m_proposals->toPlainText());
    return state;
}

void ReportsPage::restoreState(const QVariantMap &state)
{
    m_restoring = true;
    m_filterBar->restoreState(state.value(QStringLiteral("filter")).toMap());
    const statistics::Filter filter = m_filterBar->filter();
    m_periodIsDefault = !filter.from.isValid() || !filter.to.isValid()
        || !state.value(QStringLiteral("periodChosen"), true).toBool();
    if (m_periodIsDefault) // the last month with records, the last whole month until that is known
        setDefaultPeriod(m_filterBar->lastDataDay().isValid() ? m_filterBar->lastDataDay()
                                                              : m_clock.localDate().addMonths(-1));
    m_number->setValue(qMax(1, state.value(QStringLiteral("number"), 1).toInt()));
    m_subject->setText(state.value(QStringLiteral("subject")).toString());
    m_authority->setText(state.value(QStringLiteral("authority"), QStringLiteral("KT. GIÁM ĐỐC")).toString());
    m_signerTitle->setText(
        state.value(QStringLiteral("signerTitle"), QStringLiteral("PHÓ GIÁM ĐỐC")).toString());
    m_signerName->setText(state.value(QStringLiteral("signerName")).toString());
    // Empty: the standard recipients of the body in force on the report's date (ReportDraft).
    m_recipients->setPlainText(state.value(QStringLiteral("recipients")).toString());
    m_introduction->setPlainText(state.value(QStringLiteral("introduction")).toString());
    m_assessment->setPlainText(state.value(QStringLiteral("assessment")).toString());
    m_proposals->setPlainText(state.value(QStringLiteral("proposals")).toString());
    m_restoring = false;
}

void ReportsPage::setDefaultPeriod(const QDate &day)
{
    statistics::Filter filter = m_filterBar->filter();
    filter.from = QDate(day.year(), day.month(), 1);
    filter.to = filter.from.addMonths(1).addDays(-1);
    m_settingDefaultPeriod = true;
    m_filterBar->setFilter(filter);
    m_settingDefaultPeriod = false;
}

void ReportsPage::persist()
{
    m_settings.setReportDraft(m_nextState ? *m_nextState : saveState());
}

reports::ReportMeta ReportsPage::meta() const
{
    reports::ReportMeta meta;
    meta.number = m_number->value();
    meta.issued = m_issued->date();
    meta.subject = m_subject->text().trimmed();
    meta.signatory.authority = m_authority->text().trimmed();
    meta.signatory.title = m_signerTitle->text().trimmed();
    meta.signatory.name = m_signerName->text().trimmed();
    for (const QString &line : m_recipients->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!line.trimmed().isEmpty())
            meta.recipients << line.trimmed();
    return meta;
}

reports::ReportTexts ReportsPage::texts() const
{
    return {m_introduction->toPlainText(), m_assessment->toPlainText(), m_proposals->toPlainText()};
}

void ReportsPage::setBusy(bool busy)
{
    m_busy = busy;
    m_previewButton->setEnabled(!busy);
    m_exportButton->setEnabled(!busy);
    m_printButton->setEnabled(!busy);
    m_draftButton->setEnabled(!busy && m_report.has_value());
    m_filterBar->setEnabled(!busy);
    m_cancelButton->setVisible(busy);
    m_progress->setVisible(busy);
    if (busy)
        m_progressTimer->start();
    else
        m_progressTimer->stop();
}

void ReportsPage::preview()
{
    build(After::Preview);
}

QString ReportsPage::fileName() const
{
    return QStringLiteral("bao-cao-%1-%2.pdf")
        .arg(m_number->value(), 2, 10, QLatin1Char('0'))
        .arg(m_filterBar->filter().from.toString(QStringLiteral("yyyy-MM")));
}

void ReportsPage::chooseExportFile()
{
    const QString name = fileName();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the report"),
                                                      QDir(folder).filePath(name), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

void ReportsPage::exportPdf(const QString &path)
{
    build(After::Export, path);
}

void ReportsPage::print()
{
    build(After::Print);
}

void ReportsPage::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
    m_status->setText(tr("Cancelling…"));
}

void ReportsPage::build(After after, const QString &path)
{
    if (m_busy)
        return;
    m_error->hide();
    m_nextState.reset();
    persist();
    const statistics::Filter filter = m_filterBar->filter();
    // The figures already counted for this period serve again: only the texts changed.
    if (m_report && m_report->filter.from == filter.from && m_report->filter.to == filter.to
        && m_report->filter.district == filter.district) {
        finished(*m_report, after, path);
        return;
    }
    if (!filter.from.isValid() || !filter.to.isValid()) {
        const Error error = Error::make(tr("Choose the report's period first: a first and a last day."));
        m_error->setError(error);
        m_error->show();
        Q_EMIT failed(error);
        return;
    }
    const auto spec = m_session.spec();
    reports::ReportInput input;
    input.filter.from = filter.from;
    input.filter.to = filter.to;
    input.filter.district = filter.district;
    input.requestDeadlineSeconds = thresholdsFromSettings(m_settings).requestDeadline();
    input.asOf = m_clock.now();
    if (spec && m_findings.isOpen()) {
        input.findings = &m_findings; // usable from the worker: it opens a connection of its own there
        input.registryKey = spec->registryKey();
    }
    if (m_casebook) {
        // The casebook belongs to this thread: its summary is read here, before the job.
        auto summary = reports::caseworkFromCasebook(*m_casebook, filter.from, filter.to);
        if (!summary) {
            m_error->setError(summary.error());
            m_error->show();
            Q_EMIT failed(summary.error());
            return;
        }
        input.casework
            = [summary = *summary](const QDate &, const QDate &) -> Result<reports::CaseworkSummary> {
            return summary;
        };
    }
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_step = std::make_shared<std::atomic_int>(0);
    input.cancelled = [cancelled = m_cancelled] { return cancelled->load(); };
    input.progress = [step = m_step](int index, int) { step->store(index); };
    setBusy(true);
    m_status->setText(tr("Counting the report's figures…"));
    m_session.request<reports::ReportData>(
        this,
        [input, credentials = m_session.credentials()](registry::RegistryConnection &connection) {
            return reports::buildReport(connection, credentials, input);
        },
        [this, after, path](Result<reports::ReportData> result) {
            setBusy(false);
            finished(std::move(result), after, path);
        });
}

} // namespace sw::ui
