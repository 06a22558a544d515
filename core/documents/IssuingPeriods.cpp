#include "documents/IssuingPeriods.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace sw::documents {

namespace {
// The interface's words about periods are in the translation context "Documents".
struct Documents
{
    Q_DECLARE_TR_FUNCTIONS(Documents)
};

IssuingPeriod period(QDate from, const char *parent, const char *body, const char *code, const char *inText,
                     const char *place)
{
    // No address: the console does not know the seats for sure, and invents none; the casebook
    // records it (casebook::Issuers::setAddress) and minutes refuse signing without a place.
    return {from,
            {QString::fromUtf8(parent), QString::fromUtf8(body), QString::fromUtf8(code),
             QString::fromUtf8(inText), QString::fromUtf8(place), QString()}};
}
} // namespace

IssuingPeriods::IssuingPeriods(QList<IssuingPeriod> periods) : m_periods(std::move(periods))
{
    std::sort(m_periods.begin(), m_periods.end(),
              [](const IssuingPeriod &a, const IssuingPeriod &b) { return a.from < b.from; });
}

IssuingPeriods IssuingPeriods::builtIn()
{
    // organisation.md: Resolution 175/2024/QH15 (Huế a centrally-run city from 1 January 2025);
    // the departments of Information and Communications merged into those of Science and
    // Technology, in operation from 1 March 2025.
    return IssuingPeriods({
        period(QDate(2023, 7, 28), "UBND TỈNH THỪA THIÊN HUẾ", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "STTTT",
               "Sở Thông tin và Truyền thông", "Thừa Thiên Huế"),
        period(QDate(2025, 1, 1), "UBND THÀNH PHỐ HUẾ", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "STTTT",
               "Sở Thông tin và Truyền thông", "Huế"),
        period(QDate(2025, 3, 1), "UBND THÀNH PHỐ HUẾ", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "SKHCN",
               "Sở Khoa học và Công nghệ", "Huế"),
    });
}

Result<IssuerInForce> IssuingPeriods::inForce(QDate date) const
{
    if (!date.isValid())
        return Error::make(Documents::tr("The document has no valid date to choose its issuing body by."), {},
                           Error::Kind::InvalidInput);
    const IssuingPeriod *found = nullptr;
    for (const IssuingPeriod &p : m_periods)
        if (p.from <= date)
            found = &p;
    if (!found) {
        if (m_periods.isEmpty())
            return Error::make(Documents::tr("No issuing body is recorded."), {}, Error::Kind::NotFound);
        return Error::make(Documents::tr("No issuing body was in force on %1: the first period starts on %2.")
                               .arg(periodDate(date), periodDate(m_periods.constFirst().from)),
                           {}, Error::Kind::InvalidInput);
    }
    return IssuerInForce {
        *found,
        Documents::tr("%1 (%2), in force from %3")
            .arg(found->issuer.bodyInText, found->issuer.bodyCode, periodDate(found->from))};
}

QString IssuingPeriods::problemWithNext(const IssuingPeriod &candidate) const
{
    const Issuer &i = candidate.issuer;
    QStringList missing;
    if (!candidate.from.isValid())
        missing << Documents::tr("the date it takes effect");
    if (i.parentBody.trimmed().isEmpty())
        missing << Documents::tr("the parent body");
    if (i.body.trimmed().isEmpty())
        missing << Documents::tr("the issuing body");
    if (i.bodyCode.trimmed().isEmpty())
        missing << Documents::tr("the code");
    if (i.bodyInText.trimmed().isEmpty())
        missing << Documents::tr("the body in running text");
    if (i.place.trimmed().isEmpty())
        missing << Documents::tr("the place");
    if (i.address.trimmed().isEmpty())
        missing << Documents::tr("the address");
    if (!missing.isEmpty())
        return Documents::tr("Fill in %1.").arg(missing.join(QStringLiteral(", ")));
    static const QRegularExpression code(QStringLiteral("^[A-Za-z0-9]+$"));
    if (!code.match(i.bodyCode).hasMatch())
        return Documents::tr("The code %1 may hold only letters and digits: it joins the document's number "
                             "(01/BB-SKHCN).")
            .arg(i.bodyCode);
    if (!m_periods.isEmpty() && candidate.from <= m_periods.constLast().from)
        return Documents::tr("A new period must start after the last one (%1, %2): periods are added in "
                             "order and never changed.")
            .arg(periodDate(m_periods.constLast().from), m_periods.constLast().issuer.bodyInText);
    return {};
}

QString periodDate(QDate date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

} // namespace sw::documents
