#include "casebook/AuditActions.h"

#include <QCoreApplication>

#include <utility>

namespace sw::casebook {

namespace {
// Code and English source (translated through "AuditActions"). Case moves are "case.<status>"
// (CaseStatus.h); the roles each needs are in CasebookRoles.cpp.
const std::pair<const char *, const char *> actions[] = {
    {"complaint.add", QT_TRANSLATE_NOOP("AuditActions", "Complaint received")},
    {"complaint.update", QT_TRANSLATE_NOOP("AuditActions", "Complaint updated")},
    {"complaint.remove", QT_TRANSLATE_NOOP("AuditActions", "Complaint deleted")},
    {"case.open", QT_TRANSLATE_NOOP("AuditActions", "Case opened")},
    {"case.title", QT_TRANSLATE_NOOP("AuditActions", "Case renamed")},
    {"case.add_findings", QT_TRANSLATE_NOOP("AuditActions", "Findings added to the case")},
    {"case.remove_finding", QT_TRANSLATE_NOOP("AuditActions", "Finding removed from the case")},
    {"case.attach_complaint", QT_TRANSLATE_NOOP("AuditActions", "Complaint attached to the case")},
    {"case.detach_complaint", QT_TRANSLATE_NOOP("AuditActions", "Complaint detached from the case")},
    {"case.established", QT_TRANSLATE_NOOP("AuditActions", "Violation established")},
    {"case.dismissed", QT_TRANSLATE_NOOP("AuditActions", "Case dismissed")},
    {"case.minutes_drafted", QT_TRANSLATE_NOOP("AuditActions", "Minutes drafted")},
    {"case.minutes_signed", QT_TRANSLATE_NOOP("AuditActions", "Minutes signed")},
    {"case.publication_queued", QT_TRANSLATE_NOOP("AuditActions", "Announcement queued for the portal")},
    {"case.publication_confirmed", QT_TRANSLATE_NOOP("AuditActions", "Portal confirmed the publication")},
    {"case.published", QT_TRANSLATE_NOOP("AuditActions", "Violation announced publicly")},
    {"case.exclusion", QT_TRANSLATE_NOOP("AuditActions", "Exclusion from the programme recorded")},
    {"document.create", QT_TRANSLATE_NOOP("AuditActions", "Document drafted")},
    {"document.correct", QT_TRANSLATE_NOOP("AuditActions", "Correction drafted")},
    {"document.sign", QT_TRANSLATE_NOOP("AuditActions", "Document signed")},
    {"document.integrity_failed", QT_TRANSLATE_NOOP("AuditActions", "Signed document found altered")},
    {"citizen.unmask", QT_TRANSLATE_NOOP("AuditActions", "Full identity number shown")},
    {"issuer.add", QT_TRANSLATE_NOOP("AuditActions", "Issuing body added")},
    {"issuer.address", QT_TRANSLATE_NOOP("AuditActions", "Issuing body's address changed")},
    {"casebook.migrate", QT_TRANSLATE_NOOP("AuditActions", "A desk's casebook moved in")},
    {"audit.seal", QT_TRANSLATE_NOOP("AuditActions", "Casebook's state sealed in the log")},
};
} // namespace

QString auditActionText(const QString &action)
{
    for (const auto &[code, text] : actions)
        if (action == QLatin1String(code))
            return QCoreApplication::translate("AuditActions", text);
    return action;
}

QStringList auditActionCodes()
{
    QStringList codes;
    for (const auto &[code, text] : actions)
        codes << QString::fromLatin1(code);
    return codes;
}

} // namespace sw::casebook
