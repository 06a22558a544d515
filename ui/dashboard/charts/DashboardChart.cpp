#include "dashboard/charts/DashboardChart.h"

#include "dashboard/ChartExport.h"
#include "dashboard/charts/ChartFactory.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QLegend>
#include <QMessageBox>
#include <QStandardPaths>
#include <QToolTip>
#include <QVBoxLayout>

namespace sw::ui::charts {

DashboardChart::DashboardChart(QWidget *parent)
    : QWidget(parent),
      m_view(new QChartView(this)),
      m_exportPng(new QAction(tr("Export chart as PNG…"), this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setContextMenuPolicy(Qt::NoContextMenu); // the widget's menu below
    m_exportPng->setToolTip(tr("Save this chart as a picture"));
    connect(m_exportPng, &QAction::triggered, this, &DashboardChart::exportPng);
    addAction(m_exportPng);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setData({});
}

QSize DashboardChart::sizeHint() const
{
    return {380, 300};
}

QSize DashboardChart::minimumSizeHint() const
{
    return {280, 240};
}

void DashboardChart::setData(const ChartData &data)
{
    m_data = data;
    ChartFactory::Style style;
    style.font = font();
    style.plotColumns = qMax(200, m_view->width());
    style.compact = true;
    m_hoverText.clear();
    QChart *chart = ChartFactory::build(
        data, style,
        [this](const QString &key, int category, double x) { Q_EMIT activated(key, category, x); },
        [this](const QString &text) { showHoverText(text); });
    QChart *old = m_view->chart();
    m_view->setChart(chart); // the view takes the new chart and gives the old one back
    delete old;
    // A legend beside the plot shows only the entries its height holds (Qt Charts hides the rest):
    // the chart is at least as tall as its title and every entry need (the findings chart's 13
    // rules). It does not shrink again, so that the page does not jump when the figures change.
    if (chart->legend()->isVisible() && (data.legendAlignment & (Qt::AlignLeft | Qt::AlignRight))) {
        // An entry is a line of the legend's font and 4 px either side (LegendMarkerItem); the
        // legend has a frame of its own. The size Qt reports comes only after a layout.
        const QMargins margins = chart->margins();
        const int entry = QFontMetrics(chart->legend()->font()).height() + 8;
        const int legend = entry * int(chart->legend()->markers().size()) + 2 * entry;
        const int title = QFontMetrics(chart->titleFont()).height() * 2;
        const int needed = legend + title + margins.top() + margins.bottom();
        if (needed > minimumHeight())
            setMinimumHeight(needed);
    }
    m_exportPng->setEnabled(!data.title.isEmpty());
}

void DashboardChart::showHoverText(const QString &text)
{
    m_hoverText = text;
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, m_view);
}

QString DashboardChart::suggestedFileName() const
{
    const QString name = objectName().isEmpty() ? QStringLiteral("chart") : objectName();
    return name + QStringLiteral(".png");
}

void DashboardChart::exportPng()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart as PNG"),
                                                      folder + QLatin1Char('/') + suggestedFileName(),
                                                      tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    if (auto saved = ChartExport::savePng(m_data, path); !saved)
        QMessageBox::warning(this, tr("Export chart as PNG"), saved.error().fullText());
}

} // namespace sw::ui::charts
