#pragma once

#include "findings/LiveNotifier.h"

#include <QIcon>
#include <QObject>

class QSystemTrayIcon;

namespace sw::ui {

// Desktop notifications through the system tray: the icon appears with the first message and a
// click on the message runs that message's action.
class TrayNotifier : public QObject, public LiveNotifier
{
    Q_OBJECT
public:
    explicit TrayNotifier(const QIcon &icon, QObject *parent = nullptr);
    ~TrayNotifier() override;

    // Whether the desktop shows a tray at all (none on the offscreen platform).
    static bool isAvailable();

    void notify(const QString &title, const QString &message, std::function<void()> clicked) override;

private:
    QSystemTrayIcon *m_tray;
    std::function<void()> m_clicked;
};

} // namespace sw::ui
