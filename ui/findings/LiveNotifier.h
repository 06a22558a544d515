#pragma once

#include <QString>

#include <functional>

namespace sw::ui {

// Where the findings page's live watch announces new findings on the desktop. The console's is
// the system tray (TrayNotifier); tests observe an implementation of their own, since the
// offscreen platform has no tray.
class LiveNotifier
{
public:
    virtual ~LiveNotifier() = default;
    // Shows a message; `clicked` runs when the person clicks it (a later message replaces the
    // earlier one's action).
    virtual void notify(const QString &title, const QString &message, std::function<void()> clicked) = 0;
};

} // namespace sw::ui
