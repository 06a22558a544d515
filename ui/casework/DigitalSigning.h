#pragma once

#include "settings/SigningProfile.h"
#include "util/Result.h"

class QWidget;

namespace sw::casebook {
class CaseDocuments;
}

namespace sw::ui {

class CasePrompts;

// One signing's digital signer (issue 14 §2), for the pages that sign (documents, cases): with a
// key in `profile` its keys are opened, their PINs asked through `prompts`, and the signer set on
// `documents` until the guard goes; without one, documents are signed on paper.
class DigitalSigning
{
public:
    DigitalSigning(casebook::CaseDocuments &documents, const settings::SigningProfile &profile,
                   CasePrompts &prompts, QWidget *parent);
    ~DigitalSigning();
    DigitalSigning(const DigitalSigning &) = delete;
    DigitalSigning &operator=(const DigitalSigning &) = delete;

    // True: signing digitally; false: on paper; Kind::Cancelled when a PIN was not given.
    const Result<bool> &armed() const { return m_armed; }

private:
    casebook::CaseDocuments &m_documents;
    Result<bool> m_armed;
};

} // namespace sw::ui
