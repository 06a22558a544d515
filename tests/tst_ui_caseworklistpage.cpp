// The casework list pages' shared frame (CaseworkListPage), through a small page of its own: the
// table over the sorting proxy, the empty state, the filter in the province's days, the counts,
// selection by the model's rows, the keys, the remembered layout and the CSV export.
#include "casework/CasePrompts.h"
#include "casework/CaseworkListPage.h"
#include "widgets/EmptyStateWidget.h"
#include "widgets/ErrorPanel.h"
#include "widgets/FilterBar.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QShortcut>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

using namespace sw;

namespace {

constexpr int rawRole = Qt::UserRole + 1;
constexpr int idRole = Qt::UserRole + 2;

struct Record
{
    qint64 id;
    QString provider;
    QDateTime at; // UTC
};

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

class AnswerPrompts : public ui::CasePrompts
{
public:
    std::optional<QString> saveFileName(QWidget *, const QString &, const QString &suggested,
                                        const QString &) override
    {
        suggestedNames << suggested;
        return path.isEmpty() ? std::nullopt : std::optional<QString>(path);
    }
    QString path;
    QStringList suggestedNames;
};

// A list page as the casework pages build theirs: the table and a pane in a splitter, one action.
class RecordsPage : public ui::CaseworkListPage
{
public:
    explicit RecordsPage(QList<Record> records, quint32 magic = 0x54455354)
        : CaseworkListPage({"recordsPage", "recordsTable", "recordCounts", "recordsMessage", "recordsEmpty"},
                           magic, Clock(), nullptr),
          m_records(std::move(records)),
          m_model(new QStandardItemModel(0, 3, this)),
          m_splitter(new QSplitter(Qt::Horizontal, this)),
          m_pane(new QLabel(QStringLiteral("pane"), m_splitter)),
          m_action(new QAction(QStringLiteral("Act"), this))
    {
        m_model->setHorizontalHeaderLabels(
            {QStringLiteral("No."), QStringLiteral("Provider"), QStringLiteral("Received")});
        connect(escapeShortcut(), &QShortcut::activated, this, [this] { ++escapes; });
        setModel(m_model, rawRole, idRole, 2, {50, 90, 120});
        m_splitter->insertWidget(0, table());
        setListContent(m_splitter);
        addActionButton(m_action);
        actionRow()->addWidget(countsLabel());
        setRememberedSplitters({m_splitter});
        layOut(QStringLiteral("Records"), listArea());
        reload();
    }

    using CaseworkListPage::currentId;
    using CaseworkListPage::emptyState;
    using CaseworkListPage::exportList;
    using CaseworkListPage::passes;
    using CaseworkListPage::selectRow;

    int rowOf(qint64 id) const
    {
        for (int row = 0; row < m_model->rowCount(); ++row)
            if (m_model->index(row, 0).data(idRole).toLongLong() == id)
                return row;
        return -1;
    }
    QList<qint64> idsAsShown() const
    {
        QList<qint64> ids;
        for (int row = 0; row < proxy()->rowCount(); ++row)
            ids << proxy()->index(row, 0).data(idRole).toLongLong();
        return ids;
    }
    QSplitter *splitter() const { return m_splitter; }
    QAction *action() const { return m_action; }
    QString counts() const { return countsLabel()->text(); }

    int applied = 0;
    int escapes = 0;
    QStringList errors;

protected:
    void applyFilter() override
    {
        ++applied;
        const statistics::Filter filter = filterBar()->filter();
        m_model->removeRows(0, m_model->rowCount());
        int shown = 0;
        for (const Record &r : std::as_const(m_records)) {
            if (!passes(filter, r.provider, r.at))
                continue;
            auto *number = new QStandardItem(QString::number(r.id));
            number->setData(r.id, rawRole);
            auto *provider = new QStandardItem(r.provider);
            provider->setData(r.provider, rawRole);
            // Shown day first: as text, it sorts in the wrong order; the raw value sorts right.
            auto *at = new QStandardItem(r.at.toString(QStringLiteral("dd/MM/yyyy")));
            at->setData(r.at, rawRole);
            for (QStandardItem *item : {number, provider, at})
                item->setData(r.id, idRole);
            m_model->appendRow({number, provider, at});
            ++shown;
        }
        showEmptyState(m_records.isEmpty());
        showCounts(shown, m_records.size(), QStringLiteral("%1 records").arg(m_records.size()),
                   QStringLiteral("%1 of %2 records"));
    }
    void showError(const Error &error) override
    {
        errors << error.message;
        CaseworkListPage::showError(error);
    }

private:
    QList<Record> m_records;
    QStandardItemModel *m_model;
    QSplitter *m_splitter;
    QLabel *m_pane;
    QAction *m_action;
};

QList<Record> threeRecords()
{
    return {{1, QStringLiteral("VNPT-CA"), utc(2024, 1, 5, 2, 0)},
            {2, QStringLiteral("VIETTEL-CA"), utc(2023, 12, 20, 9, 0)},
            // 00:30 on 1 February in the province.
            {3, QStringLiteral("VNPT-CA"), utc(2024, 1, 31, 17, 30)}};
}

} // namespace

class TestCaseworkListPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsThroughTheSortingProxy()
    {
        RecordsPage page(threeRecords());
        QCOMPARE(page.objectName(), QStringLiteral("recordsPage"));
        QCOMPARE(page.table()->objectName(), QStringLiteral("recordsTable"));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("recordCounts")));
        QCOMPARE(page.messagePanel()->objectName(), QStringLiteral("recordsMessage"));
        QVERIFY(page.messagePanel()->isHidden());
        QCOMPARE(page.emptyState()->objectName(), QStringLiteral("recordsEmpty"));
        QCOMPARE(page.table()->model(), page.proxy());
        // Newest first by the raw value, not by the text shown.
        QCOMPARE(page.table()->horizontalHeader()->sortIndicatorSection(), 2);
        QCOMPARE(page.table()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(page.idsAsShown(), (QList<qint64> {3, 1, 2}));
        QCOMPARE(page.table()->columnWidth(0), 50);
        QCOMPARE(page.table()->columnWidth(2), 120);
        QCOMPARE(page.table()->editTriggers(), QAbstractItemView::NoEditTriggers);
        QCOMPARE(page.table()->selectionBehavior(), QAbstractItemView::SelectRows);
        QCOMPARE(page.table()->selectionMode(), QAbstractItemView::SingleSelection);
        QVERIFY(page.table()->verticalHeader()->isHidden());
        QVERIFY(!page.isEmptyStateShown());
        QCOMPARE(page.counts(), QStringLiteral("3 records"));
        // The title above the filter bar, the action row, the message, then the list.
        auto *layout = page.layout();
        QCOMPARE(layout->count(), 5);
        QCOMPARE(layout->itemAt(1)->widget(), page.filterBar());
        QCOMPARE(layout->itemAt(3)->widget(), page.messagePanel());
    }

    void emptyStateWhileNothingIsRecorded()
    {
        RecordsPage page({});
        QVERIFY(page.isEmptyStateShown());
        QCOMPARE(page.findChild<QStackedWidget *>()->currentWidget(), page.emptyState());
        QCOMPARE(page.counts(), QStringLiteral("0 records"));
    }

    void filterAppliesAtOnceInTheProvincesDays()
    {
        RecordsPage page(threeRecords());
        const int before = page.applied;
        statistics::Filter filter;
        filter.provider = QStringLiteral("VNPT-CA");
        page.filterBar()->setFilter(filter);
        QCOMPARE(page.applied, before + 1);
        QCOMPARE(page.idsAsShown(), (QList<qint64> {3, 1}));
        QCOMPARE(page.counts(), QStringLiteral("2 of 3 records"));

        filter.from = QDate(2024, 1, 1);
        filter.to = QDate(2024, 1, 31); // record 3 fell on 1 February in the province
        page.filterBar()->setFilter(filter);
        QCOMPARE(page.idsAsShown(), (QList<qint64> {1}));
        QCOMPARE(page.counts(), QStringLiteral("1 of 3 records"));
        // Filtered to nothing, the list stays (the empty state is for an empty casebook).
        filter.provider = QStringLiteral("BKAV-CA");
        page.filterBar()->setFilter(filter);
        QCOMPARE(page.proxy()->rowCount(), 0);
        QVERIFY(!page.isEmptyStateShown());
    }

    void passes_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<bool>("expected");
        const QDate jan31(2024, 1, 31);
        const QDate feb1(2024, 2, 1);
        QTest::newRow("no filter") << QString() << QDate() << QDate() << utc(2024, 1, 31, 17, 0) << true;
        QTest::newRow("other provider")
            << QStringLiteral("MISA-CA") << QDate() << QDate() << utc(2024, 1, 31, 17, 0) << false;
        QTest::newRow("same provider")
            << QStringLiteral("VNPT-CA") << QDate() << QDate() << utc(2024, 1, 31, 17, 0) << true;
        QTest::newRow("last second of the day")
            << QString() << QDate() << jan31 << utc(2024, 1, 31, 16, 59, 59) << true;
        QTest::newRow("next local day") << QString() << QDate() << jan31 << utc(2024, 1, 31, 17, 0) << false;
        QTest::newRow("before the first day")
            << QString() << feb1 << QDate() << utc(2024, 1, 31, 16, 59, 59) << false;
        QTest::newRow("first day") << QString() << feb1 << QDate() << utc(2024, 1, 31, 17, 0) << true;
    }

    void passes()
    {
        QFETCH(QString, provider);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QDateTime, at);
        QFETCH(bool, expected);
        statistics::Filter filter;
        filter.provider = provider;
        filter.from = from;
        filter.to = to;
        QCOMPARE(RecordsPage::passes(filter, QStringLiteral("VNPT-CA"), at), expected);
    }

    void selectsTheModelsRowsThroughTheProxy()
    {
        RecordsPage page(threeRecords());
        QCOMPARE(page.currentId(), qint64(0));
        QVERIFY(page.selectRow(page.rowOf(2)));
        QCOMPARE(page.currentId(), qint64(2));
        QCOMPARE(page.table()->currentIndex().row(), 2); // shown last: the oldest
        QVERIFY(page.table()->selectionModel()->isRowSelected(2, {}));
        QVERIFY(!page.selectRow(-1));
        QCOMPARE(page.currentId(), qint64(2));
    }

    void keys()
    {
        RecordsPage page(threeRecords());
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.table()->setFocus();
        QTest::keyClick(page.table(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(page.filterBar()->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(page.table(), Qt::Key_Escape);
        QCOMPARE(page.escapes, 1);
    }

    void actionButtonsFollowTheirActionsVisibility()
    {
        RecordsPage page(threeRecords());
        QToolButton *button = nullptr;
        for (QToolButton *b : page.findChildren<QToolButton *>())
            if (b->defaultAction() == page.action())
                button = b;
        QVERIFY(button);
        QCOMPARE(button->toolButtonStyle(), Qt::ToolButtonTextOnly);
        QVERIFY(button->isVisibleTo(&page));
        page.action()->setVisible(false);
        QVERIFY(!button->isVisibleTo(&page));
        page.action()->setVisible(true);
        QVERIFY(button->isVisibleTo(&page));
    }

    void layoutIsRemembered()
    {
        QByteArray state;
        {
            RecordsPage page(threeRecords());
            page.resize(800, 500);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            page.table()->setColumnWidth(1, 77);
            page.splitter()->setSizes({600, 150});
            statistics::Filter filter;
            filter.provider = QStringLiteral("VIETTEL-CA");
            page.filterBar()->setFilter(filter);
            state = page.saveState();
        }
        RecordsPage again(threeRecords());
        again.resize(800, 500);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        again.restoreState(state);
        QCOMPARE(again.table()->columnWidth(1), 77);
        QCOMPARE(again.filterBar()->filter().provider, QStringLiteral("VIETTEL-CA"));
        QCOMPARE(again.idsAsShown(), (QList<qint64> {2}));
        const QList<int> sizes = again.splitter()->sizes();
        QVERIFY2(sizes.first() > 2 * sizes.last(),
                 qPrintable(QStringLiteral("%1 %2").arg(sizes.first()).arg(sizes.last())));

        // Another page's state is not applied.
        RecordsPage other(threeRecords(), 0x4f544852);
        other.restoreState(state);
        QCOMPARE(other.table()->columnWidth(1), 90);
        QVERIFY(other.filterBar()->filter().isEmpty());
    }

    void exportsTheListAsShown()
    {
        QTemporaryDir dir;
        RecordsPage page(threeRecords());
        auto prompts = std::make_unique<AnswerPrompts>();
        AnswerPrompts *answers = prompts.get();
        page.setPrompts(std::move(prompts));

        answers->path = dir.filePath(QStringLiteral("records.csv"));
        page.exportList(QStringLiteral("Export records"), QStringLiteral("records.csv"),
                        QStringLiteral("CSV (*.csv)"), QStringLiteral("%1 records written to %2."));
        QCOMPARE(answers->suggestedNames, QStringList {QStringLiteral("records.csv")});
        QFile file(answers->path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines
            = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), QStringLiteral("No.,Provider,Received"));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("3,"))); // in the table's order
        QVERIFY(lines.at(3).startsWith(QStringLiteral("2,")));
        QVERIFY(page.messagePanel()->isVisibleTo(&page));
        QCOMPARE(page.messagePanel()->message(),
                 QStringLiteral("3 records written to %1.").arg(answers->path));
        QVERIFY(page.errors.isEmpty());

        // Cancelled: nothing happens.
        answers->path.clear();
        page.messagePanel()->hide();
        page.exportList(QStringLiteral("Export records"), QStringLiteral("records.csv"),
                        QStringLiteral("CSV (*.csv)"), QStringLiteral("%1 records written to %2."));
        QVERIFY(page.messagePanel()->isHidden());

        // A file that cannot be written: the page's error, in the message panel.
        answers->path = dir.filePath(QStringLiteral("missing/records.csv"));
        page.exportList(QStringLiteral("Export records"), QStringLiteral("records.csv"),
                        QStringLiteral("CSV (*.csv)"), QStringLiteral("%1 records written to %2."));
        QCOMPARE(page.errors.size(), 1);
        QVERIFY(page.messagePanel()->isVisibleTo(&page));
        QCOMPARE(page.messagePanel()->message(), page.errors.first());
    }
};

QTEST_MAIN(TestCaseworkListPage)
#include "tst_ui_caseworklistpage.moc"
