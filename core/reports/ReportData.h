#pragma once

#include "documents/DocumentParts.h"
#include "statistics/DashboardStats.h"
#include "statistics/Filter.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace sw::reports {

// The Department's periodic report (báo cáo, code BC-STTTT) as figures and texts: everything the
// PDF prints, counted beforehand (ReportBuilder) so that the PDF, the preview and the tests read
// the same numbers.

// One provider's line. "Holders" are distinct citizens with an active or technical-error record
// of the provider (§3.3: such a record also counts as issued) recorded on Hue-S by the period's end.
struct ProviderFigures
{
    QString code;
    QString name; // legal name, empty when unknown
    bool excluded = false; // excluded at or before the period's end (§5.3)
    qint64 certificates = 0; // recorded in the period, every channel and status
    QMap<QString, qint64> byChannel; // the four channels, unknown values under "other"
    qint64 holdersAtEnd = 0;
    statistics::DelayDistribution delay; // Hue-S update delay of the period's certificates (§1.4)
    statistics::RequestService requests; // Hue-S requests registered in the period (§4.4)
    QStringList groupedCodes; // the "Mã không hợp lệ" row: the codes it sums, sorted
};

// One district's line (citizens.district_code).
struct DistrictFigures
{
    QString code;
    QString name;
    qint64 citizens = 0; // citizens of the district on Hue-S: the district's share denominator
    qint64 holdersAtEnd = 0; // distinct citizens with a signature by the period's end
    qint64 certificates = 0; // recorded in the period
    QMap<QString, qint64> byChannel; // recorded in the period, per channel ("other" for unknown)

    std::optional<double> sharePercent() const
    {
        if (citizens <= 0)
            return std::nullopt;
        return 100.0 * double(holdersAtEnd) / double(citizens);
    }
};

// Part I: the campaign in figures.
struct CampaignFigures
{
    qint64 holdersAtEnd = 0; // distinct citizens with a signature by the period's end
    qint64 holdersInPeriod = 0; // distinct citizens with a record of the period
    // Citizens holding certificates of two providers or more by the period's end: each provider's
    // holdersAtEnd counts them, the distinct holdersAtEnd once (§1.3, DUPLICATE_ISSUANCE).
    qint64 multiProviderHolders = 0;
    qint64 population = 0; // the province's (Province.h), or the district's citizens on Hue-S
    bool populationFromRegistry = false;
    qint64 certificates = 0; // recorded in the period
    QMap<QString, qint64> byChannel;
    QList<ProviderFigures> providers; // by code
    QList<DistrictFigures> districts; // the province's nine first, then unknown codes
    // Certificates recorded per provider and day (or week: bucketDays 7), for the issuance chart.
    int bucketDays = 1;
    QList<QDate> bucketStarts;
    QMap<QString, QList<qint64>> timeline;

    std::optional<double> sharePercent() const
    {
        if (population <= 0)
            return std::nullopt;
        return 100.0 * double(holdersAtEnd) / double(population);
    }
    // §1.1 target: the share as a part of the 50 % target, in per cent (100 = target reached).
    std::optional<double> targetPercent() const;
    // Issued in the period: every channel but the imports of signatures issued before the
    // programme (§2.3), which are recorded, not issued.
    qint64 issuedInPeriod() const { return certificates - byChannel.value(QStringLiteral("legacy_import")); }
    // The sum of the providers' holders: a citizen with two providers counts twice.
    qint64 providerHolderSum() const
    {
        qint64 sum = 0;
        for (const ProviderFigures &p : providers)
            sum += p.holdersAtEnd;
        return sum;
    }
};

// Part II: service quality. Per-provider figures are in CampaignFigures::providers.
struct QualityFigures
{
    statistics::DelayDistribution delay; // all providers together
    statistics::RequestService requests; // all providers together
    qint64 requestDeadlineSeconds = 172800; // §4.4
};

// Part III: violations found, from the findings store's latest scan of the registry, counted by
// the time of the finding (`at`) in the period and in the previous period of the same length.
struct ViolationFigures
{
    bool available = false; // false: no findings store given, or the registry was never scanned
    qint64 scanId = 0;
    QDateTime scanAsOf; // UTC
    QDate previousFrom;
    QDate previousTo;
    QMap<QString, qint64> byRule; // this period
    QMap<QString, qint64> byRulePrevious;
    QMap<QString, qint64> byProvider; // "" for findings without a provider
    QMap<QString, qint64> byProviderPrevious;
    QStringList invalidCodes; // the codes summed in the invalidProviderRow() row, sorted
    qint64 total = 0;
    qint64 totalPrevious = 0;
};

// Parts IV and V: cases and measures, from the casebook (whoever keeps it fills this in).
struct CaseworkSummary
{
    bool available = false; // false: no casebook given
    QList<std::pair<QString, qint64>> casesByStatus; // status as the casebook words it (Vietnamese), count
    qint64 casesOpened = 0; // opened in the period
    qint64 minutesSigned = 0; // biên bản signed in the period
    qint64 announcementsIssued = 0; // thông báo signed (issued) in the period
    QStringList exclusions; // one line per provider removed from the programme in the period (§5.3)
    QStringList otherMeasures; // further lines, as worded by the casebook
};

// What the supervisor writes; kept with the report's settings so that the next report starts
// from this one's.
struct ReportTexts
{
    QString introduction; // before part I; empty: the standard sentence
    // The general assessment ("Đánh giá chung"): lines "1. Kết quả đạt được" … are its headings;
    // empty: drafted from the figures (ReportDraft).
    QString assessment;
    QString proposals; // "Đề xuất, kiến nghị", a paragraph a line; empty: drafted from the figures
    bool operator==(const ReportTexts &) const = default;
};

// The document's own data: number, date, subject, signer, recipients.
struct ReportMeta
{
    int number = 1; // "Số: 01/BC-STTTT"
    QDate issued; // the date line; invalid: today (local)
    QString subject; // the trích yếu; empty: the standard one for the period
    documents::Issuer issuer;
    documents::Signatory signatory;
    QStringList recipients;
};

struct ReportData
{
    statistics::Filter filter; // from, to (local days, both included) and optionally district
    QDateTime asOf; // UTC: requests judged and records counted as Hue-S held them then
    ReportMeta meta;
    CampaignFigures campaign;
    QualityFigures quality;
    ViolationFigures violations;
    CaseworkSummary casework;
    ReportTexts texts;
    qint64 unreadableCertificates = 0; // left out of every figure (DATA_QUALITY findings)
    qint64 elapsedMs = 0; // the time the database took
};

// The one row, and chart bar, of every provider code not among the programme's six (BKAV_CA, a
// typing slip): "Mã không hợp lệ", its figures their sums (statistics/ProviderColors.h).
inline QString invalidProviderRow()
{
    return QStringLiteral("Mã không hợp lệ");
}

// "BC-STTTT": the report's type code joined to the issuing body's.
QString reportCode(const documents::Issuer &issuer = {});
// "Số: 01/BC-STTTT".
QString reportNumberLine(int number, const documents::Issuer &issuer = {});
// The standard subject: "Báo cáo kết quả ... từ ngày 01/09/2023 đến ngày 30/09/2023".
QString defaultSubject(const statistics::Filter &filter);
// The previous period of the same length, ending the day before `filter.from`.
std::pair<QDate, QDate> previousPeriod(const statistics::Filter &filter);

} // namespace sw::reports
