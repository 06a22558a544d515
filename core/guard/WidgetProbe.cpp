// Not part of the build: a test builds this file with core's settings and expects the build to
// fail, proving that a core source cannot include a widget.
#include <QtWidgets/QWidget>

int signwatchWidgetProbe()
{
    return sizeof(QWidget);
}
