#pragma once

#include <QString>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sightline::storage {

// A repository map's address (repository.md):
// postgresql://[USER[:PASSWORD]@][HOST][:PORT]/DATABASE?map=NAME[&KEYWORD=VALUE...]
// where KEYWORD is any libpq connection keyword (host for a socket directory, port, sslmode...).
struct RepositoryAddress {
    QString user;
    QString password; // only when the address holds one; never stored by Sightline
    QString host;
    int port = -1;
    QString database;
    QString map; // empty when the address names none
    std::vector<std::pair<QString, QString>> options;

    // The address as shown to people: without the password.
    QString display() const;
};

// Whether text is a repository address (starts with postgresql:// or postgres://).
bool isRepositoryAddress(std::string_view text);

// Parses an address; nullopt with `error` saying what is wrong.
std::optional<RepositoryAddress> parseRepositoryAddress(std::string_view text, std::string& error);

} // namespace sightline::storage
