#include "sightline/io/atomicfile.h"

#include "sightline/io/fileutil.h"

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace sightline::io {

namespace {

std::string describeErrno(const std::filesystem::path& p) {
    return "cannot write " + p.string() + ": " + std::strerror(errno);
}

} // namespace

AtomicFile::AtomicFile(std::filesystem::path target) : target_(std::move(target)) {
    // ".NAME.tmp-PID-N.EXT" beside the target: hidden, unique, and with the target's extension
    // (tools that pick a format by extension still see it).
    static std::atomic<unsigned> counter{0};
    const std::filesystem::path dir = target_.parent_path();
    const std::string name = "." + target_.stem().string() + ".tmp-" + std::to_string(::getpid()) + "-" +
                             std::to_string(counter++) + target_.extension().string();
    temp_ = dir.empty() ? std::filesystem::path(name) : dir / name;
}

AtomicFile::~AtomicFile() {
    discard();
}

bool AtomicFile::open() {
    if (fd_ >= 0)
        return true;
    if (!error_.empty())
        return false;
    if (std::filesystem::is_directory(target_)) {
        error_ = "cannot write " + target_.string() + ": it is a directory";
        return false;
    }
    if (isProtectedFile(target_)) {
        error_ = "cannot write " + target_.string() + ": it is read-only, so it was not replaced";
        return false;
    }
    fd_ = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd_ < 0) {
        error_ = describeErrno(target_);
        return false;
    }
    return true;
}

bool AtomicFile::write(std::string_view bytes) {
    if (!open())
        return false;
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd_, bytes.data(), bytes.size());
        if (n < 0) {
            if (errno == EINTR)
                continue;
            error_ = describeErrno(target_);
            discard();
            return false;
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

bool AtomicFile::commit() {
    if (committed_)
        return true;
    if (fd_ < 0) {
        // Nothing written through write(): the caller may have written tempPath() itself.
        if (!error_.empty())
            return false;
        if (std::filesystem::exists(temp_)) {
            // Written by the caller: make it durable before the rename.
            const int fd = ::open(temp_.c_str(), O_RDONLY | O_CLOEXEC);
            if (fd >= 0) {
                ::fsync(fd);
                ::close(fd);
            }
        } else if (!open()) {
            return false;
        }
    }
    if (fd_ >= 0) {
        if (::fsync(fd_) != 0 || ::close(fd_) != 0) {
            fd_ = -1;
            error_ = describeErrno(target_);
            discard();
            return false;
        }
        fd_ = -1;
    }
    if (isProtectedFile(target_)) { // protected while we wrote
        error_ = "cannot write " + target_.string() + ": it is read-only, so it was not replaced";
        discard();
        return false;
    }
    copyFileMode(target_, temp_); // a replaced file keeps its permissions
    if (std::rename(temp_.c_str(), target_.c_str()) != 0) {
        error_ = describeErrno(target_);
        discard();
        return false;
    }
    committed_ = true;
    // Make the rename itself durable.
    std::filesystem::path dir = target_.parent_path();
    if (dir.empty())
        dir = ".";
    const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
    return true;
}

void AtomicFile::discard() {
    if (fd_ >= 0) {
        ::close(fd_);
        fd_ = -1;
    }
    if (!committed_) {
        std::error_code ec;
        std::filesystem::remove(temp_, ec);
    }
}

bool AtomicFile::writeWhole(const std::filesystem::path& target, std::string_view bytes, std::string& error) {
    AtomicFile file(target);
    if (!file.write(bytes) || !file.commit()) {
        error = file.error();
        return false;
    }
    return true;
}

} // namespace sightline::io
