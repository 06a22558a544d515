// The publication outbox on screen: its model (under QAbstractItemModelTester), the view's
// actions for waiting and refused announcements, the notice when publishing is not set up, and
// screenshots at 1366×768 in Vietnamese and English.
#include "LocalHttpServer.h"
#include "OnScreen.h"
#include "casebook/Casebook.h"
#include "casework/OutboxModel.h"
#include "casework/OutboxView.h"
#include "publishing/Outbox.h"
#include "publishing/Publisher.h"
#include "settings/Language.h"
#include "widgets/ErrorPanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sw;
using namespace sw::publishing;
using namespace std::chrono_literals;
using sw::ui::OutboxModel;
using sw::ui::OutboxView;

namespace {
const QString token = QStringLiteral("ui-test-token");

QString screenshotDir()
{
    static QTemporaryDir fallback(QDir::temp().filePath(QStringLiteral("signwatch-screenshots-XXXXXX")));
    QString dir = qEnvironmentVariable("SIGNWATCH_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        fallback.setAutoRemove(false); // kept so that a person can look at them
        dir = fallback.path();
    }
    QDir().mkpath(dir);
    return dir;
}

NewPublication announcement(int number, const char *provider)
{
    NewPublication doc;
    doc.documentKind = QStringLiteral("TB");
    doc.documentNumber = QStringLiteral("%1/TB-STTTT").arg(number, 2, 10, QLatin1Char('0'));
    doc.title = QStringLiteral("Thông báo về việc đưa %1 ra khỏi chương trình cấp chữ ký số miễn phí")
                    .arg(QLatin1String(provider));
    doc.pdf = QByteArrayLiteral("%PDF-1.4\n") + QByteArray(2000, char(number));
    doc.metadata = QJsonObject {{QStringLiteral("provider"), QLatin1String(provider)}};
    return doc;
}

Publisher::Timing fastTiming()
{
    Publisher::Timing t;
    t.firstRetry = 60s; // nothing is retried while the test looks
    t.maxRetry = 60s;
    t.transferTimeout = 2s;
    t.jitter = 0;
    return t;
}
} // namespace

class TestUiOutbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void modelShowsEveryState();
    void emptyOutbox();
    void setupNotice();
    void actionsFollowTheSelection();
    void screenshots();

private:
    // The four states, reached the way the console reaches them: a portal that publishes 01 and
    // refuses the token for 02, then an unreachable portal for 03, and 04 caught mid-send.
    void fillOutbox(Publisher &publisher);

    QTemporaryDir m_dir;
    // The outbox's clock: "now" stays at this instant, so the times it shows are exact.
    const QDateTime m_now = QDateTime(QDate(2024, 5, 6), QTime(3, 15), QTimeZone::utc());
    std::unique_ptr<casebook::Casebook> m_casebook;
    std::unique_ptr<Outbox> m_outbox;
};

void TestUiOutbox::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    settings::installTranslations(*qApp, QStringLiteral("vi"));
}

void TestUiOutbox::init()
{
    // The casebook with publishing set up on it, as the console does.
    auto opened = casebook::Casebook::open(
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))));
    QVERIFY(opened.ok());
    m_casebook = std::move(*opened);
    QVERIFY(Outbox::migrate(*m_casebook).ok());
    m_outbox = std::make_unique<Outbox>(m_casebook->database(), sw::Clock::fixedAt(m_now));
}

void TestUiOutbox::cleanup()
{
    m_outbox.reset();
    m_casebook.reset();
}

void TestUiOutbox::fillOutbox(Publisher &publisher)
{
    test::LocalHttpServer portal([](const test::HttpRequest &r) {
        const auto meta = QJsonDocument::fromJson(r.formParts().value("metadata").data).object();
        if (meta.value(QStringLiteral("documentNumber")).toString() == QLatin1String("02/TB-STTTT"))
            return test::HttpResponse::json(401, "Unauthorized", R"({"message":"token expired"})");
        return test::HttpResponse::json(201, "Created", R"({"reference":"STTTT-2024-0117"})");
    });
    QVERIFY(portal.listen());
    publisher.setTiming(fastTiming());
    publisher.setToken(token);
    QVERIFY(publisher.setEndpoint(portal.url(QStringLiteral("/api/thong-bao"))).ok());
    QVERIFY(publisher.start().ok());
    QSignalSpy confirmed(&publisher, &Publisher::publicationConfirmed);
    QSignalSpy failed(&publisher, &Publisher::publicationFailed);
    QSignalSpy attemptFailed(&publisher, &Publisher::attemptFailed);
    QVERIFY(publisher.publish(announcement(1, "FPT-CA")).ok());
    QVERIFY(publisher.publish(announcement(2, "MISA-CA")).ok());
    QTRY_COMPARE(confirmed.size() + failed.size(), 2);

    QVERIFY(
        publisher
            .setEndpoint(
                QStringLiteral("http://127.0.0.1:%1/api/thong-bao").arg(test::LocalHttpServer::unusedPort()))
            .ok());
    QVERIFY(publisher.publish(announcement(3, "BKAV-CA")).ok());
    QTRY_COMPARE(attemptFailed.size(), 1);

    publisher.stop();
    auto fourth = m_outbox->enqueue(announcement(4, "CA2"));
    QVERIFY(fourth.ok());
    QVERIFY(m_outbox->markSending(fourth->id).ok());
}

void TestUiOutbox::modelShowsEveryState()
{
    Publisher publisher(*m_outbox);
    OutboxModel model(*m_outbox);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(OutboxModel::ColumnCount));
    connect(&publisher, &Publisher::publicationChanged, &model, &OutboxModel::reload);
    fillOutbox(publisher);
    if (QTest::currentTestFailed())
        return;
    model.reload();
    QCOMPARE(model.rowCount(), 4);

    auto rowFor = [&model](const QString &number) {
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.index(row, OutboxModel::Document).data().toString() == number)
                return row;
        return -1;
    };
    auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };

    const int published = rowFor(QStringLiteral("01/TB-STTTT"));
    QVERIFY(published >= 0);
    QCOMPARE(cell(published, OutboxModel::State).toString(),
             OutboxModel::stateText(PublicationState::Confirmed));
    QCOMPARE(cell(published, OutboxModel::Reference).toString(), QStringLiteral("STTTT-2024-0117"));
    QVERIFY(cell(published, OutboxModel::Reason).toString().isEmpty());
    QVERIFY(cell(published, OutboxModel::Time, OutboxModel::RawValueRole).toDateTime().isValid());
    QVERIFY(!cell(published, OutboxModel::Time).toString().isEmpty());

    const int refused = rowFor(QStringLiteral("02/TB-STTTT"));
    QCOMPARE(cell(refused, 0, OutboxModel::StateRole).toInt(), int(PublicationState::Failed));
    QCOMPARE(cell(refused, OutboxModel::State).toString(), OutboxModel::stateText(PublicationState::Failed));
    // In Vietnamese, as the interface (the publisher's messages were left in English once).
    QVERIFY2(cell(refused, OutboxModel::Reason).toString().contains(QStringLiteral("mã truy cập")),
             qPrintable(cell(refused, OutboxModel::Reason).toString()));
    // The technical cause is in the tooltip, not in the cell.
    QVERIFY(!cell(refused, OutboxModel::Reason).toString().contains(QLatin1String("401")));
    QVERIFY(cell(refused, OutboxModel::Reason, Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("token expired")));
    QVERIFY(cell(refused, OutboxModel::State, Qt::ForegroundRole).isValid());

    const int waiting = rowFor(QStringLiteral("03/TB-STTTT"));
    QCOMPARE(cell(waiting, OutboxModel::State).toString(), OutboxModel::stateText(PublicationState::Pending));
    QCOMPARE(cell(waiting, OutboxModel::Attempts, OutboxModel::RawValueRole).toInt(), 1);
    QVERIFY2(cell(waiting, OutboxModel::Reason).toString().contains(QStringLiteral("Không kết nối được")),
             qPrintable(cell(waiting, OutboxModel::Reason).toString()));
    // Tried again after the first back-off (fastTiming: 60 s, no jitter).
    QCOMPARE(cell(waiting, OutboxModel::Time, OutboxModel::RawValueRole).toDateTime(), m_now.addSecs(60));

    const int sending = rowFor(QStringLiteral("04/TB-STTTT"));
    QCOMPARE(cell(sending, 0, OutboxModel::StateRole).toInt(), int(PublicationState::Sending));

    // A reload with the same publications keeps the rows (no reset); a new one resets.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_outbox->retryNow(m_outbox->list()->at(waiting).id).ok());
    model.reload();
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QVERIFY(m_outbox->enqueue(announcement(5, "VNPT-CA")).ok());
    model.reload();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 5);

    for (int column = 0; column < OutboxModel::ColumnCount; ++column)
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
}

void TestUiOutbox::emptyOutbox()
{
    Publisher publisher(*m_outbox);
    OutboxView view(publisher);
    QVERIFY(view.isEmptyStateShown());
    QVERIFY(!view.retryNowAction()->isEnabled());
    QVERIFY(!view.retryAction()->isEnabled());
    QVERIFY(publisher.publish(announcement(1, "FPT-CA")).ok());
    QVERIFY(!view.isEmptyStateShown()); // follows the publisher
    QCOMPARE(view.model()->rowCount(), 1);
}

void TestUiOutbox::setupNotice()
{
    Publisher publisher(*m_outbox);
    OutboxView view(publisher);
    view.show();
    auto *notice = view.findChild<ui::ErrorPanel *>(QStringLiteral("outboxSetupNotice"));
    QVERIFY(notice);
    QVERIFY(notice->isVisible());
    // Named as the field is labelled in Settings, in Vietnamese.
    QVERIFY2(notice->message().contains(QStringLiteral("“Địa chỉ Cổng thông tin” tại Cài đặt › Công bố")),
             qPrintable(notice->message()));
    QSignalSpy settings(&view, &OutboxView::settingsRequested);
    Q_EMIT notice->actionTriggered();
    QCOMPARE(settings.size(), 1);

    QVERIFY(publisher.setEndpoint(QStringLiteral("https://congbo.thuathienhue.gov.vn/api/thong-bao")).ok());
    publisher.setToken(token);
    view.refresh();
    QVERIFY(!notice->isVisible());
}

void TestUiOutbox::actionsFollowTheSelection()
{
    Publisher publisher(*m_outbox);
    OutboxView view(publisher);
    view.show();
    fillOutbox(publisher);
    if (QTest::currentTestFailed())
        return;
    view.refresh();
    auto idOf = [this](const QString &number) {
        const auto listed = m_outbox->list();
        for (const Publication &p : *listed)
            if (p.documentNumber == number)
                return p.id;
        return qint64(0);
    };
    auto *reason = view.findChild<ui::ErrorPanel *>(QStringLiteral("outboxReason"));
    QVERIFY(reason);

    // Nothing selected: nothing to do.
    QVERIFY(!view.retryNowAction()->isEnabled());

    view.selectPublication(idOf(QStringLiteral("01/TB-STTTT")));
    QVERIFY(!view.retryNowAction()->isEnabled());
    QVERIFY(!view.retryAction()->isEnabled());
    QVERIFY(!view.discardAction()->isEnabled());
    QVERIFY(!reason->isVisible());

    const qint64 waiting = idOf(QStringLiteral("03/TB-STTTT"));
    view.selectPublication(waiting);
    QVERIFY(view.retryNowAction()->isEnabled());
    QVERIFY(!view.retryAction()->isEnabled());
    QVERIFY(reason->isVisible());
    QVERIFY(reason->message().contains(QLatin1String("03/TB-STTTT")));

    const qint64 refused = idOf(QStringLiteral("02/TB-STTTT"));
    view.selectPublication(refused);
    QCOMPARE(view.selectedPublication(), refused);
    QVERIFY(!view.retryNowAction()->isEnabled());
    QVERIFY(view.retryAction()->isEnabled());
    QVERIFY(view.discardAction()->isEnabled());
    QVERIFY2(reason->message().contains(QStringLiteral("mã truy cập")), qPrintable(reason->message()));
    QVERIFY(reason->details().contains(QLatin1String("401")));

    // Discard asks first; "no" keeps it.
    int asked = 0;
    bool answer = false;
    view.setDiscardConfirmation([&asked, &answer](const Publication &p) {
        ++asked;
        return p.documentNumber == QLatin1String("02/TB-STTTT") && answer;
    });
    view.discardAction()->trigger();
    QCOMPARE(asked, 1);
    QCOMPARE(view.model()->rowCount(), 4);

    // Retry puts it back in the queue (the publisher is stopped, so it stays waiting) and keeps
    // the selection.
    view.retryAction()->trigger();
    QCOMPARE(m_outbox->publication(refused)->state, PublicationState::Pending);
    QCOMPARE(m_outbox->publication(refused)->attempts, 0);
    QCOMPARE(view.selectedPublication(), refused);
    QVERIFY(view.retryNowAction()->isEnabled());
    QVERIFY(!view.discardAction()->isEnabled());

    // A refused one discarded after "yes".
    QVERIFY(m_outbox->markSending(refused).ok());
    QVERIFY(m_outbox->markFailed(refused, Error::make(QStringLiteral("refused"))).ok());
    view.refresh();
    view.selectPublication(refused);
    answer = true;
    view.discardAction()->trigger();
    QCOMPARE(asked, 2);
    QCOMPARE(view.model()->rowCount(), 3);
    QCOMPARE(view.model()->rowOf(refused), -1);
}

void TestUiOutbox::screenshots()
{
    const QString dir = screenshotDir();
    for (const QString &language : {QStringLiteral("vi"), QStringLiteral("en")}) {
        settings::installTranslations(*qApp, language);
        Publisher publisher(*m_outbox);
        if (language == QLatin1String("vi"))
            fillOutbox(publisher);
        if (QTest::currentTestFailed())
            return;
        QWidget page;
        page.resize(1366, 768);
        auto *view = new OutboxView(publisher, &page);
        view->setGeometry(12, 12, 1366 - 24, 768 - 24);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        view->selectPublication(m_outbox->list()->at(2).id); // 02, refused: its reason below
        QTest::qWait(50);
        const QString path = QDir(dir).filePath(QStringLiteral("outbox-%1.png").arg(language));
        const QImage shot = page.grab().toImage();
        QVERIFY(shot.save(path));
        qInfo("screenshot %s", qPrintable(path));
        QCOMPARE(view->model()->rowCount(), 4);
        // What the picture shows: the four announcements by number; each state that has a colour
        // (published green, refused red) written in it, unless the row is selected (the refused one,
        // whose reason shows below the table).
        const QTableView *table = view->table();
        int coloured = 0;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QString number = table->model()->index(row, OutboxModel::Document).data().toString();
            QVERIFY2(test::showsText(table, number), test::describeScreen(table));
            const QModelIndex state = table->model()->index(row, OutboxModel::State);
            const QColor colour = state.data(Qt::ForegroundRole).value<QColor>();
            if (!colour.isValid() || test::isSelected(table, state))
                continue;
            const int pixels = test::pixelsOf(shot, test::cellInGrab(table, state, &page), colour, 24);
            QVERIFY2(pixels >= 5, qPrintable(QStringLiteral("%1: %2 pixels").arg(number).arg(pixels)));
            ++coloured;
        }
        QCOMPARE(coloured, 1); // 01, published
        auto *reason = view->findChild<ui::ErrorPanel *>(QStringLiteral("outboxReason"));
        QVERIFY(reason && test::isOnScreen(reason, &page));
        QVERIFY2(test::showsText(reason, reason->message()), test::describeScreen(reason));
    }
    settings::installTranslations(*qApp, QStringLiteral("vi"));
}

QTEST_MAIN(TestUiOutbox)
#include "tst_ui_outbox.moc"
