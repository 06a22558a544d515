#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace sw::ui {

// A calm centred message saying what is (not) here and what to do next, with an optional
// button for that next step.
class EmptyStateWidget : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyStateWidget(QWidget *parent = nullptr);

    void setHeadline(const QString &headline);
    void setText(const QString &text);
    // Shows a button with `label`; clicking it emits actionTriggered(). Empty hides it.
    void setActionText(const QString &label);

    QString headline() const;
    QString text() const;

Q_SIGNALS:
    void actionTriggered();

private:
    QLabel *m_headline;
    QLabel *m_text;
    QPushButton *m_action;
};

} // namespace sw::ui
