// The states of a page that reads the registry (RegistryStateStack): no registry, loading, an error
// with its next step, and the page's own views inserted around them.
#include "widgets/EmptyStateWidget.h"
#include "widgets/ErrorPanel.h"
#include "widgets/RegistryStateStack.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace sw;
using ui::RegistryStateStack;

namespace {
// Keeps the answers of requests until the test hands them back, in any order.
struct HeldSession
{
    template<typename T, typename Job, typename Done>
    void request(QObject *, Job job, Done done)
    {
        answers << [job = std::move(job), done = std::move(done)]() mutable { done(job()); };
    }
    QList<std::function<void()>> answers;
};
} // namespace

class TestRegistryStateStack : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsWithoutARegistry()
    {
        RegistryStateStack stack;
        QCOMPARE(stack.count(), 3);
        QCOMPARE(stack.currentWidget(), stack.noRegistryState());
        QCOMPARE(stack.indexOf(stack.noRegistryState()), 0);
        QCOMPARE(stack.indexOf(stack.errorPanel()->parentWidget()), 2);
    }

    void loadingSaysWhatIsRead()
    {
        RegistryStateStack stack;
        stack.resize(600, 400);
        stack.show();
        QVERIFY(QTest::qWaitForWindowExposed(&stack));
        stack.showLoading(QStringLiteral("Counting…"));
        QCOMPARE(stack.currentIndex(), 1);
        QCOMPARE(stack.loadingText(), QStringLiteral("Counting…"));
        auto *busy = stack.currentWidget()->findChild<QProgressBar *>();
        QVERIFY(busy && busy->isVisible());
        QCOMPARE(busy->maximum(), 0); // no progress to show: a busy bar
        QVERIFY(stack.currentWidget()->findChild<QLabel *>()->isVisible());
    }

    void errorOffersTheNextStep()
    {
        RegistryStateStack stack;
        stack.show();
        QVERIFY(QTest::qWaitForWindowExposed(&stack));
        QSignalSpy retry(&stack, &RegistryStateStack::retryRequested);
        stack.showError(
            Error::make(QStringLiteral("The registry did not answer."), QStringLiteral("timeout")),
            QStringLiteral("Try again"));
        QCOMPARE(stack.currentIndex(), 2);
        QCOMPARE(stack.errorPanel()->message(), QStringLiteral("The registry did not answer."));
        QCOMPARE(stack.errorPanel()->details(), QStringLiteral("timeout"));
        auto *action = stack.errorPanel()->findChild<QPushButton *>(QStringLiteral("errorAction"));
        QVERIFY(action->isVisible());
        QCOMPARE(action->text(), QStringLiteral("Try again"));
        QTest::mouseClick(action, Qt::LeftButton);
        QCOMPARE(retry.count(), 1);

        stack.showError(Error::make(QStringLiteral("No access.")), QString());
        QVERIFY(!action->isVisible());
        stack.showNoRegistry();
        QCOMPARE(stack.currentWidget(), stack.noRegistryState());
    }

    void onlyTheLatestAnswerArrives()
    {
        RegistryStateStack stack;
        HeldSession session;
        QList<int> arrived;
        auto ask = [&](int value) {
            stack.requestLatest<int>(
                session, &stack, [value] { return Result<int>(value); },
                [&arrived](Result<int> result) { arrived << *result; });
        };
        ask(1);
        ask(2);
        session.answers.at(1)();
        session.answers.at(0)(); // older: dropped
        QCOMPARE(arrived, QList<int> {2});
        ask(3);
        stack.dropRequests(); // the registry was closed
        session.answers.at(2)();
        QCOMPARE(arrived, QList<int> {2});
        ask(4);
        session.answers.at(3)();
        QCOMPARE(arrived, (QList<int> {2, 4}));
    }

    void pageViewsGoAroundTheStates()
    {
        // The citizen page puts its prompt between "no registry" and "loading".
        RegistryStateStack stack;
        auto *prompt = new ui::EmptyStateWidget;
        auto *results = new QLabel(QStringLiteral("results"));
        stack.insertWidget(1, prompt);
        stack.addWidget(results);
        stack.showLoading(QStringLiteral("Searching…"));
        QCOMPARE(stack.currentIndex(), 2);
        stack.showError(Error::make(QStringLiteral("Failed.")), QStringLiteral("Try again"));
        QCOMPARE(stack.currentIndex(), 3);
        stack.setCurrentWidget(results);
        stack.showNoRegistry();
        QCOMPARE(stack.currentIndex(), 0);
    }
};

QTEST_MAIN(TestRegistryStateStack)
#include "tst_ui_registrystatestack.moc"
