#include "documents/DocumentFonts.h"

#include <QCoreApplication>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QMutex>
#include <QStringList>

namespace sw::documents {

Q_LOGGING_CATEGORY(lcDocumentFonts, "signwatch.documents.fonts", QtInfoMsg)

namespace {

struct Registration
{
    QString family;
    QString error;
};

Registration registerFonts()
{
    Registration result;
    const QStringList faces = {QStringLiteral("Regular"), QStringLiteral("Bold"), QStringLiteral("Italic"),
                               QStringLiteral("BoldItalic")};
    for (const QString &face : faces) {
        const QString path = QStringLiteral(":/fonts/LiberationSerif-%1.ttf").arg(face);
        const int id = QFontDatabase::addApplicationFont(path);
        const QStringList families = id < 0 ? QStringList() : QFontDatabase::applicationFontFamilies(id);
        if (families.isEmpty()) {
            result.error = QCoreApplication::translate("Documents", "The document font %1 cannot be loaded.")
                               .arg(path);
            return result;
        }
        result.family = families.first();
    }
    qCDebug(lcDocumentFonts) << "registered" << result.family;
    return result;
}

} // namespace

Result<QString> DocumentFonts::family()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error::make(QCoreApplication::translate(
            "Documents",
            "Printing documents needs a QGuiApplication (use QT_QPA_PLATFORM=offscreen without a display)."));
    static QMutex mutex;
    static std::optional<Registration> registration;
    QMutexLocker lock(&mutex);
    if (!registration)
        registration = registerFonts();
    if (!registration->error.isEmpty())
        return Error::make(registration->error);
    return registration->family;
}

QFont DocumentFonts::font(const QString &family, qreal pointSize, bool bold, bool italic)
{
    QFont font(family);
    font.setFamilies({family});
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setItalic(italic);
    font.setStyleStrategy(QFont::StyleStrategy(QFont::NoFontMerging | QFont::PreferOutline));
    font.setKerning(true);
    return font;
}

QString DocumentFonts::licenceText()
{
    QFile file(QStringLiteral(":/fonts/LICENSE-LiberationFonts.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace sw::documents
