#pragma once

#include "util/Result.h"

#include <QStyle>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace sw::ui {

// Shows what went wrong in words, with the technical text (a driver's raw SQL message, a
// keychain's reply) folded under "Details" (ui-guide.md "Behaviour").
class ErrorPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ErrorPanel(QWidget *parent = nullptr);

    void setError(const sw::Error &error);
    // A calm message with an information icon (e.g. "Profile saved."), details optional.
    void setInformation(const QString &text, const QString &details = {});
    // A button for the next step (e.g. "Try again"); empty hides it.
    void setActionText(const QString &label);

    QString message() const;
    QString details() const;
    bool detailsVisible() const;

Q_SIGNALS:
    void actionTriggered();

private:
    void setDetailsVisible(bool visible);
    void setIcon(QStyle::StandardPixmap icon);

    QLabel *m_icon;
    QLabel *m_message;
    QToolButton *m_detailsToggle;
    QPlainTextEdit *m_details;
    QPushButton *m_action;
};

} // namespace sw::ui
