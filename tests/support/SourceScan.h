#pragma once

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QStringList>

namespace sw::test {

// The project's source folder (tests/data is two levels below it).
inline QString sourceRoot()
{
    return QDir::cleanPath(QStringLiteral(SIGNWATCH_TEST_DATA "/../.."));
}

// The lines of `text` that match `pattern`, as "name:line: text".
inline QStringList matchingLines(const QString &name, const QString &text, const QRegularExpression &pattern)
{
    QStringList hits;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (pattern.match(lines.at(i)).hasMatch())
            hits << QStringLiteral("%1:%2: %3").arg(name).arg(i + 1).arg(lines.at(i).trimmed());
    return hits;
}

// Every line of the C++ sources under `folders` (relative to the source root) that matches
// `pattern`, except in the files or folders listed in `allowed` (relative paths, a folder ending in
// '/').
inline QStringList sourceLinesMatching(const QStringList &folders, const QRegularExpression &pattern,
                                       const QStringList &allowed)
{
    const QDir root(sourceRoot());
    QStringList hits;
    for (const QString &folder : folders) {
        QDirIterator it(root.filePath(folder), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = root.relativeFilePath(path);
            bool skip = false;
            for (const QString &a : allowed)
                skip = skip || relative == a || (a.endsWith(QLatin1Char('/')) && relative.startsWith(a));
            if (skip)
                continue;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return {QStringLiteral("%1: cannot be read").arg(relative)};
            hits << matchingLines(relative, QString::fromUtf8(file.readAll()), pattern);
        }
    }
    return hits;
}

} // namespace sw::test
