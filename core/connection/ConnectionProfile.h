#pragma once

#include "connection/ConnectionSpec.h"

#include <QString>

namespace sw::connection {

// A saved connection: a name the user chose and where the registry lives. The password is in
// the keychain under spec.keychainKey(), never here.
struct ConnectionProfile
{
    QString name;
    ConnectionSpec spec;

    bool operator==(const ConnectionProfile &) const = default;
};

} // namespace sw::connection
