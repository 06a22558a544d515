#include "signing/SignatureAppearance.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>

namespace sw::signing {

namespace {

constexpr qreal dotsPerInch = 300.0;

QString documentFontFamily()
{
    static const QString family = [] {
        const int id
            = QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/LiberationSerif-Regular.ttf"));
        const QStringList families = id < 0 ? QStringList() : QFontDatabase::applicationFontFamilies(id);
        return families.isEmpty() ? QString() : families.first();
    }();
    return family;
}

} // namespace

Result<QImage> renderAppearance(const Appearance &appearance)
{
    const QSizeF points = appearance.rect.size();
    const QSize pixels(qMax(1, qRound(points.width() * dotsPerInch / 72.0)),
                       qMax(1, qRound(points.height() * dotsPerInch / 72.0)));
    if (points.width() <= 0 || points.height() <= 0 || pixels.width() > 6000 || pixels.height() > 6000)
        return Error::make(
            QCoreApplication::translate("Signing", "The signature's rectangle is empty or too large."), {},
            Error::Kind::InvalidInput);
    QImage picture(pixels, QImage::Format_ARGB32_Premultiplied);
    picture.setDotsPerMeterX(qRound(dotsPerInch / 0.0254));
    picture.setDotsPerMeterY(qRound(dotsPerInch / 0.0254));
    picture.fill(Qt::transparent);
    QPainter painter(&picture);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform
                           | QPainter::TextAntialiasing);
    if (!appearance.image.isNull()) {
        const QSize fitted = appearance.image.size().scaled(pixels, Qt::KeepAspectRatio);
        const QRect target(
            QPoint((pixels.width() - fitted.width()) / 2, (pixels.height() - fitted.height()) / 2), fitted);
        painter.drawImage(target, appearance.image);
    }
    if (!appearance.lines.isEmpty()) {
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return Error::make(
                QCoreApplication::translate("Signing",
                                            "A signature with text needs the graphical fonts (run "
                                            "with a QGuiApplication)."),
                {}, Error::Kind::Unavailable);
        const QString family = documentFontFamily();
        QFont font(family.isEmpty() ? QStringLiteral("serif") : family);
        font.setStyleStrategy(QFont::NoFontMerging);
        // Largest size up to 10 pt (in pixels at 300 dpi) at which every line fits.
        const qreal margin = pixels.height() * 0.04;
        qreal pointSize = 10.0;
        for (; pointSize > 3.0; pointSize -= 0.5) {
            font.setPixelSize(qMax(1, qRound(pointSize * dotsPerInch / 72.0)));
            const QFontMetricsF metrics(font);
            qreal widest = 0;
            for (const QString &line : appearance.lines)
                widest = qMax(widest, metrics.horizontalAdvance(line));
            if (widest <= pixels.width() - 2 * margin
                && metrics.lineSpacing() * appearance.lines.size() <= pixels.height() - 2 * margin)
                break;
        }
        painter.setFont(font);
        painter.setPen(QColor(0, 0, 0));
        const QFontMetricsF metrics(font);
        const qreal blockHeight = metrics.lineSpacing() * appearance.lines.size();
        qreal y = (pixels.height() - blockHeight) / 2 + metrics.ascent();
        for (const QString &line : appearance.lines) {
            painter.drawText(QPointF(margin, y), line);
            y += metrics.lineSpacing();
        }
    }
    painter.end();
    return picture;
}

} // namespace sw::signing
