#include "casework/CasePrompts.h"

#include "casebook/Complaints.h"
#include "casework/SigningPinDialog.h"
#include "widgets/LocaleFormat.h"
#include "widgets/WindowTitle.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace sw::ui {

bool CasePrompts::confirm(QWidget *parent, const QString &title, const QString &text,
                          const QString &acceptLabel)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("caseConfirmation"));
    QPushButton *accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    box.setDefaultButton(qobject_cast<QPushButton *>(box.button(QMessageBox::Cancel)));
    box.exec();
    return box.clickedButton() == accept;
}

std::optional<QString> CasePrompts::reason(QWidget *parent, const QString &title, const QString &label,
                                           bool required)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("caseReasonDialog"));
    dialog.setWindowTitle(title);
    WindowTitle::keepWhole(&dialog);
    auto *text = new QPlainTextEdit(&dialog);
    text->setTabChangesFocus(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    auto *prompt = new QLabel(label, &dialog);
    prompt->setWordWrap(true);
    layout->addWidget(prompt);
    layout->addWidget(text);
    layout->addWidget(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    if (required) {
        ok->setEnabled(false);
        QObject::connect(text, &QPlainTextEdit::textChanged, ok,
                         [ok, text] { ok->setEnabled(!text->toPlainText().trimmed().isEmpty()); });
    }
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return text->toPlainText().trimmed();
}

std::optional<CasePrompts::Exclusion> CasePrompts::exclusion(QWidget *parent, const QDate &suggested)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("caseExclusionDialog"));
    dialog.setWindowTitle(tr("Record exclusion from the programme"));
    WindowTitle::keepWhole(&dialog);
    auto *date = new QDateEdit(suggested, &dialog);
    date->setCalendarPopup(true);
    auto *note = new QLineEdit(&dialog);
    auto *explanation
        = new QLabel(tr("From this day the provider is removed from the programme (§5.3): later scans "
                        "report its issuances as violations."),
                     &dialog);
    explanation->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout;
    form->addRow(tr("Excluded from"), date);
    form->addRow(tr("Note"), note);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return Exclusion {date->date(), note->text().trimmed()};
}

std::optional<QString> CasePrompts::saveFileName(QWidget *parent, const QString &title,
                                                 const QString &suggestedName, const QString &filter)
{
    const QString start
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(suggestedName);
    const QString path = QFileDialog::getSaveFileName(parent, title, start, filter);
    if (path.isEmpty())
        return std::nullopt;
    return path;
}

QList<qint64> CasePrompts::chooseComplaints(QWidget *parent, const QList<casebook::Complaint> &candidates)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("caseComplaintsDialog"));
    dialog.setWindowTitle(tr("Attach complaints to the case"));
    WindowTitle::keepWhole(&dialog);
    auto *list = new QListWidget(&dialog);
    for (const casebook::Complaint &c : candidates) {
        auto *item = new QListWidgetItem(tr("No. %1 — %2 — %3 — %4")
                                             .arg(c.id)
                                             .arg(LocaleFormat::dateTime(c.receivedAt), c.maskedCitizenId(),
                                                  casebook::outcomeLabel(c.outcome)),
                                         list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(c.outcome == casebook::ComplaintOutcome::Substantiated ? Qt::Checked
                                                                                   : Qt::Unchecked);
        item->setData(Qt::UserRole, c.id);
        item->setToolTip(c.statement);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    auto *prompt
        = new QLabel(tr("Complaints about the case's provider that belong to no case yet. Those found "
                        "substantiated bring their findings into the minutes."),
                     &dialog);
    prompt->setWordWrap(true);
    layout->addWidget(prompt);
    layout->addWidget(list);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QList<qint64> chosen;
    if (dialog.exec() != QDialog::Accepted)
        return chosen;
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->checkState() == Qt::Checked)
            chosen << list->item(row)->data(Qt::UserRole).toLongLong();
    return chosen;
}

CasePrompts::ConflictChoice CasePrompts::editConflict(QWidget *parent, const QString &message,
                                                      const QString &theirs)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("editConflictDialog"));
    dialog.setWindowTitle(tr("Changed by someone else"));
    WindowTitle::keepWhole(&dialog);
    auto *text = new QLabel(message + QStringLiteral("\n\n")
                                + tr("Their version is below: copy what you need into yours, then keep yours "
                                     "(it replaces theirs), or take theirs (yours goes to the clipboard)."),
                            &dialog);
    text->setWordWrap(true);
    auto *view = new QPlainTextEdit(theirs, &dialog);
    view->setObjectName(QStringLiteral("theirVersion"));
    view->setReadOnly(true);
    view->setMinimumSize(520, 260);
    auto *buttons = new QDialogButtonBox(&dialog);
    QPushButton *keep = buttons->addButton(tr("Keep mine"), QDialogButtonBox::AcceptRole);
    QPushButton *take = buttons->addButton(tr("Take theirs"), QDialogButtonBox::DestructiveRole);
    buttons->addButton(tr("Decide later"), QDialogButtonBox::RejectRole);
    keep->setToolTip(tr("Save your text over theirs: you have read it"));
    take->setToolTip(tr("Load their version into the editor; your text is copied to the clipboard"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    ConflictChoice choice = ConflictChoice::Later;
    QObject::connect(keep, &QPushButton::clicked, &dialog, [&] {
        choice = ConflictChoice::KeepMine;
        dialog.accept();
    });
    QObject::connect(take, &QPushButton::clicked, &dialog, [&] {
        choice = ConflictChoice::TakeTheirs;
        dialog.accept();
    });
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.exec();
    return choice;
}

std::optional<QByteArray> CasePrompts::signingPin(QWidget *parent, const QString &what)
{
    SigningPinDialog dialog(what, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.pin();
}

void CasePrompts::inform(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
}

} // namespace sw::ui
