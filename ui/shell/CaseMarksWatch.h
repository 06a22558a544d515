#pragma once

#include <QObject>

namespace sw::findings {
class FindingsStore;
}

namespace sw::ui {

class CasebookSession;

// What became of the findings (issue 17): reads from the casebook which case each finding is in
// (casebook::findingCases: keys, numbers and statuses, not the findings themselves) and hands it
// to the findings store, which the findings page and the dashboard's "open findings" count
// against. Read when the casebook opens and whenever casework changes: another desk's changes as
// the shared casebook notifies them, this desk's as its pages say (reload()). While the casebook
// cannot be reached the last marks read stay (they were true a moment ago).
class CaseMarksWatch : public QObject
{
    Q_OBJECT
public:
    CaseMarksWatch(CasebookSession &session, findings::FindingsStore &store, QObject *parent = nullptr);

public Q_SLOTS:
    // Reads the marks again; emits changed() when they differ from the store's.
    void reload();

Q_SIGNALS:
    void changed();

private:
    CasebookSession &m_session;
    findings::FindingsStore &m_store;
};

} // namespace sw::ui
