#pragma once

// An offscreen screen of a laptop's size for the UI tests that measure the window (header only).

#include <QByteArray>
#include <QFile>
#include <QSize>
#include <QString>
#include <QTemporaryDir>

namespace sw::test {

// Before the QApplication is made: the offscreen platform (the tests' default; its screen is
// 800×800) gets one screen of `size` at 96 dpi, its configuration written into `config`. Another
// platform asked for in QT_QPA_PLATFORM is left as it is. False when the file cannot be written.
inline bool useLaptopScreen(const QTemporaryDir &config, QSize size = QSize(1366, 768))
{
    if (qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("offscreen")) != QLatin1String("offscreen"))
        return true;
    QFile file(config.filePath(QStringLiteral("offscreen.json")));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QStringLiteral("{\"screens\": [{\"name\": \"laptop\", \"x\": 0, \"y\": 0, \"width\": %1, "
                              "\"height\": %2, \"logicalDpi\": 96, \"logicalBaseDpi\": 96, \"dpr\": 1}]}")
                   .arg(size.width())
                   .arg(size.height())
                   .toUtf8());
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + file.fileName().toUtf8());
    return true;
}

} // namespace sw::test
