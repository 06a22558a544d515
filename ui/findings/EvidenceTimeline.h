#pragma once

#include "findings/FindingEvidence.h"

#include <QLocale>
#include <QWidget>

namespace sw::ui {

// The records behind a finding on one time line, oldest at the top: each event with its local
// time, a dot in its provider's colour on a vertical line (filled for the finding's own record,
// ringed for evidence, small for the citizen's other records) and what happened. Events after
// the scan's as-of time are drawn pale: the scan did not see them.
class EvidenceTimeline : public QWidget
{
    Q_OBJECT
public:
    explicit EvidenceTimeline(QWidget *parent = nullptr);

    void setEvents(const QList<findings::EvidenceEvent> &events, qint64 asOf);
    void clear();
    const QList<findings::EvidenceEvent> &events() const { return m_events; }
    int eventCount() const { return int(m_events.size()); }
    // The text of event `i` as drawn (for tests and accessibility).
    QString eventText(int i) const;

    static QString describe(const findings::EvidenceEvent &event);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    // An event's text is cut to the pane's width: its tool tip gives it whole.
    bool event(QEvent *event) override;

private:
    int rowHeight() const;

    QList<findings::EvidenceEvent> m_events;
    qint64 m_asOf = 0;
    QLocale m_locale;
};

} // namespace sw::ui
