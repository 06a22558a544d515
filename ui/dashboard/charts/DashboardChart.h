#pragma once

#include "dashboard/charts/ChartData.h"

#include <QWidget>

class QAction;
QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace sw::ui::charts {

// A chart on a page: shows ChartData, reports clicks on bars, slices, boxes and lines
// (activated), shows what lies under the pointer in a tooltip, and offers "Export chart as PNG…" in its
// context menu.
class DashboardChart : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardChart(QWidget *parent = nullptr);

    void setData(const ChartData &data);
    const ChartData &data() const { return m_data; }
    QAction *exportPngAction() const { return m_exportPng; }
    // The view, for tests that click into the chart.
    QChartView *view() const { return m_view; }
    // A file name for exports, from the chart's object name ("chart-timeline.png").
    QString suggestedFileName() const;
    // What the tooltip shows for the point, slice, bar or box under the pointer; empty when none.
    QString hoverText() const { return m_hoverText; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // key: the bar set, slice or line clicked; category: its category index (-1 for lines);
    // x: the clicked x of a line (milliseconds since the epoch), NaN otherwise.
    void activated(const QString &key, int category, double x);

private:
    void exportPng();
    void showHoverText(const QString &text);

    ChartData m_data;
    QChartView *m_view;
    QAction *m_exportPng;
    QString m_hoverText;
};

} // namespace sw::ui::charts
