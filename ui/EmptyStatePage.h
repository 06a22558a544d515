#pragma once

#include <QWidget>

namespace sw::ui {

class EmptyStateWidget;

// A page of an area that later versions fill: its title and what will come there.
class EmptyStatePage : public QWidget
{
    Q_OBJECT
public:
    EmptyStatePage(const QString &title, const QString &whatWillCome, QWidget *parent = nullptr);

    EmptyStateWidget *emptyState() const { return m_emptyState; }

private:
    EmptyStateWidget *m_emptyState;
};

} // namespace sw::ui
