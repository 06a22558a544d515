#pragma once

#include "publishing/Outbox.h"
#include "util/Result.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

namespace sw::ui {

// The publication outbox as a table: what waits to be sent to the Department's portal, what it
// confirmed, what it refused and why. Publications are few (one per announcement), so the model
// keeps them all, without their PDFs.
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Document, Title, State, Attempts, Time, Reference, Reason, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // the value behind the display, for sorting and tests
        IdRole, // the publication's id in the outbox
        StateRole // its publishing::PublicationState, as int
    };

    explicit OutboxModel(publishing::Outbox &outbox, QObject *parent = nullptr);

    // Reads the outbox again (after the publisher changed something). Keeps the rows (and the
    // view's selection) when the same publications are there.
    void reload();
    void setLocale(const QLocale &locale);

    const QList<publishing::Publication> &publications() const { return m_rows; }
    const publishing::Publication *publication(int row) const;
    int rowOf(qint64 id) const; // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(publishing::PublicationState state);

Q_SIGNALS:
    // Reading the outbox failed; the model keeps what it showed.
    void errorOccurred(const sw::Error &error);

private:
    QVariant rawValue(const publishing::Publication &p, int column) const;

    publishing::Outbox &m_outbox;
    QList<publishing::Publication> m_rows;
    QLocale m_locale;
};

} // namespace sw::ui
