#pragma once

#include "casebook/CasebookPeople.h"

#include <QLabel>

namespace sw::ui {

// The status bar's word on who is signed in to the registry, beside the casebook's label that
// names the casebook's person: the registry's login, by the person's name where the shared
// casebook knows it (CasebookPeople: the Department's logins' comments), shown only when it is
// another login than the casebook's. The tool tip gives the name with the login.
class PersonStatus : public QLabel
{
    Q_OBJECT
public:
    explicit PersonStatus(QWidget *parent = nullptr);

    // The casebook open and its signed-in account; `shared` when `people` are the server's logins
    // (then they name the registry's login too, the Department's logins being one list).
    void setCasebook(const QString &account, const casebook::CasebookPeople &people, bool shared);
    void clearCasebook();
    // The registry's login; empty for a file, which nobody signs in to.
    void setRegistryUser(const QString &account);

private:
    void refresh();

    QString m_casebookAccount;
    QString m_registryAccount;
    casebook::CasebookPeople m_people;
    bool m_shared = false;
};

} // namespace sw::ui
