#include "OverviewPage.h"

#include "EmptyStateWidget.h"
#include "ErrorPanel.h"
#include "LocaleFormat.h"
#include "PageHeader.h"
#include "ProviderOverviewModel.h"
#include "ProviderOverviewSortModel.h"
#include "StatCard.h"
#include "registry/RegistrySession.h"
#include "statistics/Province.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace sw::ui {

namespace {
enum StackIndex { NoRegistryIndex, LoadingIndex, ErrorIndex, ContentIndex };
}

OverviewPage::OverviewPage(registry::RegistrySession &session, QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_stack(new QStackedWidget(this)),
      m_noRegistry(new EmptyStateWidget(this)),
      m_loadingText(new QLabel(this)),
      m_error(new ErrorPanel(this)),
      m_contractWarning(new ErrorPanel(this)),
      m_countedAt(new QLabel(this)),
      m_citizens(new StatCard(tr("Citizens in the registry"), this)),
      m_withSignature(new StatCard(tr("Citizens with a signature"), this)),
      m_share(new StatCard(tr("Share of the province's population"), this)),
      m_certificates(new StatCard(tr("Certificates recorded on Hue-S"), this)),
      m_model(new ProviderOverviewModel(this)),
      m_sorted(new ProviderOverviewSortModel(this)),
      m_table(new QTableView(this))
{
    m_citizens->setObjectName(QStringLiteral("citizensCard"));
    m_withSignature->setObjectName(QStringLiteral("withSignatureCard"));
    m_share->setObjectName(QStringLiteral("shareCard"));
    m_certificates->setObjectName(QStringLiteral("certificatesCard"));
    m_countedAt->setObjectName(QStringLiteral("countedAt"));
    m_countedAt->setForegroundRole(QPalette::PlaceholderText);
    m_error->setObjectName(QStringLiteral("overviewError"));
    m_contractWarning->setObjectName(QStringLiteral("contractWarning"));
    m_contractWarning->hide();

    // No registry yet: say what to do next.
    m_noRegistry->setObjectName(QStringLiteral("noRegistryState"));
    m_noRegistry->setHeadline(tr("No registry is open — use File › Connect…"));
    m_noRegistry->setText(tr("Open the Hue-S issuance registry (a SQLite file or a PostgreSQL "
                             "server) to see certificates, requests and look-ups per provider."));
    m_noRegistry->setActionText(tr("Connect…"));
    connect(m_noRegistry, &EmptyStateWidget::actionTriggered, this, &OverviewPage::connectRequested);

    auto *loading = new QWidget(this);
    auto *busy = new QProgressBar(loading);
    busy->setRange(0, 0); // indeterminate: the database gives no progress for an aggregate
    busy->setMaximumWidth(240);
    busy->setTextVisible(false);
    m_loadingText->setAlignment(Qt::AlignHCenter);
    auto *loadingLayout = new QVBoxLayout(loading);
    loadingLayout->addStretch(2);
    loadingLayout->addWidget(m_loadingText);
    loadingLayout->addWidget(busy, 0, Qt::AlignHCenter);
    loadingLayout->addStretch(3);

    auto *errorPage = new QWidget(this);
    auto *errorLayout = new QVBoxLayout(errorPage);
    errorLayout->addWidget(m_error);
    errorLayout->addStretch();
    connect(m_error, &ErrorPanel::actionTriggered, this, [this] {
        if (m_retryOpens)
            Q_EMIT connectRequested();
        else
            refresh();
    });

    // The content: headline numbers, then the table.
    m_sorted->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("providerTable"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ProviderOverviewModel::Code, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionsMovable(false);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Legal names are long: the name takes the room the numbers leave (elided, full text in the
    // tooltip) so that the table never scrolls sideways at 1366×768.
    m_table->horizontalHeader()->setSectionResizeMode(ProviderOverviewModel::Name, QHeaderView::Stretch);

    auto *content = new QWidget(this);
    auto *cards = new QHBoxLayout;
    for (StatCard *card : {m_citizens, m_withSignature, m_share, m_certificates})
        cards->addWidget(card, 1);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(cards);
    contentLayout->addWidget(m_table, 1);
    contentLayout->addWidget(m_countedAt);

    m_stack->insertWidget(NoRegistryIndex, m_noRegistry);
    m_stack->insertWidget(LoadingIndex, loading);
    m_stack->insertWidget(ErrorIndex, errorPage);
    m_stack->insertWidget(ContentIndex, content);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Overview"), this));
    // The standard filter bar (period, district, provider...) comes with the pages that filter
    // records; six provider rows need none.
    layout->addWidget(m_contractWarning);
    layout->addWidget(m_stack, 1);

    connect(&m_session, &registry::RegistrySession::opening, this,
            [this](const registry::ConnectionSpec &spec) {
                m_contractWarning->hide();
                m_model->clear();
                showLoading(tr("Opening the registry %1…").arg(spec.displayName()));
            });
    connect(&m_session, &registry::RegistrySession::opened, this,
            [this](const registry::ConnectionSpec &, const registry::ContractReport &report) {
                showContract(report);
                refresh();
            });
    connect(&m_session, &registry::RegistrySession::openFailed, this,
            [this](const sw::Error &error) { showError(error, false); });
    connect(&m_session, &registry::RegistrySession::closed, this, &OverviewPage::showNoRegistry);
    connect(&m_session, &registry::RegistrySession::overviewReady, this, &OverviewPage::showOverview);
    connect(&m_session, &registry::RegistrySession::overviewFailed, this, [this](const sw::Error &error) {
        if (m_session.isOpen())
            showError(error, true);
    });

    if (m_session.isOpen())
        refresh();
    else
        showNoRegistry();
}

OverviewPage::View OverviewPage::view() const
{
    switch (m_stack->currentIndex()) {
    case LoadingIndex:
        return View::Loading;
    case ErrorIndex:
        return View::Error;
    case ContentIndex:
        return View::Content;
    default:
        return View::NoRegistry;
    }
}

void OverviewPage::refresh()
{
    if (!m_session.isOpen())
        return;
    showLoading(tr("Counting certificates, requests and look-ups in the registry…"));
    m_session.requestOverview();
}

void OverviewPage::showLoading(const QString &what)
{
    m_loadingText->setText(what);
    m_stack->setCurrentIndex(LoadingIndex);
}

void OverviewPage::showNoRegistry()
{
    m_contractWarning->hide();
    m_model->clear();
    m_stack->setCurrentIndex(NoRegistryIndex);
}

void OverviewPage::showError(const sw::Error &error, bool canRetry)
{
    m_retryOpens = !canRetry;
    m_error->setError(error);
    m_error->setActionText(canRetry ? tr("Try again") : tr("Connect…"));
    m_stack->setCurrentIndex(ErrorIndex);
}

void OverviewPage::showContract(const registry::ContractReport &report)
{
    if (report.ok()) {
        m_contractWarning->hide();
        return;
    }
    m_contractWarning->setError(
        sw::Error::make(tr("This registry does not follow the data contract: figures that need the missing "
                           "parts cannot be counted. Ask Hue-S for a complete export."),
                        report.problems().join(QLatin1Char('\n'))));
    m_contractWarning->show();
}

void OverviewPage::showOverview(const statistics::Overview &overview)
{
    const QLocale locale;
    m_model->setLocale(locale);
    m_model->setOverview(overview);

    m_citizens->setValue(LocaleFormat::count(overview.citizens, locale));
    m_withSignature->setValue(LocaleFormat::count(overview.citizensWithCertificate, locale));
    m_withSignature->setNote(tr("holding a certificate that is not revoked"));
    const double share
        = 100.0 * double(overview.citizensWithCertificate) / double(statistics::provincePopulation);
    m_share->setValue(LocaleFormat::percent(share, locale));
    m_share->setNote(tr("of %1 inhabitants (2023); the target is %2")
                         .arg(LocaleFormat::count(statistics::provincePopulation, locale),
                              LocaleFormat::percent(statistics::campaignTargetPercent, locale)));
    m_certificates->setValue(LocaleFormat::count(overview.totals.certificates, locale));
    m_certificates->setNote(tr("%1 active, %2 revoked")
                                .arg(LocaleFormat::count(overview.totals.activeCertificates, locale),
                                     LocaleFormat::count(overview.totals.revokedCertificates, locale)));
    m_countedAt->setText(tr("Counted in the registry at %1. Press F5 to count again.")
                             .arg(LocaleFormat::dateTime(QDateTime::currentDateTimeUtc(), locale)));

    if (!m_tableStateRestored)
        fitColumns();
    m_stack->setCurrentIndex(ContentIndex);
}

void OverviewPage::fitColumns()
{
    // resizeColumnToContents() reserves room for a sort arrow on every header; the numbers need
    // only their text and the arrow's width once, which leaves the legal names room to show.
    const QFontMetrics metrics(m_table->horizontalHeader()->font());
    const int arrow = m_table->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, m_table);
    for (int column = 0; column < ProviderOverviewModel::ColumnCount; ++column) {
        if (column == ProviderOverviewModel::Name)
            continue; // stretches
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        const int width = qMax(static_cast<QAbstractItemView *>(m_table)->sizeHintForColumn(column),
                               metrics.horizontalAdvance(header) + arrow + 8);
        m_table->setColumnWidth(column, width);
    }
}

QByteArray OverviewPage::tableState() const
{
    // Widths are only worth keeping once they were fitted to real numbers.
    if (!m_tableStateRestored && m_model->rowCount() == 0)
        return {};
    return m_table->horizontalHeader()->saveState();
}

void OverviewPage::restoreTableState(const QByteArray &state)
{
    if (!state.isEmpty() && m_table->horizontalHeader()->restoreState(state))
        m_tableStateRestored = true;
}

} // namespace sw::ui
