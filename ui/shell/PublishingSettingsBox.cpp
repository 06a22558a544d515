#include "shell/PublishingSettingsBox.h"

#include "connection/SecretStore.h"
#include "publishing/Publisher.h"
#include "settings/Settings.h"
#include "shell/CaseworkServices.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace sw::ui {

namespace {
const QString problemStyle = QStringLiteral("color: #b00020;");
} // namespace

PublishingSettingsBox::PublishingSettingsBox(settings::Settings &settings, connection::SecretStore &secrets,
                                             QWidget *parent)
    : QGroupBox(tr("Publishing"), parent),
      m_settings(settings),
      m_secrets(secrets),
      m_address(new QLineEdit(this)),
      m_addressProblem(new QLabel(this)),
      m_token(new QLineEdit(this)),
      m_tokenState(new QLabel(this)),
      m_keychain(new QLabel(this))
{
    setObjectName(QStringLiteral("publishingSettings"));
    m_address->setObjectName(QStringLiteral("portalAddressEdit"));
    m_address->setPlaceholderText(tr("https://… (empty: announcements are not sent to the portal)"));
    m_address->setToolTip(tr("The web address at which the Department's portal receives announcements"));
    m_address->setText(m_settings.publishingEndpoint());
    m_addressProblem->setObjectName(QStringLiteral("portalAddressProblem"));
    m_addressProblem->setWordWrap(true);
    m_addressProblem->setStyleSheet(problemStyle);
    m_addressProblem->hide();
    // The message goes as soon as the address is edited again.
    connect(m_address, &QLineEdit::textEdited, m_addressProblem, &QLabel::hide);

    m_token->setObjectName(QStringLiteral("portalTokenEdit"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("type a new token to replace the saved one"));
    m_token->setToolTip(tr("The access token the portal's administrators gave this Department; it is "
                           "kept in the system keychain, never in the settings file"));
    m_tokenState->setObjectName(QStringLiteral("portalTokenState"));
    m_tokenState->setWordWrap(true);

    m_keychain->setObjectName(QStringLiteral("keychainStatus"));
    m_keychain->setWordWrap(true);
    m_keychain->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *checkAgain = new QPushButton(tr("Check again"), this);
    checkAgain->setObjectName(QStringLiteral("checkKeychainButton"));
    checkAgain->setToolTip(tr("Ask the system keychain again whether it can be used"));
    connect(checkAgain, &QPushButton::clicked, this, &PublishingSettingsBox::checkKeychain);
    auto *keychainRow = new QHBoxLayout;
    keychainRow->addWidget(m_keychain, 1);
    keychainRow->addWidget(checkAgain, 0, Qt::AlignTop);

    auto *saveButton = new QPushButton(tr("Save"), this);
    saveButton->setObjectName(QStringLiteral("savePublishingButton"));
    saveButton->setToolTip(tr("Save the portal's address, and the token typed in the system keychain"));
    connect(saveButton, &QPushButton::clicked, this, [this] { (void)save(); });
    auto *removeButton = new QPushButton(tr("Remove the token"), this);
    removeButton->setObjectName(QStringLiteral("removePortalTokenButton"));
    removeButton->setToolTip(tr("Delete the portal's token from the system keychain"));
    connect(removeButton, &QPushButton::clicked, this, &PublishingSettingsBox::removeToken);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(saveButton);
    buttons->addWidget(removeButton);
    buttons->addStretch();

    auto *form = new QFormLayout(this);
    form->addRow(tr("Portal address:"), m_address);
    form->addRow(QString(), m_addressProblem);
    form->addRow(tr("Access token:"), m_token);
    form->addRow(QString(), m_tokenState);
    form->addRow(tr("System keychain:"), keychainRow);
    form->addRow(buttons);
    m_keychain->setText(tr("Not checked yet."));
}

void PublishingSettingsBox::showEvent(QShowEvent *event)
{
    QGroupBox::showEvent(event);
    if (!m_keychainChecked)
        checkKeychain();
}

void PublishingSettingsBox::checkKeychain()
{
    m_keychainChecked = true;
    // Reading the token tells both: "not found" is a keychain that works.
    const auto token = m_secrets.read(CaseworkServices::portalTokenKey());
    m_keychainAvailable = token.ok() || token.error().kind == Error::Kind::NotFound;
    if (m_keychainAvailable) {
        m_keychain->setText(tr("Available: passwords and the portal's token are kept there."));
        m_keychain->setStyleSheet(QString());
        m_keychain->setToolTip(QString());
        showTokenState(token.ok() ? tr("A token is saved in the system keychain.")
                                  : tr("No token is saved yet: publishing waits for one."),
                       false);
        return;
    }
    const Error &error = token.error();
    m_keychain->setText(error.detail.isEmpty() ? tr("Unavailable: %1").arg(error.message)
                                               : tr("Unavailable: %1 (%2)").arg(error.message, error.detail));
    m_keychain->setToolTip(tr("Without the keychain, passwords are asked at each connection and kept in "
                              "memory only, and no token can be saved for the portal."));
    m_keychain->setStyleSheet(problemStyle);
    showTokenState(tr("The token cannot be saved while the keychain is unavailable."), true);
}

bool PublishingSettingsBox::save()
{
    const QString address = m_address->text().trimmed();
    if (address.isEmpty()) {
        m_settings.setPublishingEndpoint(QString());
    } else {
        const auto checked = publishing::Publisher::checkEndpoint(address);
        if (!checked) {
            showAddressProblem(checked.error().message);
            return false;
        }
        m_settings.setPublishingEndpoint(checked->toString());
        m_address->setText(checked->toString());
    }
    m_addressProblem->hide();
    m_settings.sync();

    bool ok = true;
    const QString token = m_token->text().trimmed();
    if (!token.isEmpty()) {
        if (auto written = m_secrets.write(CaseworkServices::portalTokenKey(), token); !written) {
            showTokenState(tr("The token was not saved: %1").arg(written.error().fullText()), true);
            ok = false;
        } else {
            m_token->clear();
            m_keychainAvailable = true;
            showTokenState(tr("A token is saved in the system keychain."), false);
        }
    }
    Q_EMIT saved();
    return ok;
}

void PublishingSettingsBox::removeToken()
{
    if (auto removed = m_secrets.remove(CaseworkServices::portalTokenKey()); !removed) {
        showTokenState(tr("The token was not removed: %1").arg(removed.error().fullText()), true);
        return;
    }
    m_token->clear();
    showTokenState(tr("No token is saved yet: publishing waits for one."), false);
    Q_EMIT saved();
}

void PublishingSettingsBox::showAddressProblem(const QString &problem)
{
    m_addressProblem->setText(problem);
    m_addressProblem->show();
    m_address->setFocus();
}

void PublishingSettingsBox::showTokenState(const QString &text, bool problem)
{
    m_tokenState->setText(text);
    m_tokenState->setStyleSheet(problem ? problemStyle : QString());
}

} // namespace sw::ui
