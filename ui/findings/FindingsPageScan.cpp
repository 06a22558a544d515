// The findings page's scan: starting it with the thresholds of the settings, its progress, its
// end (FindingsPage.h).
#include "findings/FindingsPage.h"

#include "findings/ScanRunner.h"
#include "registry/RegistrySession.h"
#include "settings/Settings.h"
#include "widgets/ErrorPanel.h"
#include "widgets/LocaleFormat.h"
#include "widgets/RuleThresholds.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace sw::ui {

void FindingsPage::setScanningUi(bool scanning)
{
    m_progressRow->setVisible(scanning);
    m_cancelButton->setEnabled(scanning);
    if (scanning) {
        m_progress->setRange(0, 0); // until the engine knows its steps
        m_progressText->setText(tr("Opening connections to the registry…"));
    }
    updateActions();
}

void FindingsPage::startScan()
{
    if (m_runner->isRunning() || !m_session.isOpen() || !m_session.spec())
        return;
    if (auto opened = ensureStoreOpen(); !opened) {
        showError(opened.error());
        return;
    }
    rules::ScanOptions options;
    options.thresholds = thresholds();
    if (m_exclusions)
        options.caseworkExclusions = m_exclusions();
    m_message->hide();
    m_runner->start(*m_session.spec(), m_session.credentials(), options);
    setScanningUi(true);
    Q_EMIT scanStarted();
}

rules::Thresholds FindingsPage::thresholds() const
{
    return thresholdsFromSettings(m_settings);
}

void FindingsPage::setCaseworkExclusions(std::function<QMap<QString, qint64>()> source)
{
    m_exclusions = std::move(source);
}

void FindingsPage::cancelScan()
{
    if (!m_runner->isRunning())
        return;
    m_runner->cancel();
    m_cancelButton->setEnabled(false);
    m_progressText->setText(tr("Stopping the scan…"));
}

void FindingsPage::scanSucceeded(const findings::ScanRecord &scan)
{
    setScanningUi(false);
    const QLocale locale;
    m_message->setInformation(tr("Scanned %1 certificates, found %2 findings in %3 s.")
                                  .arg(LocaleFormat::count(scan.certificates, locale),
                                       LocaleFormat::count(scan.findings, locale),
                                       locale.toString(double(scan.elapsedMs) / 1000.0, 'f', 1)));
    m_message->setActionText({});
    m_message->show();
    // A scan of a registry that was closed or replaced meanwhile is kept but not shown.
    if (registryKey() != scan.registryKey)
        return;
    showScan(scan);
    Q_EMIT scanFinished(scan.asOf, scan.findings, scan.elapsedMs);
}

void FindingsPage::scanFailed(const sw::Error &error)
{
    setScanningUi(false);
    if (error.kind == Error::Kind::Cancelled) {
        m_message->setInformation(tr("The scan was cancelled; nothing of it was kept."));
        m_message->setActionText({});
        m_message->show();
        return;
    }
    showError(error);
}

} // namespace sw::ui
