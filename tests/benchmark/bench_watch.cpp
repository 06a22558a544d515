// The live watch's benchmark (scripts/benchmark-watch.sh): on a copy of a demo registry, polls
// the registry after writing a batch of Hue-S activity stamped at a simulated clock that moves 5 s
// per poll, and reports the poll's time (best, median, 95th percentile) and this process's memory
// over the run.
//   bench_watch --db URL --polls N --changes K
// Writes to the registry: give it a copy. PostgreSQL's password comes from PGPASSWORD.
#include "connection/ConnectionSpec.h"
#include "registry/RegistryConnection.h"
#include "rules/LiveWatch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace sw;

namespace {

long residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

QString stamp(qint64 t, connection::Engine engine)
{
    const QDateTime at = QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc());
    return engine == connection::Engine::Sqlite ? at.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))
                                                : at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss+00"));
}

// Hue-S activity of one poll's interval: look-ups, issuances after a look-up (one in ten without
// one), requests registered and completed, revocations; all stamped within (t - 5, t].
class Activity
{
public:
    Activity(registry::RegistryConnection &writer) : m_db(writer.database()), m_engine(writer.engine())
    {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("SELECT (SELECT MAX(id) FROM certificates), (SELECT MAX(id) FROM lookups), "
                              "(SELECT MAX(id) FROM service_requests)"));
        q.next();
        m_cert = q.value(0).toLongLong();
        m_lookup = q.value(1).toLongLong();
        m_request = q.value(2).toLongLong();
        q.exec(QStringLiteral("SELECT citizen_id FROM citizens ORDER BY citizen_id"));
        while (q.next())
            m_citizens << q.value(0).toString();
    }

    bool write(qint64 t, int changes)
    {
        static const QStringList providers
            = {QStringLiteral("VNPT-CA"), QStringLiteral("VIETTEL-CA"), QStringLiteral("MISA-CA"),
               QStringLiteral("BKAV-CA"), QStringLiteral("FPT-CA"),     QStringLiteral("CA2")};
        if (!m_db.transaction())
            return false;
        QSqlQuery lookup(m_db), cert(m_db), request(m_db), complete(m_db);
        lookup.prepare(QStringLiteral("INSERT INTO lookups VALUES (?, ?, NULL, ?, ?, ?)"));
        cert.prepare(
            QStringLiteral("INSERT INTO certificates (id, citizen_id, provider_code, channel, status, "
                           "activated_at, recorded_at, free_until) VALUES (?, ?, ?, 'app', 'active', ?, ?, "
                           "?)"));
        request.prepare(
            QStringLiteral("INSERT INTO service_requests VALUES (?, ?, ?, 'home', ?, NULL, NULL)"));
        complete.prepare(QStringLiteral("UPDATE service_requests SET completed_at = ? WHERE id = ?"));
        const QVariant found = m_engine == connection::Engine::Sqlite ? QVariant(0) : QVariant(false);
        for (int i = 0; i < changes; ++i) {
            const QString citizen = m_citizens[m_pick(m_random) % m_citizens.size()];
            const QString provider = providers[m_pick(m_random) % providers.size()];
            const qint64 at = t - 4 + i % 5;
            const int kind = i % 10;
            bool done = true;
            if (kind < 4 || kind == 9) { // a look-up, and for most of them the issuance after it
                lookup.addBindValue(++m_lookup);
                lookup.addBindValue(provider);
                lookup.addBindValue(citizen);
                lookup.addBindValue(stamp(at - 1, m_engine));
                lookup.addBindValue(found);
                done = lookup.exec();
            } else if (kind < 8) {
                cert.addBindValue(++m_cert);
                cert.addBindValue(citizen);
                cert.addBindValue(provider);
                cert.addBindValue(stamp(at, m_engine));
                cert.addBindValue(stamp(at, m_engine));
                cert.addBindValue(QDateTime::fromSecsSinceEpoch(at + 366 * 86400, QTimeZone::utc())
                                      .toString(QStringLiteral("yyyy-MM-dd")));
                done = cert.exec();
            } else if (m_open.isEmpty() || m_pick(m_random) % 2) {
                request.addBindValue(++m_request);
                request.addBindValue(citizen);
                request.addBindValue(provider);
                request.addBindValue(stamp(at, m_engine));
                done = request.exec();
                m_open << m_request;
            } else {
                complete.addBindValue(stamp(at, m_engine));
                complete.addBindValue(m_open.takeFirst());
                done = complete.exec();
            }
            if (!done) {
                std::fprintf(stderr, "write failed: %s\n",
                             qPrintable((lookup.lastError().isValid() ? lookup : cert).lastError().text()));
                m_db.rollback();
                return false;
            }
        }
        return m_db.commit();
    }

private:
    QSqlDatabase m_db;
    connection::Engine m_engine;
    qint64 m_cert = 0, m_lookup = 0, m_request = 0;
    QStringList m_citizens;
    QList<qint64> m_open;
    std::mt19937_64 m_random {2026};
    std::uniform_int_distribution<qint64> m_pick {0, 1LL << 40};
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("signwatch.*.info=false"));
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("registry URL (a copy: it is written)"),
                      QStringLiteral("url")});
    parser.addOption(
        {QStringLiteral("polls"), QStringLiteral("polls"), QStringLiteral("n"), QStringLiteral("100")});
    parser.addOption({QStringLiteral("changes"), QStringLiteral("rows written before each poll"),
                      QStringLiteral("k"), QStringLiteral("100")});
    parser.process(app);
    auto spec = connection::ConnectionSpec::parse(parser.value(QStringLiteral("db")));
    if (!spec) {
        std::fprintf(stderr, "%s\n", qPrintable(spec.error().fullText()));
        return 2;
    }
    const connection::Credentials credentials(qEnvironmentVariable("PGPASSWORD"));
    const int polls = parser.value(QStringLiteral("polls")).toInt();
    const int changes = parser.value(QStringLiteral("changes")).toInt();
    auto writer
        = registry::RegistryConnection::open(*spec, credentials, registry::RegistryConnection::Mode::Write);
    if (!writer) {
        std::fprintf(stderr, "%s\n", qPrintable(writer.error().fullText()));
        return 1;
    }
    Activity activity(**writer);

    rules::WatchOptions options;
    options.reconcileSeconds = 0; // the poll itself is measured
    rules::LiveWatch watch(*spec, credentials, options);
    qint64 t = QDateTime::currentSecsSinceEpoch();
    QElapsedTimer timer;
    timer.start();
    auto started = watch.start(t);
    if (!started) {
        std::fprintf(stderr, "%s\n", qPrintable(started.error().fullText()));
        return 1;
    }
    std::printf("first full scan: %lld ms, %lld findings, %ld MB resident\n", qint64(timer.elapsed()),
                qint64(watch.findingCount()), residentKb() / 1024);
    QList<qint64> times;
    long firstKb = 0;
    int events = 0;
    for (int i = 1; i <= polls; ++i) {
        t += 5;
        if (!activity.write(t, changes))
            return 1;
        auto polled = watch.poll(t);
        if (!polled) {
            std::fprintf(stderr, "%s\n", qPrintable(polled.error().fullText()));
            return 1;
        }
        times << polled->elapsedMs;
        events += int(polled->events.size());
        if (i == std::min(polls, 100))
            firstKb = residentKb();
        if (i % 1000 == 0)
            std::printf("after %d polls: %ld MB resident, %lld findings\n", i, residentKb() / 1024,
                        qint64(watch.findingCount()));
    }
    std::sort(times.begin(), times.end());
    auto at
        = [&](double q) { return times[std::min<qsizetype>(times.size() - 1, qsizetype(q * times.size()))]; };
    std::printf(
        "%d polls of %d changed rows: best %lld ms, median %lld ms, 95th percentile %lld ms; %d events\n",
        polls, changes, times.first(), at(0.5), at(0.95), events);
    std::printf("resident memory: %ld MB after 100 polls, %ld MB at the end (%lld findings)\n",
                firstKb / 1024, residentKb() / 1024, qint64(watch.findingCount()));
    return 0;
}
