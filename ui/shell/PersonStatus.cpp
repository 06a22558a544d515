#include "shell/PersonStatus.h"

namespace sw::ui {

PersonStatus::PersonStatus(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("personStatus"));
    refresh();
}

void PersonStatus::setCasebook(const QString &account, const casebook::CasebookPeople &people, bool shared)
{
    m_casebookAccount = account;
    m_people = people;
    m_shared = shared;
    refresh();
}

void PersonStatus::clearCasebook()
{
    m_casebookAccount.clear();
    m_people = {};
    m_shared = false;
    refresh();
}

void PersonStatus::setRegistryUser(const QString &account)
{
    m_registryAccount = account;
    refresh();
}

void PersonStatus::refresh()
{
    // A desk's file knows the computer's accounts only: a registry login is no such account.
    const casebook::CasebookPeople none;
    const casebook::CasebookPeople &registryPeople = m_shared ? m_people : none;
    const auto named = [](const casebook::CasebookPeople &people, const QString &account) {
        const QString name = people.nameOf(account);
        return name.isEmpty() ? account : name;
    };
    const bool registryApart = !m_registryAccount.isEmpty() && m_registryAccount != m_casebookAccount;
    QString text;
    QStringList tip;
    if (!m_casebookAccount.isEmpty()) {
        text = tr("Signed in: %1").arg(named(m_people, m_casebookAccount));
        tip << tr("Casebook: signed in as %1").arg(m_people.displayName(m_casebookAccount));
        if (registryApart)
            text += QStringLiteral(" · ") + tr("registry: %1").arg(named(registryPeople, m_registryAccount));
    } else if (registryApart) {
        text = tr("Registry user: %1").arg(named(registryPeople, m_registryAccount));
    }
    if (!m_registryAccount.isEmpty())
        tip << tr("Registry: signed in as %1").arg(registryPeople.displayName(m_registryAccount));
    setText(text);
    setToolTip(tip.join(QLatin1Char('\n')));
    setVisible(!text.isEmpty());
}

} // namespace sw::ui
