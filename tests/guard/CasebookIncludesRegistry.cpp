// Not part of the build: the test casebook_rejects_registry builds this file as a casebook source
// is built and expects the second include to fail: the casebook reaches databases through the
// connection module (connection/SqlError.h, connection/SecretStore.h), not through the registry.
#include "connection/SqlError.h"
#include "registry/RegistryConnection.h"
