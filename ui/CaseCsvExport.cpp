#include "CaseCsvExport.h"

#include <QAbstractItemModel>
#include <QSaveFile>

namespace sw::ui {

QString CaseCsvExport::field(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

Result<qint64> CaseCsvExport::write(const QAbstractItemModel &model, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(tr("The file %1 cannot be written.").arg(path), file.errorString());
    QByteArray out("\xEF\xBB\xBF"); // BOM
    auto line = [&out](const QStringList &cells) {
        QStringList fields;
        for (const QString &cell : cells)
            fields << field(cell);
        out += fields.join(u',').toUtf8() + "\r\n";
    };
    QStringList header;
    for (int column = 0; column < model.columnCount(); ++column)
        header << model.headerData(column, Qt::Horizontal).toString();
    line(header);
    const int rows = model.rowCount();
    for (int row = 0; row < rows; ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells << model.index(row, column).data(Qt::DisplayRole).toString();
        line(cells);
    }
    if (file.write(out) != out.size() || !file.commit())
        return Error::make(tr("The file %1 cannot be written.").arg(path), file.errorString());
    return qint64(rows);
}

} // namespace sw::ui
