#pragma once

#include "documents/MinutesData.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTreeWidget;
class QUndoStack;

namespace sw::ui {

class DraftUndo;

// The editor of minutes (biên bản, spec/documents.md) in the order the minutes print: time and
// place, participants, the violations with their evidence (from the case's findings: shown, not
// edited here, citizen ids masked), the provider's explanation, conclusion and measures, closing,
// signatures and recipients. Every edit is undoable (undoStack()); edited() tells the page to
// autosave. A signed document is shown frozen.
class DocumentMinutesEditor : public QWidget
{
    Q_OBJECT
public:
    // `clock`: the day or time a new entry starts from.
    explicit DocumentMinutesEditor(const Clock &clock, QWidget *parent = nullptr);

    // Loads a draft (documents::toJson(MinutesData)); `frozen` for a signed document.
    Result<void> load(const QJsonObject &draft, bool frozen);
    // The draft with the fields as edited; everything the editor does not show is kept as loaded.
    QJsonObject draft() const;
    documents::MinutesData minutes() const;
    bool isFrozen() const { return m_frozen; }
    QUndoStack *undoStack() const;

    // One person a line, "Name, title; authority" (the first comma separates name and title, the
    // first semicolon the authority: "theo Giấy ủy quyền số …").
    static QList<documents::Participant> participantsFromText(const QString &text);
    static QString participantsToText(const QList<documents::Participant> &people);

    // For tests.
    QLineEdit *placeField() const { return m_place; }
    QDateTimeEdit *startedField() const { return m_started; }
    QDateTimeEdit *closedField() const { return m_closed; }
    QPlainTextEdit *explanationField() const { return m_explanation; }
    QComboBox *opinionField() const { return m_opinion; }
    QLineEdit *refusalReasonField() const { return m_refusalReason; }
    QLineEdit *recorderField() const { return m_recorder; }
    QLineEdit *providerNameField() const { return m_providerName; }
    QLineEdit *providerAddressField() const { return m_providerAddress; }
    QLineEdit *providerRegistrationField() const { return m_providerRegistration; }
    QCheckBox *exclusionField() const { return m_hasExclusion; }
    QDateEdit *exclusionDateField() const { return m_exclusion; }
    QPlainTextEdit *conclusionField() const { return m_conclusion; }
    QPlainTextEdit *departmentField() const { return m_department; }
    QLineEdit *departmentSignerField() const { return m_deptName; }
    QTreeWidget *violationsView() const { return m_violations; }

Q_SIGNALS:
    void edited();

private:
    void setFrozen(bool frozen);

    Clock m_clock;
    documents::MinutesData m_base; // as loaded
    bool m_frozen = false;
    bool m_loading = false;
    bool m_exclusionTouched = false; // the exclusion date was chosen in this editor
    DraftUndo *m_undo;
    QDateTimeEdit *m_started;
    QLineEdit *m_place;
    QPlainTextEdit *m_department;
    QLineEdit *m_recorder;
    QLineEdit *m_providerName;
    QLineEdit *m_providerAddress;
    QLineEdit *m_providerRegistration;
    QPlainTextEdit *m_providerPeople;
    QPlainTextEdit *m_witnesses;
    QTreeWidget *m_violations;
    QComboBox *m_opinion;
    QPlainTextEdit *m_explanation;
    QLineEdit *m_refusalReason;
    QPlainTextEdit *m_conclusion;
    QPlainTextEdit *m_measures;
    QCheckBox *m_hasExclusion;
    QDateEdit *m_exclusion;
    QDateTimeEdit *m_closed;
    QSpinBox *m_copies;
    QSpinBox *m_copiesPerParty;
    QLineEdit *m_providerSignerTitle;
    QLineEdit *m_providerSignerName;
    QLineEdit *m_deptAuthority;
    QLineEdit *m_deptTitle;
    QLineEdit *m_deptName;
    QPlainTextEdit *m_recipients;
};

} // namespace sw::ui
