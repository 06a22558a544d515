#include "documents/DocumentWording.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace sw::documents {

namespace {

constexpr int provinceOffsetSeconds = 7 * 3600; // Asia/Ho_Chi_Minh, no daylight saving

} // namespace

QString documentCode(DocumentKind kind, const Issuer &issuer)
{
    const QLatin1String type = kind == DocumentKind::Minutes ? QLatin1String("BB") : QLatin1String("TB");
    return type + QLatin1Char('-') + issuer.bodyCode;
}

QString documentNumber(int number, DocumentKind kind, const Issuer &issuer)
{
    // A draft without its number yet leaves the room to write it in.
    const QString n = number > 0 ? twoDigits(number) : QStringLiteral("…");
    return n + QLatin1Char('/') + documentCode(kind, issuer);
}

QString numberLine(int number, DocumentKind kind, const Issuer &issuer)
{
    return QStringLiteral("Số: ") + documentNumber(number, kind, issuer);
}

QString vietnameseDate(QDate date)
{
    if (!date.isValid())
        return QStringLiteral("ngày … tháng … năm …");
    // Decree 30/2020, Appendix I: a leading zero for days below 10 and for the months 1 and 2 only.
    const QString month = date.month() <= 2 ? twoDigits(date.month()) : QString::number(date.month());
    return QStringLiteral("ngày %1 tháng %2 năm %3").arg(twoDigits(date.day()), month).arg(date.year());
}

QString dateLine(const QString &place, QDate date)
{
    return place + QStringLiteral(", ") + vietnameseDate(date);
}

QDateTime provinceTime(const QDateTime &moment)
{
    return moment.toOffsetFromUtc(provinceOffsetSeconds);
}

QString clockWords(const QDateTime &moment)
{
    if (!moment.isValid())
        return QStringLiteral("… giờ … phút");
    const QTime time = provinceTime(moment).time();
    return QStringLiteral("%1 giờ %2 phút").arg(twoDigits(time.hour()), twoDigits(time.minute()));
}

QString evidenceTime(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    return provinceTime(moment).toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

QString meetingOpening(const QDateTime &start, const QString &place)
{
    const QDate day = start.isValid() ? provinceTime(start).date() : QDate();
    return QStringLiteral("Hôm nay, vào hồi %1 %2, tại %3")
        .arg(clockWords(start), vietnameseDate(day), place.isEmpty() ? QStringLiteral("…") : place);
}

QString twoDigits(int value)
{
    return value >= 0 && value < 10 ? QLatin1Char('0') + QString::number(value) : QString::number(value);
}

QString ordinalWords(int n)
{
    // "thứ nhất" and "thứ tư", not "thứ một" and "thứ bốn".
    static const QStringList words
        = {QStringLiteral("nhất"), QStringLiteral("hai"), QStringLiteral("ba"),  QStringLiteral("tư"),
           QStringLiteral("năm"),  QStringLiteral("sáu"), QStringLiteral("bảy"), QStringLiteral("tám"),
           QStringLiteral("chín"), QStringLiteral("mười")};
    if (n >= 1 && n <= words.size())
        return QStringLiteral("thứ ") + words[n - 1];
    return QStringLiteral("thứ %1").arg(n);
}

QString clauseWords(const QString &clause)
{
    static const QRegularExpression pattern(QStringLiteral("^§(\\d+)(?:\\.(\\d+))?$"));
    const QRegularExpressionMatch match = pattern.match(clause);
    if (!match.hasMatch())
        return clause;
    // §X is part X, "mục X"; §X.Y is the Y-th dash under it.
    if (match.captured(2).isEmpty())
        return QStringLiteral("mục ") + match.captured(1);
    return QStringLiteral("gạch đầu dòng %1 mục %2")
        .arg(ordinalWords(match.captured(2).toInt()), match.captured(1));
}

QString clauseList(const QStringList &clauses)
{
    QString joined;
    for (qsizetype i = 0; i < clauses.size(); ++i) {
        if (i > 0)
            joined += i + 1 == clauses.size() ? QStringLiteral(" và ") : QStringLiteral(", ");
        joined += clauseWords(clauses[i]);
    }
    return joined;
}

namespace {

const QString regulationDocument = QStringLiteral(
    "ban hành kèm theo Công văn số 2016/STTTT-IOC ngày 28/7/2023 của Sở Thông tin và Truyền thông");
const QString regulationTitle = QStringLiteral("Quy định về triển khai chiến dịch cấp chữ ký số công cộng "
                                               "cho người dân trên địa bàn tỉnh Thừa Thiên Huế");
const QString shortNameDefinition = QStringLiteral(" (sau đây gọi là Quy định)");

QString withRegulation(const QString &words, const QString &regulation)
{
    return words.isEmpty() ? regulation : words + QLatin1Char(' ') + regulation;
}

} // namespace

QString clauseCitation(const QStringList &clauses)
{
    return withRegulation(clauseList(clauses), QStringLiteral("Quy định"));
}

QString regulationFullReference()
{
    return QStringLiteral(
        "Quy định về triển khai chiến dịch cấp chữ ký số công cộng cho người dân trên địa bàn "
        "tỉnh Thừa Thiên Huế kèm theo Công văn số 2016/STTTT-IOC ngày 28/7/2023 của Sở Thông "
        "tin và Truyền thông");
}

QString Citations::regulation()
{
    if (m_given)
        return QStringLiteral("Quy định");
    m_given = true;
    return QStringLiteral("Quy định ") + regulationDocument + shortNameDefinition;
}

QString Citations::basis()
{
    const QString full = regulationTitle + QLatin1Char(' ') + regulationDocument;
    if (m_given)
        return full;
    m_given = true;
    return full + shortNameDefinition;
}

QString Citations::clauses(const QStringList &clauses)
{
    return withRegulation(clauseList(clauses), regulation());
}

QString Citations::part(int part)
{
    return withRegulation(QStringLiteral("mục %1").arg(part), regulation());
}

QString personalDataLaw(QDate date)
{
    // spec/organisation.md: Law 91/2025/QH15 and Decree 356/2025/NĐ-CP replace Decree 13/2023 from
    // 1 January 2026.
    if (date.isValid() && date < QDate(2026, 1, 1))
        return QStringLiteral(
            "Nghị định số 13/2023/NĐ-CP ngày 17/4/2023 của Chính phủ về bảo vệ dữ liệu cá nhân");
    return QStringLiteral(
        "Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 và Nghị định số 356/2025/NĐ-CP của Chính phủ");
}

QString maskingNotice(QDate date)
{
    return QStringLiteral(
               "Số định danh cá nhân của công dân trong các bảng dưới đây chỉ hiện 03 chữ số đầu và "
               "03 chữ số cuối, để bảo vệ dữ liệu cá nhân theo %1.")
        .arg(personalDataLaw(date));
}

QString numericDate(QDate date)
{
    if (!date.isValid())
        return QStringLiteral("…");
    // As the date line: a leading zero for days below 10 and for the months 1 and 2 only.
    const QString month = date.month() <= 2 ? twoDigits(date.month()) : QString::number(date.month());
    return QStringLiteral("%1/%2/%3").arg(twoDigits(date.day()), month).arg(date.year());
}

QString textDate(QDate date)
{
    return QStringLiteral("ngày ") + numericDate(date);
}

QString casesInWords(const QString &ruleCode, qsizetype count)
{
    // What was counted is the rule's subject: a certificate, a citizen, a request.
    static const QHash<QString, QString> phrases = {
        {QStringLiteral("DUPLICATE_ISSUANCE"), QStringLiteral("đã cấp trùng cho %1 công dân")},
        {QStringLiteral("SUPERSEDED"),
         QStringLiteral(
             "đã cập nhật lên Hue-S %1 chứng thư số khi công dân đã có chữ ký số của doanh nghiệp khác")},
        {QStringLiteral("LATE_UPDATE"), QStringLiteral("đã chậm cập nhật lên Hue-S %1 chứng thư số")},
        {QStringLiteral("REQUEST_EXPIRED"),
         QStringLiteral("đã để quá 48 giờ mà không hỗ trợ %1 đăng ký nhu cầu của công dân")},
        {QStringLiteral("PREMATURE_CONFIRMATION"),
         QStringLiteral("đã xác nhận %1 trường hợp trước khi cấp phát thành công")},
        {QStringLiteral("MISSING_LOOKUP"),
         QStringLiteral("đã cấp %1 chứng thư số mà không tra cứu công dân trên Hue-S")},
        {QStringLiteral("STALE_TECHNICAL_ERROR"),
         QStringLiteral("đã giữ chỗ %1 công dân bằng dữ liệu lỗi kỹ thuật")},
        {QStringLiteral("STAFF_BURST"),
         QStringLiteral("có %1 đợt cấp dồn dập bất thường của cùng một nhân viên")},
        {QStringLiteral("FREE_PERIOD"),
         QStringLiteral("đã không bảo đảm thời gian miễn phí 01 năm cho %1 công dân")},
        {QStringLiteral("EXCLUDED_PROVIDER"),
         QStringLiteral("đã cấp %1 chứng thư số sau khi bị loại khỏi chương trình")},
        {QStringLiteral("LEGACY_MISLABEL"),
         QStringLiteral("đã ghi %1 chứng thư số cấp trong chương trình thành dữ liệu cấp trước đây")},
        {QStringLiteral("IDENTITY_NEAR_DUPLICATE"),
         QStringLiteral("đã cấp trùng cho %1 công dân theo số định danh sai lệch")},
        {QStringLiteral("DATA_QUALITY"), QStringLiteral("có %1 bản ghi trên Hue-S không đúng quy cách")},
    };
    // "1.234", as Vietnamese writes thousands.
    const QString number = QLocale(QLocale::Vietnamese, QLocale::Vietnam).toString(count);
    return phrases.value(ruleCode, QStringLiteral("%1 trường hợp")).arg(number);
}

QString parentBodyInText(const QString &parentBody)
{
    QString rest = parentBody.trimmed();
    QString lead;
    for (const QString &unit : {QStringLiteral("UBND TỈNH "), QStringLiteral("UBND THÀNH PHỐ ")})
        if (rest.startsWith(unit)) {
            lead = QStringLiteral("UBND ") + unit.mid(5).toLower();
            rest = rest.mid(unit.size());
        }
    if (lead.isEmpty())
        return rest.isEmpty() ? QStringLiteral("UBND tỉnh") : rest;
    QStringList words = rest.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &word : words)
        word[0] = word.at(0).toUpper();
    return lead + words.join(QLatin1Char(' '));
}

Signatory withDelegation(const Signatory &signatory)
{
    Signatory printed = signatory;
    const QString title = signatory.title.simplified();
    const QString deputy = QStringLiteral("PHÓ ");
    if (printed.authority.trimmed().isEmpty() && title.toUpper().startsWith(deputy)
        && title.size() > deputy.size())
        printed.authority = QStringLiteral("KT. ") + title.mid(deputy.size()).toUpper();
    return printed;
}

QString unbreakableCodes(const QString &text)
{
    static const QRegularExpression joint(QStringLiteral("(?<=[\\p{L}\\d][-/])(?=[A-Z0-9])"));
    QString joined = text;
    joined.replace(joint, QString(QChar(0x200D)));
    return joined;
}

QString durationWords(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    if (seconds < 60)
        return QStringLiteral("%1 giây").arg(seconds);
    const qint64 days = seconds / 86400;
    const qint64 hours = seconds % 86400 / 3600;
    const qint64 minutes = seconds % 3600 / 60;
    QStringList parts;
    if (days > 0)
        parts << QStringLiteral("%1 ngày").arg(days);
    if (hours > 0)
        parts << QStringLiteral("%1 giờ").arg(hours);
    // Minutes matter below a day; past it they are noise in a minutes' table.
    if (minutes > 0 && days == 0)
        parts << QStringLiteral("%1 phút").arg(minutes);
    if (parts.isEmpty())
        parts << QStringLiteral("%1 ngày").arg(days);
    return parts.join(QLatin1Char(' '));
}

} // namespace sw::documents
