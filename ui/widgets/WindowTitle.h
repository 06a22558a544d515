#pragma once

class QWidget;

namespace sw::ui::WindowTitle {

// Gives the dialog `window` the least width at which a desktop's title bar shows its title whole
// beside the bar's icon and buttons (a short dialog with a long title has it cut).
void keepWhole(QWidget *window);

} // namespace sw::ui::WindowTitle
