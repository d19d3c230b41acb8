#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace sightline::io {

// Writes a file so that it appears whole or not at all: the content goes to a temporary file
// beside the target, which is flushed, fsync'ed and renamed over the target by commit().
// Destroying an AtomicFile that was not committed removes the temporary file.
//
//     AtomicFile out(path);
//     if (!out.write(bytes) || !out.commit()) report(out.error());
//
// A tool that writes files itself (e.g. a PDF writer) can write to tempPath() and then commit().
class AtomicFile {
public:
    explicit AtomicFile(std::filesystem::path target);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    const std::filesystem::path& target() const { return target_; }
    const std::filesystem::path& tempPath() const { return temp_; }

    // Appends to the temporary file (created on first use). False on failure, see error().
    bool write(std::string_view bytes);

    // Flushes, syncs and renames the temporary file over the target.
    bool commit();

    // What went wrong, naming the file; empty when nothing did.
    const std::string& error() const { return error_; }

    // Convenience: the whole file in one call. False with a message in `error` on failure.
    static bool writeWhole(const std::filesystem::path& target, std::string_view bytes, std::string& error);

private:
    bool open();
    void discard();

    std::filesystem::path target_;
    std::filesystem::path temp_;
    int fd_ = -1;
    bool committed_ = false;
    std::string error_;
};

} // namespace sightline::io
