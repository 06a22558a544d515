#pragma once

#include <initializer_list>
#include <source_location>

namespace sw::test {

// Every skip for a missing program goes through here. True when each of `programs` is on PATH;
// otherwise the current test is skipped, or failed when SIGNWATCH_REQUIRE_TOOLS=1 (the test command,
// scripts/signwatch-dev.sh test, installs the programs and sets it), and false is returned:
//     if (!sw::test::requireTool({"pdftotext"}, "poppler-utils"))
//         return;
// In initTestCase a skip skips the whole suite.
[[nodiscard]] bool requireTool(std::initializer_list<const char *> programs, const char *package,
                               std::source_location where = std::source_location::current());

} // namespace sw::test
