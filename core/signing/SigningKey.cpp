#include "signing/SigningKey.h"

#include "signing/SigningKeyState.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <openssl/err.h>
#include <openssl/pkcs12.h>

// libp11 and p11-kit: both C headers; p11-kit's URI parser is used as it is (RFC 7512), matching
// included (p11_kit_uri_match_token_info), so no URI is taken apart here by hand.
#include <libp11.h>
#include <p11-kit/uri.h>

#include <cstring>

Q_LOGGING_CATEGORY(lcSigningKey, "signwatch.signing.key")

namespace sw::signing {

namespace {

using Uri = ossl::Owned<P11KitUri, p11_kit_uri_free>;

Result<Uri> parseUri(const QString &text)
{
    Uri uri(p11_kit_uri_new());
    const int rc = p11_kit_uri_parse(text.toUtf8().constData(), P11_KIT_URI_FOR_ANY, uri.get());
    if (rc != P11_KIT_URI_OK)
        return Error::make(
            QCoreApplication::translate(
                "Signing", "The PKCS#11 address \"%1\" cannot be read (RFC 7512: pkcs11:token=…;object=…).")
                .arg(text.section(QLatin1Char('?'), 0, 0)),
            QString::fromUtf8(p11_kit_uri_message(rc)), Error::Kind::InvalidInput);
    return uri;
}

} // namespace

Result<KeySpec> KeySpec::parse(const QString &signingKey, const QString &module)
{
    KeySpec spec;
    spec.module = module;
    spec.location = signingKey.trimmed();
    if (spec.location.isEmpty())
        return Error::make(QCoreApplication::translate("Signing", "No signing key is given."), {},
                           Error::Kind::InvalidInput);
    if (spec.location.startsWith(QLatin1String(P11_KIT_URI_SCHEME ":"), Qt::CaseInsensitive)) {
        spec.kind = Kind::Pkcs11;
        auto uri = parseUri(spec.location);
        if (!uri)
            return uri.error();
        if (!module.isEmpty() && !QFileInfo::exists(module))
            return Error::make(
                QCoreApplication::translate("Signing", "The PKCS#11 module %1 does not exist.").arg(module),
                {}, Error::Kind::NotFound);
        return spec;
    }
    spec.kind = Kind::Pkcs12;
    if (!QFileInfo(spec.location).isFile())
        return Error::make(
            QCoreApplication::translate("Signing", "The key file %1 does not exist.").arg(spec.location), {},
            Error::Kind::NotFound);
    return spec;
}

QString KeySpec::displayText() const
{
    if (kind == Kind::Pkcs12)
        return QFileInfo(location).fileName();
    // Whatever follows '?' may hold pin-value or pin-source: never shown.
    QString text = location.section(QLatin1Char('?'), 0, 0);
    if (!module.isEmpty())
        text += QStringLiteral(" (%1)").arg(QFileInfo(module).fileName());
    return text;
}

SigningKey::SigningKey(std::shared_ptr<KeyState> state) : d(std::move(state)) { }

namespace {

Error wrongPin(const KeySpec &spec)
{
    return Error::make(
        spec.kind == KeySpec::Kind::Pkcs11
            ? QCoreApplication::translate("Signing", "Wrong PIN for the token %1.").arg(spec.displayText())
            : QCoreApplication::translate("Signing", "Wrong passphrase for the key file %1.")
                  .arg(spec.displayText()),
        {}, Error::Kind::AccessDenied);
}

Result<std::shared_ptr<KeyState>> openPkcs12(const KeySpec &spec, const QByteArray &pin)
{
    QFile file(spec.location);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(
            QCoreApplication::translate("Signing", "The key file %1 cannot be read.").arg(spec.location),
            file.errorString(), Error::Kind::NotFound);
    const QByteArray bytes = file.readAll();
    auto bio = ossl::memoryBio(bytes);
    ossl::Owned<PKCS12, PKCS12_free> p12(d2i_PKCS12_bio(bio.get(), nullptr));
    if (!p12)
        return Error::make(
            QCoreApplication::translate("Signing", "%1 is not a PKCS#12 key file.").arg(spec.displayText()),
            ossl::takeErrors(), Error::Kind::InvalidInput);
    const QByteArray pass = pin; // an empty passphrase is tried as given
    if (PKCS12_mac_present(p12.get()) && !PKCS12_verify_mac(p12.get(), pass.constData(), int(pass.size()))) {
        ERR_clear_error();
        return wrongPin(spec);
    }
    auto state = std::make_shared<KeyState>();
    EVP_PKEY *key = nullptr;
    X509 *cert = nullptr;
    STACK_OF(X509) *ca = nullptr;
    if (!PKCS12_parse(p12.get(), pass.constData(), &key, &cert, &ca)) {
        const QString detail = ossl::takeErrors();
        return Error::make(QCoreApplication::translate("Signing", "The key file %1 cannot be opened.")
                               .arg(spec.displayText()),
                           detail, Error::Kind::AccessDenied);
    }
    state->key.reset(key);
    state->cert.reset(cert);
    if (ca)
        state->chain.reset(ca);
    if (!state->key || !state->cert)
        return Error::make(QCoreApplication::translate(
                               "Signing", "The key file %1 holds no private key with its certificate.")
                               .arg(spec.displayText()),
                           {}, Error::Kind::NotFound);
    return state;
}

// Space-padded fields of a CK_TOKEN_INFO, as p11-kit's matcher expects them.
void putPadded(unsigned char *field, std::size_t size, const char *value)
{
    std::memset(field, ' ', size);
    if (value)
        std::memcpy(field, value, std::min(size, std::strlen(value)));
}

bool tokenMatches(P11KitUri *uri, const PKCS11_TOKEN *token)
{
    CK_TOKEN_INFO info;
    std::memset(&info, 0, sizeof info);
    putPadded(info.label, sizeof info.label, token->label);
    putPadded(info.manufacturerID, sizeof info.manufacturerID, token->manufacturer);
    putPadded(info.model, sizeof info.model, token->model);
    putPadded(info.serialNumber, sizeof info.serialNumber, token->serialnr);
    return p11_kit_uri_match_token_info(uri, &info) == 1;
}

// The object the URI names by "object=" (CKA_LABEL) and/or "id=" (CKA_ID); both absent: any.
bool objectMatches(P11KitUri *uri, const char *label, const unsigned char *id, std::size_t idLength)
{
    if (const CK_ATTRIBUTE *wanted = p11_kit_uri_get_attribute(uri, CKA_LABEL)) {
        const std::size_t length = label ? std::strlen(label) : 0;
        if (wanted->ulValueLen != length || std::memcmp(wanted->pValue, label, length) != 0)
            return false;
    }
    if (const CK_ATTRIBUTE *wanted = p11_kit_uri_get_attribute(uri, CKA_ID)) {
        if (wanted->ulValueLen != idLength || std::memcmp(wanted->pValue, id, idLength) != 0)
            return false;
    }
    return true;
}

bool isPinError(unsigned long code)
{
    const int reason = ERR_GET_REASON(code);
    return reason == CKR_PIN_INCORRECT || reason == CKR_PIN_INVALID || reason == CKR_PIN_LEN_RANGE
        || reason == CKR_PIN_LOCKED;
}

Result<std::shared_ptr<KeyState>> openPkcs11(const KeySpec &spec, const QByteArray &pin)
{
    auto uri = parseUri(spec.location);
    if (!uri)
        return uri.error();
    QString module = spec.module;
    if (module.isEmpty() && p11_kit_uri_get_module_path(uri->get()))
        module = QString::fromUtf8(p11_kit_uri_get_module_path(uri->get()));
    if (module.isEmpty())
        module = QStringLiteral("p11-kit-proxy.so");

    PKCS11_CTX *ctx = PKCS11_CTX_new();
    if (PKCS11_CTX_load(ctx, QFile::encodeName(module).constData()) != 0) {
        const QString detail = ossl::takeErrors();
        PKCS11_CTX_free(ctx);
        return Error::make(
            QCoreApplication::translate("Signing", "The PKCS#11 module %1 cannot be loaded.").arg(module),
            detail, Error::Kind::Unavailable);
    }
    PKCS11_SLOT *slots = nullptr;
    unsigned int slotCount = 0;
    auto state = std::make_shared<KeyState>();
    if (PKCS11_enumerate_slots(ctx, &slots, &slotCount) != 0) {
        const QString detail = ossl::takeErrors();
        PKCS11_CTX_unload(ctx);
        PKCS11_CTX_free(ctx);
        return Error::make(
            QCoreApplication::translate("Signing", "The PKCS#11 module %1 lists no slots.").arg(module),
            detail, Error::Kind::Unavailable);
    }
    state->closeToken = [ctx, slots, slotCount] {
        PKCS11_release_all_slots(ctx, slots, slotCount);
        PKCS11_CTX_unload(ctx);
        PKCS11_CTX_free(ctx);
    };

    PKCS11_SLOT *slot = nullptr;
    for (unsigned int i = 0; i < slotCount && !slot; ++i) {
        if (slots[i].token && slots[i].token->initialized && tokenMatches(uri->get(), slots[i].token))
            slot = &slots[i];
    }
    if (!slot)
        return Error::make(
            QCoreApplication::translate("Signing", "No token matching %1 is present (is it plugged in?).")
                .arg(spec.displayText()),
            {}, Error::Kind::NotFound);

    QByteArray secret = pin;
    if (secret.isEmpty() && p11_kit_uri_get_pin_value(uri->get()))
        secret = p11_kit_uri_get_pin_value(uri->get());
    int loggedIn = 0;
    PKCS11_is_logged_in(slot, 0, &loggedIn);
    if (!loggedIn && PKCS11_login(slot, 0, secret.constData()) != 0) {
        const unsigned long code = ERR_peek_last_error();
        const QString detail = ossl::takeErrors();
        if (isPinError(code))
            return wrongPin(spec);
        return Error::make(
            QCoreApplication::translate("Signing", "Cannot log in to the token %1.").arg(spec.displayText()),
            detail, Error::Kind::AccessDenied);
    }

    PKCS11_KEY *keys = nullptr;
    unsigned int keyCount = 0;
    if (PKCS11_enumerate_keys(slot->token, &keys, &keyCount) != 0)
        keyCount = 0;
    PKCS11_KEY *found = nullptr;
    for (unsigned int i = 0; i < keyCount && !found; ++i) {
        if (objectMatches(uri->get(), keys[i].label, keys[i].id, keys[i].id_len))
            found = &keys[i];
    }
    PKCS11_CERT *certs = nullptr;
    unsigned int certCount = 0;
    if (PKCS11_enumerate_certs(slot->token, &certs, &certCount) != 0)
        certCount = 0;
    PKCS11_CERT *signerCert = nullptr;
    if (!found) {
        // "object=" may name the certificate: its key has the same CKA_ID.
        for (unsigned int i = 0; i < certCount && !found; ++i) {
            if (objectMatches(uri->get(), certs[i].label, certs[i].id, certs[i].id_len)) {
                signerCert = &certs[i];
                found = PKCS11_find_key(signerCert);
            }
        }
    }
    if (!found)
        return Error::make(
            QCoreApplication::translate("Signing", "The token holds no private key matching %1.")
                .arg(spec.displayText()),
            {}, Error::Kind::NotFound);
    if (!signerCert)
        signerCert = PKCS11_find_certificate(found);
    if (!signerCert || !signerCert->x509)
        return Error::make(
            QCoreApplication::translate("Signing", "The token holds no certificate for the key %1.")
                .arg(spec.displayText()),
            {}, Error::Kind::NotFound);
    state->key.reset(PKCS11_get_private_key(found));
    if (!state->key)
        return Error::make(QCoreApplication::translate("Signing", "The key on the token %1 cannot be used.")
                               .arg(spec.displayText()),
                           ossl::takeErrors(), Error::Kind::Unavailable);
    state->cert.reset(X509_dup(signerCert->x509));
    // The other certificates on the token (a CA, an intermediate) travel with the signature.
    for (unsigned int i = 0; i < certCount; ++i) {
        if (&certs[i] != signerCert && certs[i].x509 && X509_cmp(certs[i].x509, signerCert->x509) != 0)
            sk_X509_push(state->chain.get(), X509_dup(certs[i].x509));
    }
    qCDebug(lcSigningKey) << "opened a token key" << spec.displayText();
    return state;
}

} // namespace

Result<SigningKey> SigningKey::open(const KeySpec &spec, const QByteArray &pin)
{
    ERR_clear_error();
    auto state = spec.kind == KeySpec::Kind::Pkcs11 ? openPkcs11(spec, pin) : openPkcs12(spec, pin);
    if (!state)
        return state.error();
    return SigningKey(std::move(state).value());
}

QString SigningKey::subject() const
{
    return ossl::nameText(X509_get_subject_name(d->cert.get()));
}

QString SigningKey::commonName() const
{
    return ossl::commonName(X509_get_subject_name(d->cert.get()));
}

QString SigningKey::issuer() const
{
    return ossl::nameText(X509_get_issuer_name(d->cert.get()));
}

QDateTime SigningKey::notBefore() const
{
    return ossl::timeOf(X509_get0_notBefore(d->cert.get()));
}

QDateTime SigningKey::notAfter() const
{
    return ossl::timeOf(X509_get0_notAfter(d->cert.get()));
}

QByteArray SigningKey::certificateDer() const
{
    return ossl::certDer(d->cert.get());
}

QList<QByteArray> SigningKey::chainDer() const
{
    QList<QByteArray> list;
    for (int i = 0; i < sk_X509_num(d->chain.get()); ++i)
        list << ossl::certDer(sk_X509_value(d->chain.get(), i));
    return list;
}

Result<void> SigningKey::checkValidAt(const QDateTime &at) const
{
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm 'UTC'");
    if (at < notBefore())
        return Error::make(QCoreApplication::translate(
                               "Signing", "The certificate of %1 is not valid yet on %2 (valid from %3).")
                               .arg(commonName(), at.toUTC().toString(format), notBefore().toString(format)),
                           {}, Error::Kind::InvalidInput);
    if (at > notAfter())
        return Error::make(QCoreApplication::translate(
                               "Signing", "The certificate of %1 expired on %2: it cannot sign on %3.")
                               .arg(commonName(), notAfter().toString(format), at.toUTC().toString(format)),
                           {}, Error::Kind::InvalidInput);
    return {};
}

} // namespace sw::signing
