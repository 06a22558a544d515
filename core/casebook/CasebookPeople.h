#pragma once

#include "util/Result.h"

#include <QHash>
#include <QString>

namespace sw::casebook {

class Casebook;

// Who the people behind the audit log's entries are, for reading. An entry records an account:
// on the shared casebook the PostgreSQL login of the session, on a desk's file the operating-system
// user. Their names come from where the Department keeps them: the comment the administrator gives
// each login (COMMENT ON ROLE nguyenvana IS 'Nguyễn Văn A'), the full name of a local account. An
// account without one is shown as it is recorded.
class CasebookPeople
{
public:
    CasebookPeople() = default;
    // The names of `casebook`'s people: the logins' comments on the shared casebook's server; on a
    // desk's file the names of this computer's accounts, looked up as they are asked for.
    static Result<CasebookPeople> read(const Casebook &casebook);
    // For tests and files moved in: the names given.
    static CasebookPeople withNames(const QHash<QString, QString> &names);

    // "Nguyễn Văn A (nguyenvana)"; the account alone when it has no name.
    QString displayName(const QString &account) const;
    // The name alone, or an empty string.
    QString nameOf(const QString &account) const;

private:
    QHash<QString, QString> m_names;
    bool m_localAccounts = false; // a desk's file: ask the operating system
};

} // namespace sw::casebook
