#include "shell/SettingsPage.h"

#include "connection/ConnectionProfile.h"
#include "settings/Language.h"
#include "settings/ProfileStore.h"
#include "settings/Settings.h"
#include "shell/CasebookSettingsBox.h"
#include "shell/IssuingBodiesBox.h"
#include "shell/PublishingSettingsBox.h"
#include "shell/SigningSettingsBox.h"
#include "shell/ThresholdsBox.h"
#include "widgets/PageHeader.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace sw::ui {

SettingsPage::SettingsPage(settings::Settings &settings, settings::ProfileStore &profiles,
                           connection::SecretStore &secrets, QWidget *parent)
    : QWidget(parent),
      m_settings(settings),
      m_profiles(profiles),
      m_language(new QComboBox(this)),
      m_languageNote(new QLabel(this)),
      m_profileList(new QListWidget(this)),
      m_liveInterval(new QSpinBox(this)),
      m_casebook(new CasebookSettingsBox(settings, secrets, this)),
      m_issuingBodies(new IssuingBodiesBox(this)),
      m_signing(new SigningSettingsBox(settings, this)),
      m_publishing(new PublishingSettingsBox(settings, secrets, this)),
      m_thresholds(new ThresholdsBox(settings, this))
{
    // Language: applies at the next start, so that every page, menu and Qt's own dialogs switch
    // together.
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setToolTip(tr("The language of the interface and of the documents"));
    for (const QString &code : settings::availableLanguages())
        m_language->addItem(settings::languageDisplayName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings.language())));
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setWordWrap(true);
    m_languageNote->setText(tr("The new language applies when SignWatch is started again."));
    m_languageNote->hide();
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::languageChosen);

    auto *languageBox = new QGroupBox(tr("Language"), this);
    auto *languageLayout = new QFormLayout(languageBox);
    languageLayout->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    languageLayout->addRow(tr("Interface language:"), m_language);
    languageLayout->addRow(m_languageNote);

    // The findings page's live watch: how often it checks the registry (read when it is turned on).
    m_liveInterval->setObjectName(QStringLiteral("liveIntervalSpin"));
    m_liveInterval->setRange(1, 3600);
    m_liveInterval->setSuffix(tr(" s"));
    m_liveInterval->setToolTip(tr("How often the live watch of the findings page checks the registry for "
                                  "changes; it applies the next time the watch is turned on"));
    {
        const QSignalBlocker blocker(m_liveInterval);
        m_liveInterval->setValue(
            int(std::clamp<qint64>((m_settings.liveWatchInterval().count() + 500) / 1000, 1, 3600)));
    }
    connect(m_liveInterval, &QSpinBox::valueChanged, this,
            [this](int seconds) { m_settings.setLiveWatchInterval(std::chrono::seconds(seconds)); });
    auto *liveBox = new QGroupBox(tr("Live watch"), this);
    auto *liveLayout = new QFormLayout(liveBox);
    liveLayout->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    liveLayout->addRow(tr("Check the registry every:"), m_liveInterval);

    m_profileList->setObjectName(QStringLiteral("settingsProfileList"));
    m_profileList->setSelectionMode(QAbstractItemView::NoSelection);
    m_profileList->setFocusPolicy(Qt::NoFocus);
    m_profileList->setMaximumHeight(220);
    auto *manage = new QPushButton(tr("Manage connections…"), this);
    manage->setObjectName(QStringLiteral("manageConnectionsButton"));
    manage->setToolTip(tr("Add, change or delete saved connections"));
    connect(manage, &QPushButton::clicked, this, &SettingsPage::manageConnectionsRequested);
    auto *profilesBox = new QGroupBox(tr("Saved connections"), this);
    auto *profilesLayout = new QVBoxLayout(profilesBox);
    auto *profilesHint = new QLabel(
        tr("Passwords are kept in the system keychain, never in the settings file."), profilesBox);
    profilesHint->setWordWrap(true);
    profilesHint->setForegroundRole(QPalette::PlaceholderText);
    profilesLayout->addWidget(m_profileList, 1);
    profilesLayout->addWidget(profilesHint);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(manage);
    buttons->addStretch();
    profilesLayout->addLayout(buttons);

    connect(m_casebook, &CasebookSettingsBox::casebookChosen, this, &SettingsPage::casebookChosen);
    connect(m_publishing, &PublishingSettingsBox::saved, this, &SettingsPage::publishingChanged);
    connect(m_thresholds, &ThresholdsBox::thresholdsChanged, this, &SettingsPage::thresholdsChanged);

    // The groups scroll under the title: the casebook's TLS settings make the page taller than a
    // laptop's screen.
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(languageBox);
    contentLayout->addWidget(liveBox);
    contentLayout->addWidget(m_thresholds);
    contentLayout->addWidget(m_casebook);
    contentLayout->addWidget(m_issuingBodies);
    contentLayout->addWidget(m_signing);
    contentLayout->addWidget(m_publishing);
    contentLayout->addWidget(profilesBox);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Settings"), this));
    layout->addWidget(scroll, 1);

    reloadProfiles();
}

void SettingsPage::languageChosen(int index)
{
    const QString code = m_language->itemData(index).toString();
    if (code.isEmpty())
        return;
    m_settings.setLanguage(code);
    m_languageNote->show();
}

void SettingsPage::reloadProfiles()
{
    m_profileList->clear();
    const auto profiles = m_profiles.profiles();
    for (const connection::ConnectionProfile &profile : profiles) {
        m_profileList->addItem(
            QStringLiteral("%1 — %2 · %3")
                .arg(profile.name, connection::engineName(profile.spec.engine), profile.spec.toUrl()));
    }
    if (profiles.isEmpty())
        m_profileList->addItem(tr("No saved connections yet."));
}

} // namespace sw::ui
