#include "casebook/CasebookServer.h"

#include "connection/SqlError.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace sw::casebook::server {

namespace {
struct Casebook
{
    Q_DECLARE_TR_FUNCTIONS(Casebook)
};

// The casework tables and the action a change of each needs when nothing more particular applies.
const char *const caseworkTables[]
    = {"cases", "case_findings", "complaints", "complaint_findings", "case_documents", "case_publications"};

// signwatch_action_role(action): the role an audited action needs, from CasebookRoles' table; any
// other action is the owner's. (When the table changes, a later step creates it again.)
QString actionRoleFunction()
{
    QString cases;
    for (const auto &[action, role] : actionRoles())
        cases += QStringLiteral("WHEN '%1' THEN '%2' ").arg(action, roleCode(role));
    return QStringLiteral("CREATE OR REPLACE FUNCTION signwatch_action_role(action text) RETURNS text "
                          "LANGUAGE sql IMMUTABLE AS $$ SELECT CASE action %1ELSE 'owner' END $$")
        .arg(cases);
}

QStringList checkStatements()
{
    QStringList s;
    // Who may do everything: the database's owner (who ran `casebook init`) and superusers.
    s << QStringLiteral(
        "CREATE OR REPLACE FUNCTION signwatch_is_owner() RETURNS boolean LANGUAGE sql STABLE AS $$ "
        "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = session_user AND rolsuper) "
        "OR session_user = (SELECT pg_get_userbyid(datdba) FROM pg_database "
        "WHERE datname = current_database()) $$");
    // Roles are checked on the session user (the login), never on a role set with SET ROLE.
    s << QStringLiteral(
        "CREATE OR REPLACE FUNCTION signwatch_has_role(kind text) RETURNS boolean LANGUAGE sql STABLE "
        "AS $$ SELECT signwatch_is_owner() OR (kind <> 'owner' AND EXISTS (SELECT 1 FROM pg_roles "
        "WHERE rolname = current_database() || '_' || kind) AND pg_has_role(session_user, "
        "current_database() || '_' || kind, 'MEMBER')) $$");
    // The refusal the console reads (CasebookRoles roleRefusal): SQLSTATE 42501 and these words.
    s << QStringLiteral(
        "CREATE OR REPLACE FUNCTION signwatch_require(kind text, what text) RETURNS void "
        "LANGUAGE plpgsql STABLE AS $$ BEGIN IF NOT signwatch_has_role(kind) THEN RAISE EXCEPTION "
        "'SignWatch: % needs the % role', what, kind USING ERRCODE = '42501'; END IF; END $$");
    s << actionRoleFunction();

    // The audit chain, on the server: AuditEntry::canonicalContent() and AuditLog::chainHash()
    // in SQL (lengths in UTF-8 bytes, null marked "-;", the state only when there is one).
    s << QStringLiteral(
        "CREATE OR REPLACE FUNCTION signwatch_audit_field(v text) RETURNS text LANGUAGE sql IMMUTABLE "
        "AS $$ SELECT CASE WHEN v IS NULL THEN '-;' ELSE octet_length(v)::text || ':' || v || ';' END $$");
    // Each entry: the next id, the session user, the server's time, the hash of the entry before,
    // under a lock that serialises appends (and every write of the console: Casebook::write).
    // `casebook migrate` (the owner, with signwatch.import on) keeps the moved entries' person
    // and time; their chain is computed again here all the same.
    s << QStringLiteral(
             "CREATE OR REPLACE FUNCTION signwatch_audit_append() RETURNS trigger LANGUAGE plpgsql AS $$ "
             "DECLARE last_id integer; last_hash text; BEGIN "
             "PERFORM pg_advisory_xact_lock(%1); "
             // COALESCE: an unset setting reads as NULL, and NOT (owner AND NULL) would be NULL,
             // which IF takes as false: the owner's entries kept the person and time sent.
             "IF NOT (signwatch_is_owner() AND COALESCE(current_setting('signwatch.import', true), '') = "
             "'on') "
             "THEN "
             "PERFORM signwatch_require(signwatch_action_role(NEW.action), NEW.action); "
             "NEW.actor := session_user; "
             "NEW.at := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'); "
             "END IF; "
             "SELECT id, hash INTO last_id, last_hash FROM audit_log ORDER BY id DESC LIMIT 1; "
             "NEW.id := COALESCE(last_id, 0) + 1; "
             "NEW.prev_hash := COALESCE(last_hash, repeat('0', 64)); "
             "NEW.hash := encode(sha256(convert_to(NEW.prev_hash "
             "|| signwatch_audit_field(NEW.id::text) || signwatch_audit_field(NEW.at) "
             "|| signwatch_audit_field(NEW.actor) || signwatch_audit_field(NEW.action) "
             "|| signwatch_audit_field(NEW.subject_kind) || signwatch_audit_field(NEW.subject_id) "
             "|| signwatch_audit_field(NEW.reason) || signwatch_audit_field(NEW.before_json) "
             "|| signwatch_audit_field(NEW.after_json) "
             "|| CASE WHEN NEW.state_json IS NULL THEN '' ELSE signwatch_audit_field(NEW.state_json) END, "
             "'UTF8')), 'hex'); "
             "RETURN NEW; END $$")
             .arg(writeLockKey);
    s << QStringLiteral("CREATE TRIGGER audit_log_append BEFORE INSERT ON audit_log FOR EACH ROW "
                        "EXECUTE FUNCTION signwatch_audit_append()");
    // Append-only, for the owner too (the console's roles have no UPDATE or DELETE at all).
    s << QStringLiteral("CREATE OR REPLACE FUNCTION signwatch_append_only() RETURNS trigger "
                        "LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the audit log is append-only' "
                        "USING ERRCODE = '42501'; END $$");
    s << QStringLiteral("CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log "
                        "FOR EACH ROW EXECUTE FUNCTION signwatch_append_only()");
    s << QStringLiteral("CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
                        "FOR EACH STATEMENT EXECUTE FUNCTION signwatch_append_only()");

    // Cases: opening is an inspector's; a move needs the role of its audited action
    // ("case.established": supervisor, "case.minutes_signed": signatory …); an exclusion and a
    // publication are the signatory's; any other change (the title) an inspector's.
    s << QStringLiteral(
        "CREATE OR REPLACE FUNCTION signwatch_check_case() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF TG_OP = 'INSERT' THEN PERFORM signwatch_require('inspector', 'case.open'); "
        "ELSIF TG_OP = 'DELETE' THEN PERFORM signwatch_require('owner', 'case.delete'); RETURN OLD; "
        "ELSIF NEW.status IS DISTINCT FROM OLD.status THEN "
        "PERFORM signwatch_require(signwatch_action_role('case.' || NEW.status), 'case.' || NEW.status); "
        "ELSIF NEW.exclusion_from IS DISTINCT FROM OLD.exclusion_from "
        "OR NEW.exclusion_note IS DISTINCT FROM OLD.exclusion_note THEN "
        "PERFORM signwatch_require('signatory', 'case.exclusion'); "
        "ELSIF NEW.publication_reference IS DISTINCT FROM OLD.publication_reference THEN "
        "PERFORM signwatch_require('signatory', 'case.published'); "
        "ELSE PERFORM signwatch_require('inspector', 'case.title'); END IF; RETURN NEW; END $$");
    s << QStringLiteral("CREATE TRIGGER cases_roles BEFORE INSERT OR UPDATE OR DELETE ON cases "
                        "FOR EACH ROW EXECUTE FUNCTION signwatch_check_case()");
    // Documents: drafting is an inspector's, signing a signatory's; a signed one is frozen (as
    // SQLite's triggers keep it).
    s << QStringLiteral(
        "CREATE OR REPLACE FUNCTION signwatch_check_document() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN "
        "IF TG_OP <> 'INSERT' AND OLD.state = 'signed' THEN "
        "RAISE EXCEPTION 'a signed document is frozen' USING ERRCODE = '42501'; END IF; "
        "IF TG_OP = 'DELETE' THEN PERFORM signwatch_require('inspector', 'document.delete'); RETURN OLD; "
        "END IF; "
        "IF NEW.state = 'signed' THEN PERFORM signwatch_require('signatory', 'document.sign'); "
        "ELSE PERFORM signwatch_require('inspector', 'document.create'); END IF; RETURN NEW; END $$");
    s << QStringLiteral("CREATE TRIGGER case_documents_roles BEFORE INSERT OR UPDATE OR DELETE ON "
                        "case_documents FOR EACH ROW EXECUTE FUNCTION signwatch_check_document()");
    // Complaints and the findings of cases and complaints: an inspector's; a publication of a
    // case: a signatory's.
    s << QStringLiteral(
        "CREATE OR REPLACE FUNCTION signwatch_check_inspector() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN PERFORM signwatch_require('inspector', TG_TABLE_NAME || '.' || lower(TG_OP)); "
        "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$");
    for (const char *table : {"complaints", "complaint_findings", "case_findings"})
        s << QStringLiteral("CREATE TRIGGER %1_roles BEFORE INSERT OR UPDATE OR DELETE ON %1 FOR EACH ROW "
                            "EXECUTE FUNCTION signwatch_check_inspector()")
                 .arg(QLatin1String(table));
    s << QStringLiteral(
        "CREATE OR REPLACE FUNCTION signwatch_check_signatory() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN PERFORM signwatch_require('signatory', TG_TABLE_NAME || '.' || lower(TG_OP)); "
        "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$");
    s << QStringLiteral("CREATE TRIGGER case_publications_roles BEFORE INSERT OR UPDATE OR DELETE ON "
                        "case_publications FOR EACH ROW EXECUTE FUNCTION signwatch_check_signatory()");

    // The other desks refresh what changed (LISTEN signwatch_casework; the payload: the table).
    s << QStringLiteral("CREATE OR REPLACE FUNCTION signwatch_notify() RETURNS trigger LANGUAGE plpgsql "
                        "AS $$ BEGIN PERFORM pg_notify('%1', TG_TABLE_NAME); RETURN NULL; END $$")
             .arg(QLatin1String(notifyChannel));
    QStringList notified;
    for (const char *table : caseworkTables)
        notified << QLatin1String(table);
    notified << QStringLiteral("audit_log");
    for (const QString &table : std::as_const(notified))
        s << QStringLiteral("CREATE TRIGGER %1_notify AFTER INSERT OR UPDATE OR DELETE ON %1 "
                            "FOR EACH STATEMENT EXECUTE FUNCTION signwatch_notify()")
                 .arg(table);
    return s;
}

QStringList issuerStatements()
{
    QStringList s;
    // The action table again: it gained "issuer.add".
    s << actionRoleFunction();
    // Issuing bodies: a signatory appends a period; nobody changes or removes one, the owner
    // neither (a signed document names the body of its day).
    s << QStringLiteral(
        "CREATE OR REPLACE FUNCTION signwatch_check_issuer() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF TG_OP = 'INSERT' THEN PERFORM signwatch_require(signwatch_action_role('issuer.add'), "
        "'issuer.add'); RETURN NEW; END IF; "
        "RAISE EXCEPTION 'issuing bodies are never changed' USING ERRCODE = '42501'; END $$");
    s << QStringLiteral("CREATE TRIGGER issuing_bodies_roles BEFORE INSERT OR UPDATE OR DELETE ON "
                        "issuing_bodies FOR EACH ROW EXECUTE FUNCTION signwatch_check_issuer()");
    s << QStringLiteral("CREATE TRIGGER issuing_bodies_no_truncate BEFORE TRUNCATE ON issuing_bodies "
                        "FOR EACH STATEMENT EXECUTE FUNCTION signwatch_check_issuer()");
    s << QStringLiteral("CREATE TRIGGER issuing_bodies_notify AFTER INSERT OR UPDATE OR DELETE ON "
                        "issuing_bodies FOR EACH STATEMENT EXECUTE FUNCTION signwatch_notify()");
    return s;
}

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement, const QString &what)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return connection::sqlError(what, query.lastError());
    return query;
}

// A role or login name as an SQL identifier.
QString identifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

Result<QString> databaseName(const QSqlDatabase &db)
{
    auto q = run(db, QStringLiteral("SELECT current_database()"),
                 Casebook::tr("Could not read the casebook database's name."));
    if (!q)
        return q.error();
    q->next();
    return q->value(0).toString();
}
} // namespace

Migration checksMigration(int version)
{
    Migration step {version, "shared casebook: the server's audit chain, roles and notifications", {}, {}};
    step.postgresOnly = checkStatements();
    return step;
}

QStringList issuerChecks()
{
    return issuerStatements();
}

QString actionRolesStatement()
{
    return actionRoleFunction();
}

Result<QString> sessionUser(const QSqlDatabase &db)
{
    auto q = run(db, QStringLiteral("SELECT session_user"),
                 Casebook::tr("Could not read who the casebook server says you are."));
    if (!q)
        return q.error();
    q->next();
    return q->value(0).toString();
}

Result<Roles> readRoles(const QSqlDatabase &db)
{
    auto q = run(db,
                 QStringLiteral("SELECT signwatch_is_owner(), signwatch_has_role('inspector'), "
                                "signwatch_has_role('supervisor'), signwatch_has_role('signatory')"),
                 Casebook::tr("Could not read your roles in the casebook."));
    if (!q)
        return q.error();
    q->next();
    Roles roles;
    roles.owner = q->value(0).toBool();
    roles.inspector = q->value(1).toBool();
    roles.supervisor = q->value(2).toBool();
    roles.signatory = q->value(3).toBool();
    return roles;
}

Result<void> checkCanInitialise(const QSqlDatabase &db)
{
    auto q = run(db,
                 QStringLiteral("SELECT r.rolsuper OR session_user = pg_get_userbyid(d.datdba), "
                                "r.rolsuper OR r.rolcreaterole, pg_encoding_to_char(d.encoding) "
                                "FROM pg_roles r, pg_database d "
                                "WHERE r.rolname = session_user AND d.datname = current_database()"),
                 Casebook::tr("Could not read the casebook database's owner."));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(Casebook::tr("Could not read the casebook database's owner."));
    if (!q->value(0).toBool())
        return Error::make(Casebook::tr("Only the casebook database's owner sets it up: connect as the login "
                                        "that owns the database."),
                           {}, Error::Kind::AccessDenied);
    if (!q->value(1).toBool())
        return Error::make(Casebook::tr("Setting up the casebook creates its three roles: the owner's login "
                                        "needs CREATEROLE (ALTER ROLE … CREATEROLE)."),
                           {}, Error::Kind::AccessDenied);
    if (q->value(2).toString() != QLatin1String("UTF8"))
        return Error::make(Casebook::tr("The casebook database must use the UTF8 encoding (it uses %1): "
                                        "create it with ENCODING 'UTF8'.")
                               .arg(q->value(2).toString()),
                           {}, Error::Kind::InvalidInput);
    return {};
}

Result<void> setUpRoles(QSqlDatabase &db)
{
    auto database = databaseName(db);
    if (!database)
        return database.error();
    const QString failed = Casebook::tr("Could not set up the casebook's roles.");
    for (Role role : allRoles()) {
        const QString name = roleName(*database, role);
        QSqlQuery exists(db);
        exists.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
        exists.addBindValue(name);
        if (!exists.exec())
            return connection::sqlError(failed, exists.lastError());
        if (!exists.next())
            if (auto made = run(db, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(identifier(name)), failed);
                !made)
                return made.error();
    }
    const QString inspector = identifier(roleName(*database, Role::Inspector));
    const QString supervisor = identifier(roleName(*database, Role::Supervisor));
    const QString signatory = identifier(roleName(*database, Role::Signatory));
    const QString all = QStringList {inspector, supervisor, signatory}.join(QStringLiteral(", "));
    QStringList statements {
        QStringLiteral("GRANT %1 TO %2").arg(inspector, supervisor),
        QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(identifier(*database), all),
        QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(all),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(all),
    };
    // Every table but the versions and the audit log may be written; the triggers decide what.
    auto tables = run(db,
                      QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND "
                                     "tablename NOT IN ('schema_version', 'schema_tracks', 'audit_log') "
                                     "ORDER BY tablename"),
                      failed);
    if (!tables)
        return tables.error();
    while (tables->next())
        statements << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2")
                          .arg(identifier(tables->value(0).toString()), all);
    statements << QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM %1").arg(all)
               << QStringLiteral("GRANT INSERT ON audit_log TO %1").arg(all);
    for (const QString &statement : std::as_const(statements))
        if (auto done = run(db, statement, failed); !done)
            return done.error();
    return {};
}

Result<void> grantRole(QSqlDatabase &db, const QString &login, Role role)
{
    auto database = databaseName(db);
    if (!database)
        return database.error();
    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"));
    exists.addBindValue(login);
    if (!exists.exec())
        return connection::sqlError(Casebook::tr("Could not read the login %1.").arg(login),
                                    exists.lastError());
    if (!exists.next())
        return Error::make(Casebook::tr("There is no PostgreSQL login %1 on this server: create it first "
                                        "(CREATE ROLE … LOGIN PASSWORD …).")
                               .arg(login),
                           {}, Error::Kind::NotFound);
    if (auto granted
        = run(db,
              QStringLiteral("GRANT %1 TO %2").arg(identifier(roleName(*database, role)), identifier(login)),
              Casebook::tr("Could not grant the role to %1.").arg(login));
        !granted)
        return granted.error();
    return {};
}

} // namespace sw::casebook::server
