#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPushButton;

namespace sw::ui {

// Asks why the inspector needs a citizen's full id (§1.7: citizens' information is confidential).
// The reason is required: "Show full id" stays disabled until something other than spaces is typed.
class UnmaskDialog : public QDialog
{
    Q_OBJECT
public:
    // `maskedId` names the citizen in the question (046******789).
    explicit UnmaskDialog(const QString &maskedId, QWidget *parent = nullptr);

    QString reason() const; // trimmed
    QLineEdit *reasonField() const { return m_reason; }
    QPushButton *showButton() const { return m_show; }

    void accept() override; // refuses an empty reason

private:
    QLineEdit *m_reason;
    QPushButton *m_show;
};

} // namespace sw::ui
