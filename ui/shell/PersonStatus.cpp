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
    const casebook::CasebookPeople &people = m_shared ? m_people : none;
    // The casebook's label names its person; the same login on the registry is not said twice.
    const bool shown = !m_registryAccount.isEmpty() && m_registryAccount != m_casebookAccount;
    const QString name = people.nameOf(m_registryAccount);
    setText(shown ? tr("Registry user: %1").arg(name.isEmpty() ? m_registryAccount : name) : QString());
    setToolTip(shown ? tr("Registry: signed in as %1").arg(people.displayName(m_registryAccount))
                     : QString());
    setVisible(shown);
}

} // namespace sw::ui
