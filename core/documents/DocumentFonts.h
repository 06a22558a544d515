#pragma once

#include "util/Result.h"

#include <QFont>
#include <QString>

namespace sw::documents {

// The one font official documents print in: Liberation Serif (metric-compatible with Times New
// Roman, full Vietnamese coverage; SIL Open Font License 1.1), bundled as a resource at build
// time (core/CMakeLists.txt, ":/fonts/"). Registered with the application's font database at
// first use; needs a QGuiApplication.
class DocumentFonts
{
public:
    // The family name to use, once all four faces are registered; an error when there is no
    // QGuiApplication or a face is missing from the resources.
    static Result<QString> family();

    // A font of `family` at `pointSize`, with font merging off: a glyph missing from the bundled
    // font must not pull in a system font (Qt would embed it silently).
    static QFont font(const QString &family, qreal pointSize, bool bold = false, bool italic = false);

    // The licence text shipped with the bundled font (":/fonts/LICENSE-LiberationFonts.txt").
    static QString licenceText();
};

} // namespace sw::documents
