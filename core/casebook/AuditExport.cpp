#include "casebook/AuditExport.h"

#include "privacy/Masking.h"
#include "privacy/PrivateFiles.h"
#include "util/Csv.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sw::casebook {

namespace {
const QByteArray bom("\xEF\xBB\xBF");
const QByteArray lineEnd("\r\n");

// A citizen id (12 digits) standing alone in free text.
QString maskIdsIn(QString text)
{
    static const QRegularExpression citizenId(QStringLiteral("(?<!\\d)\\d{12}(?!\\d)"));
    QRegularExpressionMatchIterator found = citizenId.globalMatch(text);
    QList<QRegularExpressionMatch> matches;
    while (found.hasNext())
        matches << found.next();
    for (auto it = matches.crbegin(); it != matches.crend(); ++it)
        text.replace(it->capturedStart(), it->capturedLength(), privacy::maskCitizenId(it->captured()));
    return text;
}
} // namespace

QTimeZone AuditExport::dayZone()
{
    return QTimeZone(7 * 3600);
}

bool AuditExport::isPersonalDataAccess(const AuditEntry &entry)
{
    return entry.action == QLatin1String("citizen.unmask");
}

Result<QList<AuditEntry>> AuditExport::select(const AuditLog &log, const AuditExportFilter &filter)
{
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        return Error::make(
            QCoreApplication::translate("AuditExport", "The first day (%1) is after the last (%2).")
                .arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate)),
            {}, Error::Kind::InvalidInput);
    // Both days whole: from the start of `from` to the start of the day after `to`, local time.
    const QDateTime since = filter.from.isValid() ? filter.from.startOfDay(dayZone()) : QDateTime();
    const QDateTime until = filter.to.isValid() ? filter.to.addDays(1).startOfDay(dayZone()) : QDateTime();
    auto entries = log.entriesBetween(since, until);
    if (!entries || !filter.personalDataOnly)
        return entries;
    QList<AuditEntry> kept;
    for (const AuditEntry &entry : std::as_const(*entries))
        if (isPersonalDataAccess(entry))
            kept << entry;
    return kept;
}

QStringList AuditExport::header()
{
    return {QStringLiteral("id"),     QStringLiteral("time_utc"),     QStringLiteral("person"),
            QStringLiteral("action"), QStringLiteral("subject_kind"), QStringLiteral("subject_id"),
            QStringLiteral("reason")};
}

QStringList AuditExport::fields(const AuditEntry &entry)
{
    // §1.7: a citizen's id leaves the console masked.
    const QString subject = entry.subjectKind == QLatin1String("citizen")
        ? privacy::maskCitizenId(entry.subjectId)
        : maskIdsIn(entry.subjectId);
    return {QString::number(entry.id),
            entry.at.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'")),
            entry.actor,
            entry.action,
            entry.subjectKind,
            subject,
            maskIdsIn(entry.reason)};
}

QByteArray AuditExport::csv(const QList<AuditEntry> &entries)
{
    QByteArray out = bom;
    out += util::csvLine(header()) + lineEnd;
    for (const AuditEntry &entry : entries)
        out += util::csvLine(fields(entry)) + lineEnd;
    return out;
}

Result<qint64> AuditExport::write(const AuditLog &log, const AuditExportFilter &filter, const QString &path)
{
    auto entries = select(log, filter);
    if (!entries)
        return entries.error();
    if (auto saved = privacy::savePrivateFile(path, csv(*entries)); !saved)
        return saved.error();
    return qint64(entries->size());
}

} // namespace sw::casebook
