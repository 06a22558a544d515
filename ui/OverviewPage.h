#pragma once

#include "util/Result.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;

namespace sw::registry {
class RegistrySession;
struct ContractReport;
} // namespace sw::registry
namespace sw::statistics {
struct Overview;
}

namespace sw::ui {

class EmptyStateWidget;
class ErrorPanel;
class ProviderOverviewModel;
class ProviderOverviewSortModel;
class StatCard;

// "Tổng quan": headline numbers and certificates, requests and look-ups per provider, counted
// in the open registry by the session's worker.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    enum class View { NoRegistry, Loading, Error, Content };

    explicit OverviewPage(registry::RegistrySession &session, QWidget *parent = nullptr);

    View view() const;
    ProviderOverviewModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    // Column widths and sort order, for the settings.
    QByteArray tableState() const;
    void restoreTableState(const QByteArray &state);

public Q_SLOTS:
    // Counts again (F5). Does nothing without an open registry.
    void refresh();

Q_SIGNALS:
    // The user asked to open a registry from the empty or error state.
    void connectRequested();

private:
    void showLoading(const QString &what);
    void showOverview(const statistics::Overview &overview);
    void showError(const sw::Error &error, bool canRetry);
    void showContract(const registry::ContractReport &report);
    void showNoRegistry();
    void fitColumns();

    registry::RegistrySession &m_session;
    QStackedWidget *m_stack;
    EmptyStateWidget *m_noRegistry;
    QLabel *m_loadingText;
    ErrorPanel *m_error;
    ErrorPanel *m_contractWarning;
    QLabel *m_countedAt;
    StatCard *m_citizens;
    StatCard *m_withSignature;
    StatCard *m_share;
    StatCard *m_certificates;
    ProviderOverviewModel *m_model;
    ProviderOverviewSortModel *m_sorted;
    QTableView *m_table;
    bool m_tableStateRestored = false;
    bool m_retryOpens = false; // the error came from opening, not counting
};

} // namespace sw::ui
