#include "shell/TrayNotifier.h"

#include <QSystemTrayIcon>

namespace sw::ui {

TrayNotifier::TrayNotifier(const QIcon &icon, QObject *parent)
    : QObject(parent), m_tray(new QSystemTrayIcon(icon, this))
{
    m_tray->setToolTip(tr("SignWatch"));
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_clicked)
            m_clicked();
    });
    // A click on the icon itself brings the console forward as the last message would.
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger && m_clicked)
            m_clicked();
    });
}

TrayNotifier::~TrayNotifier() = default;

bool TrayNotifier::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayNotifier::notify(const QString &title, const QString &message, std::function<void()> clicked)
{
    m_clicked = std::move(clicked);
    if (!m_tray->isVisible())
        m_tray->show();
    m_tray->showMessage(title, message, QSystemTrayIcon::Information, 10000);
}

} // namespace sw::ui
