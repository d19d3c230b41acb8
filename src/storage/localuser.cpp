#include "sightline/storage/localuser.h"

#include <pwd.h>
#include <unistd.h>

namespace sightline::storage {

QString localUserName() {
    if (const passwd* pw = ::getpwuid(::geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return QString::fromLocal8Bit(qgetenv("USER"));
}

} // namespace sightline::storage
