#include "casebook/CasebookMigrations.h"

#include "casebook/CasebookServer.h"
#include "casebook/CaseworkMigrations.h"
#include "casebook/CaseworkState.h"
#include "casebook/Issuers.h"

namespace sw::casebook {

// Version 3 created the publication outbox. The outbox belongs to publishing, which keeps its
// tables in the casebook on a track of its own now (Casebook::migrateTrack), so the step does
// nothing; it stays so that every version number keeps its meaning (a file at 3 or above written
// before holds the outbox, and publishing's first step finds it there).
static QList<Migration> formerOutboxMigration()
{
    const int version = caseworkMigrations().last().version + 1;
    return {{version, "(publication outbox: publishing's own track since)", {}, {}}};
}

// Audit entries carry the state digests of the casework they change (CaseworkState.h); a casebook
// written before gets one entry holding the digests of everything it holds, the baseline.
static QList<Migration> stateMigration()
{
    const int version = formerOutboxMigration().last().version + 1;
    return {{version,
             "audit entries carry the casework's state",
             {QStringLiteral("ALTER TABLE audit_log ADD COLUMN state_json TEXT NULL")},
             {},
             detail::sealCaseworkState}};
}

// A shared (PostgreSQL) casebook's server checks: the audit chain, the roles, the notifications.
static QList<Migration> sharedMigration()
{
    return {server::checksMigration(stateMigration().last().version + 1)};
}

// Two desks editing the same complaint, case or draft: every row carries the version the editor
// loaded and who changed it last, and a save names the version it started from (a later save is
// refused, never silently written over). On PostgreSQL the server counts the versions and names
// the person (its session user); on SQLite the casebook's code does (CaseworkSupport).
static QList<Migration> versionMigration()
{
    const int version = sharedMigration().last().version + 1;
    QStringList portable;
    QStringList server {QStringLiteral(
        "CREATE OR REPLACE FUNCTION signwatch_row_version() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN NEW.version := OLD.version + 1; NEW.updated_by := session_user; RETURN NEW; END $$")};
    for (const char *table : {"complaints", "cases", "case_documents"}) {
        const QString name = QLatin1String(table);
        portable << QStringLiteral("ALTER TABLE %1 ADD COLUMN version INTEGER NOT NULL DEFAULT 1").arg(name)
                 << QStringLiteral("ALTER TABLE %1 ADD COLUMN updated_by TEXT NOT NULL DEFAULT ''").arg(name);
        server << QStringLiteral("CREATE TRIGGER %1_version BEFORE UPDATE ON %1 FOR EACH ROW "
                                 "EXECUTE FUNCTION signwatch_row_version()")
                      .arg(name);
    }
    Migration step {version, "rows carry their version and who changed them last", portable, {}};
    step.postgresOnly = server;
    return {step};
}

// The issuing body in force on a document's date (spec/organisation.md), numbers per body.
static QList<Migration> issuersStep()
{
    return {issuersMigration(versionMigration().last().version + 1)};
}

// The issuing body's address: where minutes are drawn up (issue 15).
static QList<Migration> issuerAddressStep()
{
    return {issuerAddressMigration(issuersStep().last().version + 1)};
}

const QList<Migration> &casebookMigrations()
{
    // The casework's steps (complaints, cases, documents) follow the audit log's.
    static const QList<Migration> steps = QList<Migration> {
        {1,
         "audit log",
         {QStringLiteral("CREATE TABLE audit_log ("
                         "id INTEGER PRIMARY KEY, " // assigned by AuditLog: last id + 1
                         "at TEXT NOT NULL, " // UTC, YYYY-MM-DDTHH:MM:SSZ
                         "actor TEXT NOT NULL, "
                         "action TEXT NOT NULL, "
                         "subject_kind TEXT NOT NULL, "
                         "subject_id TEXT NOT NULL, "
                         "reason TEXT NOT NULL, "
                         "before_json TEXT NULL, "
                         "after_json TEXT NULL, "
                         "prev_hash TEXT NOT NULL, "
                         "hash TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX audit_log_subject_idx ON audit_log (subject_kind, subject_id)")},
         // Append-only also for anything else that writes through this file's SQL: the console has
         // no API to change an entry, and the database refuses it too. (Whoever edits the file
         // with other tools can drop these; AuditLog::verify() catches that.)
         {QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                         "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
          QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                         "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")}},
    } + caseworkMigrations() + formerOutboxMigration() + stateMigration() + sharedMigration()
        + versionMigration() + issuersStep() + issuerAddressStep();
    return steps;
}

} // namespace sw::casebook
