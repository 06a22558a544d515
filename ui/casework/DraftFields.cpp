#include "casework/DraftFields.h"

#include "casework/CaseTime.h"

#include <QDateTimeEdit>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>

namespace sw::ui {

namespace {
// The lowest value of a date-time field, shown as "not set".
const QDateTime notSet(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
} // namespace

QDateTimeEdit *DraftFields::dateTimeField(QWidget *parent)
{
    auto *field = new QDateTimeEdit(parent);
    field->setTimeSpec(Qt::UTC); // the province's wall clock (CaseTime)
    field->setCalendarPopup(true);
    field->setMinimumDateTime(notSet);
    field->setSpecialValueText(tr("not set"));
    field->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:mm"));
    field->setDateTime(notSet);
    return field;
}

void DraftFields::setDateTime(QDateTimeEdit *field, const QDateTime &utc)
{
    field->setDateTime(utc.isValid() ? CaseTime::toWallClock(utc) : notSet);
}

QDateTime DraftFields::dateTime(const QDateTimeEdit *field)
{
    const QDateTime wall = field->dateTime();
    if (wall <= notSet)
        return {};
    return CaseTime::fromWallClock(
        QDateTime(wall.date(), QTime(wall.time().hour(), wall.time().minute()), Qt::UTC));
}

QPlainTextEdit *DraftFields::textField(QWidget *parent, int lines, const QString &placeholder)
{
    auto *field = new QPlainTextEdit(parent);
    field->setTabChangesFocus(true);
    field->setPlaceholderText(placeholder);
    field->setFixedHeight(field->fontMetrics().lineSpacing() * lines + 14);
    return field;
}

QStringList DraftFields::lines(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            out << trimmed;
    }
    return out;
}

QLabel *DraftFields::heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setContentsMargins(0, 8, 0, 0);
    return label;
}

} // namespace sw::ui
