#pragma once

#include "documents/AnnouncementData.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QUndoStack;

namespace sw::ui {

class DraftUndo;

// The editor of the public announcement (thông báo): what is written by a person — the subject
// line, the exclusion date, the signatory and the recipients. The provider, the minutes cited, the
// violations and the providers that remain come from the signed minutes and the casebook and are
// shown only; the announcement never holds citizen data (§1.7). The exclusion date may stay unset
// in a draft (the box unticked), which then cannot be signed. A deputy's delegation prefix ("KT.
// GIÁM ĐỐC") is shown as the authority's placeholder and printed when the authority is left empty.
// Undoable; a signed announcement is shown frozen.
class DocumentAnnouncementEditor : public QWidget
{
    Q_OBJECT
public:
    // `clock`: the day or time a new entry starts from.
    explicit DocumentAnnouncementEditor(const Clock &clock, QWidget *parent = nullptr);

    Result<void> load(const QJsonObject &draft, bool frozen);
    QJsonObject draft() const;
    documents::AnnouncementData announcement() const;
    bool isFrozen() const { return m_frozen; }
    QUndoStack *undoStack() const;

    QLineEdit *signerField() const { return m_name; }
    QDateEdit *exclusionField() const { return m_exclusion; }
    QCheckBox *hasExclusionField() const { return m_hasExclusion; }
    QLineEdit *authorityField() const { return m_authority; }
    QLineEdit *titleField() const { return m_title; }

Q_SIGNALS:
    void edited();

private:
    void setFrozen(bool frozen);
    // The authority's placeholder: the prefix printed for this title when the field stays empty.
    void showDelegation();

    Clock m_clock;
    documents::AnnouncementData m_base;
    bool m_frozen = false;
    DraftUndo *m_undo;
    QLabel *m_facts;
    QPlainTextEdit *m_subject;
    QCheckBox *m_hasExclusion;
    QDateEdit *m_exclusion;
    QLineEdit *m_authority;
    QLineEdit *m_title;
    QLineEdit *m_name;
    QPlainTextEdit *m_recipients;
};

} // namespace sw::ui
