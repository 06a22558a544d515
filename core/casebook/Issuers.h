#pragma once

#include "casebook/CasebookMigrations.h"
#include "documents/IssuingPeriods.h"
#include "util/Result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace sw::casebook {

class Casebook;

// The issuing bodies by period kept in the casebook (table issuing_bodies), so that every desk of a
// shared casebook issues under the same body (spec/organisation.md). Seeded with the built-in
// periods (documents::IssuingPeriods::builtIn); a signatory adds the next period when the body
// changes, without a new release. Periods are never edited or deleted: a signed document names
// the body of its day, and numbering runs per body code (CaseDocuments).
class Issuers
{
public:
    explicit Issuers(Casebook &casebook);

    Result<documents::IssuingPeriods> periods() const;
    // The period in force on `date` (a province's calendar day).
    Result<documents::IssuerInForce> inForce(QDate date) const;
    // Appends the next period (audited "issuer.add"; the signatory's). Refused when a field is
    // missing, the code holds anything but letters and digits, the date is not after the last
    // period's, or a document was already signed on or after that date (it would now fall under
    // another body than the one it names).
    Result<documents::IssuingPeriod> add(const documents::IssuingPeriod &period);
    // Records the address of the period starting on `from` (audited "issuer.address"; a
    // signatory's, as adding a period is). The only change a period allows: the built-in periods
    // come without one, and a body may move. Signed documents keep the address they were signed with.
    Result<documents::IssuingPeriod> setAddress(QDate from, const QString &address);

    // For tests on SQLite: who acts (default the operating-system user).
    void setActor(const QString &actor) { m_actor = actor; }

    // The periods as `db` holds them (inside a transaction too).
    static Result<documents::IssuingPeriods> readIn(const QSqlDatabase &db);

private:
    Casebook &m_casebook;
    QString m_actor;
};

// The schema step that creates issuing_bodies with the built-in periods and records each
// document's body code (case_documents.body_code; signed documents backfilled from their draft's
// issuer), numbering per body, kind and year.
Migration issuersMigration(int version);
// The schema step that gives issuing_bodies an address (empty until recorded) and lets only that
// column change.
Migration issuerAddressMigration(int version);

} // namespace sw::casebook
