#include "widgets/RuleThresholds.h"

#include "settings/Settings.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcUi)

namespace sw::ui {

rules::Thresholds thresholdsFromSettings(const settings::Settings &settings)
{
    rules::Thresholds thresholds;
    const auto overrides = settings.thresholdOverrides();
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        if (auto set = thresholds.set(it.key(), it.value()); !set)
            qCWarning(lcUi) << "ignoring a threshold from the settings:" << set.error().message;
    return thresholds;
}

} // namespace sw::ui
