#pragma once

#include "rules/Finding.h"
#include "util/Result.h"

#include <QList>
#include <QString>

#include <functional>

class QObject;

namespace sw::ui {

// One citizen's findings, to pick from when a complaint is verified (issue 17).
struct CitizenFindings
{
    QList<rules::Finding> findings; // in the findings order
    QString origin; // where they come from, in a few words ("from the scan of …")
    QString originDetail; // more about it, for a tooltip (empty: nothing more)
};

// Where the complaint form finds a citizen's findings: the console's (CitizenFindingsLookup), or a
// test's.
class CitizenFindingsSource
{
public:
    virtual ~CitizenFindingsSource() = default;
    // Looks up the findings of `citizenId` (the full id; never shown) and calls `done` with them
    // in `context`'s thread, possibly before returning; never once `context` is gone.
    virtual void lookUp(const QString &citizenId, QObject *context,
                        std::function<void(Result<CitizenFindings>)> done)
        = 0;
};

} // namespace sw::ui
