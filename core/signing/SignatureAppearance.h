#pragma once

// Inside the signing module only: the picture of a visible signature.

#include "signing/PdfSigner.h"
#include "util/Result.h"

#include <QImage>

namespace sw::signing {

// The appearance drawn at 300 dpi on a transparent background: the image scaled to fit the
// rectangle (aspect kept, centred), then the text lines over it in the document font (Liberation
// Serif from the resources, which covers Vietnamese), as large as fits (at most 10 pt). Text is
// drawn into the picture rather than set with an embedded PDF font: PoDoFo 0.9.8's TrueType
// embedding would need a font file on disk and its own encoding for Vietnamese, for a few words.
// Needs a QGuiApplication when there are lines.
Result<QImage> renderAppearance(const Appearance &appearance);

} // namespace sw::signing
