#pragma once

#include <QString>
#include <QStringList>

namespace sw::test {

// Builds a hand-made registry as SQL statements that both engines accept (times as ISO text,
// `found` as '0'/'1'). Every registry starts with the six providers.
class RegistryBuilder
{
public:
    RegistryBuilder();

    struct Cert
    {
        qint64 id;
        QString citizen;
        QString provider;
        QString channel = QStringLiteral("app");
        QString status = QStringLiteral("active");
        QString activated; // empty: NULL
        QString recorded;
        QString freeUntil; // empty: NULL
        QString staff; // empty: NULL
        qint64 request = 0; // 0: NULL
        qint64 replaces = 0; // 0: NULL
        QString revoked; // empty: NULL
        QString reason; // empty: NULL
    };

    RegistryBuilder &excludeProvider(const QString &code, const QString &at);
    RegistryBuilder &citizen(const QString &id, const QString &name = QStringLiteral("Công dân"),
                             const QString &birthDate = QStringLiteral("1970-01-01"));
    RegistryBuilder &certificate(const Cert &cert);
    RegistryBuilder &request(qint64 id, const QString &citizen, const QString &provider,
                             const QString &registered, const QString &completed = {},
                             const QString &cancelled = {}, const QString &mode = QStringLiteral("home"));
    RegistryBuilder &lookup(qint64 id, const QString &provider, const QString &citizen, const QString &at,
                            bool found = false);
    RegistryBuilder &raw(const QString &statement);
    // Citizens numberedCitizen(1) … (10): 1–5 in Huế (474), 6–8 in Phú Vang (478), 9–10 in A Lưới
    // (481) — the districts the dashboard and report tests count by.
    RegistryBuilder &tenCitizensInThreeDistricts();

    const QStringList &statements() const { return m_statements; }

private:
    QStringList m_statements;
};

// The id of test citizen n (1–99): "04609000000n".
QString numberedCitizen(int n);
// A certificate of numberedCitizen(citizen); times as ISO text, empty for NULL.
RegistryBuilder::Cert numberedCertificate(qint64 id, int citizen, const char *provider, const char *channel,
                                          const char *status, const char *activated, const char *recorded);

} // namespace sw::test
