#include "widgets/PageState.h"

#include "widgets/ColumnFit.h"
#include "widgets/FilterBar.h"

#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>
#include <QList>
#include <QSplitter>
#include <QVariantMap>

namespace sw::ui::PageState {

QByteArray save(quint32 magic, const QList<QSplitter *> &splitters, const QHeaderView *header,
                const FilterBar *filterBar)
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << magic;
    for (const QSplitter *splitter : splitters)
        out << splitter->saveState();
    out << header->saveState() << filterBar->saveState();
    return state;
}

bool restore(const QByteArray &state, quint32 magic, const QList<QSplitter *> &splitters, QHeaderView *header,
             FilterBar *filterBar)
{
    QDataStream in(state);
    quint32 storedMagic = 0;
    in >> storedMagic;
    QList<QByteArray> splitterStates;
    for (qsizetype i = 0; i < splitters.size(); ++i) {
        QByteArray splitterState;
        in >> splitterState;
        splitterStates << splitterState;
    }
    QByteArray headerState;
    QVariantMap filters;
    in >> headerState >> filters;
    if (storedMagic != magic || in.status() != QDataStream::Ok)
        return false;
    qsizetype i = 0;
    for (QSplitter *splitter : splitters)
        splitter->restoreState(splitterStates.at(i++));
    header->restoreState(headerState);
    ColumnFit::widenToHeaders(header); // widths fitted to the other language's titles
    filterBar->restoreState(filters);
    return true;
}

} // namespace sw::ui::PageState
