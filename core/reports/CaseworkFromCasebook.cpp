#include "reports/CaseworkFromCasebook.h"

#include "casebook/CaseDocuments.h"
#include "casebook/Cases.h"
#include "documents/DocumentWording.h"
#include "statistics/DashboardStats.h"

#include <algorithm>
#include <map>

namespace sw::reports {

namespace {
// The case statuses as the report words them (documents are always Vietnamese).
QString statusWords(casebook::CaseStatus status)
{
    using casebook::CaseStatus;
    switch (status) {
    case CaseStatus::Open:
        return QStringLiteral("Đang thu thập, xác minh");
    case CaseStatus::Established:
        return QStringLiteral("Đã xác định vi phạm");
    case CaseStatus::MinutesDrafted:
        return QStringLiteral("Đang dự thảo biên bản");
    case CaseStatus::MinutesSigned:
        return QStringLiteral("Đã ký biên bản");
    case CaseStatus::Published:
        return QStringLiteral("Đã công bố");
    case CaseStatus::Dismissed:
        return QStringLiteral("Không đủ căn cứ, đã đóng");
    }
    return {};
}

QString localDay(const QDateTime &utc)
{
    return documents::numericDate(documents::provinceTime(utc).date()); // the documents' date style
}
} // namespace

Result<CaseworkSummary> caseworkFromCasebook(casebook::Casebook &casebook, const QDate &from, const QDate &to)
{
    casebook::Cases cases(casebook);
    casebook::CaseDocuments documents(casebook);
    auto all = cases.list();
    if (!all)
        return all.error();
    statistics::Filter period;
    period.from = from;
    period.to = to;
    const auto [lo, hi] = statistics::periodBounds(period);
    auto inPeriod = [&](const QDateTime &when) {
        return when.isValid() && (!lo || when >= *lo) && (!hi || when < *hi);
    };

    CaseworkSummary summary;
    summary.available = true;
    std::map<casebook::CaseStatus, qint64> byStatus;
    QList<std::pair<QDateTime, QString>> signedDocuments;
    // Oldest first: the list comes newest first.
    for (auto it = all->crbegin(); it != all->crend(); ++it) {
        const casebook::CaseRecord &record = *it;
        ++byStatus[record.status];
        if (inPeriod(record.createdAt))
            ++summary.casesOpened;
        if (record.exclusionFrom) {
            const QDateTime excluded = QDateTime::fromSecsSinceEpoch(*record.exclusionFrom, Qt::UTC);
            if (inPeriod(excluded))
                summary.exclusions
                    << QStringLiteral("%1 từ ngày %2").arg(record.provider, localDay(excluded));
        }
        auto docs = documents.documentsOf(record.id);
        if (!docs)
            return docs.error();
        for (const casebook::CaseDocument &doc : std::as_const(*docs)) {
            if (!doc.isSigned() || !inPeriod(doc.signedAt))
                continue;
            const bool minutes = doc.kind == documents::DocumentKind::Minutes;
            if (minutes)
                ++summary.minutesSigned;
            else
                ++summary.announcementsIssued;
            signedDocuments.append(
                {doc.signedAt,
                 QStringLiteral("%1 số %2 ngày %3 (%4, vụ việc số %5).")
                     .arg(minutes ? QStringLiteral("Biên bản") : QStringLiteral("Thông báo"),
                          doc.numberText(), localDay(doc.signedAt), record.provider)
                     .arg(record.id)});
        }
    }
    for (casebook::CaseStatus status : casebook::allStatuses())
        if (byStatus[status] > 0)
            summary.casesByStatus.append({statusWords(status), byStatus[status]});
    std::sort(signedDocuments.begin(), signedDocuments.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[when, line] : std::as_const(signedDocuments))
        summary.otherMeasures << line;
    return summary;
}

} // namespace sw::reports
