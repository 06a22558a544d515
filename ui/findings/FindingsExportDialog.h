#pragma once

#include "findings/FindingsExport.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QRadioButton;

namespace sw::ui {

// Asks what to export (the selected findings or all the filtered ones) and in which form, and
// says that identity numbers leave the console masked.
class FindingsExportDialog : public QDialog
{
    Q_OBJECT
public:
    FindingsExportDialog(qint64 selected, qint64 filtered, QWidget *parent = nullptr);

    bool selectedOnly() const;
    findings::FindingsExport::Format format() const;
    QString noteText() const;

private:
    QRadioButton *m_selected;
    QRadioButton *m_filtered;
    QComboBox *m_format;
    QLabel *m_note;
};

} // namespace sw::ui
