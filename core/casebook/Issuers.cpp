#include "casebook/Issuers.h"

#include "casebook/Casebook.h"
#include "casebook/CasebookServer.h"
#include "casebook/CaseworkSupport.h"
#include "documents/DocumentWording.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlQuery>

#include <algorithm>

Q_LOGGING_CATEGORY(lcIssuers, "signwatch.casebook.issuers")

namespace sw::casebook {

using namespace detail;
using documents::IssuingPeriod;
using documents::IssuingPeriods;

namespace {
struct Casework
{
    Q_DECLARE_TR_FUNCTIONS(Casework)
};

bool onPostgres(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

QJsonObject periodJson(const IssuingPeriod &period)
{
    QJsonObject object = documents::toJson(period.issuer);
    object.insert(QLatin1String("from"), period.from.toString(Qt::ISODate));
    return object;
}

Result<void> exec(QSqlDatabase &tx, const QString &statement)
{
    QSqlQuery q(tx);
    if (!q.exec(statement))
        return sqlFailure(Casework::tr("Could not update the casebook's schema."), q);
    return {};
}

// Signed documents are frozen by triggers: the backfill of their body code (a column they did not
// have, derived from what they were signed with) lifts the freeze for this statement only, inside
// the migration's transaction.
Result<void> backfillBodyCodes(QSqlDatabase &tx)
{
    QSqlQuery read(tx);
    if (!read.exec(QStringLiteral("SELECT id, draft_json FROM case_documents WHERE state = 'signed'")))
        return sqlFailure(Casework::tr("Could not read the signed documents."), read);
    QList<QPair<qint64, QString>> codes;
    while (read.next()) {
        const QJsonObject draft = QJsonDocument::fromJson(read.value(1).toString().toUtf8()).object();
        codes.append({read.value(0).toLongLong(),
                      documents::issuerFromJson(draft.value(QLatin1String("issuer")).toObject()).bodyCode});
    }
    read.finish();
    if (codes.isEmpty())
        return {};
    const bool pg = onPostgres(tx);
    const QString unfreeze = pg ? QStringLiteral("ALTER TABLE case_documents DISABLE TRIGGER USER")
                                : QStringLiteral("DROP TRIGGER IF EXISTS case_documents_signed_no_update");
    const QString freeze = pg
        ? QStringLiteral("ALTER TABLE case_documents ENABLE TRIGGER USER")
        : QStringLiteral("CREATE TRIGGER case_documents_signed_no_update BEFORE UPDATE ON "
                         "case_documents WHEN OLD.state = 'signed' "
                         "BEGIN SELECT RAISE(ABORT, 'a signed document is frozen'); END");
    if (auto done = exec(tx, unfreeze); !done)
        return done;
    for (const auto &[id, code] : std::as_const(codes)) {
        QSqlQuery set(tx);
        set.prepare(QStringLiteral("UPDATE case_documents SET body_code = ? WHERE id = ?"));
        set.addBindValue(code);
        set.addBindValue(id);
        if (!set.exec())
            return sqlFailure(Casework::tr("Could not record the signed documents' issuing body."), set);
    }
    return exec(tx, freeze);
}

QString seedStatement(const IssuingPeriod &p)
{
    auto quoted = [](QString text) {
        return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
    };
    return QStringLiteral(
               "INSERT INTO issuing_bodies (from_date, parent_body, body, body_code, body_in_text, "
               "place) VALUES (%1, %2, %3, %4, %5, %6)")
        .arg(quoted(p.from.toString(Qt::ISODate)), quoted(p.issuer.parentBody), quoted(p.issuer.body),
             quoted(p.issuer.bodyCode), quoted(p.issuer.bodyInText), quoted(p.issuer.place));
}
} // namespace

Migration issuersMigration(int version)
{
    QStringList portable {
        QStringLiteral("CREATE TABLE issuing_bodies ("
                       "from_date TEXT PRIMARY KEY, " // YYYY-MM-DD, the first day in force
                       "parent_body TEXT NOT NULL, "
                       "body TEXT NOT NULL, "
                       "body_code TEXT NOT NULL, "
                       "body_in_text TEXT NOT NULL, "
                       "place TEXT NOT NULL)"),
        // The body a signed document was issued by; NULL for a draft (it takes the body in
        // force on the day it is signed).
        QStringLiteral("ALTER TABLE case_documents ADD COLUMN body_code TEXT NULL"),
        // Numbers run per body, kind and year: a new body starts again at 01.
        QStringLiteral("DROP INDEX case_documents_number_idx"),
        QStringLiteral("CREATE UNIQUE INDEX case_documents_number_idx ON case_documents "
                       "(body_code, kind, year, number)"),
    };
    const IssuingPeriods seed = IssuingPeriods::builtIn();
    for (const IssuingPeriod &p : seed.periods())
        portable << seedStatement(p);
    Migration step {version,
                    "issuing bodies by period; numbers per body, kind and year",
                    portable,
                    {QStringLiteral("CREATE TRIGGER issuing_bodies_no_update BEFORE UPDATE ON issuing_bodies "
                                    "BEGIN SELECT RAISE(ABORT, 'issuing bodies are never changed'); END"),
                     QStringLiteral("CREATE TRIGGER issuing_bodies_no_delete BEFORE DELETE ON issuing_bodies "
                                    "BEGIN SELECT RAISE(ABORT, 'issuing bodies are never changed'); END")},
                    backfillBodyCodes};
    step.postgresOnly = server::issuerChecks();
    return step;
}

Migration issuerAddressMigration(int version)
{
    // The body's seat is where minutes are drawn up (spec/documents.md). Periods stay unchanged but
    // for their address, which is recorded later (the built-in ones have none) and may be
    // corrected: a signed document keeps the address it was signed with, in its draft.
    Migration step {
        version,
        "issuing bodies carry their address",
        {QStringLiteral("ALTER TABLE issuing_bodies ADD COLUMN address TEXT NOT NULL DEFAULT ''")},
        {QStringLiteral("DROP TRIGGER IF EXISTS issuing_bodies_no_update"),
         QStringLiteral("CREATE TRIGGER issuing_bodies_no_update BEFORE UPDATE ON issuing_bodies "
                        "WHEN NEW.from_date IS NOT OLD.from_date OR NEW.parent_body IS NOT OLD.parent_body "
                        "OR NEW.body IS NOT OLD.body OR NEW.body_code IS NOT OLD.body_code "
                        "OR NEW.body_in_text IS NOT OLD.body_in_text OR NEW.place IS NOT OLD.place "
                        "BEGIN SELECT RAISE(ABORT, 'issuing bodies are never changed'); END")}};
    // The action table again: it gained "issuer.address".
    step.postgresOnly
        = {server::actionRolesStatement(),
           QStringLiteral(
               "CREATE OR REPLACE FUNCTION signwatch_check_issuer() RETURNS trigger LANGUAGE plpgsql AS $$ "
               "BEGIN "
               "IF TG_OP = 'INSERT' THEN PERFORM signwatch_require(signwatch_action_role('issuer.add'), "
               "'issuer.add'); RETURN NEW; END IF; "
               "IF TG_OP = 'UPDATE' AND (NEW.from_date, NEW.parent_body, NEW.body, NEW.body_code, "
               "NEW.body_in_text, NEW.place) IS NOT DISTINCT FROM (OLD.from_date, OLD.parent_body, OLD.body, "
               "OLD.body_code, OLD.body_in_text, OLD.place) THEN "
               "PERFORM signwatch_require(signwatch_action_role('issuer.address'), 'issuer.address'); RETURN "
               "NEW; "
               "END IF; "
               "RAISE EXCEPTION 'issuing bodies are never changed' USING ERRCODE = '42501'; END $$")};
    return step;
}

Issuers::Issuers(Casebook &casebook) : m_casebook(casebook) { }

Result<IssuingPeriods> Issuers::readIn(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT from_date, parent_body, body, body_code, body_in_text, place, address "
                               "FROM issuing_bodies ORDER BY from_date")))
        return sqlFailure(Casework::tr("Could not read the issuing bodies."), q);
    QList<IssuingPeriod> periods;
    while (q.next())
        periods.append({QDate::fromString(q.value(0).toString(), Qt::ISODate),
                        {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).toString(), q.value(5).toString(), q.value(6).toString()}});
    return IssuingPeriods(periods);
}

Result<IssuingPeriods> Issuers::periods() const
{
    return readIn(m_casebook.database());
}

Result<documents::IssuerInForce> Issuers::inForce(QDate date) const
{
    auto all = periods();
    if (!all)
        return all.error();
    return all->inForce(date);
}

Result<IssuingPeriod> Issuers::add(const IssuingPeriod &period)
{
    static const QString action = QStringLiteral("issuer.add");
    if (!m_casebook.roles().allows(action))
        return Error::make(Casework::tr("Only a signatory adds an issuing body: your login does not hold "
                                        "that role in this casebook."),
                           {}, Error::Kind::AccessDenied);
    IssuingPeriod clean = period;
    for (QString *field : {&clean.issuer.parentBody, &clean.issuer.body, &clean.issuer.bodyCode,
                           &clean.issuer.bodyInText, &clean.issuer.place, &clean.issuer.address})
        *field = field->trimmed();
    const Stamp st = stamp(m_casebook, m_actor);
    auto written = m_casebook.write([&](QSqlDatabase &tx) -> Result<void> {
        auto existing = readIn(tx);
        if (!existing)
            return existing.error();
        if (const QString problem = existing->problemWithNext(clean); !problem.isEmpty())
            return invalid(problem);
        // A document already issued keeps its body: a period may not start on or before the day
        // of the latest signed document (its date, the province's day it was signed).
        QSqlQuery latest(tx);
        if (!latest.exec(QStringLiteral("SELECT MAX(signed_at) FROM case_documents WHERE state = 'signed'")))
            return sqlFailure(Casework::tr("Could not read the signed documents."), latest);
        if (latest.next() && !latest.value(0).isNull()) {
            const QDate lastSigned = documents::provinceTime(timeFromText(latest.value(0).toString())).date();
            if (clean.from <= lastSigned)
                return invalid(
                    Casework::tr("A document was already signed on %1 under the body then in force: a period "
                                 "starting on %2 would put it under another body than the one it names. "
                                 "Choose a date after %1.")
                        .arg(documents::periodDate(lastSigned), documents::periodDate(clean.from)));
        }
        latest.finish();
        QSqlQuery insert(tx);
        insert.prepare(QStringLiteral("INSERT INTO issuing_bodies (from_date, parent_body, body, body_code, "
                                      "body_in_text, place, address) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        insert.addBindValue(clean.from.toString(Qt::ISODate));
        insert.addBindValue(clean.issuer.parentBody);
        insert.addBindValue(clean.issuer.body);
        insert.addBindValue(clean.issuer.bodyCode);
        insert.addBindValue(clean.issuer.bodyInText);
        insert.addBindValue(clean.issuer.place);
        insert.addBindValue(clean.issuer.address);
        if (!insert.exec())
            return sqlFailure(Casework::tr("Could not add the issuing body."), insert);
        return appendAudit(
            tx, st,
            {action,
             QStringLiteral("issuer"),
             clean.from.toString(Qt::ISODate),
             Casework::tr("Documents signed from %1 are issued by %2 (%3).")
                 .arg(documents::periodDate(clean.from), clean.issuer.bodyInText, clean.issuer.bodyCode),
             {},
             compact(periodJson(clean))});
    });
    if (!written)
        return written.error();
    qCInfo(lcIssuers) << "issuing body" << clean.issuer.bodyCode << "from" << clean.from;
    return clean;
}

Result<IssuingPeriod> Issuers::setAddress(QDate from, const QString &address)
{
    static const QString action = QStringLiteral("issuer.address");
    if (!m_casebook.roles().allows(action))
        return Error::make(Casework::tr("Only a signatory records an issuing body's address: your login does "
                                        "not hold that role in this casebook."),
                           {}, Error::Kind::AccessDenied);
    const QString clean = address.trimmed();
    if (clean.isEmpty())
        return invalid(Casework::tr("Give the address of the issuing body's seat."));
    const Stamp st = stamp(m_casebook, m_actor);
    IssuingPeriod changed;
    auto written = m_casebook.write([&](QSqlDatabase &tx) -> Result<void> {
        auto existing = readIn(tx);
        if (!existing)
            return existing.error();
        const auto &all = existing->periods();
        const auto found
            = std::find_if(all.cbegin(), all.cend(), [&](const IssuingPeriod &p) { return p.from == from; });
        if (found == all.cend())
            return Error::make(Casework::tr("No issuing body starts on %1.").arg(documents::periodDate(from)),
                               {}, Error::Kind::NotFound);
        changed = *found;
        changed.issuer.address = clean;
        QSqlQuery update(tx);
        update.prepare(QStringLiteral("UPDATE issuing_bodies SET address = ? WHERE from_date = ?"));
        update.addBindValue(clean);
        update.addBindValue(from.toString(Qt::ISODate));
        if (!update.exec())
            return sqlFailure(Casework::tr("Could not record the issuing body's address."), update);
        return appendAudit(tx, st,
                           {action, QStringLiteral("issuer"), from.toString(Qt::ISODate),
                            Casework::tr("%1 (%2) has its seat at %3.")
                                .arg(changed.issuer.bodyInText, changed.issuer.bodyCode, clean),
                            compact(periodJson(*found)), compact(periodJson(changed))});
    });
    if (!written)
        return written.error();
    qCInfo(lcIssuers) << "issuing body" << changed.issuer.bodyCode << "address recorded";
    return changed;
}

} // namespace sw::casebook
