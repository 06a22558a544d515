#include "documents/DocumentWording.h"

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

QString clauseWords(const QString &clause)
{
    static const QRegularExpression pattern(QStringLiteral("^§(\\d+)\\.(\\d+)$"));
    const QRegularExpressionMatch match = pattern.match(clause);
    if (!match.hasMatch())
        return clause;
    // §X.Y is paragraph Y of part X: "khoản Y mục X".
    return QStringLiteral("khoản %1 mục %2").arg(match.captured(2), match.captured(1));
}

QString clauseCitation(const QStringList &clauses)
{
    QStringList words;
    for (const QString &clause : clauses)
        words << clauseWords(clause);
    QString joined;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i > 0)
            joined += i + 1 == words.size() ? QStringLiteral(" và ") : QStringLiteral(", ");
        joined += words[i];
    }
    const QString regulation = QStringLiteral("Quy định kèm theo Công văn số 2016/STTTT-IOC");
    return joined.isEmpty() ? regulation : joined + QLatin1Char(' ') + regulation;
}

QString regulationFullReference()
{
    return QStringLiteral(
        "Quy định về triển khai chiến dịch cấp chữ ký số công cộng cho người dân trên địa bàn "
        "tỉnh Thừa Thiên Huế kèm theo Công văn số 2016/STTTT-IOC ngày 28/7/2023 của Sở Thông "
        "tin và Truyền thông");
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
