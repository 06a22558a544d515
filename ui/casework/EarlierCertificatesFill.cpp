#include "casework/EarlierCertificatesFill.h"

#include "citizens/EarlierCertificates.h"
#include "documents/MinutesData.h"
#include "registry/RegistryConnection.h"
#include "registry/RegistrySession.h"

namespace sw::ui {

void fillEarlierCertificates(registry::RegistrySession &session, casebook::CaseDocuments &documents,
                             const casebook::CaseDocument &draft, QObject *context,
                             std::function<void(Result<casebook::CaseDocument>)> done)
{
    auto minutes = documents::minutesFromJson(draft.draft);
    if (!minutes) {
        done(minutes.error());
        return;
    }
    session.request<documents::MinutesData>(
        context,
        [minutes = *minutes](registry::RegistryConnection &connection) -> Result<documents::MinutesData> {
            documents::MinutesData filled = minutes;
            if (auto set = citizens::fillEarlierCertificates(connection, filled); !set)
                return set.error();
            return filled;
        },
        [&documents, draft, done = std::move(done)](Result<documents::MinutesData> filled) {
            if (!filled) {
                done(filled.error());
                return;
            }
            const QJsonObject json = documents::toJson(*filled);
            done(json == draft.draft ? Result<casebook::CaseDocument>(draft)
                                     : documents.saveDraft(draft.id, json, draft.version));
        });
}

} // namespace sw::ui
