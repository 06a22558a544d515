// CaseDocuments: the digital signature of a document being signed (the callback the caller sets;
// the casebook itself holds no keys and knows nothing of PAdES).
#include "casebook/CaseDocuments.h"
#include "casebook/CaseworkSupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcCaseDocuments)

namespace sw::casebook {

namespace {
struct Casework
{
    Q_DECLARE_TR_FUNCTIONS(Casework)
};
} // namespace

Result<CaseDocuments::Prepared> CaseDocuments::prepareSigned(qint64 documentId, const QDateTime &at) const
{
    auto prepared = prepareSigning(documentId, at);
    if (!prepared || !m_digitalSigner)
        return prepared;
    Prepared p = std::move(*prepared);
    auto signature = m_digitalSigner(p.rendered, at);
    if (!signature) {
        qCInfo(lcCaseDocuments) << "document" << documentId
                                << "not signed digitally:" << signature.error().message;
        Error error = signature.error();
        error.message = Casework::tr("The document was not signed (no number used): %1").arg(error.message);
        return error;
    }
    // A PAdES signature is an incremental update: the rendered document stays byte for byte at the
    // start of the signed file, so what is frozen is exactly what was rendered, plus signatures.
    if (signature->pdf.size() <= p.pdf.size() || !signature->pdf.startsWith(p.pdf))
        return Error::make(Casework::tr("The document was not signed (no number used): the digital "
                                        "signature did not return the rendered document signed."));
    p.pdf = signature->pdf;
    p.sha256 = QString::fromLatin1(QCryptographicHash::hash(p.pdf, QCryptographicHash::Sha256).toHex());
    p.digitalSigner = signature->signedBy.isEmpty() ? QStringLiteral("?") : signature->signedBy;
    return p;
}

} // namespace sw::casebook
