#pragma once

#include "util/Result.h"

#include <QWidget>

class QPushButton;

namespace sw::ui {

class ErrorPanel;
class PageHeader;

// In place of a casework page (complaints, cases, documents) while there is no casebook to work on
// (issue 13): while connecting, says so; when the casebook cannot be reached, says what happened,
// what it means (the registry pages keep working, nothing goes to a local file instead) and what
// to do: check the network and the server, the casebook under Settings, then try again.
class CasebookUnavailablePage : public QWidget
{
    Q_OBJECT
public:
    explicit CasebookUnavailablePage(const QString &title, QWidget *parent = nullptr);

    void showConnecting(const QString &casebook);
    void showUnavailable(const sw::Error &error);
    QString message() const;

Q_SIGNALS:
    void retryRequested();
    void settingsRequested();

private:
    ErrorPanel *m_panel;
    QPushButton *m_settings;
};

} // namespace sw::ui
