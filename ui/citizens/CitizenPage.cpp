#include "citizens/CitizenPage.h"

#include "casebook/AuditLog.h"
#include "citizens/CitizenResultsModel.h"
#include "citizens/TimelineModel.h"
#include "citizens/UnmaskDialog.h"
#include "privacy/Masking.h"
#include "registry/RegistryConnection.h"
#include "registry/RegistrySession.h"
#include "rules/RuleCatalogue.h"
#include "statistics/Province.h"
#include "widgets/ColumnFit.h"
#include "widgets/EmptyStateWidget.h"
#include "widgets/ErrorPanel.h"
#include "widgets/LocaleFormat.h"
#include "widgets/PageHeader.h"
#include "widgets/ReadOnlyTable.h"
#include "widgets/RegistryStateStack.h"

#include <QDateTimeEdit>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcCitizenPage, "signwatch.ui.citizens")

namespace sw::ui {

namespace {
enum StackIndex {
    NoRegistryIndex,
    PromptIndex,
    LoadingIndex,
    ErrorIndex,
    NoMatchIndex,
    ResultsIndex,
    TimelineIndex
};

// The province's wall clock (Asia/Ho_Chi_Minh: UTC+7 all year, no daylight saving). The as-of edit
// holds that wall time in a UTC QDateTime, so that the machine's own zone never enters.
constexpr qint64 provinceOffset = 7 * 3600;

QDateTime wallClock(qint64 epoch)
{
    return QDateTime::fromSecsSinceEpoch(epoch + provinceOffset, QTimeZone::utc());
}

qint64 fromWallClock(const QDateTime &wall)
{
    QDateTime utc = wall;
    utc.setTimeZone(QTimeZone::utc());
    return utc.toSecsSinceEpoch() - provinceOffset;
}

// A birth date as typed: dd/mm/yyyy (also with - or .), or yyyy-mm-dd. Empty when unreadable.
QString birthDateFromText(const QString &text)
{
    const QString t = text.trimmed();
    for (const char *format : {"d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "yyyy-M-d"}) {
        const QDate date = QDate::fromString(t, QLatin1String(format));
        if (date.isValid())
            return date.toString(QStringLiteral("yyyy-MM-dd"));
    }
    return {};
}

QLabel *mutedLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setWordWrap(true);
    return label;
}
} // namespace

CitizenPage::CitizenPage(registry::RegistrySession &session, casebook::AuditLog *audit, const Clock &clock,
                         QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_audit(audit),
      m_clock(clock),
      m_query(new QLineEdit(this)),
      m_birthDate(new QLineEdit(this)),
      m_searchButton(new QPushButton(tr("Search"), this)),
      m_asOfEdit(new QDateTimeEdit(this)),
      m_now(new QToolButton(this)),
      m_asOfDebounce(new QTimer(this)),
      m_stack(new RegistryStateStack(this)),
      m_prompt(new EmptyStateWidget(this)),
      m_noMatch(new EmptyStateWidget(this)),
      m_results(new CitizenResultsModel(this)),
      m_resultsView(new QTableView(this)),
      m_resultsNote(mutedLabel(this)),
      m_timeline(new TimelineModel(this)),
      m_timelineView(new QTableView(this)),
      m_name(new QLabel(this)),
      m_idLabel(new QLabel(this)),
      m_unmask(new QPushButton(tr("Show full id…"), this)),
      m_person(mutedLabel(this)),
      m_holder(new QLabel(this)),
      m_summary(mutedLabel(this)),
      m_notJudged(mutedLabel(this)),
      m_back(new QPushButton(tr("‹ Back to the list"), this))
{
    setObjectName(QStringLiteral("citizenPage"));

    // The search row: what to look for, and as of when.
    m_query->setObjectName(QStringLiteral("citizenQuery"));
    m_query->setPlaceholderText(tr("CCCD number (12 digits) or full name"));
    m_query->setToolTip(tr("A 12-digit CCCD number finds one citizen; a name needs the birth date too. "
                           "Case, diacritics and spaces do not matter (Ctrl+F)"));
    m_query->setClearButtonEnabled(true);
    m_query->setMinimumWidth(260);
    m_birthDate->setObjectName(QStringLiteral("citizenBirthDate"));
    m_birthDate->setPlaceholderText(tr("birth date dd/mm/yyyy"));
    m_birthDate->setToolTip(tr("Needed when searching by name"));
    m_birthDate->setMaximumWidth(170);
    m_searchButton->setObjectName(QStringLiteral("citizenSearch"));
    m_searchButton->setToolTip(tr("Search the registry (Enter)"));
    connect(m_query, &QLineEdit::returnPressed, this, &CitizenPage::search);
    connect(m_birthDate, &QLineEdit::returnPressed, this, &CitizenPage::search);
    connect(m_searchButton, &QPushButton::clicked, this, &CitizenPage::search);

    auto *asOfLabel = new QLabel(tr("As &of"), this);
    asOfLabel->setBuddy(m_asOfEdit);
    m_asOfEdit->setObjectName(QStringLiteral("citizenAsOf"));
    m_asOfEdit->setTimeSpec(Qt::UTC); // holds the province's wall clock: see wallClock()
    m_asOfEdit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:mm"));
    m_asOfEdit->setCalendarPopup(true);
    m_asOfEdit->setToolTip(tr("Show the timeline and its findings as Hue-S held them at this moment "
                              "(local time, UTC+7)"));
    m_now->setObjectName(QStringLiteral("citizenAsOfNow"));
    m_now->setText(tr("Now"));
    m_now->setCheckable(true);
    m_now->setChecked(true);
    m_now->setToolTip(tr("Show the registry as it is now"));
    m_asOfDebounce->setSingleShot(true);
    m_asOfDebounce->setInterval(400); // one query when the user stops changing the time
    connect(m_asOfEdit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        m_now->setChecked(false);
        m_asOfDebounce->start();
    });
    connect(m_asOfDebounce, &QTimer::timeout, this, &CitizenPage::asOfEdited);
    connect(m_now, &QToolButton::clicked, this, [this](bool checked) {
        if (checked)
            setAsOf(std::nullopt);
        else
            asOfEdited();
    });

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_query, 3);
    searchRow->addWidget(m_birthDate, 1);
    searchRow->addWidget(m_searchButton);
    searchRow->addSpacing(24);
    searchRow->addWidget(asOfLabel);
    searchRow->addWidget(m_asOfEdit);
    searchRow->addWidget(m_now);

    // States.
    EmptyStateWidget *noRegistry = m_stack->noRegistryState();
    noRegistry->setObjectName(QStringLiteral("citizenNoRegistry"));
    noRegistry->setHeadline(tr("No registry is open — use File › Connect…"));
    noRegistry->setText(tr("Open the Hue-S issuance registry to look up a citizen's look-ups, requests and "
                           "certificates."));
    noRegistry->setActionText(tr("Connect…"));
    connect(noRegistry, &EmptyStateWidget::actionTriggered, this, &CitizenPage::connectRequested);
    m_prompt->setObjectName(QStringLiteral("citizenPrompt"));
    m_noMatch->setObjectName(QStringLiteral("citizenNoMatch"));
    m_stack->errorPanel()->setObjectName(QStringLiteral("citizenError"));
    m_stack->errorPanel()->setActionText(tr("Try again"));
    connect(m_stack, &RegistryStateStack::retryRequested, this, [this] {
        if (m_retry == Retry::Timeline)
            loadTimeline();
        else
            search();
    });

    // Several citizens matched: choose one.
    m_resultsView->setObjectName(QStringLiteral("citizenResults"));
    m_resultsView->setModel(m_results);
    ReadOnlyTable::setUp(m_resultsView);
    m_resultsView->horizontalHeader()->setSectionResizeMode(CitizenResultsModel::Name, QHeaderView::Stretch);
    m_resultsView->setColumnWidth(CitizenResultsModel::CitizenId, 150);
    m_resultsView->setColumnWidth(CitizenResultsModel::BirthDate, 120);
    m_resultsView->setColumnWidth(CitizenResultsModel::District, 180);
    connect(m_resultsView, &QTableView::activated, this,
            [this](const QModelIndex &index) { showCitizen(m_results->citizenIdAt(index.row()), m_asOf); });
    auto *resultsPage = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(resultsPage);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_resultsNote);
    resultsLayout->addWidget(m_resultsView, 1);

    // One citizen's timeline.
    m_name->setObjectName(QStringLiteral("citizenName"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.25);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_idLabel->setObjectName(QStringLiteral("citizenId"));
    m_idLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont idFont = m_idLabel->font();
    idFont.setFamily(QStringLiteral("monospace"));
    idFont.setStyleHint(QFont::Monospace);
    m_idLabel->setFont(idFont);
    m_unmask->setObjectName(QStringLiteral("citizenUnmask"));
    m_unmaskTip = tr("Show this citizen's full id; asks for a reason, which is written to the audit log");
    m_unmask->setToolTip(m_unmaskTip);
    connect(m_unmask, &QPushButton::clicked, this, &CitizenPage::requestUnmask);
    m_holder->setObjectName(QStringLiteral("citizenHolder"));
    m_holder->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("citizenSummary"));
    m_notJudged->setObjectName(QStringLiteral("citizenNotJudged"));
    m_back->setObjectName(QStringLiteral("citizenBack"));
    m_back->setToolTip(tr("Back to the citizens that matched the search"));
    connect(m_back, &QPushButton::clicked, this, [this] { setView(View::Results); });

    m_timelineView->setObjectName(QStringLiteral("citizenTimeline"));
    m_timelineView->setModel(m_timeline);
    ReadOnlyTable::setUp(m_timelineView);
    m_timelineView->setColumnWidth(TimelineModel::Time, 130);
    m_timelineView->setColumnWidth(TimelineModel::Event, 165);
    m_timelineView->setColumnWidth(TimelineModel::Provider, 110);
    m_timelineView->setColumnWidth(TimelineModel::Findings, 300);
    // Long details and several findings wrap instead of hiding behind an ellipsis.
    m_timelineView->setWordWrap(true);
    m_timelineView->horizontalHeader()->setSectionResizeMode(TimelineModel::Details, QHeaderView::Stretch);

    auto *identityRow = new QHBoxLayout;
    identityRow->addWidget(m_name);
    identityRow->addSpacing(16);
    identityRow->addWidget(m_idLabel);
    identityRow->addWidget(m_unmask);
    identityRow->addStretch(1);
    identityRow->addWidget(m_back);
    auto *timelinePage = new QWidget(this);
    auto *timelineLayout = new QVBoxLayout(timelinePage);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->addLayout(identityRow);
    timelineLayout->addWidget(m_person);
    timelineLayout->addWidget(m_holder);
    timelineLayout->addWidget(m_timelineView, 1);
    timelineLayout->addWidget(m_summary);
    timelineLayout->addWidget(m_notJudged);

    // Among the registry states (no registry, loading, error), in the order of View.
    m_stack->insertWidget(PromptIndex, m_prompt);
    m_stack->insertWidget(NoMatchIndex, m_noMatch);
    m_stack->insertWidget(ResultsIndex, resultsPage);
    m_stack->insertWidget(TimelineIndex, timelinePage);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Citizen look-up"), this));
    // No period/district/provider filter bar here: the page shows one citizen, found by id or name.
    layout->addLayout(searchRow);
    layout->addWidget(m_stack, 1);

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, &CitizenPage::focusSearch);

    // While another registry is tried, the open one stays in use.
    connect(&m_session, &registry::RegistrySession::opening, this, [this] {
        if (!m_session.isOpen())
            showLoading(tr("Opening the registry…"));
    });
    connect(&m_session, &registry::RegistrySession::opened, this, [this] {
        if (!m_citizenId.isEmpty())
            loadTimeline();
        else
            setView(View::Prompt);
    });
    connect(&m_session, &registry::RegistrySession::openFailed, this, [this] {
        if (!m_session.isOpen())
            setView(View::NoRegistry);
    });
    connect(&m_session, &registry::RegistrySession::closed, this, [this] {
        m_stack->dropRequests();
        m_citizenId.clear();
        m_unmaskedId.clear();
        m_results->clear();
        m_timeline->clear();
        m_hasResults = false;
        setView(View::NoRegistry);
    });

    syncAsOfEdit();
    setView(m_session.isOpen() ? View::Prompt : View::NoRegistry);
}

CitizenPage::View CitizenPage::view() const
{
    return View(m_stack->currentIndex());
}

void CitizenPage::setView(View view)
{
    static_assert(int(View::NoRegistry) == NoRegistryIndex && int(View::Timeline) == TimelineIndex);
    if (view == View::Prompt) {
        m_prompt->setHeadline(tr("Enter a CCCD number, or a full name and birth date, then press Enter"));
        m_prompt->setText(tr("The page shows everything Hue-S holds about the citizen in time order — "
                             "look-ups, requests and certificates of every provider — with the findings "
                             "on each, as of the time you choose. The id stays masked unless you give a "
                             "reason to see it."));
    }
    m_stack->setCurrentIndex(int(view));
}

void CitizenPage::setThresholds(const rules::Thresholds &thresholds)
{
    m_thresholds = thresholds;
}

void CitizenPage::setCaseworkExclusions(const QMap<QString, qint64> &exclusions)
{
    m_exclusions = exclusions;
}

std::optional<qint64> CitizenPage::asOf() const
{
    return m_asOf;
}

qint64 CitizenPage::effectiveAsOf() const
{
    return m_asOf.value_or(m_clock.secsSinceEpoch());
}

QByteArray CitizenPage::tableState() const
{
    return m_timelineView->horizontalHeader()->saveState();
}

void CitizenPage::restoreTableState(const QByteArray &state)
{
    if (!state.isEmpty() && m_timelineView->horizontalHeader()->restoreState(state))
        ColumnFit::widenToHeaders(m_timelineView->horizontalHeader()); // the titles may be another language's
}

void CitizenPage::focusSearch()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void CitizenPage::showLoading(const QString &what)
{
    m_stack->showLoading(what);
}

void CitizenPage::showError(const Error &error)
{
    m_stack->showError(error, tr("Try again"));
}

void CitizenPage::search()
{
    if (!m_session.isOpen()) {
        setView(View::NoRegistry);
        return;
    }
    const QString birthText = m_birthDate->text().trimmed();
    const QString birthDate = birthDateFromText(birthText);
    const citizens::CitizenQuery query {m_query->text(), birthDate};
    if (query.kind() == citizens::CitizenQuery::Kind::Incomplete) {
        setView(View::Prompt);
        if (!birthText.isEmpty() && birthDate.isEmpty())
            m_prompt->setHeadline(
                tr("“%1” is not a date — write the birth date as dd/mm/yyyy").arg(birthText.left(20)));
        else if (!m_query->text().trimmed().isEmpty())
            m_prompt->setHeadline(tr("A name needs the birth date too; a CCCD number has 12 digits"));
        focusSearch();
        return;
    }
    m_retry = Retry::Search;
    showLoading(tr("Searching the registry…"));
    // A newer search or citizen asked for meanwhile drops the answer.
    m_stack->requestLatest<QList<citizens::CitizenMatch>>(
        m_session, this,
        [query](registry::RegistryConnection &connection) {
            return citizens::searchCitizens(connection, query);
        },
        [this](Result<QList<citizens::CitizenMatch>> matches) {
            if (!matches) {
                showError(matches.error());
                return;
            }
            showMatches(matches.value());
        });
}

void CitizenPage::showMatches(const QList<citizens::CitizenMatch> &matches)
{
    m_results->setLocale(QLocale());
    m_results->setMatches(matches);
    m_hasResults = matches.size() > 1;
    if (matches.isEmpty()) {
        m_noMatch->setHeadline(tr("No citizen matches this search"));
        m_noMatch->setText(tr("Check the CCCD number (12 digits), or the spelling of the name and the birth "
                              "date. Names match whatever their case, diacritics and spaces."));
        setView(View::NoMatch);
    } else if (matches.size() == 1) {
        showCitizen(matches.first().citizenId, m_asOf);
    } else {
        m_resultsNote->setText(
            tr("%n citizens match — choose one (Enter opens it). Ids are masked.", "", int(matches.size())));
        setView(View::Results);
        m_resultsView->setFocus();
        m_resultsView->selectRow(0);
    }
    Q_EMIT searchFinished(int(matches.size()));
}

void CitizenPage::showCitizen(const QString &citizenId, std::optional<qint64> asOf)
{
    if (citizenId != m_citizenId)
        m_unmaskedId.clear(); // unmasking lasts while this citizen is shown
    m_citizenId = citizenId;
    m_asOf = asOf;
    syncAsOfEdit();
    loadTimeline();
}

void CitizenPage::setAsOf(std::optional<qint64> asOf)
{
    m_asOf = asOf;
    syncAsOfEdit();
    if (!m_citizenId.isEmpty() && m_session.isOpen())
        loadTimeline();
}

void CitizenPage::refresh()
{
    if (!m_session.isOpen())
        return;
    if (!m_citizenId.isEmpty())
        loadTimeline();
    else if (!m_query->text().trimmed().isEmpty())
        search();
}

void CitizenPage::syncAsOfEdit()
{
    const QSignalBlocker blockEdit(m_asOfEdit);
    const QSignalBlocker blockNow(m_now);
    m_asOfDebounce->stop();
    m_asOfEdit->setDateTime(wallClock(effectiveAsOf()));
    m_now->setChecked(!m_asOf.has_value());
}

void CitizenPage::asOfEdited()
{
    m_asOfDebounce->stop();
    setAsOf(fromWallClock(m_asOfEdit->dateTime()));
}

void CitizenPage::loadTimeline()
{
    if (m_citizenId.isEmpty())
        return;
    if (!m_session.isOpen()) {
        setView(View::NoRegistry);
        return;
    }
    m_retry = Retry::Timeline;
    citizens::CitizenScanOptions options;
    options.asOf = effectiveAsOf();
    options.thresholds = m_thresholds;
    options.caseworkExclusions = m_exclusions;
    const QString id = m_citizenId;
    showLoading(tr("Reading the citizen's records and judging them…"));
    m_stack->requestLatest<citizens::CitizenTimeline>(
        m_session, this,
        [id, options](registry::RegistryConnection &connection) {
            return citizens::loadCitizenTimeline(connection, id, options);
        },
        [this](Result<citizens::CitizenTimeline> timeline) {
            if (!timeline) {
                showError(timeline.error());
                return;
            }
            showTimeline(timeline.value());
        });
}

void CitizenPage::showTimeline(const citizens::CitizenTimeline &timeline)
{
    const QLocale locale;
    m_timeline->setLocale(locale);
    m_timeline->setTimeline(timeline);
    updateIdentity();

    const QString asOfText
        = LocaleFormat::dateTime(QDateTime::fromSecsSinceEpoch(timeline.asOf, QTimeZone::utc()));
    if (timeline.holder) {
        const citizens::Holder &h = *timeline.holder;
        QString text
            = tr("Holder under §1.4: <b>%1</b> — certificate #%2, on Hue-S since %3")
                  .arg(h.provider.toHtmlEscaped())
                  .arg(h.certificateId)
                  .arg(LocaleFormat::dateTime(QDateTime::fromSecsSinceEpoch(h.recordedAt, QTimeZone::utc())));
        if (h.othersHeld > 0)
            text += QStringLiteral(" · ")
                + tr("%n more certificate(s) held at the same time", "", h.othersHeld);
        m_holder->setText(text);
    } else {
        m_holder->setText(tr("Holder under §1.4: <b>none</b> — no certificate is held as of %1; any provider "
                             "may issue.")
                              .arg(asOfText));
    }
    m_holder->setToolTip(
        tr("The provider of the first certificate in Hue-S order (recorded on Hue-S, then id) "
           "among those recorded by the as-of time and not revoked by then."));
    m_summary->setText(tr("%1 · %2 · as Hue-S held it on %3")
                           .arg(tr("%n event(s)", "", int(timeline.events.size())),
                                tr("%n finding(s)", "", int(timeline.findings.size())), asOfText));
    QStringList notJudged;
    for (const QString &code : timeline.notJudged)
        notJudged << rules::ruleDisplayName(code);
    m_notJudged->setText(tr("Not judged for one citizen: %1 — these rules compare several citizens; the "
                            "findings page (full scan) has them.")
                             .arg(notJudged.join(QStringLiteral(", "))));
    m_back->setVisible(m_hasResults);
    if (timeline.events.isEmpty()) {
        m_summary->setText(
            tr("Hue-S holds no look-up, request or certificate of this citizen as of %1.").arg(asOfText));
    }
    setView(View::Timeline);
    m_timelineView->resizeRowsToContents();
    Q_EMIT timelineShown();
}

void CitizenPage::updateIdentity()
{
    const citizens::CitizenTimeline &t = m_timeline->timeline();
    m_name->setText(t.inCitizensTable ? t.fullName : tr("(no row in the citizens table)"));
    m_idLabel->setText(isUnmasked() ? m_citizenId : privacy::maskCitizenId(m_citizenId));
    m_unmask->setVisible(!isUnmasked());
    QStringList person;
    const QDate birth = QDate::fromString(t.birthDate, QStringLiteral("yyyy-MM-dd"));
    if (birth.isValid())
        person << tr("born %1").arg(QLocale().toString(birth, QLocale::ShortFormat));
    else if (!t.birthDate.isEmpty())
        person << tr("birth date “%1”").arg(t.birthDate);
    if (!t.districtCode.isEmpty())
        person << statistics::districtName(t.districtCode);
    m_person->setText(person.join(QStringLiteral(" · ")));
}

void CitizenPage::setAudit(casebook::AuditLog *audit)
{
    m_audit = audit;
}

void CitizenPage::setUnmaskAllowed(bool allowed, const QString &why)
{
    m_unmask->setEnabled(allowed);
    m_unmask->setToolTip(allowed ? m_unmaskTip : why);
}

void CitizenPage::requestUnmask()
{
    if (m_citizenId.isEmpty() || isUnmasked())
        return;
    if (!m_audit) { // no entry, no full id
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Full id not shown"),
                                    tr("The full id stays hidden: every unmasking is first written to the "
                                       "casebook's audit log, and the casebook cannot be reached now. Check "
                                       "the network and the casebook under Settings, then try again."),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("unmaskRefused"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        Q_EMIT unmaskFinished(false);
        return;
    }
    const QString id = m_citizenId;
    auto *dialog = new UnmaskDialog(privacy::maskCitizenId(id), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        // The audit entry comes first: no entry, no full id.
        auto entry = m_audit->append(
            {QStringLiteral("citizen.unmask"), QStringLiteral("citizen"), id, dialog->reason(), {}, {}});
        if (!entry) {
            qCWarning(lcCitizenPage) << "unmask not audited:" << entry.error().message;
            QMessageBox::warning(this, tr("Full id not shown"),
                                 tr("The full id stays hidden because the audit log could not be written: %1")
                                     .arg(entry.error().message));
            Q_EMIT unmaskFinished(false);
            return;
        }
        if (id == m_citizenId) {
            m_unmaskedId = id;
            updateIdentity();
        }
        Q_EMIT unmaskFinished(true);
    });
    connect(dialog, &QDialog::rejected, this, [this] { Q_EMIT unmaskFinished(false); });
    dialog->open();
}

} // namespace sw::ui
