#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace sw::settings {

// Languages of the interface: Vietnamese (the default, and the language of every official
// document) and English.
QStringList availableLanguages(); // {"vi", "en"}
QString languageDisplayName(const QString &language);

// Loads the SignWatch and Qt translations of `language` into the application (replacing any
// installed earlier) and sets the default QLocale to match (numbers and dates in Vietnamese form).
// Returns false when the language is unknown or its translation is missing.
bool installTranslations(QCoreApplication &app, const QString &language);

} // namespace sw::settings
