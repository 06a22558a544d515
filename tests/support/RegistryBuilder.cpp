#include "RegistryBuilder.h"

namespace sw::test {

namespace {
QString quoted(const QString &text)
{
    if (text.isNull())
        return QStringLiteral("NULL");
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString orNull(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("NULL") : quoted(text);
}

QString idOrNull(qint64 id)
{
    return id ? QString::number(id) : QStringLiteral("NULL");
}
} // namespace

RegistryBuilder::RegistryBuilder()
{
    m_statements << QStringLiteral(
        "INSERT INTO providers VALUES ('VNPT-CA', 'VNPT Thừa Thiên Huế', NULL), "
        "('VIETTEL-CA', 'Viettel Thừa Thiên Huế', NULL), ('MISA-CA', 'Công ty Cổ phần MISA', NULL), "
        "('BKAV-CA', 'Công ty Cổ phần BKAV', NULL), ('FPT-CA', 'Công ty TNHH Hệ thống thông tin FPT', NULL), "
        "('CA2', 'Công ty Cổ phần Công nghệ Thẻ Nacencomm', NULL)");
}

RegistryBuilder &RegistryBuilder::excludeProvider(const QString &code, const QString &at)
{
    m_statements << QStringLiteral("UPDATE providers SET excluded_at = %1 WHERE code = %2")
                        .arg(quoted(at), quoted(code));
    return *this;
}

RegistryBuilder &RegistryBuilder::citizen(const QString &id, const QString &name, const QString &birthDate)
{
    m_statements << QStringLiteral("INSERT INTO citizens VALUES (%1, %2, %3, '474', NULL)")
                        .arg(quoted(id), quoted(name), orNull(birthDate));
    return *this;
}

RegistryBuilder &RegistryBuilder::certificate(const Cert &c)
{
    m_statements << QStringLiteral(
                        "INSERT INTO certificates VALUES (%1, %2, %3, %4, %5, %6, %7, %8, 'SN%1', %9, "
                        "%10, %11, %12, %13)")
                        .arg(QString::number(c.id), quoted(c.citizen), quoted(c.provider), quoted(c.channel),
                             quoted(c.status), orNull(c.activated), quoted(c.recorded), orNull(c.freeUntil),
                             orNull(c.staff), idOrNull(c.request), idOrNull(c.replaces), orNull(c.revoked),
                             orNull(c.reason));
    return *this;
}

RegistryBuilder &RegistryBuilder::request(qint64 id, const QString &citizen, const QString &provider,
                                          const QString &registered, const QString &completed,
                                          const QString &cancelled, const QString &mode)
{
    m_statements << QStringLiteral("INSERT INTO service_requests VALUES (%1, %2, %3, %4, %5, %6, %7)")
                        .arg(QString::number(id), quoted(citizen), quoted(provider), quoted(mode),
                             quoted(registered), orNull(completed), orNull(cancelled));
    return *this;
}

RegistryBuilder &RegistryBuilder::lookup(qint64 id, const QString &provider, const QString &citizen,
                                         const QString &at, bool found)
{
    m_statements << QStringLiteral("INSERT INTO lookups VALUES (%1, %2, NULL, %3, %4, '%5')")
                        .arg(QString::number(id), quoted(provider), quoted(citizen), quoted(at),
                             found ? QStringLiteral("1") : QStringLiteral("0"));
    return *this;
}

RegistryBuilder &RegistryBuilder::raw(const QString &statement)
{
    m_statements << statement;
    return *this;
}

RegistryBuilder &RegistryBuilder::tenCitizensInThreeDistricts()
{
    for (int n = 1; n <= 10; ++n)
        citizen(numberedCitizen(n));
    raw(QStringLiteral("UPDATE citizens SET district_code = '478' WHERE citizen_id IN ('%1', '%2', '%3')")
            .arg(numberedCitizen(6), numberedCitizen(7), numberedCitizen(8)));
    raw(QStringLiteral("UPDATE citizens SET district_code = '481' WHERE citizen_id IN ('%1', '%2')")
            .arg(numberedCitizen(9), numberedCitizen(10)));
    return *this;
}

QString numberedCitizen(int n)
{
    return QStringLiteral("0460900000%1").arg(n, 2, 10, QLatin1Char('0'));
}

RegistryBuilder::Cert numberedCertificate(qint64 id, int citizen, const char *provider, const char *channel,
                                          const char *status, const char *activated, const char *recorded)
{
    RegistryBuilder::Cert c;
    c.id = id;
    c.citizen = numberedCitizen(citizen);
    c.provider = QString::fromLatin1(provider);
    c.channel = QString::fromLatin1(channel);
    c.status = QString::fromLatin1(status);
    c.activated = QString::fromLatin1(activated);
    c.recorded = QString::fromLatin1(recorded);
    return c;
}

} // namespace sw::test
