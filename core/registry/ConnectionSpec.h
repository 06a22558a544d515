#pragma once

#include "util/Result.h"

#include <QString>

namespace sw::registry {

enum class Engine { Sqlite, Postgres };

QString engineName(Engine engine); // "SQLite" / "PostgreSQL"

// Where a registry lives. Never holds a password: those stay in the keychain or in memory.
struct ConnectionSpec
{
    Engine engine = Engine::Sqlite;
    QString path; // SQLite: the file
    QString host; // PostgreSQL
    int port = 5432;
    QString database;
    QString user;

    // "sqlite:PATH" or "postgresql://USER@HOST:PORT/DB" (port optional). A password in the URL
    // is refused: it would end up in shell history and process lists.
    static Result<ConnectionSpec> parse(const QString &url);
    QString toUrl() const;
    // Short human form for the status bar: the file name, or db@host.
    QString displayName() const;
    // The keychain entry that holds this connection's password (PostgreSQL only).
    QString keychainKey() const;

    bool operator==(const ConnectionSpec &) const = default;
};

} // namespace sw::registry
