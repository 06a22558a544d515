#include "TsFile.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace sw::test {

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return {};
    }
    QList<TsMessage> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("TS"))
            continue; // descend
        if (xml.name() != QLatin1String("context")) {
            xml.skipCurrentElement();
            continue;
        }
        context.clear();
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                TsMessage message;
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("source")) {
                        message.source = xml.readElementText();
                    } else if (xml.name() == QLatin1String("comment")) {
                        message.comment = xml.readElementText();
                    } else if (xml.name() == QLatin1String("translation")) {
                        message.type = xml.attributes().value(QLatin1String("type")).toString();
                        if (message.numerus) {
                            while (xml.readNextStartElement()) {
                                if (xml.name() == QLatin1String("numerusform"))
                                    message.forms << xml.readElementText();
                                else
                                    xml.skipCurrentElement();
                            }
                        } else {
                            message.forms << xml.readElementText();
                        }
                    } else {
                        xml.skipCurrentElement(); // extracomment, location…
                    }
                }
                messages << message;
            } else {
                xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
        return {};
    }
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(?:n|\\d{1,2})"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.insert(match.captured());
    return found;
}

QString describe(const TsMessage &message)
{
    if (!message.comment.isEmpty())
        return QStringLiteral("[%1] \"%2\" (%3)").arg(message.context, message.source, message.comment);
    return QStringLiteral("[%1] \"%2\"").arg(message.context, message.source);
}

} // namespace sw::test
