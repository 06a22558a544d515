// The complaint form's list of the citizen's findings (issue 17): the complaint names a citizen,
// the console knows their findings (CitizenFindingsSource), and the inspector ticks those that
// bear the complaint out; a ticked finding is linked exactly as one from a scan file is, and an
// unticked one unlinked. Only the complaint's provider's findings are offered: a complaint
// concerns one provider.
#include "casework/CaseFindingsModel.h"
#include "casework/CitizenFindingsSource.h"
#include "casework/ComplaintForm.h"
#include "privacy/Masking.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStringList>
#include <QTableView>
#include <QVBoxLayout>

namespace sw::ui {

void ComplaintForm::setUpPicking()
{
    m_candidates->setCheckable(true);
    m_candidatesBox->setObjectName(QStringLiteral("complaintCandidates"));
    m_candidatesNote->setObjectName(QStringLiteral("complaintCandidatesNote"));
    m_candidatesNote->setWordWrap(true);
    m_candidatesNote->setForegroundRole(QPalette::PlaceholderText);
    m_candidatesView->setObjectName(QStringLiteral("complaintCandidatesView"));
    m_candidatesView->setModel(m_candidates);
    m_candidatesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_candidatesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_candidatesView->verticalHeader()->hide();
    m_candidatesView->horizontalHeader()->setStretchLastSection(true);
    m_candidatesView->setMinimumHeight(56); // the header and a row or two: the form fits 1366×768
    m_candidatesView->setToolTip(tr("Tick a finding to link it to the complaint; untick it to unlink it"));
    auto *layout = new QVBoxLayout(m_candidatesBox);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_candidatesNote);
    layout->addWidget(m_candidatesView, 1);
    m_candidatesBox->hide(); // until there is a source to pick from

    connect(m_candidates, &CaseFindingsModel::checkToggled, this, &ComplaintForm::candidateToggled);
    // The ticks follow the linked findings, however they were linked or unlinked.
    const auto follow = [this] { m_candidates->setCheckedKeys(m_findings->keys()); };
    connect(m_findings, &QAbstractItemModel::rowsInserted, this, follow);
    connect(m_findings, &QAbstractItemModel::rowsRemoved, this, follow);
    connect(m_findings, &QAbstractItemModel::modelReset, this, follow);
    connect(m_citizen, &QLineEdit::textChanged, this, &ComplaintForm::lookUpCitizen);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &ComplaintForm::showCandidates);
}

void ComplaintForm::setCitizenFindingsSource(CitizenFindingsSource *source)
{
    m_source = source;
    m_candidatesBox->setVisible(source != nullptr);
    m_candidatesCitizen.clear();
    lookUpCitizen();
}

void ComplaintForm::refreshCandidates()
{
    m_candidatesCitizen.clear();
    lookUpCitizen();
}

QString ComplaintForm::candidatesNote() const
{
    return m_candidatesNote->text();
}

void ComplaintForm::lookUpCitizen()
{
    if (!m_source)
        return;
    static const QRegularExpression cccd(QStringLiteral("^\\d{12}$"));
    // A stored complaint's citizen is fixed (the field shows the id masked).
    const QString citizen = m_current.id ? m_current.citizenId : m_citizen->text().trimmed();
    if (citizen == m_candidatesCitizen && !citizen.isEmpty()) {
        showCandidates();
        return;
    }
    ++m_lookUp; // an answer on its way is for another citizen
    m_candidatesCitizen.clear();
    m_allCandidates.clear();
    m_candidatesOrigin.clear();
    m_candidatesOriginDetail.clear();
    m_candidates->setFindings({});
    m_candidatesNote->setToolTip({});
    if (!cccd.match(citizen).hasMatch()) {
        m_candidatesNote->setText(
            tr("Enter the citizen's 12-digit identity number to pick from their findings."));
        return;
    }
    m_candidatesCitizen = citizen;
    m_candidatesNote->setText(
        tr("Looking up the findings of citizen %1…").arg(privacy::maskCitizenId(citizen)));
    const quint64 request = m_lookUp;
    m_source->lookUp(citizen, this, [this, request](Result<CitizenFindings> found) {
        if (request != m_lookUp)
            return;
        if (!found) {
            m_candidatesCitizen.clear(); // asked again the next time
            m_candidatesNote->setText(found.error().message);
            return;
        }
        m_allCandidates = found->findings;
        m_candidatesOrigin = found->origin;
        m_candidatesOriginDetail = found->originDetail;
        showCandidates();
    });
}

void ComplaintForm::showCandidates()
{
    if (!m_source || m_candidatesOrigin.isEmpty())
        return; // no answer yet
    const QString provider = m_provider->currentData().toString();
    QList<rules::Finding> shown;
    int others = 0;
    for (const rules::Finding &f : std::as_const(m_allCandidates)) {
        if (provider.isEmpty() || f.provider.value_or(QString()) == provider)
            shown << f;
        else
            ++others;
    }
    m_candidates->setFindings(shown);
    m_candidates->setCheckedKeys(m_findings->keys());
    // A line or two, so that the form fits 1366×768; the rest is in the tooltip.
    QString note = tr("Citizen %1:").arg(privacy::maskCitizenId(m_candidatesCitizen)) + QLatin1Char(' ');
    if (m_allCandidates.isEmpty())
        note += tr("no finding %1.").arg(m_candidatesOrigin);
    else if (provider.isEmpty())
        note += tr("%n finding(s) %1.", nullptr, int(shown.size())).arg(m_candidatesOrigin);
    else
        note
            += tr("%n finding(s) about %1 %2.", nullptr, int(shown.size())).arg(provider, m_candidatesOrigin);
    if (others > 0)
        note += QLatin1Char(' ') + tr("(%n more about other providers)", nullptr, others);
    m_candidatesNote->setText(note);
    QStringList tip {tr("Tick the findings that bear the complaint out; a complaint concerns one provider.")};
    if (!m_candidatesOriginDetail.isEmpty())
        tip << m_candidatesOriginDetail;
    m_candidatesNote->setToolTip(tip.join(QLatin1Char('\n')));
}

void ComplaintForm::candidateToggled(const rules::Finding &finding, bool checked)
{
    if (m_readOnly)
        return;
    if (checked)
        addFindings({finding}); // as a scan file's finding is linked
    else
        m_findings->removeKey(finding.key());
}

} // namespace sw::ui
