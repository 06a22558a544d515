#pragma once

#include <QFrame>

class QLabel;

namespace sw::ui {

// A headline number with its caption, as on the overview ("Citizens in the registry 1.166.547").
class StatCard : public QFrame
{
    Q_OBJECT
public:
    explicit StatCard(const QString &caption, QWidget *parent = nullptr);

    void setValue(const QString &value);
    void setNote(const QString &note);
    QString value() const;
    QString note() const;

private:
    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_note;
};

} // namespace sw::ui
