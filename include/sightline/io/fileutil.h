#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace sightline::io {

// The whole content of a file, read in one go; nullopt with a message in `error` (naming the
// file) when it cannot be read (missing, a directory, no permission, ...).
std::optional<std::string> readFileBytes(const std::filesystem::path& path, std::string& error);

// Whether both paths name the same existing file (same inode, or the same normalised path).
bool isSameFile(const std::filesystem::path& a, const std::filesystem::path& b);

} // namespace sightline::io
