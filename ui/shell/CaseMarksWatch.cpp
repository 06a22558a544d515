#include "shell/CaseMarksWatch.h"

#include "casebook/FindingCases.h"
#include "findings/FindingsStore.h"
#include "shell/CasebookSession.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcUi)

namespace sw::ui {

CaseMarksWatch::CaseMarksWatch(CasebookSession &session, findings::FindingsStore &store, QObject *parent)
    : QObject(parent), m_session(session), m_store(store)
{
    connect(&m_session, &CasebookSession::opened, this, &CaseMarksWatch::reload);
    connect(&m_session, &CasebookSession::tablesChanged, this, [this](const QSet<QString> &tables) {
        // Which case a finding is in, and the case's status.
        static const QStringList relevant
            = {QStringLiteral("cases"), QStringLiteral("case_findings"), QStringLiteral("complaints"),
               QStringLiteral("complaint_findings")};
        for (const QString &table : relevant)
            if (tables.isEmpty() || tables.contains(table))
                return reload();
    });
    reload();
}

void CaseMarksWatch::reload()
{
    if (!m_session.isOpen())
        return;
    auto cases = casebook::findingCases(*m_session.casebook());
    if (!cases) {
        qCWarning(lcUi) << "the cases of the findings could not be read:" << cases.error().message;
        return;
    }
    findings::CaseMarks marks;
    marks.reserve(cases->size());
    for (auto it = cases->cbegin(); it != cases->cend(); ++it)
        marks.insert(it.key(), {it->caseId, casebook::statusCode(it->status), it->throughComplaint});
    if (marks == m_store.caseMarks())
        return;
    m_store.setCaseMarks(marks);
    Q_EMIT changed();
}

} // namespace sw::ui
