#include "shell/RegistryStatus.h"

#include "registry/RegistrySession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace sw::ui {

RegistryStatus::RegistryStatus(registry::RegistrySession &session, QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_registry(new QLabel(this)),
      m_security(new QLabel(this)),
      m_busy(new QProgressBar(this)),
      m_cancel(new QToolButton(this))
{
    m_registry->setObjectName(QStringLiteral("registryStatus"));
    m_security->setObjectName(QStringLiteral("registrySecurity"));
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(14);
    m_busy->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("cancelOpenButton"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop opening the registry"));
    connect(m_cancel, &QToolButton::clicked, &m_session, &registry::RegistrySession::cancelOpen);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_registry);
    layout->addWidget(m_security);
    layout->addWidget(m_busy);
    layout->addWidget(m_cancel);

    using Session = registry::RegistrySession;
    connect(&m_session, &Session::opening, this, &RegistryStatus::update);
    connect(&m_session, &Session::opened, this, [this] {
        m_lostConnection.clear();
        update();
    });
    connect(&m_session, &Session::openFailed, this, &RegistryStatus::update);
    connect(&m_session, &Session::closed, this, [this] {
        m_lostConnection.clear();
        update();
    });
    connect(&m_session, &Session::connectionLost, this, [this](const sw::Error &error) {
        m_lostConnection = error.message;
        update();
    });
    connect(&m_session, &Session::connectionRestored, this, [this] {
        m_lostConnection.clear();
        update();
    });
    update();
}

QString RegistryStatus::windowTitle() const
{
    const auto spec = m_session.spec();
    return spec ? tr("%1 — SignWatch").arg(spec->displayName()) : tr("SignWatch");
}

void RegistryStatus::update()
{
    using State = registry::RegistrySession::State;
    const auto spec = m_session.spec();
    const auto pending = m_session.pendingSpec();
    const State state = m_session.state();
    m_busy->setVisible(pending.has_value());
    m_cancel->setVisible(pending.has_value());

    if (!spec) {
        m_registry->setText(tr("No registry open"));
        m_registry->setToolTip(tr("Use File › Connect… to open a registry"));
        m_security->hide();
        Q_EMIT changed();
        return;
    }
    const QString what = connection::engineName(spec->engine) + QStringLiteral(" · ") + spec->displayName();
    QString text;
    if (state == State::Opening)
        text = tr("Opening %1…").arg(what);
    else if (!m_lostConnection.isEmpty())
        text = tr("%1 · connection lost").arg(what);
    else
        text = tr("%1 · read-only").arg(what);
    if (state == State::Open && pending)
        text += QStringLiteral(" — ") + tr("connecting to %1…").arg(pending->displayName());
    m_registry->setText(text);
    m_registry->setToolTip(m_lostConnection.isEmpty() ? spec->toUrl() : m_lostConnection);

    // A server's connection says whether it is encrypted and to whom; a file has nothing to say.
    const connection::ConnectionSecurity security = m_session.security();
    m_security->setVisible(state == State::Open && security.network);
    m_security->setText(security.summary());
    m_security->setToolTip(security.details());
    // Not encrypted, or encrypted to a server nobody checked: say it in the warning colour.
    m_security->setStyleSheet(security.serverVerified() ? QString() : QStringLiteral("color: #b35c00;"));
    Q_EMIT changed();
}

} // namespace sw::ui
