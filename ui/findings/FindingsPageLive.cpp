// The findings page's live watch (issue 16): the switch, the counter and status, the rows that
// come and go with each poll, and the desktop notification of new findings.
#include "findings/FindingsPage.h"

#include "findings/FindingDetailPane.h"
#include "findings/FindingsModel.h"
#include "findings/LiveNotifier.h"
#include "findings/LiveWatchRunner.h"
#include "findings/ScanRunner.h"
#include "registry/RegistrySession.h"
#include "rules/RuleCatalogue.h"
#include "settings/Settings.h"
#include "widgets/ErrorPanel.h"
#include "widgets/FilterBar.h"
#include "widgets/LocaleFormat.h"

#include <QCheckBox>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QPointer>
#include <QSet>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimeZone>
#include <QToolButton>

#include <climits>

namespace sw::ui {

namespace {
QString keyOf(const rules::Finding &f)
{
    return f.rule + QLatin1Char('|') + f.subjectKind + QLatin1Char('|') + QString::number(f.subjectId);
}

QDateTime utcTime(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
}

std::optional<rules::Watermark> parseWatermark(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    return rules::Watermark::fromJson(QJsonDocument::fromJson(text.toUtf8()).object());
}
} // namespace

void FindingsPage::setUpLive()
{
    m_liveButton->setObjectName(QStringLiteral("liveButton"));
    m_liveButton->setText(tr("Live"));
    m_liveButton->setCheckable(true);
    m_liveButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    updateLiveTip();
    connect(m_liveButton, &QToolButton::toggled, this, &FindingsPage::setLive);
    m_liveCounter->setObjectName(QStringLiteral("liveCounter"));
    m_liveCounter->hide();
    m_liveStatus->setObjectName(QStringLiteral("liveStatus"));
    m_liveStatus->setForegroundRole(QPalette::PlaceholderText);
    m_liveStatus->hide();
}

void FindingsPage::updateLiveTip()
{
    const double seconds = double(m_settings.liveWatchInterval().count()) / 1000.0;
    m_liveButton->setToolTip(
        tr("Watch the registry live: after one full scan, check what changed every %1 s, "
           "list new findings as they appear and announce them on the desktop")
            .arg(QLocale().toString(seconds, 'g', 4)));
}

bool FindingsPage::isLive() const
{
    return m_live->isRunning();
}

QString FindingsPage::liveCounterText() const
{
    return m_liveCounter->text();
}

QString FindingsPage::liveStatusText() const
{
    return m_liveStatus->text();
}

void FindingsPage::setLive(bool live)
{
    if (live != isLive()) {
        if (live)
            startLive();
        else
            stopLive();
    }
    const QSignalBlocker blocker(m_liveButton);
    m_liveButton->setChecked(isLive());
    updateActions();
}

void FindingsPage::updateCaseworkExclusions(const QMap<QString, qint64> &exclusions)
{
    m_live->setCaseworkExclusions(exclusions);
}

void FindingsPage::startLive()
{
    const auto key = registryKey();
    if (!key || m_runner->isRunning())
        return;
    if (auto opened = ensureStoreOpen(); !opened) {
        showError(opened.error());
        return;
    }
    rules::WatchOptions options;
    options.thresholds = thresholds();
    if (m_exclusions)
        options.caseworkExclusions = m_exclusions();
    // Where the watch stood on this registry before: what happened since is reported, not lost.
    const auto resume = parseWatermark(m_settings.liveWatermark(*key));
    m_liveSince = m_clock.secsSinceEpoch();
    m_liveNew = 0;
    m_message->hide();
    m_live->start(*m_session.spec(), m_session.credentials(), options, resume,
                  m_settings.liveWatchInterval());
    updateLiveTip(); // the interval may have changed in the settings
    m_liveStatus->setText(resume ? tr("Live: catching up with the registry since %1…")
                                       .arg(LocaleFormat::dateTime(utcTime(resume->asOf)))
                                 : tr("Live: scanning the registry once in full…"));
    m_liveStatus->show();
    updateLiveCounter();
    m_liveCounter->show();
}

void FindingsPage::stopLive()
{
    m_live->stop();
    m_liveCounter->hide();
    m_liveStatus->hide();
}

void FindingsPage::liveStepped(const LivePoll &step)
{
    const auto key = registryKey();
    if (key)
        m_settings.setLiveWatermark(
            *key, QString::fromUtf8(QJsonDocument(step.watermark.toJson()).toJson(QJsonDocument::Compact)));
    if (step.storeError)
        showError(*step.storeError);
    if (step.scan.id > 0 && key == step.scan.registryKey) {
        if (!m_scan || m_scan->id != step.scan.id) {
            showScan(step.scan); // the first step, or the set saved whole again
        } else {
            m_scan = step.scan;
            if (!step.events.isEmpty()) {
                // Rows come and go; the others keep their place, the selection and the sort.
                m_model->refresh();
                if (isDetailOpen() && !m_model->rowIds().contains(m_detail->rowId()))
                    closeDetail();
                updateCounts();
                updateActions();
                Q_EMIT findingsChanged();
            }
            updateSummary();
        }
    }
    // A finding whose evidence changed is resolved and new at once: it is no new violation.
    QSet<QString> resolved;
    for (const rules::WatchEvent &event : step.events)
        if (event.kind == rules::WatchEvent::Kind::Resolved)
            resolved.insert(keyOf(event.finding));
    QList<rules::Finding> fresh;
    for (const rules::WatchEvent &event : step.events)
        if (event.kind == rules::WatchEvent::Kind::New && !resolved.contains(keyOf(event.finding)))
            fresh << event.finding;
    announce(fresh);
    m_liveStatus->setToolTip({});
    m_liveStatus->setText(
        tr("Live: registry checked at %1").arg(LocaleFormat::time(utcTime(step.asOf), true)));
    Q_EMIT livePolled(step.asOf);
}

void FindingsPage::liveFailed(const sw::Error &error)
{
    // The watch keeps where it stood: the next check starts from there, nothing is missed.
    m_liveStatus->setText(
        tr("Live: the registry could not be read at %1 (%2); trying again at the next check.")
            .arg(LocaleFormat::time(m_clock.now(), true), error.message));
    m_liveStatus->setToolTip(error.fullText());
}

void FindingsPage::updateLiveCounter()
{
    m_liveCounter->setText(tr("%n new finding(s) since %1", nullptr, int(qMin<qint64>(m_liveNew, INT_MAX)))
                               .arg(LocaleFormat::time(utcTime(m_liveSince))));
}

void FindingsPage::announce(const QList<rules::Finding> &fresh)
{
    if (fresh.isEmpty())
        return;
    m_liveNew += fresh.size();
    updateLiveCounter();
    if (!m_notifier)
        return;
    auto providerOf
        = [this](const rules::Finding &f) { return f.provider ? *f.provider : tr("no provider"); };
    QString title, message;
    if (fresh.size() == 1) {
        const rules::Finding &f = fresh.first();
        const rules::RuleInfo *rule = rules::findRule(f.rule);
        title = tr("New finding: %1").arg(rules::ruleDisplayName(f.rule));
        message = tr("%1 — %2").arg(providerOf(f), rule ? rule->translatedSummary() : f.rule);
    } else {
        // One message for the poll: how many, by provider and rule.
        QMap<QString, int> byProviderAndRule;
        for (const rules::Finding &f : fresh)
            ++byProviderAndRule[providerOf(f) + QStringLiteral(": ") + rules::ruleDisplayName(f.rule)];
        QStringList lines;
        for (auto it = byProviderAndRule.cbegin(); it != byProviderAndRule.cend() && lines.size() < 5; ++it)
            lines << (it.value() > 1 ? QStringLiteral("%1 (%2)").arg(it.key()).arg(it.value()) : it.key());
        if (byProviderAndRule.size() > lines.size())
            lines << QStringLiteral("…");
        title = tr("%n new finding(s)", nullptr, int(fresh.size()));
        message = lines.join(QLatin1Char('\n'));
    }
    QPointer<FindingsPage> page(this);
    m_notifier->notify(title, message, [page, first = fresh.first()] {
        if (page)
            page->openNotifiedFinding(first);
    });
}

void FindingsPage::openNotifiedFinding(const rules::Finding &finding)
{
    QWidget *top = window();
    if (top->isMinimized())
        top->showNormal();
    top->show();
    top->raise();
    top->activateWindow();
    Q_EMIT notificationClicked();
    selectFinding(finding);
}

bool FindingsPage::selectFinding(const rules::Finding &finding)
{
    if (!m_scan)
        return false;
    auto rowId = m_store.findingRowId(m_scan->id, finding.rule, finding.subjectKind, finding.subjectId);
    if (!rowId || *rowId == 0)
        return false;
    qsizetype row = m_model->rowIds().indexOf(*rowId);
    if (row < 0) {
        // Hidden by the filters: show everything.
        m_onlyNew->setChecked(false);
        m_filterBar->setFilter({});
        applyQuery();
        row = m_model->rowIds().indexOf(*rowId);
        if (row < 0)
            return false;
    }
    const QModelIndex index = m_model->index(int(row), 0);
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    m_table->setFocus(Qt::OtherFocusReason);
    return true;
}

} // namespace sw::ui
