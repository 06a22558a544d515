#pragma once

#include "statistics/DashboardStats.h"
#include "statistics/Filter.h"

#include <optional>

namespace sw::ui {

// What a click on the charts' one "invalid code" entry opens (issue 17). Codes not among the six are
// of two kinds (spec/rules.md): a code the registry's providers table lacks makes each record that
// names it a DATA_QUALITY finding, whose provider is the code as stored; a code the table holds
// (BKAV_CA, a test provider) gets no DATA_QUALITY finding, its records are judged by every rule like
// any other's. Either way the findings behind the entry are those whose provider is one of its codes,
// whatever their rule (DATA_QUALITY alone could be an empty list, or another provider's).
//
// `wanted` is the click's filter, its provider invalidProviderKey() and its rule the clicked rule or
// empty. A filter names one provider: the entry's code with the most such findings (the others are in
// the findings page's provider list); when none has any, the entry's first code (the page then says
// that nothing was found for it). The codes are those of `dashboard` and `counts` not among the six.
statistics::Filter invalidCodeFindings(statistics::Filter wanted,
                                       const std::optional<statistics::Dashboard> &dashboard,
                                       const std::optional<statistics::FindingCounts> &counts);

} // namespace sw::ui
