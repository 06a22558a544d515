// A desk that signs, for tst_casebook_server's numbering under concurrency: connects to a shared
// casebook as the login of its URL (password in PGPASSWORD), says "ready", waits for a line on its
// standard input, then signs the given documents one after the other with the tests' fast
// renderer, printing "signed DOCUMENT NUMBER" for each. The clock is fixed (--at), so that the
// number's year does not depend on when the test runs.
//
//   casebook_signer URL AT_ISO DOCUMENT_ID...
#include "CaseworkFixtures.h"
#include "casebook/CaseDocuments.h"
#include "casebook/Casebook.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QTextStream>

using namespace sw;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.size() < 3) {
        err << "usage: casebook_signer URL AT_ISO DOCUMENT_ID...\n";
        return 2;
    }
    auto spec = connection::ConnectionSpec::parse(args.takeFirst());
    const QDateTime at = QDateTime::fromString(args.takeFirst(), Qt::ISODate);
    if (!spec || !at.isValid()) {
        err << "bad URL or time\n";
        return 2;
    }
    auto casebook
        = casebook::Casebook::connect(*spec, qEnvironmentVariable("PGPASSWORD"), Clock([at] { return at; }));
    if (!casebook) {
        err << casebook.error().fullText() << '\n';
        return 1;
    }
    casebook::CaseDocuments documents(**casebook);
    documents.setRenderer(test::fakeRender);
    out << "ready" << Qt::endl;
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly) || in.readLine().trimmed() != "go") {
        err << "no go\n";
        return 1;
    }
    for (const QString &arg : std::as_const(args)) {
        auto done = documents.sign(arg.toLongLong());
        if (!done) {
            err << "document " << arg << ": " << done.error().fullText() << '\n';
            return 1;
        }
        out << "signed " << arg << ' ' << done->numberText() << Qt::endl;
    }
    return 0;
}
