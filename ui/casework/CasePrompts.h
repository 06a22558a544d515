#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class QWidget;

namespace sw::casebook {
struct Complaint;
}

namespace sw::ui {

// The questions the casework pages ask a person: confirmations of irreversible moves (sign,
// publish, exclude: ui-guide.md "ask once, in plain words, naming what will happen"), reasons,
// dates and file names. The default asks with dialogs; tests give their own answers by
// subclassing and handing an instance to the page.
class CasePrompts
{
    Q_DECLARE_TR_FUNCTIONS(CasePrompts)

public:
    virtual ~CasePrompts() = default;

    // True when the person accepts `text`; `acceptLabel` names the act ("Sign", "Publish").
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text,
                         const QString &acceptLabel);
    // A reason typed by the person; nothing when cancelled. When `required`, OK stays disabled
    // while the text is empty.
    virtual std::optional<QString> reason(QWidget *parent, const QString &title, const QString &label,
                                          bool required);
    struct Exclusion
    {
        QDate from; // a local day (UTC+7)
        QString note;
    };
    // The day the provider's removal from the programme takes effect (§5.3), and a note.
    virtual std::optional<Exclusion> exclusion(QWidget *parent, const QDate &suggested);
    // A file to write; nothing when cancelled.
    virtual std::optional<QString> saveFileName(QWidget *parent, const QString &title,
                                                const QString &suggestedName, const QString &filter);
    // The complaints to attach to a case, chosen among `candidates`; empty when cancelled.
    virtual QList<qint64> chooseComplaints(QWidget *parent, const QList<casebook::Complaint> &candidates);
    // Someone else saved what the person was editing (`message`: who and when; issue 13). The
    // editor keeps the person's text; `theirs` is the other version as text, to read and copy
    // from. KeepMine: the person's text replaces theirs (they have seen it); TakeTheirs: theirs is
    // loaded and the person's text goes to the clipboard; Later: nothing changes and nothing is
    // saved until they decide.
    enum class ConflictChoice { Later, KeepMine, TakeTheirs };
    virtual ConflictChoice editConflict(QWidget *parent, const QString &message, const QString &theirs);
    // The PIN or passphrase of signing key `what` (SigningPinDialog); nothing when cancelled.
    virtual std::optional<QByteArray> signingPin(QWidget *parent, const QString &what);
    // Tells the person something that went wrong or needs their attention first.
    virtual void inform(QWidget *parent, const QString &title, const QString &text);
};

} // namespace sw::ui
