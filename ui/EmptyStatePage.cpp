#include "EmptyStatePage.h"

#include "EmptyStateWidget.h"
#include "PageHeader.h"

#include <QVBoxLayout>

namespace sw::ui {

EmptyStatePage::EmptyStatePage(const QString &title, const QString &whatWillCome, QWidget *parent)
    : QWidget(parent), m_emptyState(new EmptyStateWidget(this))
{
    m_emptyState->setHeadline(tr("Not available in this version"));
    m_emptyState->setText(whatWillCome);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(title, this));
    layout->addWidget(m_emptyState, 1);
}

} // namespace sw::ui
