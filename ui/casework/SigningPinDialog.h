#pragma once

#include <QByteArray>
#include <QDialog>

class QLineEdit;

namespace sw::ui {

// Asks the PIN of a signing token or the passphrase of a PKCS#12 file when a document is signed
// (issue 14 §2): typed hidden, never stored; Cancel signs nothing.
class SigningPinDialog : public QDialog
{
    Q_OBJECT
public:
    // `what`: the key, as KeySpec::displayText() names it.
    explicit SigningPinDialog(const QString &what, QWidget *parent = nullptr);
    ~SigningPinDialog() override;

    QByteArray pin() const;
    QLineEdit *pinEdit() const { return m_pin; }

private:
    QLineEdit *m_pin;
};

} // namespace sw::ui
