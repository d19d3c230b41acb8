#pragma once

#include <QString>

namespace sightline::storage {

// The operating system's name for the user running Sightline (the effective user's login, or
// $USER when the password database does not know it). Map locks name the holder by it, and in a
// map file the person whose login it is approves values.
QString localUserName();

} // namespace sightline::storage
