#include "sightline/io/fileutil.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace sightline::io {

std::optional<std::string> readFileBytes(const std::filesystem::path& path, std::string& error,
                                         std::size_t maxBytes) {
    const auto tooLarge = [&] {
        error = "cannot read " + path.string() + ": larger than " + std::to_string(maxBytes >> 20) +
                " MB, too large for a map";
        return std::nullopt;
    };
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status)) {
        error = "cannot read " + path.string() + ": no such file";
        return std::nullopt;
    }
    if (std::filesystem::is_directory(status)) {
        error = "cannot read " + path.string() + ": it is a directory";
        return std::nullopt;
    }
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) {
        error = "cannot read " + path.string() + ": " + std::strerror(errno);
        return std::nullopt;
    }
    std::string bytes;
    if (std::filesystem::is_regular_file(status)) {
        const auto size = std::filesystem::file_size(path, ec);
        if (!ec && size > maxBytes) {
            std::fclose(f);
            return tooLarge();
        }
        if (!ec)
            bytes.reserve(static_cast<std::size_t>(size));
    }
    char buffer[1 << 16];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) {
        if (bytes.size() + n > maxBytes) {
            std::fclose(f);
            return tooLarge();
        }
        bytes.append(buffer, n);
    }
    const bool failed = std::ferror(f) != 0;
    std::fclose(f);
    if (failed) {
        error = "cannot read " + path.string() + ": read error";
        return std::nullopt;
    }
    return bytes;
}

bool isSameFile(const std::filesystem::path& a, const std::filesystem::path& b) {
    std::error_code ec;
    if (std::filesystem::equivalent(a, b, ec) && !ec)
        return true;
    const auto na = std::filesystem::weakly_canonical(a, ec);
    if (ec)
        return false;
    const auto nb = std::filesystem::weakly_canonical(b, ec);
    return !ec && na == nb;
}

bool isProtectedFile(const std::filesystem::path& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode))
        return false;
    return (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0 || ::access(path.c_str(), W_OK) != 0;
}

void copyFileMode(const std::filesystem::path& from, const std::filesystem::path& to) {
    struct stat st {};
    if (::stat(from.c_str(), &st) == 0)
        ::chmod(to.c_str(), st.st_mode & 07777);
}

} // namespace sightline::io
