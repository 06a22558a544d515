#pragma once

#include "citizens/CitizenTimeline.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace sw::ui {

// One citizen's timeline (citizens::CitizenTimeline), one row per event in time order: when, what,
// which provider, the details Hue-S holds, and the findings on it. Holds only that citizen's rows.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Event, Provider, Details, Findings, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // time: seconds since the epoch (null when unreadable); else text
        FindingCountRole, // number of findings on the event
    };

    explicit TimelineModel(QObject *parent = nullptr);

    void setTimeline(const citizens::CitizenTimeline &timeline);
    void clear();
    void setLocale(const QLocale &locale);
    const citizens::CitizenTimeline &timeline() const { return m_timeline; }
    const citizens::TimelineEvent &eventAt(int row) const { return m_timeline.events.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Texts shared with the page.
    static QString eventName(citizens::TimelineEvent::Kind kind);
    static QString channelName(const QString &channel);
    static QString statusName(const QString &status);
    static QString revokeReasonName(const QString &reason);
    static QString modeName(const QString &mode);

private:
    QString timeText(const citizens::TimelineEvent &e) const;
    QString detailsText(const citizens::TimelineEvent &e) const;
    QString findingsText(const citizens::TimelineEvent &e) const;
    QString findingsTooltip(const citizens::TimelineEvent &e) const;

    citizens::CitizenTimeline m_timeline;
    QLocale m_locale;
};

} // namespace sw::ui
