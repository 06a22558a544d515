#include "signing/PdfSupport.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <podofo/podofo.h>

#include <functional>

namespace sw::signing {

using namespace PoDoFo;

namespace {

PdfObject *resolve(PdfMemDocument &document, PdfObject *object)
{
    int depth = 0;
    while (object && object->IsReference() && depth++ < 32)
        object = document.GetObjects().GetObject(object->GetReference());
    return object;
}

QString textOf(const PdfObject *object)
{
    if (!object || !object->IsString())
        return {};
    return QString::fromUtf8(object->GetString().GetStringUtf8().c_str());
}

} // namespace

void quietPodofo()
{
    // PoDoFo writes its debug messages (trailers, warnings) to stdout by default: the CLI's output
    // must stay the CLI's.
    static const bool once = [] {
        PdfError::EnableDebug(false);
        PdfError::EnableLogging(false);
        return true;
    }();
    Q_UNUSED(once)
}

QList<FormField> formFields(PdfMemDocument &document)
{
    QList<FormField> fields;
    PdfObject *root = document.GetCatalog();
    PdfObject *acroForm
        = root ? resolve(document, root->GetDictionary().GetKey(PdfName("AcroForm"))) : nullptr;
    if (!acroForm || !acroForm->IsDictionary())
        return fields;
    PdfObject *list = resolve(document, acroForm->GetDictionary().GetKey(PdfName("Fields")));
    if (!list || !list->IsArray())
        return fields;
    QList<const PdfObject *> seen; // a malformed file may loop through /Kids
    std::function<void(PdfObject *, const QString &)> visit = [&](PdfObject *field, const QString &parent) {
        field = resolve(document, field);
        if (!field || !field->IsDictionary() || seen.contains(field) || seen.size() > 10000)
            return;
        seen << field;
        const QString partial = textOf(resolve(document, field->GetDictionary().GetKey(PdfName("T"))));
        const QString name = parent.isEmpty() ? partial
            : partial.isEmpty()               ? parent
                                              : parent + QLatin1Char('.') + partial;
        PdfObject *kids = resolve(document, field->GetDictionary().GetKey(PdfName("Kids")));
        bool hasFieldKids = false;
        if (kids && kids->IsArray()) {
            for (PdfObject &kid : kids->GetArray()) {
                PdfObject *child = resolve(document, &kid);
                // Kids that are only widgets (no /T) belong to this field.
                if (child && child->IsDictionary() && child->GetDictionary().HasKey(PdfName("T"))) {
                    hasFieldKids = true;
                    visit(child, name);
                }
            }
        }
        if (!hasFieldKids)
            fields.append({name, field});
    };
    for (PdfObject &entry : list->GetArray())
        visit(&entry, QString());
    return fields;
}

QStringList fieldNames(PdfMemDocument &document)
{
    QStringList names;
    for (const FormField &field : formFields(document))
        names << field.name;
    return names;
}

PdfObject *signatureValue(PdfMemDocument &document, const FormField &field)
{
    // /FT may be inherited from a parent field (PDF 32000-1 §12.7.3.1).
    const PdfObject *type = field.object->GetDictionary().FindKeyParent(PdfName("FT"));
    type = type && type->IsReference() ? resolve(document, const_cast<PdfObject *>(type)) : type;
    if (!type || !type->IsName() || type->GetName() != PdfName("Sig"))
        return nullptr;
    PdfObject *value = resolve(document, field.object->GetDictionary().GetKey(PdfName("V")));
    return value && value->IsDictionary() ? value : nullptr;
}

QStringList signatureFieldNames(PdfMemDocument &document)
{
    QStringList names;
    for (const FormField &field : formFields(document)) {
        if (signatureValue(document, field))
            names << field.name;
    }
    return names;
}

QByteArray pdfDate(const QDateTime &time)
{
    const int offset = time.offsetFromUtc();
    QByteArray text = "D:" + time.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
    if (offset == 0)
        return text + 'Z';
    const int minutes = std::abs(offset) / 60;
    text += offset < 0 ? '-' : '+';
    text += QByteArray::number(minutes / 60).rightJustified(2, '0') + '\''
        + QByteArray::number(minutes % 60).rightJustified(2, '0') + '\'';
    return text;
}

QDateTime parsePdfDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^D?:?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz+\-])(?:(\d{2})'?(\d{2})?'?)?)?)"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    auto number = [&](int group, int fallback) {
        return match.captured(group).isEmpty() ? fallback : match.captured(group).toInt();
    };
    const QDate date(number(1, 1), number(2, 1), number(3, 1));
    const QTime clock(number(4, 0), number(5, 0), number(6, 0));
    int offset = 0;
    const QString sign = match.captured(7);
    if (sign == QLatin1String("+") || sign == QLatin1String("-"))
        offset = (sign == QLatin1String("-") ? -1 : 1) * (number(8, 0) * 3600 + number(9, 0) * 60);
    QDateTime time(date, clock, Qt::OffsetFromUTC, offset);
    return time.isValid() ? time : QDateTime();
}

} // namespace sw::signing
