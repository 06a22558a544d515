#pragma once

#include <QObject>

class QFileDialog;

namespace sw::ui {

// Qt's own file dialog (shown where the desktop offers none) sizes its columns and its side bar for
// English texts: in Vietnamese "Kích thước" and "Ngày sửa đổi" are cut, in English "Computer". Set
// on the application (installEventFilter), this widens them to what they show whenever a file
// dialog is shown and when its folder has been read.
class FileDialogFit : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    static void fit(QFileDialog *dialog);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace sw::ui
