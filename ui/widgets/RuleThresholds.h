#pragma once

#include "rules/Thresholds.h"

namespace sw::settings {
class Settings;
}

namespace sw::ui {

// The rules' thresholds as the settings hold them: the spec's defaults, then the values the person
// set (Settings › rule thresholds); a value the rules refuse is logged and left at its default.
// What the scan, the live watch, the citizen look-up, the complaint form, the dashboard's deadline
// and the report all judge with.
rules::Thresholds thresholdsFromSettings(const settings::Settings &settings);

} // namespace sw::ui
