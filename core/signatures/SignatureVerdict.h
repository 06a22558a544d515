#pragma once

#include "signing/PdfVerifier.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sw::signatures {

// What a document's signatures come to, for the documents page (issue 14 §3): one state and one
// line for its list, and the details of each signature as `signwatch-cli verify` prints them.
struct SignatureVerdict
{
    enum class State {
        OnPaper, // no digital signature: signed on paper
        Valid, // every signature intact, covering the file, chained to a trusted anchor
        Untrusted, // intact, but not chained to a trusted anchor (or not valid then)
        Altered, // a signature broken, or the file changed after the last one
    };
    State state = State::OnPaper;
    QString summary; // "Signed digitally, valid — Trần Văn Bình"
    QStringList details; // one line per fact, each signature's lines after a heading line
};

// Checks `pdf`'s signatures against `anchors` (signing::verifyPdf; offline unless `options` ask for
// the revocation check). A file that is not a PDF is Altered, with the reason.
SignatureVerdict verdictOf(const QByteArray &pdf, const signing::TrustAnchors &anchors,
                           const signing::VerifyOptions &options = {});
// The verdict of a stored document that could not be read as signed (its bytes no longer match
// its record): Altered, with `error`'s words.
SignatureVerdict alteredVerdict(const Error &error);
// A report's lines, one signature after the other, as `signwatch-cli verify` prints them.
QStringList reportLines(const signing::VerificationReport &report);

} // namespace sw::signatures
