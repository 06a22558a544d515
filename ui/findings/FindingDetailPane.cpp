#include "findings/FindingDetailPane.h"

#include "findings/EvidenceTimeline.h"
#include "findings/FindingExplanation.h"
#include "findings/FindingsModel.h"
#include "privacy/Masking.h"
#include "registry/RegistryConnection.h"
#include "registry/RegistrySession.h"
#include "rules/RegulationText.h"
#include "rules/RuleCatalogue.h"
#include "statistics/Province.h"
#include "widgets/LocaleFormat.h"

#include <QDateTime>

#include <QLabel>
#include <QScrollArea>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace sw::ui {

namespace {
QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 8, 0, 0);
    return label;
}

QLabel *body(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QString interfaceLanguage()
{
    return QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("vi");
}
} // namespace

FindingDetailPane::FindingDetailPane(registry::RegistrySession &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("findingDetail"));
    auto *content = new QWidget;
    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_close = new QToolButton(content);
    m_close->setObjectName(QStringLiteral("detailClose"));
    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close the detail (Esc)"));
    m_close->setAccessibleName(tr("Close the detail"));
    connect(m_close, &QToolButton::clicked, this, &FindingDetailPane::closeRequested);
    m_meta = body(content, QStringLiteral("detailMeta"));
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_case = body(content, QStringLiteral("detailCase"));
    m_explanation = body(content, QStringLiteral("detailExplanation"));
    m_clauses = body(content, QStringLiteral("detailClauses"));
    m_clauses->setTextFormat(Qt::RichText);
    m_evidenceStatus = body(content, QStringLiteral("detailEvidenceStatus"));
    m_evidenceStatus->setForegroundRole(QPalette::PlaceholderText);
    m_timeline = new EvidenceTimeline(content);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_close, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(top);
    layout->addWidget(m_meta);
    layout->addWidget(heading(tr("Casework"), content));
    layout->addWidget(m_case);
    layout->addWidget(heading(tr("What makes it a violation"), content));
    layout->addWidget(m_explanation);
    layout->addWidget(heading(tr("The regulation"), content));
    layout->addWidget(m_clauses);
    layout->addWidget(heading(tr("Records on Hue-S, in time order"), content));
    layout->addWidget(m_evidenceStatus);
    layout->addWidget(m_timeline);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    setMinimumWidth(320);
}

void FindingDetailPane::clear()
{
    ++m_request;
    m_rowId = 0;
    m_title->clear();
    m_meta->clear();
    m_case->clear();
    m_explanation->clear();
    m_clauses->clear();
    m_evidenceStatus->clear();
    m_timeline->clear();
}

void FindingDetailPane::showFinding(const findings::StoredFinding &stored, const findings::ScanRecord &scan)
{
    const rules::Finding &f = stored.finding;
    m_rowId = stored.rowId;
    const rules::RuleInfo *rule = rules::findRule(f.rule);
    // The name people say, the code beside it as the scan's files and the command line write it.
    m_title->setText(
        rule ? QStringLiteral("%1 — %2").arg(rules::ruleNameWithCode(f.rule), rule->translatedSummary())
             : f.rule);

    QStringList meta;
    meta << FindingsModel::severityText(stored.severity)
            + (rule && rule->suspected ? tr(" (suspected: check on the ground)") : QString());
    if (f.provider)
        meta << *f.provider;
    if (!stored.district.isEmpty())
        meta << statistics::districtName(stored.district);
    if (f.at)
        meta << LocaleFormat::dateTime(QDateTime::fromSecsSinceEpoch(*f.at, Qt::UTC));
    if (f.citizenId)
        meta << tr("citizen %1").arg(privacy::maskCitizenId(*f.citizenId));
    meta << FindingsModel::subjectText(f);
    if (stored.isNew)
        meta << tr("new since the previous scan");
    m_meta->setText(meta.join(QStringLiteral(" · ")));

    m_explanation->setText(findings::explainFinding(f, scan.thresholds));

    // The clauses the rule enforces, quoted; in English the Vietnamese original follows.
    const QString language = interfaceLanguage();
    QStringList quoted;
    for (const QString &number : rule ? rule->clauses : QStringList()) {
        const rules::RegulationClause *clause = rules::findClause(number);
        if (!clause)
            continue;
        QString html
            = QStringLiteral("<p><b>%1</b> «%2»").arg(number, clause->text(language).toHtmlEscaped());
        if (language == QLatin1String("en"))
            html += QStringLiteral("<br><i>%1</i>").arg(clause->vietnamese.toHtmlEscaped());
        quoted << html + QStringLiteral("</p>");
    }
    m_clauses->setText(quoted.isEmpty()
                           ? tr("A data-quality finding enforces no clause: the rules cannot read "
                                "this row.")
                           : quoted.join(QString()));
    m_clauses->setToolTip(rules::regulationReference(language));

    // The records behind it, from the registry (the worker thread; never the GUI thread).
    m_timeline->clear();
    const quint64 request = ++m_request;
    if (!m_session.isOpen()) {
        m_evidenceStatus->setText(tr("Open the registry to see the records behind this finding."));
        m_evidenceStatus->show();
        Q_EMIT evidenceLoaded();
        return;
    }
    m_evidenceStatus->setText(tr("Reading the records from the registry…"));
    m_evidenceStatus->show();
    const qint64 asOf = scan.asOf;
    m_session.request<findings::FindingEvidence>(
        this,
        [f](registry::RegistryConnection &c) { return findings::loadEvidence(c.database(), c.engine(), f); },
        [this, request, asOf](Result<findings::FindingEvidence> result) {
            if (request != m_request)
                return; // another finding was opened meanwhile
            if (!result) {
                m_evidenceStatus->setText(result.error().message);
                m_evidenceStatus->show();
                m_evidenceStatus->setToolTip(result.error().detail);
            } else {
                m_timeline->setEvents(result->events, asOf);
                QString status;
                const bool later
                    = std::any_of(result->events.cbegin(), result->events.cend(),
                                  [asOf](const findings::EvidenceEvent &e) { return e.at > asOf; });
                if (later)
                    status = tr("Pale entries happened after the scan's as-of time (%1).")
                                 .arg(LocaleFormat::dateTime(QDateTime::fromSecsSinceEpoch(asOf, Qt::UTC)));
                if (!result->neverActivated.isEmpty()) {
                    QStringList ids;
                    for (qint64 id : result->neverActivated)
                        ids << QStringLiteral("#%1").arg(id);
                    status.prepend(tr("Never activated: certificate %1.").arg(ids.join(QStringLiteral(", ")))
                                   + QLatin1Char(' '));
                }
                m_evidenceStatus->setText(status);
                m_evidenceStatus->setVisible(!status.isEmpty());
                m_evidenceStatus->setToolTip({});
            }
            Q_EMIT evidenceLoaded();
        });
}

void FindingDetailPane::showCase(const std::optional<findings::CaseMark> &mark)
{
    if (!mark) {
        m_case->setText(tr("Not handled: in no case yet. Send it to casework to open a case (§5.3)."));
        return;
    }
    QString text = FindingsModel::caseText(*mark);
    if (mark->throughComplaint)
        text += QLatin1Char(' ') + tr("(linked to a substantiated complaint of the case)");
    if (mark->isDismissed())
        text += QStringLiteral(". ") + tr("Handled: the case was dismissed with a reason (see its history).");
    m_case->setText(text);
}

QString FindingDetailPane::caseStatus() const
{
    return m_case->text();
}

QString FindingDetailPane::title() const
{
    return m_title->text();
}

QString FindingDetailPane::explanation() const
{
    return m_explanation->text();
}

QString FindingDetailPane::clausesText() const
{
    QTextDocument doc;
    doc.setHtml(m_clauses->text());
    return doc.toPlainText();
}

QString FindingDetailPane::evidenceStatus() const
{
    return m_evidenceStatus->text();
}

} // namespace sw::ui
