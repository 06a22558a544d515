#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace sw::registry {
class RegistrySession;
}

namespace sw::ui {

// The status bar's part about the registry: which one is open (engine, name, read-only), whether
// its connection is encrypted and to whom (read from the live connection when it was opened), an
// attempt to open another one with its Cancel button, and a lost connection.
class RegistryStatus : public QWidget
{
    Q_OBJECT
public:
    explicit RegistryStatus(registry::RegistrySession &session, QWidget *parent = nullptr);

    // The window's title for the open registry.
    QString windowTitle() const;

Q_SIGNALS:
    void changed();

private:
    void update();

    registry::RegistrySession &m_session;
    QString m_lostConnection; // why the connection is down, empty while it works
    QLabel *m_registry;
    QLabel *m_security;
    QProgressBar *m_busy;
    QToolButton *m_cancel;
};

} // namespace sw::ui
