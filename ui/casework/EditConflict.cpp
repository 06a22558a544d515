#include "casework/EditConflict.h"

#include "casebook/Complaints.h"

#include <QJsonArray>
#include <QStringList>

namespace sw::ui {

QString EditConflict::complaintText(const casebook::Complaint &c)
{
    return tr("Statement:\n%1\n\nNotes:\n%2\n\nOutcome: %3\nFindings linked: %4")
        .arg(c.statement, c.notes, casebook::outcomeLabel(c.outcome))
        .arg(c.findingLines.size());
}

namespace {
// The text a JSON value holds, for a person: strings as they are, lists a line an item, objects
// their fields; numbers and flags as written.
QString plain(const QJsonValue &value, int depth)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    QStringList lines;
    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i)
            if (const QString text = plain(items.at(i), depth + 1); !text.isEmpty())
                lines << QStringLiteral("- ") + text;
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            if (const QString text = plain(it.value(), depth + 1); !text.isEmpty())
                lines << it.key() + QStringLiteral(": ") + text;
    }
    return lines.join(QLatin1Char('\n') + QString(depth * 2, QLatin1Char(' ')));
}
} // namespace

QString EditConflict::draftText(const QJsonObject &draft)
{
    QStringList blocks;
    for (auto it = draft.begin(); it != draft.end(); ++it) {
        if (it.key() == QLatin1String("format"))
            continue; // the document's format tag: nothing a person typed
        if (const QString text = plain(it.value(), 1); !text.isEmpty())
            blocks << it.key() + QStringLiteral(":\n  ") + text;
    }
    return blocks.join(QStringLiteral("\n\n"));
}

} // namespace sw::ui
