#include "documents/MinutesFromFindings.h"

#include "documents/DocumentWording.h"
#include "rules/RuleCatalogue.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace sw::documents {

namespace {

const rules::DetailValue *detailValue(const rules::Finding &finding, QLatin1String key)
{
    for (const auto &[name, value] : finding.detail)
        if (name == key)
            return &value;
    return nullptr;
}

std::optional<qint64> detailNumber(const rules::Finding &finding, QLatin1String key)
{
    const rules::DetailValue *value = detailValue(finding, key);
    if (value && std::holds_alternative<qint64>(*value))
        return std::get<qint64>(*value);
    return std::nullopt;
}

std::optional<bool> detailFlag(const rules::Finding &finding, QLatin1String key)
{
    const rules::DetailValue *value = detailValue(finding, key);
    if (value && std::holds_alternative<bool>(*value))
        return std::get<bool>(*value);
    return std::nullopt;
}

QString detailText(const rules::Finding &finding, QLatin1String key)
{
    const rules::DetailValue *value = detailValue(finding, key);
    if (value && std::holds_alternative<QString>(*value))
        return std::get<QString>(*value);
    return {};
}

// "2024-08-18" -> "18/08/2024"; other text unchanged.
QString dateText(const QString &isoDate)
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : isoDate;
}

// " (đối chiếu chứng thư số 4702, 4703)" for the evidence certificates, or nothing.
QString evidenceSuffix(const rules::Finding &finding)
{
    if (finding.evidence.isEmpty())
        return {};
    QStringList ids;
    for (qint64 id : finding.evidence)
        ids << QString::number(id);
    return QStringLiteral(" (đối chiếu chứng thư số %1)").arg(ids.join(QStringLiteral(", ")));
}

} // namespace

bool hasEarlierCertificates(const QString &ruleCode)
{
    return ruleCode == QLatin1String("DUPLICATE_ISSUANCE") || ruleCode == QLatin1String("SUPERSEDED");
}

QString violationDescription(const QString &ruleCode)
{
    static const QHash<QString, QString> descriptions = {
        {QStringLiteral("DUPLICATE_ISSUANCE"),
         QStringLiteral(
             "Cấp chữ ký số cho công dân đã được cấp chữ ký số và đã có dữ liệu trên Hue-S (cấp trùng)")},
        {QStringLiteral("SUPERSEDED"),
         QStringLiteral(
             "Cập nhật dữ liệu cấp phát lên Hue-S sau khi công dân đã có dữ liệu cấp chữ ký số khác "
             "(được xem là chưa cấp phát)")},
        {QStringLiteral("LATE_UPDATE"),
         QStringLiteral("Không cập nhật tức thời dữ liệu lên Hue-S sau khi cấp phát chữ ký số")},
        {QStringLiteral("REQUEST_EXPIRED"),
         QStringLiteral("Không hỗ trợ công dân đã đăng ký nhu cầu trên Hue-S trong vòng 48 giờ")},
        {QStringLiteral("PREMATURE_CONFIRMATION"),
         QStringLiteral("Xác nhận trên Hue-S trước khi cấp phát thành công chữ ký số cho người dân")},
        {QStringLiteral("MISSING_LOOKUP"),
         QStringLiteral("Không tra cứu công dân trên Hue-S trước khi cấp phát chữ ký số")},
        {QStringLiteral("STALE_TECHNICAL_ERROR"),
         QStringLiteral(
             "Giữ chỗ công dân bằng dữ liệu trạng thái lỗi kỹ thuật nhưng không kích hoạt chữ ký số")},
        {QStringLiteral("STAFF_BURST"),
         QStringLiteral("Có dấu hiệu thu thập và nhập trước thông tin cấp chữ ký số khi cấp phát tận hộ gia "
                        "đình")},
        {QStringLiteral("FREE_PERIOD"),
         QStringLiteral("Không bảo đảm thời gian cung cấp miễn phí chứng thư số 01 năm cho người dân")},
        {QStringLiteral("EXCLUDED_PROVIDER"),
         QStringLiteral("Tiếp tục cấp phát chữ ký số sau khi đã bị loại khỏi chương trình")},
        {QStringLiteral("LEGACY_MISLABEL"),
         QStringLiteral("Ghi nhận chữ ký số cấp trong chương trình thành dữ liệu đã cấp trước đây")},
        {QStringLiteral("IDENTITY_NEAR_DUPLICATE"),
         QStringLiteral("Cấp chữ ký số theo số định danh sai lệch cho công dân đã được cấp chữ ký số")},
        {QStringLiteral("DATA_QUALITY"), QStringLiteral("Cập nhật dữ liệu lên Hue-S không đúng quy cách")},
    };
    return descriptions.value(ruleCode, QStringLiteral("Vi phạm %1").arg(ruleCode));
}

QString recordLabel(const rules::Finding &finding)
{
    if (finding.subjectKind == QLatin1String("certificate"))
        return QStringLiteral("Chứng thư số %1").arg(finding.subjectId);
    if (finding.subjectKind == QLatin1String("request"))
        return QStringLiteral("Yêu cầu số %1").arg(finding.subjectId);
    // DATA_QUALITY names the registry table.
    return QStringLiteral("%1 số %2").arg(finding.subjectKind).arg(finding.subjectId);
}

QString evidenceSentence(const rules::Finding &f)
{
    const QString &rule = f.rule;
    if (rule == QLatin1String("DUPLICATE_ISSUANCE")) {
        const bool looked = detailFlag(f, QLatin1String("lookup_found")).value_or(false);
        // The look-up that found the citizen aggravates the case (spec/rules.md).
        return (looked ? QStringLiteral("Cấp chữ ký số dù tra cứu trên Hue-S đã thấy công dân có chữ ký số")
                       : QStringLiteral("Cấp chữ ký số khi công dân đang có chữ ký số trên Hue-S"))
            + evidenceSuffix(f) + QLatin1Char('.');
    }
    if (rule == QLatin1String("SUPERSEDED"))
        return QStringLiteral("Dữ liệu lên Hue-S sau dữ liệu cấp chữ ký số khác của công dân")
            + evidenceSuffix(f) + QStringLiteral(", được xem là chưa cấp phát.");
    if (rule == QLatin1String("LATE_UPDATE")) {
        const auto delay = detailNumber(f, QLatin1String("delay_seconds"));
        return delay
            ? QStringLiteral("Cập nhật lên Hue-S sau %1 kể từ khi kích hoạt.").arg(durationWords(*delay))
            : QStringLiteral("Cập nhật lên Hue-S chậm sau khi kích hoạt.");
    }
    if (rule == QLatin1String("REQUEST_EXPIRED")) {
        const auto late = detailNumber(f, QLatin1String("late_seconds"));
        return late ? QStringLiteral("Không hỗ trợ trong 48 giờ; quá hạn %1.").arg(durationWords(*late))
                    : QStringLiteral("Không hỗ trợ trong 48 giờ.");
    }
    if (rule == QLatin1String("PREMATURE_CONFIRMATION")) {
        const QString form = detailText(f, QLatin1String("form"));
        if (form == QLatin1String("b"))
            return QStringLiteral("Ghi trạng thái đang hoạt động trên Hue-S khi chưa kích hoạt chữ ký số.");
        if (form == QLatin1String("c"))
            return QStringLiteral("Xác nhận hoàn thành yêu cầu khi chưa có chữ ký số được kích hoạt.");
        return QStringLiteral("Ghi nhận đã cấp trên Hue-S trước thời điểm kích hoạt chữ ký số.");
    }
    if (rule == QLatin1String("MISSING_LOOKUP"))
        return QStringLiteral("Cấp chữ ký số mà không tra cứu công dân trên Hue-S trước khi cấp.");
    if (rule == QLatin1String("STALE_TECHNICAL_ERROR"))
        return QStringLiteral(
            "Dữ liệu trạng thái lỗi kỹ thuật không được kích hoạt quá thời hạn, giữ chỗ công dân.");
    if (rule == QLatin1String("STAFF_BURST")) {
        const auto count = detailNumber(f, QLatin1String("count"));
        return QStringLiteral(
                   "Cùng một tài khoản nhân viên ghi nhận %1 lượt cấp tận hộ gia đình trong khung thời "
                   "gian ngắn.")
            .arg(count ? QString::number(*count) : QStringLiteral("nhiều"));
    }
    if (rule == QLatin1String("FREE_PERIOD")) {
        const QString until = detailText(f, QLatin1String("free_until"));
        const QString expected = dateText(detailText(f, QLatin1String("expected")));
        const QString given = until.isEmpty() ? QStringLiteral("Không ghi thời hạn miễn phí")
                                              : QStringLiteral("Miễn phí đến %1").arg(dateText(until));
        return f.evidence.isEmpty() ? QStringLiteral("%1; tối thiểu phải đến %2.").arg(given, expected)
                                    : QStringLiteral("%1; theo chứng thư được thay thế phải là %2%3.")
                                          .arg(given, expected, evidenceSuffix(f));
    }
    if (rule == QLatin1String("EXCLUDED_PROVIDER"))
        return QStringLiteral("Cấp chữ ký số sau thời điểm doanh nghiệp bị loại khỏi chương trình.");
    if (rule == QLatin1String("LEGACY_MISLABEL"))
        return QStringLiteral("Chữ ký số cấp trong chương trình được ghi là dữ liệu đã cấp trước đây.");
    if (rule == QLatin1String("IDENTITY_NEAR_DUPLICATE"))
        return QStringLiteral(
                   "Cấp theo số định danh sai lệch một chữ số so với công dân cùng họ tên, ngày sinh đã có "
                   "chữ ký số")
            + evidenceSuffix(f) + QLatin1Char('.');
    if (rule == QLatin1String("DATA_QUALITY"))
        return QStringLiteral("Dữ liệu trên Hue-S không đúng quy cách.");
    return violationDescription(rule) + QLatin1Char('.');
}

QList<MinutesViolation> minutesViolationsFromFindings(const QList<rules::Finding> &findings)
{
    QList<MinutesViolation> violations;
    QHash<QString, qsizetype> indexOfRule;
    QHash<QString, QList<const rules::Finding *>> byRule;
    for (const rules::Finding &finding : findings) {
        if (!indexOfRule.contains(finding.rule)) {
            indexOfRule.insert(finding.rule, violations.size());
            MinutesViolation violation;
            violation.ruleCode = finding.rule;
            if (const rules::RuleInfo *info = rules::findRule(finding.rule))
                violation.clauses = info->clauses;
            violation.description = violationDescription(finding.rule);
            violations.append(violation);
        }
        byRule[finding.rule].append(&finding);
    }
    for (MinutesViolation &violation : violations) {
        QList<const rules::Finding *> group = byRule.value(violation.ruleCode);
        // Chronological, as an inspector reads evidence; findings without a time last.
        std::stable_sort(group.begin(), group.end(), [](const rules::Finding *a, const rules::Finding *b) {
            const qint64 ta = a->at.value_or(std::numeric_limits<qint64>::max());
            const qint64 tb = b->at.value_or(std::numeric_limits<qint64>::max());
            return ta != tb ? ta < tb : a->subjectId < b->subjectId;
        });
        for (const rules::Finding *finding : group) {
            EvidenceRow row;
            row.record = recordLabel(*finding);
            row.citizenId = finding->citizenId.value_or(QString());
            if (finding->at)
                row.at = QDateTime::fromSecsSinceEpoch(*finding->at, Qt::UTC);
            row.happened = evidenceSentence(*finding);
            // §1.4: for a duplicate, the proof is the earlier certificate's record on Hue-S; the
            // finding carries its provider and moment when the scan recorded them.
            row.earlierProvider = detailText(*finding, QLatin1String("earlier_provider"));
            row.earlierRecordedAt = QDateTime::fromString(
                detailText(*finding, QLatin1String("earlier_recorded_at")), Qt::ISODate);
            if (row.earlierRecordedAt.isValid())
                row.earlierRecordedAt = row.earlierRecordedAt.toUTC();
            // The certificates the citizen already held: the registry gives their provider and
            // moment (citizens/EarlierCertificates.h); the findings format carries only their ids.
            if (hasEarlierCertificates(finding->rule))
                row.earlierCertificates = finding->evidence;
            violation.evidence.append(row);
        }
    }
    return violations;
}

} // namespace sw::documents
