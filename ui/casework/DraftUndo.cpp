#include "casework/DraftUndo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QUndoStack>

namespace sw::ui {

// One edit of one field: the value before and after. Consecutive edits of the same field within
// DraftUndo::mergeWindowMs merge into one.
class DraftFieldEdit : public QUndoCommand
{
public:
    DraftFieldEdit(DraftUndo *owner, int field, QVariant before, QVariant after)
        : m_owner(owner), m_field(field), m_before(std::move(before)), m_after(std::move(after))
    {
        m_time.start();
    }

    int id() const override { return 1 + m_field; }
    void undo() override { m_owner->apply(m_field, m_before); }
    void redo() override
    {
        // The field shows the new value already when the edit is pushed.
        if (m_first) {
            m_first = false;
            return;
        }
        m_owner->apply(m_field, m_after);
    }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const DraftFieldEdit *>(other);
        if (next->m_field != m_field || m_time.elapsed() > DraftUndo::mergeWindowMs)
            return false;
        m_after = next->m_after;
        m_time.restart();
        setObsolete(m_after == m_before);
        return true;
    }

private:
    DraftUndo *m_owner;
    int m_field;
    QVariant m_before;
    QVariant m_after;
    QElapsedTimer m_time;
    bool m_first = true;
};

DraftUndo::DraftUndo(QObject *parent) : QObject(parent), m_stack(new QUndoStack(this)) { }

int DraftUndo::add(QWidget *widget, std::function<QVariant()> get, std::function<void(const QVariant &)> set)
{
    Field field {widget, std::move(get), std::move(set), {}};
    field.last = field.get();
    m_fields << field;
    watchKeys(widget);
    return int(m_fields.size() - 1);
}

void DraftUndo::watchKeys(QWidget *widget)
{
    widget->installEventFilter(this);
    for (QLineEdit *inner : widget->findChildren<QLineEdit *>())
        inner->installEventFilter(this);
}

void DraftUndo::bind(QLineEdit *field)
{
    const int index = add(
        field, [field] { return QVariant(field->text()); },
        [field](const QVariant &v) { field->setText(v.toString()); });
    connect(field, &QLineEdit::textChanged, this, [this, index] { changed(index); });
}

void DraftUndo::bind(QPlainTextEdit *field)
{
    field->setUndoRedoEnabled(false);
    const int index = add(
        field, [field] { return QVariant(field->toPlainText()); },
        [field](const QVariant &v) {
            field->setPlainText(v.toString());
            field->moveCursor(QTextCursor::End);
        });
    connect(field, &QPlainTextEdit::textChanged, this, [this, index] { changed(index); });
}

void DraftUndo::bind(QDateTimeEdit *field)
{
    const int index = add(
        field, [field] { return QVariant(field->dateTime()); },
        [field](const QVariant &v) { field->setDateTime(v.toDateTime()); });
    connect(field, &QDateTimeEdit::dateTimeChanged, this, [this, index] { changed(index); });
}

void DraftUndo::bind(QSpinBox *field)
{
    const int index = add(
        field, [field] { return QVariant(field->value()); },
        [field](const QVariant &v) { field->setValue(v.toInt()); });
    connect(field, &QSpinBox::valueChanged, this, [this, index] { changed(index); });
}

void DraftUndo::bind(QCheckBox *field)
{
    const int index = add(
        field, [field] { return QVariant(field->isChecked()); },
        [field](const QVariant &v) { field->setChecked(v.toBool()); });
    connect(field, &QCheckBox::toggled, this, [this, index] { changed(index); });
}

void DraftUndo::bind(QComboBox *field)
{
    const int index = add(
        field, [field] { return QVariant(field->currentIndex()); },
        [field](const QVariant &v) { field->setCurrentIndex(v.toInt()); });
    connect(field, &QComboBox::currentIndexChanged, this, [this, index] { changed(index); });
}

void DraftUndo::beginLoad()
{
    m_loading = true;
}

void DraftUndo::endLoad()
{
    for (Field &field : m_fields)
        field.last = field.get();
    m_stack->clear();
    m_loading = false;
}

void DraftUndo::changed(int index)
{
    Field &field = m_fields[index];
    const QVariant now = field.get();
    if (m_applying || m_loading) {
        field.last = now;
        return;
    }
    if (now == field.last)
        return;
    const QVariant before = field.last;
    field.last = now;
    m_stack->push(new DraftFieldEdit(this, index, before, now));
    Q_EMIT edited();
}

void DraftUndo::apply(int index, const QVariant &value)
{
    Field &field = m_fields[index];
    m_applying = true;
    field.set(value);
    field.last = field.get();
    m_applying = false;
    Q_EMIT edited();
}

bool DraftUndo::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool undo = key->matches(QKeySequence::Undo);
    const bool redo = key->matches(QKeySequence::Redo)
        || key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z)
        || key->keyCombination() == QKeyCombination(Qt::CTRL, Qt::Key_Y);
    if (!undo && !redo)
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        // Keep the key for the field (and so for this filter) rather than a window shortcut.
        event->accept();
        return true;
    }
    if (undo)
        m_stack->undo();
    else
        m_stack->redo();
    return true;
}

} // namespace sw::ui
