#pragma once

#include "casebook/CasebookPeople.h"

#include <QLabel>

namespace sw::ui {

// The status bar's word on who is signed in: the casebook's account (the server's login on the
// shared casebook, the operating-system user on a desk's file) and the registry's login when it is
// another one, each by the person's name where the casebook knows it (CasebookPeople: the logins'
// comments on the shared casebook's server, the local accounts' full names). The tool tip gives
// the names with their accounts.
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
