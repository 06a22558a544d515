#include "DrawnBenchmark.h"

#include "dashboard/OverviewPage.h"
#include "dashboard/charts/DashboardChart.h"
#include "registry/RegistrySession.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QChartView>
#include <QEvent>
#include <QTimer>

#include <cstdio>

namespace {
using Chart = sw::ui::OverviewPage::Chart;
constexpr Chart charts[]
    = {Chart::Timeline, Chart::Shares, Chart::Channels, Chart::Delays, Chart::Findings, Chart::ServiceRate};

void say(const QByteArray &line)
{
    std::fprintf(stderr, "signwatch-bench %s\n", line.constData());
    std::fflush(stderr);
}
} // namespace

void DrawnBenchmark::watchIfAsked(sw::ui::MainWindow &window, sw::registry::RegistrySession &session,
                                  const sw::Clock &clock)
{
    if (qEnvironmentVariableIntValue("SIGNWATCH_BENCH_DRAWN") != 1)
        return;
    new DrawnBenchmark(window, session, clock); // lives as long as the window, its parent
}

DrawnBenchmark::DrawnBenchmark(sw::ui::MainWindow &window, sw::registry::RegistrySession &session,
                               const sw::Clock &clock)
    : QObject(&window), m_window(window), m_clock(clock)
{
    sw::ui::OverviewPage *page = window.overviewPage();
    for (Chart which : charts)
        page->chart(which)->view()->viewport()->installEventFilter(this);
    connect(&session, &sw::registry::RegistrySession::opened, this, [this] { m_opened = true; });
    // A registry that cannot be opened gives no picture to wait for.
    connect(&session, &sw::registry::RegistrySession::openFailed, this, [](const sw::Error &error) {
        say("failed " + error.message.toUtf8());
        QApplication::exit(1);
    });
    connect(page, &sw::ui::OverviewPage::dashboardShown, this, &DrawnBenchmark::onDashboardShown);
    connect(page, &sw::ui::OverviewPage::partialShown, this,
            [this](sw::statistics::DashboardFigures complete) {
                say("partial " + QByteArray::number(m_clock.now().toMSecsSinceEpoch()) + " figures 0x"
                    + QByteArray::number(complete.toInt(), 16));
            });
}

void DrawnBenchmark::onDashboardShown()
{
    if (m_shown)
        return;
    m_shown = true;
    // The charts the window shows: those scrolled out of sight are not painted.
    for (Chart which : charts) {
        QWidget *viewport = m_window.overviewPage()->chart(which)->view()->viewport();
        if (viewport->isVisible() && !viewport->visibleRegion().isEmpty())
            m_pending.insert(viewport);
    }
    m_charts = int(m_pending.size());
    if (m_pending.isEmpty())
        QTimer::singleShot(0, this, &DrawnBenchmark::finish);
}

bool DrawnBenchmark::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Paint)
        return false;
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    if (m_opened && !m_framePainted) {
        m_framePainted = true;
        say("frame " + QByteArray::number(now));
    }
    // Finished once the paint under way has reached the screen: the next turn of the event loop.
    if (m_shown && m_pending.remove(watched) && m_pending.isEmpty())
        QTimer::singleShot(0, this, &DrawnBenchmark::finish);
    return false;
}

void DrawnBenchmark::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    say("drawn " + QByteArray::number(m_clock.now().toMSecsSinceEpoch()) + " charts "
        + QByteArray::number(m_charts));
    QApplication::quit();
}
