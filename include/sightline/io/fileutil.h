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

} // namespace sightline::io
