#pragma once

#include "util/Clock.h"

#include <QObject>
#include <QSet>

namespace sw::registry {
class RegistrySession;
}
namespace sw::ui {
class MainWindow;
}

// scripts/benchmark-startup.sh (issue 17: the overview drawn 2 s after the console starts). With
// SIGNWATCH_BENCH_DRAWN=1 in the environment the console writes to stderr, as milliseconds since
// the epoch (the shell's clock):
//   "signwatch-bench frame MS"            the overview's charts first painted after the registry
//                                         opened (the counting frame);
//   "signwatch-bench partial MS figures F" a partial count filled in (F: statistics::DashboardFigures);
//   "signwatch-bench drawn MS charts N"   the N charts on screen all painted after the overview
//                                         showed a whole count,
// and quits after the last; "signwatch-bench failed MESSAGE" and exit status 1 when the registry
// cannot be opened. Nothing happens without the variable.
class DrawnBenchmark : public QObject
{
public:
    static void watchIfAsked(sw::ui::MainWindow &window, sw::registry::RegistrySession &session,
                             const sw::Clock &clock);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    DrawnBenchmark(sw::ui::MainWindow &window, sw::registry::RegistrySession &session,
                   const sw::Clock &clock);
    void onDashboardShown();
    void finish();

    sw::ui::MainWindow &m_window;
    const sw::Clock m_clock; // the wall clock: the script compares with the shell's
    bool m_opened = false;
    bool m_framePainted = false;
    bool m_shown = false;
    bool m_finished = false;
    QSet<QObject *> m_pending; // chart viewports on screen not yet painted with the whole count
    int m_charts = 0;
};
