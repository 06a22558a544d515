#include "widgets/WindowTitle.h"

#include <QFontMetrics>
#include <QWidget>

namespace sw::ui::WindowTitle {

namespace {
// What a title bar keeps beside the title: the window's icon and three buttons, with spacing.
constexpr int titleBarControls = 150;
} // namespace

void keepWhole(QWidget *window)
{
    QFont font = window->font(); // title bars draw the title bold
    font.setBold(true);
    const int width = QFontMetrics(font).horizontalAdvance(window->windowTitle()) + titleBarControls;
    window->setMinimumWidth(qMax(window->minimumWidth(), width));
}

} // namespace sw::ui::WindowTitle
