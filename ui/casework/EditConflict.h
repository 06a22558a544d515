#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace sw::casebook {
struct Complaint;
}

namespace sw::ui {

// Two desks edited the same complaint or draft and the other saved first (issue 13): the editor
// keeps what this person typed, and these texts let them see the other version and carry pieces
// across (the conflict dialog shows theirs; "take theirs" puts this person's on the clipboard).
class EditConflict
{
    Q_DECLARE_TR_FUNCTIONS(EditConflict)

public:
    // What a person typed in a complaint, as plain text: statement, notes, outcome and how many
    // findings are linked. The citizen id is left out (§1.7: it never goes to a clipboard).
    static QString complaintText(const casebook::Complaint &complaint);
    // A draft's text fields, one "field: text" block each, in the draft's order of keys; lists
    // one item a line.
    static QString draftText(const QJsonObject &draft);
};

} // namespace sw::ui
