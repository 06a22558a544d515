#pragma once

#include "documents/AnnouncementData.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QUndoStack;

namespace sw::ui {

class DraftUndo;

// The editor of the public announcement (thông báo): what is written by a person — the subject
// line, the exclusion date, the signatory and the recipients. The provider, the minutes cited and
// the violations come from the signed minutes and are shown only; the announcement never holds
// citizen data (§1.7). Undoable; a signed announcement is shown frozen.
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

Q_SIGNALS:
    void edited();

private:
    void setFrozen(bool frozen);

    Clock m_clock;
    documents::AnnouncementData m_base;
    bool m_frozen = false;
    DraftUndo *m_undo;
    QLabel *m_facts;
    QPlainTextEdit *m_subject;
    QDateEdit *m_exclusion;
    QLineEdit *m_authority;
    QLineEdit *m_title;
    QLineEdit *m_name;
    QPlainTextEdit *m_recipients;
};

} // namespace sw::ui
