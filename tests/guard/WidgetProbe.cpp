// Not part of the build: the test core_rejects_widgets builds this file with core's include path and expects
// the build to fail, proving that a core source cannot include a widget.
#include <QtWidgets/QWidget>

int signwatchWidgetProbe()
{
    return sizeof(QWidget);
}
