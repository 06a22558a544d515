#include "shell/CasebookUnavailablePage.h"

#include "widgets/ErrorPanel.h"
#include "widgets/PageHeader.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace sw::ui {

CasebookUnavailablePage::CasebookUnavailablePage(const QString &title, QWidget *parent)
    : QWidget(parent),
      m_panel(new ErrorPanel(this)),
      m_settings(new QPushButton(tr("Casebook settings…"), this))
{
    m_panel->setObjectName(QStringLiteral("casebookUnavailablePanel"));
    m_settings->setObjectName(QStringLiteral("casebookSettingsButton"));
    m_settings->setToolTip(tr("Check where the casebook is kept and your login (Settings)"));
    connect(m_panel, &ErrorPanel::actionTriggered, this, &CasebookUnavailablePage::retryRequested);
    connect(m_settings, &QPushButton::clicked, this, &CasebookUnavailablePage::settingsRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_settings);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(title, this));
    layout->addWidget(m_panel);
    layout->addLayout(buttons);
    layout->addStretch(1);
}

void CasebookUnavailablePage::showConnecting(const QString &casebook)
{
    m_panel->setInformation(tr("Connecting to the casebook %1…").arg(casebook));
    m_panel->setActionText({});
}

void CasebookUnavailablePage::showUnavailable(const sw::Error &error)
{
    QString message = error.message;
    message += QStringLiteral("\n\n")
        + tr("Complaints, cases, minutes and announcements are kept in the casebook: they cannot be shown "
             "or changed until it can be reached, and nothing is written anywhere else meanwhile. The "
             "overview, findings, citizen look-up and reports keep working on the registry.");
    message += QStringLiteral("\n\n")
        + tr("What to do: check the network connection and that the casebook server is running (ask "
             "the administrator), check the casebook and your login under Settings, then press Try again.");
    m_panel->setError(sw::Error::make(message, error.detail, error.kind));
    m_panel->setActionText(tr("Try again"));
}

QString CasebookUnavailablePage::message() const
{
    return m_panel->message();
}

} // namespace sw::ui
