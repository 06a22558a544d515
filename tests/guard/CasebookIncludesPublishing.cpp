// Not part of the build: the test casebook_rejects_publishing builds this file as a casebook source
// is built (the casebook module's include roots, no others) and expects the second include to fail
// with "No such file or directory": the casebook knows nothing of publishing. The first include
// shows that the probe does see what the casebook may use.
#include "casebook/CaseDocuments.h"
#include "publishing/Outbox.h"
