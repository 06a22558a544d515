#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QWidget;

namespace sw::ui {

// Small pieces shared by the document editors.
class DraftFields
{
    Q_DECLARE_TR_FUNCTIONS(DraftFields)

public:
    // A date-time field in the province's wall clock whose lowest value means "not set".
    static QDateTimeEdit *dateTimeField(QWidget *parent);
    static void setDateTime(QDateTimeEdit *field, const QDateTime &utc);
    static QDateTime dateTime(const QDateTimeEdit *field); // UTC; invalid when not set
    // A plain-text field a few lines high.
    static QPlainTextEdit *textField(QWidget *parent, int lines, const QString &placeholder = {});
    static QStringList lines(const QString &text); // non-empty lines, trimmed
    // A bold section heading row in a form.
    static QLabel *heading(const QString &text, QWidget *parent);
};

} // namespace sw::ui
