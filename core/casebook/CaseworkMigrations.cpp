#include "casebook/CaseworkMigrations.h"

namespace sw::casebook {

const QList<Migration> &caseworkMigrations()
{
    // Times are UTC text 'YYYY-MM-DDTHH:MM:SSZ' like the audit log's, except an exclusion's start,
    // kept in seconds because it feeds rules::ScanOptions as such. Ids are assigned by the code
    // (last id + 1 under the write lock): no AUTOINCREMENT or SERIAL.
    static const QList<Migration> steps = {
        {caseworkFirstVersion,
         "casework: cases, complaints, documents",
         {QStringLiteral("CREATE TABLE cases ("
                         "id INTEGER PRIMARY KEY, " // the case number
                         "provider TEXT NOT NULL, "
                         "provider_name TEXT NOT NULL, "
                         "title TEXT NOT NULL, "
                         "status TEXT NOT NULL, " // Cases.h statusCode()
                         "status_reason TEXT NOT NULL, "
                         "exclusion_from INTEGER NULL, " // §5.3, seconds UTC
                         "exclusion_note TEXT NOT NULL, "
                         "publication_reference TEXT NOT NULL, "
                         "created_at TEXT NOT NULL, "
                         "updated_at TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX cases_provider_idx ON cases (provider)"),
          // Findings are kept whole (the scan's JSON line) so that the findings store may prune.
          QStringLiteral("CREATE TABLE case_findings ("
                         "case_id INTEGER NOT NULL REFERENCES cases (id), "
                         "finding_key TEXT NOT NULL, " // RULE/subject/id
                         "rule TEXT NOT NULL, "
                         "subject_kind TEXT NOT NULL, "
                         "subject_id INTEGER NOT NULL, "
                         "json_line TEXT NOT NULL, "
                         "added_at TEXT NOT NULL, "
                         "PRIMARY KEY (case_id, finding_key))"),
          QStringLiteral("CREATE TABLE complaints ("
                         "id INTEGER PRIMARY KEY, "
                         "citizen_id TEXT NOT NULL, "
                         "provider TEXT NOT NULL, "
                         "received_at TEXT NOT NULL, "
                         "channel TEXT NOT NULL, "
                         "statement TEXT NOT NULL, "
                         "timeline_json TEXT NULL, "
                         "notes TEXT NOT NULL, "
                         "outcome TEXT NOT NULL, "
                         "case_id INTEGER NULL REFERENCES cases (id), "
                         "created_at TEXT NOT NULL, "
                         "updated_at TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX complaints_provider_idx ON complaints (provider)"),
          QStringLiteral("CREATE INDEX complaints_case_idx ON complaints (case_id)"),
          QStringLiteral("CREATE TABLE complaint_findings ("
                         "complaint_id INTEGER NOT NULL REFERENCES complaints (id), "
                         "position INTEGER NOT NULL, "
                         "finding_key TEXT NOT NULL, "
                         "json_line TEXT NOT NULL, "
                         "PRIMARY KEY (complaint_id, finding_key))"),
          QStringLiteral("CREATE TABLE case_documents ("
                         "id INTEGER PRIMARY KEY, "
                         "case_id INTEGER NOT NULL REFERENCES cases (id), "
                         "kind TEXT NOT NULL, " // BB, TB
                         "state TEXT NOT NULL, " // draft, signed
                         "draft_json TEXT NOT NULL, "
                         "year INTEGER NULL, "
                         "number INTEGER NULL, "
                         "corrects_id INTEGER NULL REFERENCES case_documents (id), "
                         "pdf BLOB NULL, "
                         "pdf_sha256 TEXT NULL, "
                         "pdf_size INTEGER NULL, "
                         "signed_at TEXT NULL, "
                         "signed_by TEXT NULL, "
                         "created_at TEXT NOT NULL, "
                         "updated_at TEXT NOT NULL)"),
          // One number per kind and year: a second signing under a number fails instead of
          // duplicating it (NULLs, the drafts', do not collide).
          QStringLiteral(
              "CREATE UNIQUE INDEX case_documents_number_idx ON case_documents (kind, year, number)"),
          QStringLiteral("CREATE INDEX case_documents_case_idx ON case_documents (case_id)"),
          QStringLiteral("CREATE TABLE case_publications ("
                         "publication_id INTEGER PRIMARY KEY, " // the outbox's id
                         "case_id INTEGER NOT NULL REFERENCES cases (id), "
                         "document_id INTEGER NOT NULL REFERENCES case_documents (id), "
                         "queued_at TEXT NOT NULL)")},
         // A signed document is frozen for whatever writes to the file, not only for the console.
         {QStringLiteral("CREATE TRIGGER case_documents_signed_no_update BEFORE UPDATE ON case_documents "
                         "WHEN OLD.state = 'signed' "
                         "BEGIN SELECT RAISE(ABORT, 'a signed document is frozen'); END"),
          QStringLiteral("CREATE TRIGGER case_documents_signed_no_delete BEFORE DELETE ON case_documents "
                         "WHEN OLD.state = 'signed' "
                         "BEGIN SELECT RAISE(ABORT, 'a signed document is frozen'); END")}},
    };
    return steps;
}

} // namespace sw::casebook
