#include "casework/DigitalSigning.h"

#include "casebook/CaseDocuments.h"
#include "casework/CasePrompts.h"
#include "signatures/DocumentSigner.h"

#include <QCoreApplication>

namespace sw::ui {

namespace {
struct Casework
{
    Q_DECLARE_TR_FUNCTIONS(Casework)
};

Result<bool> arm(casebook::CaseDocuments &documents, const settings::SigningProfile &profile,
                 CasePrompts &prompts, QWidget *parent)
{
    documents.setDigitalSigner({});
    if (!profile.signsDigitally())
        return false;
    auto signer = signatures::DocumentSigner::open(profile, [&](const QString &what) -> Result<QByteArray> {
        auto pin = prompts.signingPin(parent, what);
        if (!pin)
            return Error::make(Casework::tr("Not signed: the PIN was not given."), {},
                               Error::Kind::Cancelled);
        return *pin;
    });
    if (!signer)
        return signer.error();
    documents.setDigitalSigner(signer->callback());
    return true;
}
} // namespace

DigitalSigning::DigitalSigning(casebook::CaseDocuments &documents, const settings::SigningProfile &profile,
                               CasePrompts &prompts, QWidget *parent)
    : m_documents(documents), m_armed(arm(documents, profile, prompts, parent))
{ }

DigitalSigning::~DigitalSigning()
{
    // The keys (a token's session) close with the last copy of the signer.
    m_documents.setDigitalSigner({});
}

} // namespace sw::ui
