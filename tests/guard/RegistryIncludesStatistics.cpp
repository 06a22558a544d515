// Not part of the build: the test registry_rejects_statistics builds this file as a registry source
// is built and expects the second include to fail: the registry uses nothing of core but
// connection and util (statistics sits above it).
#include "registry/RegistrySession.h"
#include "statistics/OverviewStats.h"
