#pragma once

// Qt Linguist .ts files read back for the translation tests (tst_translations: the sources'
// catalogues; tst_ui_qtstrings: the project's catalogue of Qt's own strings, translations/qt_vi.ts).

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace sw::test {

struct TsMessage
{
    QString context;
    QString source;
    QString comment; // the disambiguation, part of the message's identity
    bool numerus = false;
    QString type; // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList forms; // one entry, or one per <numerusform>
};

// Every <message> of the .ts file at `path`; an empty list and `error` set on failure.
QList<TsMessage> readTs(const QString &path, QString *error);

// %1…%99, %L1…, %n and %Ln, as QString::arg() and tr() with a count replace them.
QSet<QString> placeholders(const QString &text);

// "[context] "source" (comment)", for failure messages.
QString describe(const TsMessage &message);

} // namespace sw::test
