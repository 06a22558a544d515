#pragma once

#include "casebook/CaseDocuments.h"
#include "signatures/SignatureVerdict.h"

#include <QAbstractTableModel>
#include <QList>

namespace sw::ui {

// The documents of every case: minutes and announcements, drafts and signed ones, corrections
// naming what they correct, and what a signed one's digital signatures come to.
class CaseDocumentsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Case, Provider, Kind, Number, State, Date, Signature, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1, IdRole };

    struct Row
    {
        casebook::CaseDocument document;
        QString provider;
        // A signed document's signatures as checked when the list was read; none for a draft.
        std::optional<signatures::SignatureVerdict> signature;
    };

    explicit CaseDocumentsModel(QObject *parent = nullptr);

    void setRows(const QList<Row> &rows);
    const QList<Row> &rows() const { return m_rows; }
    const Row *rowAt(int row) const;
    int rowOf(qint64 documentId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindText(documents::DocumentKind kind);

private:
    QList<Row> m_rows;
};

} // namespace sw::ui
