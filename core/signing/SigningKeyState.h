#pragma once

// Inside the signing module only: what a SigningKey and TrustAnchors hold, as OpenSSL objects.

#include "signing/OpenSslSupport.h"
#include "signing/PdfVerifier.h"
#include "signing/SigningKey.h"

#include <functional>

namespace sw::signing {

struct KeyState
{
    ossl::Key key; // in memory (PKCS#12) or a handle whose operations go to the token (libp11)
    ossl::Cert cert;
    ossl::CertStack chain {sk_X509_new_null()};
    // Closes the token session and unloads the module; run after the key is freed.
    std::function<void()> closeToken;

    KeyState() = default;
    KeyState(const KeyState &) = delete;
    KeyState &operator=(const KeyState &) = delete;
    ~KeyState()
    {
        key.reset();
        if (closeToken)
            closeToken();
    }
};

struct KeyAccess
{
    static const KeyState &state(const SigningKey &key) { return *key.d; }
};

struct AnchorState
{
    ossl::CertStack certificates {sk_X509_new_null()};
};

struct AnchorAccess
{
    static STACK_OF(X509) * certificates(const TrustAnchors &anchors)
    {
        return anchors.d->certificates.get();
    }
};

} // namespace sw::signing
