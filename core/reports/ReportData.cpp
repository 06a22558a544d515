#include "reports/ReportData.h"

#include "documents/DocumentWording.h"
#include "statistics/Province.h"

namespace sw::reports {

std::optional<double> CampaignFigures::targetPercent() const
{
    const auto share = sharePercent();
    if (!share)
        return std::nullopt;
    // §1.1: the target is 50 % of the population.
    return 100.0 * *share / statistics::campaignTargetPercent;
}

QString reportCode(const documents::Issuer &issuer)
{
    return QStringLiteral("BC-") + issuer.bodyCode;
}

QString reportNumberLine(int number, const documents::Issuer &issuer)
{
    // Decree 30/2020, Appendix I: numbers below 10 take a leading zero.
    return QStringLiteral("Số: %1/%2").arg(number, 2, 10, QLatin1Char('0')).arg(reportCode(issuer));
}

QString defaultSubject(const statistics::Filter &filter)
{
    QString subject
        = QStringLiteral("Kết quả triển khai cấp chữ ký số miễn phí cho người dân từ ngày %1 đến ngày %2")
              .arg(documents::numericDate(filter.from), documents::numericDate(filter.to));
    if (!filter.district.isEmpty())
        subject += QStringLiteral(" trên địa bàn ") + statistics::districtName(filter.district);
    return subject;
}

std::pair<QDate, QDate> previousPeriod(const statistics::Filter &filter)
{
    if (!filter.from.isValid() || !filter.to.isValid())
        return {};
    const qint64 days = filter.from.daysTo(filter.to) + 1;
    return {filter.from.addDays(-days), filter.from.addDays(-1)};
}

} // namespace sw::reports
