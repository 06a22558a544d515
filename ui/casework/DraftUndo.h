#pragma once

#include <QList>
#include <QObject>
#include <QVariant>

#include <functional>

class QAbstractSpinBox;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QUndoStack;
class QWidget;

namespace sw::ui {

// Undo and redo for a draft's form: every edit of a bound field is one command on a QUndoStack,
// and keystrokes in the same field within a short pause merge into one (typing a sentence is one
// step back, not forty). Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) inside a field go to this stack, not to
// the field's own undo, so that the order of edits across fields is kept.
class DraftUndo : public QObject
{
    Q_OBJECT
public:
    // Edits of one field closer together than this merge.
    static constexpr int mergeWindowMs = 1500;

    explicit DraftUndo(QObject *parent = nullptr);

    QUndoStack *stack() const { return m_stack; }

    void bind(QLineEdit *field);
    void bind(QPlainTextEdit *field);
    void bind(QDateTimeEdit *field); // QDateEdit too
    void bind(QSpinBox *field);
    void bind(QCheckBox *field);
    void bind(QComboBox *field); // the chosen index

    // While loading a draft, changes are not recorded; endLoad() takes the fields as they are as
    // the starting point and empties the stack.
    void beginLoad();
    void endLoad();

Q_SIGNALS:
    // A field changed by the person, by undo or by redo (the draft needs saving).
    void edited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    friend class DraftFieldEdit;
    struct Field
    {
        QWidget *widget;
        std::function<QVariant()> get;
        std::function<void(const QVariant &)> set;
        QVariant last;
    };
    int add(QWidget *widget, std::function<QVariant()> get, std::function<void(const QVariant &)> set);
    void changed(int field);
    void apply(int field, const QVariant &value);
    void watchKeys(QWidget *widget);

    QUndoStack *m_stack;
    QList<Field> m_fields;
    bool m_applying = false;
    bool m_loading = false;
};

} // namespace sw::ui
