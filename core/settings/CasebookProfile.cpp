#include "settings/CasebookProfile.h"

#include "settings/Settings.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace sw::settings {

Result<connection::ConnectionSpec> casebookSpec(const Settings &settings, const QString &defaultPath)
{
    const QString url = settings.casebookUrl();
    if (url.isEmpty()) {
        connection::ConnectionSpec spec;
        spec.engine = connection::Engine::Sqlite;
        spec.path = settings.casebookPath().isEmpty() ? defaultPath : settings.casebookPath();
        return spec;
    }
    auto spec = connection::ConnectionSpec::parse(url);
    if (!spec)
        return Error::make(QCoreApplication::translate("Settings",
                                                       "The casebook's address in the settings cannot be "
                                                       "read. Set the casebook again under Settings."),
                           spec.error().fullText(), Error::Kind::InvalidInput);
    if (spec->engine != connection::Engine::Postgres)
        return Error::make(
            QCoreApplication::translate("Settings",
                                        "The casebook's address in the settings is not a PostgreSQL "
                                        "casebook. Set the casebook again under Settings."),
            url, Error::Kind::InvalidInput);
    return spec;
}

void setCasebookSpec(Settings &settings, const connection::ConnectionSpec &spec, const QString &defaultPath)
{
    if (spec.engine == connection::Engine::Postgres) {
        settings.setCasebookUrl(spec.toUrl());
        return;
    }
    settings.setCasebookUrl({});
    const bool isDefault = spec.path.isEmpty()
        || QFileInfo(spec.path).absoluteFilePath() == QFileInfo(defaultPath).absoluteFilePath();
    settings.setCasebookPath(isDefault ? QString() : spec.path);
}

} // namespace sw::settings
