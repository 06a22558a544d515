#include "settings/Language.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcLanguage, "signwatch.settings")

namespace sw::settings {

QStringList availableLanguages()
{
    return {QStringLiteral("vi"), QStringLiteral("en")};
}

QString languageDisplayName(const QString &language)
{
    // Each language is named in itself, so a user can find theirs whatever is active.
    return language == QLatin1String("en") ? QStringLiteral("English") : QStringLiteral("Tiếng Việt");
}

bool installTranslations(QCoreApplication &app, const QString &language)
{
    if (!availableLanguages().contains(language))
        return false;
    // Replace what an earlier call installed.
    // QPointer: the translators are children of the application and die with it.
    static QPointer<QTranslator> ownTranslator;
    static QPointer<QTranslator> qtTranslator;
    static QPointer<QTranslator> ownQtTranslator;
    for (QPointer<QTranslator> *t : {&ownTranslator, &qtTranslator, &ownQtTranslator}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete t->data();
        }
    }
    const QLocale locale(language == QLatin1String("vi") ? QLocale::Vietnamese : QLocale::English,
                         language == QLatin1String("vi") ? QLocale::Vietnam : QLocale::UnitedKingdom);
    QLocale::setDefault(locale);

    ownTranslator = new QTranslator(&app);
    if (!ownTranslator->load(QStringLiteral(":/i18n/signwatch_%1.qm").arg(language))) {
        qCWarning(lcLanguage) << "missing translation" << language;
        return false;
    }
    QCoreApplication::installTranslator(ownTranslator);

    // Qt's own strings (standard buttons, dialogs), when the system has them.
    qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);

    // Debian ships no Vietnamese catalogue for Qt: the project's own (translations/qt_vi.ts) gives
    // the standard buttons, the file dialog and the context menus their Vietnamese. Installed last,
    // it is asked first. English needs none.
    const QString ownQt = QStringLiteral(":/i18n/qt_%1.qm").arg(language);
    if (QFile::exists(ownQt)) {
        ownQtTranslator = new QTranslator(&app);
        if (ownQtTranslator->load(ownQt))
            QCoreApplication::installTranslator(ownQtTranslator);
        else
            qCWarning(lcLanguage) << "unreadable Qt translation" << ownQt;
    }
    return true;
}

} // namespace sw::settings
