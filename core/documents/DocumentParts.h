#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace sw::documents {

// Pieces shared by the Department's official documents (spec/documents.md: Decree 30/2020/NĐ-CP,
// Appendix I). Plain data: no store, no GUI.

// The two document types the console issues and their codes ("BB-STTTT", "TB-STTTT").
enum class DocumentKind { Minutes, Announcement };

// The issuing body and its parent, as the header prints them, and the place of the date line.
struct Issuer
{
    QString parentBody = QStringLiteral("UBND TỈNH THỪA THIÊN HUẾ");
    QString body = QStringLiteral("SỞ THÔNG TIN VÀ TRUYỀN THÔNG");
    QString bodyCode = QStringLiteral("STTTT"); // joins the type code: BB-STTTT
    QString bodyInText = QStringLiteral("Sở Thông tin và Truyền thông"); // the body in running text
    QString place = QStringLiteral("Thừa Thiên Huế");
    // The body's seat (street address), where minutes are drawn up by default; empty until the
    // casebook records it (casebook::Issuers): no address is invented.
    QString address;

    bool operator==(const Issuer &) const = default;
};

// A person taking part in a meeting: name and title (chức vụ), or a witness's role.
struct Participant
{
    QString name;
    QString title;
    // A provider's representative acts under an authority: "Giấy ủy quyền số 12/GUQ-VTT ngày
    // 01/3/2025"; empty for the legal representative or the Department's staff.
    QString authority = {};
    // The Department's participant who records the minutes (Thư ký, người ghi biên bản).
    bool recorder = false;

    bool operator==(const Participant &) const = default;
};

// The provider a document is about: its code on Hue-S, its full legal name, and for minutes its
// address and business registration number (the case knows only code and name; the inspector
// fills in the rest).
struct ProviderParty
{
    QString code; // "VIETTEL-CA"
    QString legalName; // "Viettel Thừa Thiên Huế"
    QString address = {}; // "Số 02 Lý Thường Kiệt, phường …"
    QString registrationNumber = {}; // mã số doanh nghiệp

    bool operator==(const ProviderParty &) const = default;
};

// A signature block. The decree prints, top to bottom: the authority to sign ("KT. GIÁM ĐỐC"), the
// signer's title ("PHÓ GIÁM ĐỐC"), room for the signature, then the name. Minutes add the side's
// heading above ("ĐẠI DIỆN SỞ THÔNG TIN VÀ TRUYỀN THÔNG").
struct Signatory
{
    QString heading;
    QString authority;
    QString title;
    QString name;

    bool operator==(const Signatory &) const = default;
};

// The casebook's audit log just before a document was signed: how many entries it had and the hash
// of the last one (casebook::AuditLog). The signed PDF's metadata carries it, so that any copy of
// the document shows how long the log was then. A signed draft keeps it under "audit_head".
struct AuditStamp
{
    qint64 entries = 0; // 0: none (a draft)
    QString hash;

    bool operator==(const AuditStamp &) const = default;
};
inline constexpr QLatin1StringView auditStampKey {"audit_head"};

// JSON helpers shared by the documents' draft formats.
QJsonObject toJson(const Issuer &issuer);
Issuer issuerFromJson(const QJsonObject &object);
QJsonObject toJson(const Participant &participant);
Participant participantFromJson(const QJsonObject &object);
QJsonObject toJson(const ProviderParty &provider);
ProviderParty providerFromJson(const QJsonObject &object);
QJsonObject toJson(const Signatory &signatory);
Signatory signatoryFromJson(const QJsonObject &object);
QJsonObject toJson(const AuditStamp &stamp);
AuditStamp auditStampFromJson(const QJsonObject &object);

} // namespace sw::documents
