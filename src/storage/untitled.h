#pragma once

#include <QLockFile>
#include <QString>
#include <QStringList>
#include <memory>

namespace sightline::storage::untitled {

// <AppDataLocation>/untitled
QString directory();
// Whether path is a file in directory().
bool contains(const QString& path);
// A new, unused file name in directory() (creates the directory).
QString newPath();
// The lock that marks path as open in a running Sightline; null if another live process holds it.
std::unique_ptr<QLockFile> lock(const QString& path);
// Files in directory() that no live process holds, oldest first.
QStringList recoverable();

} // namespace sightline::storage::untitled
