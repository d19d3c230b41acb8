#pragma once

#include <string>
#include <utility>

namespace sightline::core {

// The outcome of a model operation: ok, or refused with a message a person can read.
// A refused operation changes nothing.
class [[nodiscard]] Status {
public:
    Status() = default;
    static Status error(std::string message) { return Status(std::move(message)); }

    bool ok() const { return !failed_; }
    explicit operator bool() const { return ok(); }
    const std::string& message() const { return message_; }

private:
    explicit Status(std::string message) : message_(std::move(message)), failed_(true) {}
    std::string message_;
    bool failed_ = false;
};

} // namespace sightline::core
