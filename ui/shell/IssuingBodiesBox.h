#pragma once

#include "documents/IssuingPeriods.h"

#include <QGroupBox>

#include <functional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sw::casebook {
class Casebook;
}

namespace sw::ui {

// Settings › "Issuing bodies" (spec/organisation.md): the periods of the casebook's table, read
// only (a document carries the body in force on its date), and a form to add the next period,
// enabled for a signatory only (RoleGate; the server refuses anyone else too). Without a casebook
// it shows the built-in periods and nothing can be added.
class IssuingBodiesBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit IssuingBodiesBox(QWidget *parent = nullptr);

    // The casebook whose periods are shown and extended; null: none open.
    void setCasebook(casebook::Casebook *casebook);
    // How adding is confirmed (it cannot be undone); the default asks in a message box.
    void setConfirmer(std::function<bool(const QString &question)> confirmer);

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *setAddressButton() const { return m_setAddress; }
    QLabel *messageLabel() const { return m_message; }

public Q_SLOTS:
    void reload();
    void addPeriod();
    // Records the address field for the selected period (casebook::Issuers::setAddress).
    void recordAddress();

Q_SIGNALS:
    // A period was added (pages showing a draft's body reload it).
    void periodAdded();

private:
    void updateAddState();

    casebook::Casebook *m_casebook = nullptr;
    std::function<bool(const QString &)> m_confirmer;
    QTableWidget *m_table;
    QDateEdit *m_from;
    QLineEdit *m_parent;
    QLineEdit *m_body;
    QLineEdit *m_code;
    QLineEdit *m_inText;
    QLineEdit *m_place;
    QLineEdit *m_address;
    QPushButton *m_add;
    QPushButton *m_setAddress;
    QList<documents::IssuingPeriod> m_periods; // as the table shows them
    QLabel *m_message;
};

} // namespace sw::ui
