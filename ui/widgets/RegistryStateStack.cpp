#include "widgets/RegistryStateStack.h"

#include "widgets/EmptyStateWidget.h"
#include "widgets/ErrorPanel.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace sw::ui {

RegistryStateStack::RegistryStateStack(QWidget *parent)
    : QStackedWidget(parent),
      m_noRegistry(new EmptyStateWidget(this)),
      m_loading(new QWidget(this)),
      m_loadingText(new QLabel(m_loading)),
      m_errorState(new QWidget(this)),
      m_error(new ErrorPanel(m_errorState))
{
    auto *busy = new QProgressBar(m_loading);
    busy->setRange(0, 0);
    busy->setMaximumWidth(240);
    busy->setTextVisible(false);
    m_loadingText->setAlignment(Qt::AlignHCenter);
    auto *loadingLayout = new QVBoxLayout(m_loading);
    loadingLayout->addStretch(2);
    loadingLayout->addWidget(m_loadingText);
    loadingLayout->addWidget(busy, 0, Qt::AlignHCenter);
    loadingLayout->addStretch(3);

    auto *errorLayout = new QVBoxLayout(m_errorState);
    errorLayout->addWidget(m_error);
    errorLayout->addStretch();
    connect(m_error, &ErrorPanel::actionTriggered, this, &RegistryStateStack::retryRequested);

    addWidget(m_noRegistry);
    addWidget(m_loading);
    addWidget(m_errorState);
}

QString RegistryStateStack::loadingText() const
{
    return m_loadingText->text();
}

void RegistryStateStack::showNoRegistry()
{
    setCurrentWidget(m_noRegistry);
}

void RegistryStateStack::showLoading(const QString &what)
{
    m_loadingText->setText(what);
    setCurrentWidget(m_loading);
}

void RegistryStateStack::showError(const sw::Error &error, const QString &actionText)
{
    m_error->setError(error);
    m_error->setActionText(actionText);
    setCurrentWidget(m_errorState);
}

} // namespace sw::ui
