#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>

namespace sightline::io {

// Files larger than this are refused (a map of 20,000 nodes is about 25 MB).
inline constexpr std::size_t kMaxFileBytes = std::size_t{1} << 30;

// The whole content of a file, read in one go; nullopt with a message in `error` (naming the
// file) when it cannot be read (missing, a directory, no permission, larger than maxBytes,
// e.g. a device that never ends).
std::optional<std::string> readFileBytes(const std::filesystem::path& path, std::string& error,
                                         std::size_t maxBytes = kMaxFileBytes);

// Whether both paths name the same existing file (same inode, or the same normalised path).
bool isSameFile(const std::filesystem::path& a, const std::filesystem::path& b);

// Whether an existing file is protected against being replaced: no write permission bit set
// at all (chmod a-w, e.g. 0444; this holds for root too), or not writable by this user.
// A missing file is not protected.
bool isProtectedFile(const std::filesystem::path& path);

// Gives `to` the permission bits of `from` (a file about to be replaced keeps its mode).
// Does nothing when `from` does not exist.
void copyFileMode(const std::filesystem::path& from, const std::filesystem::path& to);

} // namespace sightline::io
