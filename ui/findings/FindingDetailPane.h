#pragma once

#include "findings/FindingEvidence.h"
#include "findings/FindingsStore.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace sw::registry {
class RegistrySession;
}

namespace sw::ui {

class EvidenceTimeline;

// The detail of one finding beside the table: what makes it a violation (one sentence from its
// detail and the scan's thresholds), the regulation's clauses quoted, and the records behind it
// on a time line, read from the registry through the session's worker.
class FindingDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit FindingDetailPane(registry::RegistrySession &session, QWidget *parent = nullptr);

    void showFinding(const findings::StoredFinding &finding, const findings::ScanRecord &scan);
    // What casework made of the finding shown (issue 17); nothing: in no case.
    void showCase(const std::optional<findings::CaseMark> &mark);
    void clear();
    qint64 rowId() const { return m_rowId; }

    QString title() const;
    QString explanation() const;
    QString clausesText() const; // the quoted clauses as plain text
    QString evidenceStatus() const;
    QString caseStatus() const;
    EvidenceTimeline *timeline() const { return m_timeline; }

Q_SIGNALS:
    void closeRequested();
    // The registry's records arrived (or could not be read: evidenceStatus() says why).
    void evidenceLoaded();

private:
    registry::RegistrySession &m_session;
    QLabel *m_title;
    QLabel *m_meta;
    QLabel *m_case;
    QLabel *m_explanation;
    QLabel *m_clauses;
    QLabel *m_evidenceStatus;
    EvidenceTimeline *m_timeline;
    QToolButton *m_close;
    qint64 m_rowId = 0;
    quint64 m_request = 0; // the latest evidence request; older answers are dropped
};

} // namespace sw::ui
