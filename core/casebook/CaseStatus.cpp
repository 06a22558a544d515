#include "casebook/CaseStatus.h"

#include "casebook/CaseworkSupport.h"

#include <QCoreApplication>

namespace sw::casebook {

namespace {
// This file's strings are in the translation context "Casework" (lupdate reads Casework::tr).
struct Casework
{
    Q_DECLARE_TR_FUNCTIONS(Casework)
};

const detail::EnumName<CaseStatus> statusNames[] = {
    {CaseStatus::Open, "open", QT_TRANSLATE_NOOP("Casework", "open")},
    {CaseStatus::Established, "established", QT_TRANSLATE_NOOP("Casework", "violation established")},
    {CaseStatus::MinutesDrafted, "minutes_drafted", QT_TRANSLATE_NOOP("Casework", "minutes drafted")},
    {CaseStatus::MinutesSigned, "minutes_signed", QT_TRANSLATE_NOOP("Casework", "minutes signed")},
    {CaseStatus::Published, "published", QT_TRANSLATE_NOOP("Casework", "published")},
    {CaseStatus::Dismissed, "dismissed", QT_TRANSLATE_NOOP("Casework", "dismissed")},
};
} // namespace

QString statusCode(CaseStatus status)
{
    return detail::codeOf(statusNames, status);
}

std::optional<CaseStatus> statusFromCode(const QString &code)
{
    return detail::valueOf(statusNames, code);
}

QString statusLabel(CaseStatus status)
{
    return detail::labelOf(statusNames, status);
}

QList<CaseStatus> allStatuses()
{
    return detail::valuesOf(statusNames);
}

const QList<QPair<CaseStatus, CaseStatus>> &allowedTransitions()
{
    // §5.3: established → minutes → announced (and the provider removed); a case the data does
    // not bear out is dismissed before any minutes exist. Nothing moves back: a signed minutes or
    // a publication is corrected by a new document, not by reopening the case.
    static const QList<QPair<CaseStatus, CaseStatus>> table = {
        {CaseStatus::Open, CaseStatus::Established},
        {CaseStatus::Open, CaseStatus::Dismissed},
        {CaseStatus::Established, CaseStatus::MinutesDrafted},
        {CaseStatus::Established, CaseStatus::Dismissed},
        {CaseStatus::MinutesDrafted, CaseStatus::MinutesSigned},
        {CaseStatus::MinutesSigned, CaseStatus::Published},
    };
    return table;
}

Result<void> checkTransition(CaseStatus from, CaseStatus to)
{
    if (allowedTransitions().contains(qMakePair(from, to)))
        return {};
    QString why;
    if (from == to)
        why = Casework::tr("the case is already %1.").arg(statusLabel(to));
    else if (from == CaseStatus::Dismissed)
        why = Casework::tr("a dismissed case cannot change any more.");
    else if (from == CaseStatus::Published)
        why = Casework::tr("a published case cannot change any more; correct its documents instead.");
    else if (to == CaseStatus::Dismissed)
        why = Casework::tr("a case can be dismissed only while open or established, not once minutes exist.");
    else if (to == CaseStatus::Open)
        why = Casework::tr("a case cannot be reopened.");
    else {
        // Name the step the case has to take first.
        CaseStatus next = from;
        for (const auto &[a, b] : allowedTransitions())
            if (a == from && b != CaseStatus::Dismissed)
                next = b;
        why = next == from
            ? Casework::tr("it cannot go from %1 to %2.").arg(statusLabel(from), statusLabel(to))
            : Casework::tr("it is %1; its next step is %2, not %3.")
                  .arg(statusLabel(from), statusLabel(next), statusLabel(to));
    }
    return detail::invalid(why);
}

} // namespace sw::casebook
