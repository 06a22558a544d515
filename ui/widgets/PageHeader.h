#pragma once

#include <QWidget>

class QLabel;

namespace sw::ui {

// The title row every page starts with (ui-guide.md "Frame").
class PageHeader : public QWidget
{
    Q_OBJECT
public:
    explicit PageHeader(const QString &title, QWidget *parent = nullptr);
    void setTitle(const QString &title);
    QString title() const;

private:
    QLabel *m_title;
};

} // namespace sw::ui
