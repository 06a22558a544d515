#pragma once

// Inside the signing module only: what the signer and the verifier both read from a PDF (PoDoFo).

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace PoDoFo {
class PdfMemDocument;
class PdfObject;
} // namespace PoDoFo

namespace sw::signing {

struct FormField
{
    QString name; // fully qualified ("parent.child")
    PoDoFo::PdfObject *object = nullptr; // the terminal field's dictionary
};

// Turns PoDoFo's own messages off (once; before any document is loaded).
void quietPodofo();

// The terminal fields of the AcroForm (following /Kids), in the order of /Fields.
QList<FormField> formFields(PoDoFo::PdfMemDocument &document);
QStringList fieldNames(PoDoFo::PdfMemDocument &document);
QStringList signatureFieldNames(PoDoFo::PdfMemDocument &document);
// The field's value dictionary when the field is a signature field (/FT /Sig, inherited) with /V.
PoDoFo::PdfObject *signatureValue(PoDoFo::PdfMemDocument &document, const FormField &field);

// PDF 32000-1 §7.9.4 dates: "D:20261120101500+07'00'" and back.
QByteArray pdfDate(const QDateTime &time);
QDateTime parsePdfDate(const QString &text);

} // namespace sw::signing
