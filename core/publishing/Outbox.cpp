#include "publishing/Outbox.h"

#include "casebook/Casebook.h"
#include "casebook/CasebookServer.h"
#include "connection/SqlError.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcOutbox, "signwatch.publishing.outbox")

namespace sw::publishing {

namespace {
Error storeError(const QSqlError &error)
{
    return connection::sqlError(
        QCoreApplication::translate("Outbox",
                                    "The publication outbox in the console's own data file could not be "
                                    "read or changed."),
        error);
}

// Every column but the PDF bytes, in the order readRow() expects.
const QString listColumns = QStringLiteral(
    "id, idempotency_key, document_kind, document_number, title, pdf_size, pdf_sha256, metadata_json, "
    "state, attempts, next_attempt_at, last_error, last_error_detail, portal_reference, created_at, "
    "updated_at, confirmed_at");

QDateTime fromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant toMs(const QDateTime &when)
{
    return when.isValid() ? QVariant(when.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

Publication readRow(const QSqlQuery &q, bool withPdf)
{
    Publication p;
    p.id = q.value(0).toLongLong();
    p.idempotencyKey = q.value(1).toString();
    p.documentKind = q.value(2).toString();
    p.documentNumber = q.value(3).toString();
    p.title = q.value(4).toString();
    p.pdfSize = q.value(5).toLongLong();
    p.pdfSha256 = q.value(6).toString();
    p.metadata = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    p.state = stateFromCode(q.value(8).toString()).value_or(PublicationState::Pending);
    p.attempts = q.value(9).toInt();
    p.nextAttemptAt = fromMs(q.value(10));
    p.lastError = q.value(11).toString();
    p.lastErrorDetail = q.value(12).toString();
    p.portalReference = q.value(13).toString();
    p.createdAt = fromMs(q.value(14));
    p.updatedAt = fromMs(q.value(15));
    p.confirmedAt = fromMs(q.value(16));
    if (withPdf)
        p.pdf = q.value(17).toByteArray();
    return p;
}

Result<void> exec(QSqlQuery &q)
{
    if (!q.exec())
        return storeError(q.lastError());
    return {};
}
} // namespace

QString stateCode(PublicationState state)
{
    switch (state) {
    case PublicationState::Pending:
        return QStringLiteral("pending");
    case PublicationState::Sending:
        return QStringLiteral("sending");
    case PublicationState::Confirmed:
        return QStringLiteral("confirmed");
    case PublicationState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

std::optional<PublicationState> stateFromCode(const QString &code)
{
    for (auto state : {PublicationState::Pending, PublicationState::Sending, PublicationState::Confirmed,
                       PublicationState::Failed})
        if (stateCode(state) == code)
            return state;
    return std::nullopt;
}

Outbox::Outbox(QSqlDatabase db, Clock clock) : m_db(std::move(db)), m_clock(std::move(clock)) { }

Result<void> Outbox::migrate(casebook::Casebook &casebook)
{
    // Publishing's steps; append new ones, never edit a released one.
    static const QList<casebook::Migration> steps = {
        {1,
         "publication outbox",
         // Portable SQL but for the PDF column (BLOB; PostgreSQL would say BYTEA). Explicit ids
         // (last + 1 under the write lock), no AUTOINCREMENT, as in the rest of the casebook.
         // IF NOT EXISTS: a casebook at version 3 or above written before holds them already.
         {QStringLiteral(
              "CREATE TABLE IF NOT EXISTS publication_outbox ("
              "id INTEGER PRIMARY KEY, "
              "idempotency_key TEXT NOT NULL UNIQUE, "
              "document_kind TEXT NOT NULL, "
              "document_number TEXT NOT NULL UNIQUE, " // nothing is published twice
              "title TEXT NOT NULL, "
              "pdf BLOB NOT NULL, "
              "pdf_size INTEGER NOT NULL, "
              "pdf_sha256 TEXT NOT NULL, "
              "metadata_json TEXT NOT NULL, "
              "state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'confirmed', 'failed')), "
              "attempts INTEGER NOT NULL, "
              "next_attempt_at INTEGER NULL, " // UTC ms since the epoch, as every time here
              "last_error TEXT NULL, "
              "last_error_detail TEXT NULL, "
              "portal_reference TEXT NULL, "
              "created_at INTEGER NOT NULL, "
              "updated_at INTEGER NOT NULL, "
              "confirmed_at INTEGER NULL)"),
          QStringLiteral("CREATE INDEX IF NOT EXISTS publication_outbox_due_idx "
                         "ON publication_outbox (state, next_attempt_at)")},
         {}},
        // A shared casebook: queueing a publication (and taking one back) is a signatory's; any
        // desk's publisher records the attempts (CasebookServer's checks).
        {2,
         "publication outbox: the signatory's on a shared casebook",
         {},
         {},
         {},
         {QStringLiteral(
              "CREATE OR REPLACE FUNCTION signwatch_check_outbox() RETURNS trigger LANGUAGE plpgsql "
              "AS $$ BEGIN IF TG_OP <> 'UPDATE' THEN PERFORM signwatch_require('signatory', "
              "'publication.' || lower(TG_OP)); END IF; IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; "
              "RETURN NEW; END $$"),
          QStringLiteral("CREATE TRIGGER publication_outbox_roles BEFORE INSERT OR UPDATE OR DELETE ON "
                         "publication_outbox FOR EACH ROW EXECUTE FUNCTION signwatch_check_outbox()"),
          QStringLiteral("CREATE TRIGGER publication_outbox_notify AFTER INSERT OR UPDATE OR DELETE ON "
                         "publication_outbox FOR EACH STATEMENT EXECUTE FUNCTION signwatch_notify()")}},
    };
    return casebook.migrateTrack(migrationTrack(), steps);
}

Result<void> Outbox::transaction(const std::function<Result<void>()> &work) const
{
    QSqlDatabase db = m_db;
    // SQLite: take the write lock at once, so that "read, then write" cannot interleave with a
    // second console on the same file.
    const bool sqlite = db.driverName() == QLatin1String("QSQLITE");
    if (sqlite) {
        QSqlQuery begin(db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return storeError(begin.lastError());
    } else {
        // A shared casebook: one writer at a time across the desks, as the casebook's own writes.
        QSqlQuery lock(db);
        if (!db.transaction())
            return storeError(db.lastError());
        if (!lock.exec(
                QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(casebook::server::writeLockKey))) {
            const Error error = storeError(lock.lastError());
            db.rollback();
            return error;
        }
    }
    auto done = work();
    if (done && db.commit())
        return {};
    const Error error = done ? storeError(db.lastError()) : done.error();
    if (!db.rollback())
        qCWarning(lcOutbox) << "rollback failed:" << db.lastError().text();
    return error;
}

QString Outbox::idempotencyKey(const QString &documentNumber, const QString &pdfSha256)
{
    // SignWatch's namespace for publication keys (drawn once at random; never change it: keys
    // already sent to the portal were derived in it).
    static const QUuid publications(QStringLiteral("b0a68e5d-91b0-4929-ab8d-bf08bd2816a8"));
    return QUuid::createUuidV5(publications, documentNumber + QLatin1Char('\n') + pdfSha256.toLower())
        .toString(QUuid::WithoutBraces);
}

Result<EnqueueOutcome> Outbox::enqueue(const NewPublication &document)
{
    if (document.documentNumber.trimmed().isEmpty() || document.pdf.isEmpty())
        return Error::make(
            QCoreApplication::translate("Outbox", "A publication needs a document number and a PDF."), {},
            Error::Kind::InvalidInput);
    const QString sha
        = QString::fromLatin1(QCryptographicHash::hash(document.pdf, QCryptographicHash::Sha256).toHex());
    const QString key = idempotencyKey(document.documentNumber, sha);
    // Two desks on one shared casebook can both find the number free and insert at the same time:
    // the table's UNIQUE id, key and number let one of them in and make the other's insert fail.
    // That one then looks again and finds the publication the first desk queued (or the other
    // document that took the number). Only a failed insert is tried again, a few times.
    constexpr int tries = 3;
    for (int attempt = 1;; ++attempt) {
        EnqueueOutcome outcome;
        bool insertFailed = false;
        auto done = transaction([&]() -> Result<void> {
            QSqlQuery existing(m_db);
            existing.prepare(QStringLiteral("SELECT id, pdf_sha256, state, portal_reference, document_kind "
                                            "FROM publication_outbox WHERE document_number = ?"));
            existing.addBindValue(document.documentNumber);
            if (auto ran = exec(existing); !ran)
                return ran;
            if (existing.next()) {
                outcome.id = existing.value(0).toLongLong();
                outcome.state
                    = stateFromCode(existing.value(2).toString()).value_or(PublicationState::Pending);
                outcome.portalReference = existing.value(3).toString();
                if (existing.value(1).toString() == sha
                    && existing.value(4).toString() == document.documentKind)
                    return {};
                return Error::make(
                    outcome.state == PublicationState::Failed
                        ? QCoreApplication::translate(
                              "Outbox",
                              "Another document numbered %1 failed to publish. Discard it in the outbox "
                              "before publishing the corrected one.")
                              .arg(document.documentNumber)
                        : QCoreApplication::translate(
                              "Outbox",
                              "Another document numbered %1 is already published or waiting to be "
                              "published. A corrected announcement needs a new number.")
                              .arg(document.documentNumber),
                    {}, Error::Kind::InvalidInput);
            }
            QSqlQuery last(m_db);
            if (!last.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM publication_outbox"))
                || !last.next())
                return storeError(last.lastError());
            outcome.id = last.value(0).toLongLong() + 1;
            outcome.created = true;
            outcome.state = PublicationState::Pending;
            const qint64 at = now().toMSecsSinceEpoch();
            QSqlQuery insert(m_db);
            insert.prepare(QStringLiteral(
                "INSERT INTO publication_outbox (id, idempotency_key, document_kind, document_number, title, "
                "pdf, pdf_size, pdf_sha256, metadata_json, state, attempts, next_attempt_at, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)"));
            insert.addBindValue(outcome.id);
            insert.addBindValue(key);
            insert.addBindValue(document.documentKind);
            insert.addBindValue(document.documentNumber);
            insert.addBindValue(document.title);
            insert.addBindValue(document.pdf);
            insert.addBindValue(qint64(document.pdf.size()));
            insert.addBindValue(sha);
            insert.addBindValue(
                QString::fromUtf8(QJsonDocument(document.metadata).toJson(QJsonDocument::Compact)));
            insert.addBindValue(stateCode(PublicationState::Pending));
            insert.addBindValue(at);
            insert.addBindValue(at);
            insert.addBindValue(at);
            auto inserted = exec(insert);
            insertFailed = !inserted;
            return inserted;
        });
        if (done) {
            if (outcome.created)
                qCInfo(lcOutbox) << "queued publication" << outcome.id << document.documentNumber;
            else
                qCInfo(lcOutbox) << "publication" << outcome.id << document.documentNumber
                                 << "was already queued";
            return outcome;
        }
        if (!insertFailed || attempt == tries)
            return done.error();
        qCInfo(lcOutbox) << "queuing" << document.documentNumber
                         << "met a concurrent change; looking again:" << done.error().detail;
    }
}

Result<QList<Publication>> Outbox::list() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + listColumns
                + QStringLiteral(" FROM publication_outbox ORDER BY created_at DESC, id DESC")))
        return storeError(q.lastError());
    QList<Publication> rows;
    while (q.next())
        rows << readRow(q, false);
    return rows;
}

Result<Publication> Outbox::publication(qint64 id, bool withPdf) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + listColumns + (withPdf ? QStringLiteral(", pdf") : QString())
              + QStringLiteral(" FROM publication_outbox WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return storeError(q.lastError());
    if (!q.next())
        return Error::make(
            QCoreApplication::translate("Outbox", "The publication is no longer in the outbox."), {},
            Error::Kind::NotFound);
    return readRow(q, withPdf);
}

Result<std::optional<Publication>> Outbox::nextDue(const QDateTime &at) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + listColumns
              + QStringLiteral(", pdf FROM publication_outbox WHERE state = ? AND next_attempt_at <= ? "
                               "ORDER BY next_attempt_at, id LIMIT 1"));
    q.addBindValue(stateCode(PublicationState::Pending));
    q.addBindValue(at.toMSecsSinceEpoch());
    if (!q.exec())
        return storeError(q.lastError());
    if (!q.next())
        return std::optional<Publication>();
    return std::optional<Publication>(readRow(q, true));
}

Result<std::optional<QDateTime>> Outbox::nextAttemptTime() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT MIN(next_attempt_at) FROM publication_outbox WHERE state = ?"));
    q.addBindValue(stateCode(PublicationState::Pending));
    if (!q.exec() || !q.next())
        return storeError(q.lastError());
    if (q.value(0).isNull())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(fromMs(q.value(0)));
}

Result<void> Outbox::transition(qint64 id, const QList<PublicationState> &from, const QString &assignments,
                                const QVariantList &values)
{
    return transaction([&]() -> Result<void> {
        QStringList states;
        for (PublicationState state : from)
            states << QLatin1Char('\'') + stateCode(state) + QLatin1Char('\'');
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE publication_outbox SET ") + assignments
                  + QStringLiteral(", updated_at = ? WHERE id = ? AND state IN (") + states.join(u',')
                  + QLatin1Char(')'));
        for (const QVariant &value : values)
            q.addBindValue(value);
        q.addBindValue(now().toMSecsSinceEpoch());
        q.addBindValue(id);
        if (auto ran = exec(q); !ran)
            return ran;
        if (q.numRowsAffected() != 1)
            return Error::make(QCoreApplication::translate(
                                   "Outbox",
                                   "The publication is no longer in the state this change expects (another "
                                   "console may be sending it)."),
                               {}, Error::Kind::NotFound);
        return {};
    });
}

Result<void> Outbox::markSending(qint64 id)
{
    return transition(id, {PublicationState::Pending},
                      QStringLiteral("state = ?, attempts = attempts + 1, next_attempt_at = NULL"),
                      {stateCode(PublicationState::Sending)});
}

Result<void> Outbox::markConfirmed(qint64 id, const QString &reference)
{
    return transition(id, {PublicationState::Sending},
                      QStringLiteral("state = ?, portal_reference = ?, confirmed_at = ?, last_error = NULL, "
                                     "last_error_detail = NULL"),
                      {stateCode(PublicationState::Confirmed), reference, now().toMSecsSinceEpoch()});
}

Result<void> Outbox::markRetry(qint64 id, const QDateTime &nextAttempt, const Error &why)
{
    return transition(id, {PublicationState::Sending},
                      QStringLiteral("state = ?, next_attempt_at = ?, last_error = ?, last_error_detail = ?"),
                      {stateCode(PublicationState::Pending), toMs(nextAttempt), why.message, why.detail});
}

Result<void> Outbox::markFailed(qint64 id, const Error &why)
{
    return transition(id, {PublicationState::Sending},
                      QStringLiteral("state = ?, last_error = ?, last_error_detail = ?"),
                      {stateCode(PublicationState::Failed), why.message, why.detail});
}

Result<int> Outbox::resumeInterrupted()
{
    int resumed = 0;
    auto done = transaction([&]() -> Result<void> {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE publication_outbox SET state = ?, next_attempt_at = ?, "
                                 "updated_at = ? WHERE state = ?"));
        const qint64 at = now().toMSecsSinceEpoch();
        q.addBindValue(stateCode(PublicationState::Pending));
        q.addBindValue(at);
        q.addBindValue(at);
        q.addBindValue(stateCode(PublicationState::Sending));
        if (auto ran = exec(q); !ran)
            return ran;
        resumed = q.numRowsAffected();
        return {};
    });
    if (!done)
        return done.error();
    if (resumed > 0)
        qCInfo(lcOutbox) << resumed << "publication(s) interrupted mid-send queued again";
    return resumed;
}

Result<void> Outbox::retryNow(qint64 id)
{
    // A failed publication was looked at by a person: its back-off starts again from the first
    // step. A pending one keeps its count (the next failure waits as long as it would have).
    const qint64 at = now().toMSecsSinceEpoch();
    return transition(id, {PublicationState::Pending, PublicationState::Failed},
                      QStringLiteral("attempts = CASE WHEN state = ? THEN 0 ELSE attempts END, state = ?, "
                                     "next_attempt_at = ?"),
                      {stateCode(PublicationState::Failed), stateCode(PublicationState::Pending), at});
}

Result<void> Outbox::discard(qint64 id)
{
    return transaction([&]() -> Result<void> {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM publication_outbox WHERE id = ? AND state = ?"));
        q.addBindValue(id);
        q.addBindValue(stateCode(PublicationState::Failed));
        if (auto ran = exec(q); !ran)
            return ran;
        if (q.numRowsAffected() != 1)
            return Error::make(QCoreApplication::translate(
                                   "Outbox", "Only a publication the portal refused can be discarded."),
                               {}, Error::Kind::InvalidInput);
        return {};
    });
}

} // namespace sw::publishing
