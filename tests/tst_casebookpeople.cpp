// The people behind the audit log's entries (CasebookPeople), on each engine under test: on the
// shared casebook the name the administrator gave a login (COMMENT ON ROLE), a login without one
// as it is; on a desk's file the full name of a local account, an account this computer does not
// know as it is recorded; the entries' person shown by name beside the account.
#include "EachEngine.h"
#include "ScratchCasebook.h"

#include "casebook/AuditLog.h"
#include "casebook/CasebookPeople.h"
#include "connection/ConnectionSpec.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace sw::casebook;

namespace {
template<typename T>
QByteArray why(const sw::Result<T> &result)
{
    return result ? QByteArray() : result.error().fullText().toUtf8();
}
} // namespace

class TestCasebookPeople : public QObject
{
    Q_OBJECT
public:
    explicit TestCasebookPeople(sw::connection::Engine engine) : m_engine(engine) { }

private Q_SLOTS:
    void initTestCase();
    void namesGiven();
    void accountsOfTheCasebook();
    void entriesReadByName();

private:
    bool shared() const { return m_engine == sw::connection::Engine::Postgres; }

    sw::connection::Engine m_engine;
    std::unique_ptr<sw::test::ScratchCasebook> m_scratch;
};

void TestCasebookPeople::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    auto scratch = sw::test::ScratchCasebook::create(m_engine);
    QVERIFY2(scratch, why(scratch).constData());
    m_scratch = std::move(*scratch);
}

void TestCasebookPeople::namesGiven()
{
    const auto people
        = CasebookPeople::withNames({{QStringLiteral("nguyenvana"), QStringLiteral("Nguyễn Văn A")}});
    QCOMPARE(people.displayName(QStringLiteral("nguyenvana")), QStringLiteral("Nguyễn Văn A (nguyenvana)"));
    QCOMPARE(people.nameOf(QStringLiteral("nguyenvana")), QStringLiteral("Nguyễn Văn A"));
    QCOMPARE(people.displayName(QStringLiteral("tranthib")), QStringLiteral("tranthib"));
    QCOMPARE(people.nameOf(QStringLiteral("tranthib")), QString());
    // Nobody's name: every account as it is.
    QCOMPARE(CasebookPeople().displayName(QStringLiteral("root")), QStringLiteral("root"));
}

void TestCasebookPeople::accountsOfTheCasebook()
{
    const QString unknown = QStringLiteral("sw-no-such-account-4711");
    if (!shared()) {
        // A desk's file: this computer's accounts. One it does not have stays as recorded; the
        // console's own user shows with the full name the system gives it, if any.
        auto people = CasebookPeople::read(m_scratch->casebook());
        QVERIFY2(people, why(people).constData());
        QCOMPARE(people->displayName(unknown), unknown);
        const QString me = AuditLog::currentOsUser();
        const QString shown = people->displayName(me);
        QVERIFY2(shown == me || shown.endsWith(QStringLiteral(" (%1)").arg(me)), qPrintable(shown));
        QCOMPARE(shown == me, people->nameOf(me).isEmpty() || people->nameOf(me) == me);
        return;
    }
    // The shared casebook: the administrator names each person's login on the server.
    auto named = m_scratch->addLogin(QStringLiteral("named"), {Role::Inspector});
    auto bare = m_scratch->addLogin(QStringLiteral("bare"), {Role::Inspector});
    QVERIFY2(named, why(named).constData());
    QVERIFY2(bare, why(bare).constData());
    QSqlQuery comment(m_scratch->casebook().database());
    QVERIFY2(comment.exec(QStringLiteral("COMMENT ON ROLE \"%1\" IS 'Nguyễn Văn A'").arg(*named)),
             qPrintable(comment.lastError().text()));
    // Read as one of the desks would, with no more than an inspector's rights.
    auto desk = m_scratch->connectAs(*bare);
    QVERIFY2(desk, why(desk).constData());
    auto people = CasebookPeople::read(**desk);
    QVERIFY2(people, why(people).constData());
    QCOMPARE(people->displayName(*named), QStringLiteral("Nguyễn Văn A (%1)").arg(*named));
    QCOMPARE(people->displayName(*bare), *bare);
    QCOMPARE(people->displayName(unknown), unknown); // a desk's account moved in: as recorded
}

void TestCasebookPeople::entriesReadByName()
{
    // Whoever wrote an entry, AuditLog::people() names them as CasebookPeople::read does.
    Casebook &casebook = m_scratch->casebook();
    AuditLog log(casebook);
    auto entry = log.append({QStringLiteral("citizen.unmask"), QStringLiteral("citizen"),
                             QStringLiteral("046******789"), QStringLiteral("kiểm tra khiếu nại")});
    QVERIFY2(entry, why(entry).constData());
    QCOMPARE(entry->actor, casebook.user());
    auto people = log.people();
    QVERIFY2(people, why(people).constData());
    auto direct = CasebookPeople::read(casebook);
    QVERIFY2(direct, why(direct).constData());
    QCOMPARE(people->displayName(entry->actor), direct->displayName(entry->actor));
    QVERIFY(people->displayName(entry->actor).contains(entry->actor));
}

int main(int argc, char **argv)
{
    return sw::test::runOnEachEngine<TestCasebookPeople>(argc, argv, "casebook people");
}

#include "tst_casebookpeople.moc"
